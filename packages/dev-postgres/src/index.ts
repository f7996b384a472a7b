export { createTestDatabase, freePort, type TestDatabase } from './create-test-database';
export { dropDatabase, ensureDatabase, withDatabase } from './ensure-database';
export { type ProvidedPostgres, type ProvidePostgresOptions, providePostgres } from './provide-postgres';
