import { createTestDatabase } from '@ocop/dev-postgres';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh, migrated database per test run; test files keep apart by creating their own rows. */
export default async function setup(project: TestProject) {
  const db = await createTestDatabase('registry_test');
  await migrateDatabase(db.url);
  project.provide('databaseUrl', db.url);
  return () => db.dispose();
}
