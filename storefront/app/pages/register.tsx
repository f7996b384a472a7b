import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { RegisterForm, register } from '../lib/account.server';
import { claimCart } from '../lib/cart.server';
import { isUpstream } from '../lib/http-error';
import { rootMeta } from '../lib/meta';
import { readForm } from '../lib/read-form.server';
import { readRefusal } from '../lib/read-refusal';
import { commit, getSession } from '../lib/session.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  if (session.get('token')) throw redirect('/tai-khoan');
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const values = await readForm(request);
  const parsed = RegisterForm.safeParse(values);
  const keep = { email: values.email ?? '', name: values.name ?? '' };
  if (!parsed.success) {
    const weak = parsed.error.issues.some((i) => i.path[0] === 'password');
    return data({ error: weak ? 'weak' : 'invalid', ...keep }, { status: 400 });
  }
  const session = await getSession(request);
  try {
    await register(session, parsed.data, context.clientAddress);
  } catch (error) {
    const refusal = readRefusal(error);
    if (refusal?.kind === 'too_many_attempts') {
      return data({ error: 'limited', minutes: refusal.minutes, ...keep }, { status: 429 });
    }
    if (isUpstream(error) && error.status < 500) return data({ error: 'exists', ...keep }, { status: 409 });
    throw error;
  }
  await claimCart(session);
  return redirect('/tai-khoan', { headers: await commit(session) });
}

export const meta: MetaFunction = (args) => {
  const { t } = rootMeta(args);
  return [{ title: `${t('auth.registerTitle')} – ${t('brand')}` }];
};

export default function Register() {
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const message =
    result && 'minutes' in result
      ? t('auth.tooManyAttempts', { minutes: result.minutes })
      : result?.error === 'exists'
        ? t('auth.exists')
        : result?.error === 'weak'
          ? t('auth.weak')
          : result?.error
            ? t('auth.invalid')
            : null;
  return (
    <div className="container narrow auth-page">
      <h1>{t('auth.registerTitle')}</h1>
      <Form method="post" className="card-form">
        {message ? (
          <p className="notice notice-error" role="alert">
            {message}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="name">{t('auth.name')}</label>
          <input id="name" name="name" autoComplete="name" required defaultValue={result?.name} />
        </div>
        <div className="field">
          <label htmlFor="email">{t('auth.email')}</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={result?.email}
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t('auth.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            aria-describedby="password-hint"
          />
          <p id="password-hint" className="muted small">
            {t('auth.passwordHint')}
          </p>
        </div>
        <button
          type="submit"
          className="button button-primary button-wide"
          disabled={navigation.state !== 'idle'}
        >
          {t('auth.register')}
        </button>
        <p>
          {t('auth.haveAccount')} <Link to="/dang-nhap">{t('auth.signIn')}</Link>
        </p>
      </Form>
    </div>
  );
}
