import { createContext, useContext } from 'react';

/**
 * The CSP nonce of this response (server.js makes one per request): every inline script Remix
 * writes carries it. In the browser it is empty: browsers hide a nonce from the DOM once used.
 */
export const NonceContext = createContext('');

export function useNonce(): string {
  return useContext(NonceContext);
}
