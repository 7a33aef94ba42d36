/** Small helpers shared by the benchmarks: timing, medians, table printing. */
import * as path from 'node:path';

export const ROOT = process.env.SELFEVAL_ROOT ?? path.resolve(__dirname, '../..');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Collects garbage when node runs with --expose-gc (scripts/bench.js passes it), so runs start from the same heap. */
export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Median wall time (ms) of `runs` calls after `warmup` untimed ones. */
export async function timeIt(fn: () => unknown, runs: number, warmup = 1): Promise<{ median: number; runs: number[] }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), runs: times };
}

export function printTable(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(cells[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(2)} MB`;
