/** Small statistics and formatting helpers for the benchmark report. */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function round(x: number, digits = 2): number {
  return Number.isFinite(x) ? Number(x.toFixed(digits)) : x;
}

export function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** with / without; NaN when the baseline is 0. */
export function ratio(withExt: number, without: number): number {
  return without === 0 ? Number.NaN : withExt / without;
}

export function fmt(x: number, digits = 1, unit = ''): string {
  return Number.isFinite(x) ? `${x.toFixed(digits)}${unit}` : 'n/a';
}

/** A plain-text table with aligned columns (first column left, the rest left too: they mix words and numbers). */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
