/**
 * The number at the start of a compact value text, scanned by hand. Same grammar as the regex it replaces
 * (`/^([+\-\u2212]?)[¥$]?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)/u`, kept in the test as the oracle): an
 * optional sign (U+2212 is a minus too), an optional currency sign, then digits with thousands commas or plain
 * digits, an optional fraction — or a bare fraction (.5). It runs on every value cell, so no match arrays.
 */

const PLUS = 0x2b;
const MINUS = 0x2d;
const MINUS_SIGN = 0x2212;
const YEN = 0xa5;
const DOLLAR = 0x24;
const COMMA = 0x2c;
const DOT = 0x2e;

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN past the end
  return c >= 0x30 && c <= 0x39;
}

function digitsFrom(text: string, i: number): number {
  while (isDigit(text, i)) i++;
  return i;
}

/** Where the sign and currency sign end (0 when there are none). */
function prefixLength(text: string): number {
  let i = 0;
  const c = text.charCodeAt(0);
  if (c === PLUS || c === MINUS || c === MINUS_SIGN) i++;
  const d = text.charCodeAt(i);
  if (d === YEN || d === DOLLAR) i++;
  return i;
}

/** Length of the leading number, sign and currency sign included; 0 when the text does not start with one. */
export function leadingNumberLength(text: string): number {
  const start = prefixLength(text);
  if (!isDigit(text, start)) {
    // Only a bare fraction can start without a digit.
    return text.charCodeAt(start) === DOT && isDigit(text, start + 1) ? digitsFrom(text, start + 1) : 0;
  }
  const run = digitsFrom(text, start);
  let end = run;
  // Thousands groups: a run of 1–3 digits, then one or more ",ddd" (a fourth digit after a group is not part of it).
  if (run - start <= 3) {
    while (text.charCodeAt(end) === COMMA && isDigit(text, end + 1) && isDigit(text, end + 2) && isDigit(text, end + 3)) end += 4;
  }
  if (text.charCodeAt(end) === DOT && isDigit(text, end + 1)) end = digitsFrom(text, end + 1);
  return end;
}

/** The value of the leading number of `length` characters (from leadingNumberLength, > 0). */
export function leadingNumberValue(text: string, length: number): number {
  const start = prefixLength(text);
  const digits = text.slice(start, length);
  const magnitude = Number(digits.includes(',') ? digits.replace(/,/gu, '') : digits);
  const sign = text.charCodeAt(0);
  return sign === MINUS || sign === MINUS_SIGN ? 0 - magnitude : magnitude;
}
