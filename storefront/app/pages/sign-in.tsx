import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { SignInForm, signIn } from '../lib/account.server';
import { claimCart } from '../lib/cart.server';
import { isUpstream } from '../lib/http-error';
import { rootMeta } from '../lib/meta';
import { readForm } from '../lib/read-form.server';
import { readRefusal } from '../lib/read-refusal';
import { safeNext } from '../lib/safe-next';
import { commit, getSession } from '../lib/session.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  if (session.get('token')) throw redirect('/tai-khoan');
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const values = await readForm(request);
  const parsed = SignInForm.safeParse(values);
  if (!parsed.success) return data({ error: 'invalid', email: values.email ?? '' }, { status: 400 });
  const session = await getSession(request);
  try {
    await signIn(session, parsed.data.email, parsed.data.password, context.clientAddress);
  } catch (error) {
    const refusal = readRefusal(error);
    if (refusal?.kind === 'too_many_attempts') {
      return data({ error: 'limited', minutes: refusal.minutes, email: parsed.data.email }, { status: 429 });
    }
    if (isUpstream(error) && error.status < 500) {
      return data({ error: 'invalid', email: parsed.data.email }, { status: 401 });
    }
    throw error;
  }
  await claimCart(session);
  return redirect(safeNext(values.next) ?? '/tai-khoan', { headers: await commit(session) });
}

export const meta: MetaFunction = (args) => {
  const { t } = rootMeta(args);
  return [{ title: `${t('auth.signInTitle')} – ${t('brand')}` }];
};

export default function SignIn() {
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  return (
    <div className="container narrow auth-page">
      <h1>{t('auth.signInTitle')}</h1>
      <Form method="post" className="card-form">
        {result?.error ? (
          <p className="notice notice-error" role="alert">
            {'minutes' in result ? t('auth.tooManyAttempts', { minutes: result.minutes }) : t('auth.invalid')}
          </p>
        ) : null}
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
            autoComplete="current-password"
            required
            minLength={8}
          />
        </div>
        <button
          type="submit"
          className="button button-primary button-wide"
          disabled={navigation.state !== 'idle'}
        >
          {t('auth.signIn')}
        </button>
        <p>
          {t('auth.noAccount')} <Link to="/dang-ky">{t('auth.register')}</Link>
        </p>
      </Form>
    </div>
  );
}
