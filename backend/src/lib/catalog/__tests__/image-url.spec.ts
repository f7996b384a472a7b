import { isSafeWebUrl, webUrl } from '../image-url';

describe('isSafeWebUrl', () => {
  it.each([
    'https://cdn.ocop.vn/mam.jpg',
    'http://localhost:3000/media/demo/mam.svg',
    '/media/demo/mam-ca-linh.svg',
  ])('takes %s', (url) => expect(isSafeWebUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x.png',
    '/\\evil.example/x.png',
    'media/relative.png',
    '',
  ])('refuses %j', (url) => expect(isSafeWebUrl(url)).toBe(false));

  it('is what the vendor validators use', () => {
    expect(webUrl.safeParse('javascript:alert(1)').success).toBe(false);
    expect(webUrl.safeParse('https://picsum.photos/seed/mam/800/800').success).toBe(true);
  });
});
