import { ALLOW_MARKER, checkMigrations, migrationFiles } from './find-destructive-migrations';
import { ROOT } from './root';

// `npm test` runs this: an unexpected DROP in a migration fails the build.
const problems = checkMigrations(ROOT);
if (problems.length > 0) {
  console.error('Migrations that drop data (review them; mark intended ones with a comment containing');
  console.error(`"${ALLOW_MARKER} <why>" on the line or the line above):`);
  for (const p of problems) console.error(`  ${p.file}:${p.line}  ${p.text}`);
  process.exit(1);
}
console.log(`migrations: ${migrationFiles(ROOT).length} checked, no unexpected DROP`);
