const { Client } = require('pg');

module.exports = async function globalTeardown() {
  const registry = globalThis.__OCOP_REGISTRY__;
  if (registry) {
    await stop(registry.child);
    const admin = new Client({ connectionString: registry.serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists "${registry.dbName}" with (force)`);
    await admin.end();
  }
  const template = globalThis.__OCOP_MEDUSA_TEMPLATE__;
  if (template) {
    const admin = new Client({ connectionString: template.serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists "${template.dbName}" with (force)`);
    await admin.end();
  }
  await stop(globalThis.__OCOP_EMBEDDED_PG__);
};

function stop(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
