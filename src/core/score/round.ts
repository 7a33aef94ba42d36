/** Half-up rounding to `digits` decimals, robust to binary noise (2.675 → 2.68). */
export function roundHalfUp(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return 0;
  const f = 10 ** digits;
  const sign = x < 0 ? -1 : 1;
  return (sign * Math.round(Number((Math.abs(x) * f).toPrecision(15)))) / f;
}
