/** What server.js hands every loader and action (Remix's load context). */
export interface StoreContext {
  clientAddress?: string | null;
  /** This response's Content-Security-Policy nonce (none under Vite's dev server). */
  cspNonce?: string;
}

declare module '@remix-run/node' {
  interface AppLoadContext extends StoreContext {}
}
