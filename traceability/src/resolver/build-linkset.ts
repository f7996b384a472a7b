import type { RegistryDeps } from '../http/deps';

/** RFC 9264 linkset for `?linkType=all`, with GS1 link types. */
export function buildLinkset(url: string, config: RegistryDeps['config']) {
  const path = new URL(url).pathname;
  const page = config.storefrontUrl ? `${config.storefrontUrl}${path}` : url;
  return {
    linkset: [
      {
        anchor: url,
        'https://gs1.org/voc/pip': [
          {
            href: page,
            title: 'Thông tin sản phẩm / Product information',
            type: 'text/html',
            hreflang: ['vi', 'en'],
          },
        ],
        'https://gs1.org/voc/verificationService': [
          { href: `${url}?format=json`, title: 'Kiểm tra tem / Verify this stamp', type: 'application/json' },
        ],
        'https://gs1.org/voc/certificationInfo': [
          {
            href: `${url}?format=json`,
            title: 'Chứng nhận OCOP / OCOP certificate',
            type: 'application/json',
          },
        ],
      },
    ],
  };
}
