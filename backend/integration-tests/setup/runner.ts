import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { Client } from 'pg';

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0];

let files = 0;

/** The server global-setup.js started, as test-utils reaches it (DB_HOST …). */
function serverUrl(database: string) {
  const url = new URL('postgres://localhost');
  url.hostname = process.env.DB_HOST ?? 'localhost';
  url.port = process.env.DB_PORT ?? '5432';
  url.username = process.env.DB_USERNAME ?? 'postgres';
  url.password = process.env.DB_PASSWORD ?? '';
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Medusa's test runner on a copy of the migrated template database (global-setup.js made it):
 * the runner still creates, migrates and links, and finds everything done. Without a template
 * (a spec run outside Jest's global setup), it migrates as before.
 */
export function ocopIntegrationTestRunner(options: RunnerOptions) {
  const template = process.env.OCOP_MEDUSA_TEMPLATE_DB;
  const dbName = `ocop_medusa_it_${process.pid}_${++files}`;
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      beforeServerStart: async (container) => {
        if (template) {
          const admin = new Client({ connectionString: serverUrl('postgres') });
          await admin.connect();
          try {
            await admin.query(`drop database if exists "${dbName}" with (force)`);
            await admin.query(`create database "${dbName}" template "${template}"`);
          } finally {
            await admin.end();
          }
        }
        await options.hooks?.beforeServerStart?.(container);
      },
    },
  });
}
