import type { MetaArgs } from '@remix-run/node';
import { translator } from '../i18n/i18n';
import type { RootData } from '../root';

/** The root loader's data inside a route's meta function: language and public URL. */
export function rootMeta(args: Pick<MetaArgs, 'matches' | 'location'>) {
  const root = args.matches.find((m) => m.id === 'root')?.data as RootData | undefined;
  const lng = root?.lng ?? 'vi';
  const base = root?.publicUrl ?? 'http://localhost:3000';
  return { lng, t: translator(lng), base, url: `${base}${args.location.pathname}` };
}
