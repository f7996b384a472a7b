/** The GS1 Web Vocabulary namespace: link types in linksets and Link headers are written in it. */
export const GS1_VOC = 'https://gs1.org/voc/';

/** The link types we offer. `defaultLink` names again the link a request without one goes to. */
export const LINK_TYPES = ['pip', 'verificationService', 'certificationInfo', 'defaultLink'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

// GS1 publishes the vocabulary at ref.gs1.org as well; both spellings name the same term.
const NAMESPACES = ['gs1:', GS1_VOC, 'https://ref.gs1.org/voc/', 'http://gs1.org/voc/'];

/**
 * A `linkType` value as GS1 Digital Link writes it (`gs1:pip` or the full URI); `linkset` for
 * `all` and `linkset`, which ask for every link; null for a type we do not know. Terms are
 * matched exactly: the vocabulary is case-sensitive.
 */
export function readLinkType(value: string): LinkType | 'linkset' | null {
  if (value === 'all' || value === 'linkset') return 'linkset';
  for (const namespace of NAMESPACES) {
    if (!value.startsWith(namespace)) continue;
    const term = value.slice(namespace.length);
    return (LINK_TYPES as readonly string[]).includes(term) ? (term as LinkType) : null;
  }
  return null;
}
