export type Verdict = 'pass' | 'MISS' | 'info' | 'skipped';

export interface ResultRow {
  benchmark: string;
  metric: string;
  measured: string;
  target: string;
  verdict: Verdict;
}

export interface Target {
  atLeast?: number;
  atMost?: number;
}

/** One measured number, formatted, with its verdict against the target (if it has one). */
export function resultRow(
  benchmark: string,
  metric: string,
  value: number,
  options: { unit?: string; digits?: number; target?: Target } = {},
): ResultRow {
  const unit = options.unit ? ` ${options.unit}` : '';
  const show = (n: number) => `${formatNumber(n, options.digits ?? 0)}${unit}`;
  const showTarget = (n: number) =>
    `${formatNumber(n, Number.isInteger(n) ? 0 : (options.digits ?? 2))}${unit}`;
  const { target } = options;
  if (!target) return { benchmark, metric, measured: show(value), target: '—', verdict: 'info' };
  const parts: string[] = [];
  let ok = Number.isFinite(value);
  if (target.atLeast !== undefined) {
    parts.push(`≥ ${showTarget(target.atLeast)}`);
    ok &&= value >= target.atLeast;
  }
  if (target.atMost !== undefined) {
    parts.push(`≤ ${showTarget(target.atMost)}`);
    ok &&= value <= target.atMost;
  }
  return {
    benchmark,
    metric,
    measured: show(value),
    target: parts.join(' and '),
    verdict: ok ? 'pass' : 'MISS',
  };
}

/** A row that could not be measured on this machine (e.g. a missing tool); it does not fail the run. */
export function skippedRow(benchmark: string, metric: string, reason: string, target = '—'): ResultRow {
  return { benchmark, metric, measured: reason, target, verdict: 'skipped' };
}

export function formatNumber(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
