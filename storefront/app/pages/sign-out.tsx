import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { destroy, getSession } from '../lib/session.server';

/** Sign-out is a POST (a link could be triggered by another site). */
export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  return redirect('/', { headers: await destroy(session) });
}

export function loader() {
  return redirect('/tai-khoan');
}
