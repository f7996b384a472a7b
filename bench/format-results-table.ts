import type { ResultRow } from './result-row';

const COLUMNS = ['benchmark', 'metric', 'measured', 'target', 'verdict'] as const;

/** A markdown table, padded so it also reads well in a terminal. */
export function formatResultsTable(rows: ResultRow[]): string {
  const cells = rows.map((row) => COLUMNS.map((column) => row[column].replaceAll('|', '\\|')));
  const widths = COLUMNS.map((column, i) =>
    Math.max(column.length, ...cells.map((c) => [...(c[i] ?? '')].length)),
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((v, i) => v + ' '.repeat((widths[i] ?? 0) - [...v].length)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(COLUMNS), rule, ...cells.map(line)].join('\n');
}
