/** Half-up rounding to `digits` decimals, robust to binary noise (2.675 → 2.68). */
export function roundHalfUp(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return 0;
  const f = 10 ** digits;
  // Integers (weights, counts) come back unchanged: |x|·f is then an exact integer below 1e15, which toPrecision(15)
  // and Math.round keep, and dividing it by f gives x exactly. (+ 0 turns -0 into 0 as the general path does.)
  if (digits >= 0 && Number.isInteger(x) && Math.abs(x) * f < 1e15) return x + 0;
  const sign = x < 0 ? -1 : 1;
  const y = Math.abs(x) * f;
  // toPrecision(15) removes binary noise (2.675·100 = 267.49999999999997 → 267.5). It moves y by at most half a unit
  // in the 15th digit, under 5e-15·y (1e-14·y leaves room for the parse back), and that can change Math.round only
  // when y lies that close to a half: elsewhere (nearly always) Math.round(y) is the same answer without the string.
  const r = Math.round(y);
  if (0.5 - Math.abs(y - r) > 1e-14 * y) return (sign * r) / f;
  return (sign * Math.round(Number(y.toPrecision(15)))) / f;
}
