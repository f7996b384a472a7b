export * from './backend-error';
// The browser-safe part of the contracts: display tables and types, without zod schemas or jose.

export type { Verdict, VerdictResponse } from './verdict';
export * from './verdict-display';
