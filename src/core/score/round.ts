/** Half-up rounding to `digits` decimals, robust to binary noise (2.675 → 2.68). */
export function roundHalfUp(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return 0;
  const f = 10 ** digits;
  // Integers (weights, counts) come back unchanged: |x|·f is then an exact integer below 1e15, which toPrecision(15)
  // and Math.round keep, and dividing it by f gives x exactly. (+ 0 turns -0 into 0 as the general path does.)
  if (digits >= 0 && Number.isInteger(x) && Math.abs(x) * f < 1e15) return x + 0;
  const sign = x < 0 ? -1 : 1;
  return (sign * Math.round(Number((Math.abs(x) * f).toPrecision(15)))) / f;
}
