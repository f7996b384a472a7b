import { describe, expect, it } from 'vitest';
import { readLinkType } from './gs1-link-types';
import { negotiateLinkType } from './negotiate-link-type';

describe('negotiateLinkType', () => {
  it('reads linkType before Accept', () => {
    expect(negotiateLinkType('gs1:pip', 'application/linkset+json')).toEqual({ kind: 'link', rel: 'pip' });
    expect(negotiateLinkType('all', 'text/html')).toEqual({ kind: 'linkset' });
    expect(negotiateLinkType('linkset', undefined)).toEqual({ kind: 'linkset' });
    expect(negotiateLinkType('gs1:nonsense', undefined)).toEqual({
      kind: 'unknown_link_type',
      value: 'gs1:nonsense',
    });
  });

  it('asks for the linkset when Accept names application/linkset+json with q above 0', () => {
    expect(negotiateLinkType(undefined, 'application/linkset+json')).toEqual({ kind: 'linkset' });
    expect(negotiateLinkType(undefined, 'text/html, Application/Linkset+JSON;q=0.4')).toEqual({
      kind: 'linkset',
    });
    expect(negotiateLinkType(undefined, 'application/linkset+json;q=0')).toEqual({ kind: 'default' });
    expect(negotiateLinkType(undefined, 'application/json')).toEqual({ kind: 'default' });
    expect(negotiateLinkType(undefined, undefined)).toEqual({ kind: 'default' });
  });
});

describe('readLinkType', () => {
  it('knows our types by CURIE and by either published namespace URI', () => {
    expect(readLinkType('gs1:verificationService')).toBe('verificationService');
    expect(readLinkType('https://gs1.org/voc/certificationInfo')).toBe('certificationInfo');
    expect(readLinkType('https://ref.gs1.org/voc/pip')).toBe('pip');
    expect(readLinkType('gs1:defaultLink')).toBe('defaultLink');
  });

  it('matches terms exactly and knows no other namespace', () => {
    for (const value of ['gs1:PIP', 'pip', 'schema:pip', 'gs1:', 'gs1:pip ', 'https://example.com/voc/pip']) {
      expect(readLinkType(value), value).toBeNull();
    }
  });
});
