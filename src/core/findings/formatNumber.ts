/** Rounds half away from zero to `digits` decimals, without float noise (0.1 + 0.2 → 0.3). */
function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(Math.abs(n) * f + 1e-9) / f;
  return n < 0 && r !== 0 ? -r : r;
}

/** A figure for a message: at most 2 decimals, trailing zeros dropped (16.18, 92, 0.3). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(roundTo(n, 2));
}

/** A fraction as a percent (1.8 → 180%, 0.12345 → 12.35%). */
export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100)}%`;
}

/** A quantity with its unit: no space before %/‰, a space before words (16.18 万元, 95%). */
export function formatQuantity(n: number, unit: string): string {
  const u = unit.trim();
  if (u === '') return formatNumber(n);
  return /^[%％‰]/.test(u) ? `${formatNumber(n)}${u}` : `${formatNumber(n)} ${u}`;
}
