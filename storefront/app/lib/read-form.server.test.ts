import { describe, expect, it } from 'vitest';
import { readForm } from './read-form.server';

const post = (body: BodyInit, type?: string) =>
  new Request('http://storefront.test/dang-nhap', {
    method: 'POST',
    body,
    headers: type ? { 'content-type': type } : {},
  });

/** The status and code readForm refuses with (it throws Remix's data(), as actions do). */
async function refusal(request: Request): Promise<{ status: number; code: string }> {
  try {
    await readForm(request);
  } catch (thrown) {
    const { init, data } = thrown as { init: { status: number }; data: { code: string } };
    return { status: init.status, code: data.code };
  }
  throw new Error('readForm accepted the body');
}

describe('readForm', () => {
  it('reads url-encoded and multipart forms', async () => {
    expect(
      await readForm(post('email=a%40b.vn&next=%2Ftai-khoan', 'application/x-www-form-urlencoded')),
    ).toEqual({
      email: 'a@b.vn',
      next: '/tai-khoan',
    });
    const form = new FormData();
    form.set('note', 'Tem bị bóc');
    expect(await readForm(new Request('http://storefront.test/x', { method: 'POST', body: form }))).toEqual({
      note: 'Tem bị bóc',
    });
  });

  it('answers JSON with 415, not the 500 of request.formData()', async () => {
    expect(await refusal(post('{"email":"a@b.vn"}', 'application/json'))).toEqual({
      status: 415,
      code: 'unsupported_media_type',
    });
    expect(await refusal(post('email=x'))).toMatchObject({ status: 415 });
  });

  it('answers broken multipart with 400', async () => {
    const broken = post(
      '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated',
      'multipart/form-data; boundary=xyz',
    );
    expect(await refusal(broken)).toEqual({ status: 400, code: 'malformed_form' });
    expect(await refusal(post('whatever', 'multipart/form-data'))).toEqual({
      status: 400,
      code: 'malformed_form',
    });
  });

  it('refuses NUL, files and oversized forms', async () => {
    expect(await refusal(post('email=a%00b', 'application/x-www-form-urlencoded'))).toEqual({
      status: 400,
      code: 'invalid_characters',
    });
    const withFile = new FormData();
    withFile.set('f', new Blob(['x']), 'x.txt');
    expect(
      await refusal(new Request('http://storefront.test/x', { method: 'POST', body: withFile })),
    ).toEqual({ status: 400, code: 'unexpected_file' });
    expect(await refusal(post(`note=${'a'.repeat(70_000)}`, 'application/x-www-form-urlencoded'))).toEqual({
      status: 413,
      code: 'form_too_large',
    });
  });
});
