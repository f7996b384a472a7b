import type { paths } from './registry-api';

// Types of the registry's API by path and method, from the generated registry-api.ts. Use them
// instead of hand-written shapes: `RegistryAnswer<'/v1/products/{id}', 'get'>` is what GET
// /v1/products/:id answers with 200.

export type { paths as RegistryPaths } from './registry-api';

type Operation<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];
type JsonOf<T> = T extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON a registry route answers with a given status (200 unless told). */
export type RegistryAnswer<P extends keyof paths, M extends keyof paths[P], S extends number = 200> =
  Operation<P, M> extends { responses: infer R } ? (S extends keyof R ? JsonOf<R[S]> : never) : never;

/** The JSON body a registry route takes. */
export type RegistryBody<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends {
    requestBody?: infer B;
  }
    ? JsonOf<NonNullable<B>>
    : never;
