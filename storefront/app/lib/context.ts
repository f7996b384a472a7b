/** What server.js hands every loader and action (Remix's load context). */
export interface StoreContext {
  clientAddress?: string | null;
}

declare module '@remix-run/node' {
  interface AppLoadContext extends StoreContext {}
}
