import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface DestructiveStatement {
  file: string;
  line: number;
  text: string;
}

const DESTRUCTIVE = /\bdrop\s+(table|column|schema)\b/i;
/** Marks a reviewed, intended drop: put it on the same line or the line above. */
export const ALLOW_MARKER = 'allow-drop:';

/**
 * Generators have emitted destructive migrations before (STYLE rule 8). Scans drizzle SQL files
 * and the up() of Medusa (MikroORM) migrations; down() is meant to drop.
 */
export function findDestructiveStatements(file: string, source: string): DestructiveStatement[] {
  const lines = source.split('\n');
  const isMedusa = file.endsWith('.ts');
  const found: DestructiveStatement[] = [];
  let inDown = false;
  lines.forEach((text, index) => {
    if (isMedusa && /\basync\s+down\s*\(/.test(text)) inDown = true;
    if (isMedusa && /\basync\s+up\s*\(/.test(text)) inDown = false;
    if (inDown || !DESTRUCTIVE.test(text)) return;
    const allowed = text.includes(ALLOW_MARKER) || (lines[index - 1] ?? '').includes(ALLOW_MARKER);
    if (!allowed) found.push({ file, line: index + 1, text: text.trim() });
  });
  return found;
}

export function migrationFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (
        /[/\\](drizzle)[/\\][^/\\]+\.sql$/.test(full) ||
        /[/\\]migrations[/\\]Migration\d+\.ts$/.test(full)
      ) {
        out.push(full);
      }
    }
  };
  walk(root);
  return out.sort();
}

export function checkMigrations(root: string): DestructiveStatement[] {
  return migrationFiles(root).flatMap((file) =>
    findDestructiveStatements(path.relative(root, file), readFileSync(file, 'utf8')),
  );
}
