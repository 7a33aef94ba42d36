import { leadingNumberLength, leadingNumberValue } from '../../../src/core/parse/leadingNumber';

/** The regex the scanner replaced: the oracle. */
const LEADING_NUMBER = /^([+\-\u2212]?)[¥$]?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)/u;

function viaRegex(text: string): { length: number; value: number | null } {
  const m = LEADING_NUMBER.exec(text);
  if (!m) return { length: 0, value: null };
  const digits = m[2] ?? '';
  const magnitude = Number(digits.includes(',') ? digits.replace(/,/gu, '') : digits);
  return { length: m[0].length, value: m[1] === '-' || m[1] === '\u2212' ? 0 - magnitude : magnitude };
}

function viaScanner(text: string): { length: number; value: number | null } {
  const length = leadingNumberLength(text);
  return { length, value: length === 0 ? null : leadingNumberValue(text, length) };
}

describe('leadingNumber', () => {
  it.each([
    ['12', 2, 12],
    ['-1,234.5万元', 8, -1234.5],
    ['\u22123%', 2, -3],
    ['¥1,000', 6, 1000],
    ['+$.5', 4, 0.5],
    ['1234,567', 4, 1234],
    ['1,2345', 5, 1234],
    ['1,23', 1, 1],
    ['.5.3', 2, 0.5],
    ['1.', 1, 1],
    ['-0', 2, 0], // 0 - magnitude: never -0
  ])('%s → length %d, value %d', (text, length, value) => {
    expect(viaScanner(text)).toEqual({ length, value });
  });

  it.each(['', 'abc', '-', '¥', '-¥', '.', '.x', '¥-1', ',1', '$$1', '一1'])('%s is not a number', (text) => {
    expect(leadingNumberLength(text)).toBe(0);
  });

  it('agrees with the regex on every string of up to 6 characters over signs, currency, digits, comma, dot, a letter', () => {
    const alphabet = ['+', '-', '\u2212', '¥', '$', '1', '0', ',', '.', '元'];
    let checked = 0;
    const walk = (prefix: string, depth: number): void => {
      const want = viaRegex(prefix);
      const got = viaScanner(prefix);
      if (got.length !== want.length || !Object.is(got.value, want.value)) throw new Error(`${JSON.stringify(prefix)}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
      checked++;
      if (depth === 0) return;
      for (const ch of alphabet) walk(prefix + ch, depth - 1);
    };
    walk('', 6);
    expect(checked).toBe(1_111_111);
  });

  it('agrees with the regex on long digit runs with groups and fractions', () => {
    for (const text of ['123,456,789.0125', '12,345,67', '1,234,567,', '999,999.', '0.000001', '12345678901234567890', '1,000,000,000,000,000,000']) {
      expect(viaScanner(text)).toEqual(viaRegex(text));
    }
  });
});
