/** Calls the backend's own admin API with the operator's session cookie. */
export async function adminFetch<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    credentials: 'include',
    headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const json = (await response.json().catch(() => ({}))) as { type?: string; message?: string };
  if (!response.ok) {
    throw new Error(json.message ?? `${response.status} ${json.type ?? 'error'}`);
  }
  return json as T;
}

const vnd = new Intl.NumberFormat('vi-VN');
export const formatVnd = (n: number) => `${vnd.format(n)} ₫`;
export const formatTime = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(new Date(iso))
    : '—';
