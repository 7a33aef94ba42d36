/** Operator codes (GE, LE …) as the symbol users write; other text is kept. 'LE/LT' → '≤/<'. */
const SYMBOLS: Readonly<Record<string, string>> = { GE: '≥', GT: '>', LE: '≤', LT: '<', EQ: '=' };

export function operatorText(op: string, qualitative: string): string {
  return op
    .split('/')
    .map((o) => (o === 'QUAL' ? qualitative : (SYMBOLS[o] ?? o)))
    .join('/');
}
