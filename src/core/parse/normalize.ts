/** Text normalisation shared by every parser: NFKC, no whitespace, no bracketed annotations. */

/** Whitespace of every kind, including U+3000, U+00A0 (both matched by \s) and zero-width characters. */
const WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;

/** One innermost bracketed part; NFKC has already turned （）［］ into ()[]. */
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕|〖[^〖〗]*〗/gu;

const TRAILING_COLONS = /[:：]+$/u;

const CHINESE_NUMERAL = '[一二三四五六七八九十]+';

/** 指标1：, 指标2:, 指标1 (no colon, langfang), 指标一：(a Chinese numeral needs the colon). */
const TEMPLATE_NUMBER = new RegExp(`^\\s*指标\\s*(?:[0-9０-９]+\\s*[:：、]?|${CHINESE_NUMERAL}\\s*[:：、])\\s*`, 'u');

const PLACEHOLDER = new RegExp(`^(?:指标(?:\\d+|${CHINESE_NUMERAL}):?|[.…。·]+|[/\\\\]+|[-—–―─]+)?$`, 'u');

/**
 * True when `s` holds only characters that NFKC leaves alone and WHITESPACE does not match: printable ASCII, CJK
 * unified ideographs (U+4E00–U+9FFF), the CJK punctuation U+3001–U+3029 (、。「」【】〔〕…) and ≤ ≥. None of them
 * composes with its neighbour under NFKC, so such a string is its own normalizeText — the common case (names, units,
 * operators), which then skips String.prototype.normalize, much the slowest step. No combining mark is in the set
 * (U+302A–U+302F are, hence the cut). Checked exhaustively in test/core/parse/normalize.test.ts.
 */
export function isStableText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) continue;
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c >= 0x3001 && c <= 0x3029) continue;
    if (c === 0x2264 || c === 0x2265) continue;
    return false;
  }
  return true;
}

export function normalizeText(s: string): string {
  if (isStableText(s)) return s;
  return s.normalize('NFKC').replace(WHITESPACE, '');
}

/** Removes bracketed parts anywhere, repeatedly so nested brackets go too. */
export function removeBracketed(s: string): string {
  let current = s;
  for (;;) {
    const next = current.replace(BRACKETED, '');
    if (next === current) return current;
    current = next;
  }
}

/** Could BRACKETED or TRAILING_COLONS change `t`? Most labels have no bracket and no colon: skip the regexes. */
function mayHaveAnnotation(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '(' || ch === '[' || ch === '【' || ch === '〔' || ch === '〖' || ch === ':' || ch === '：') return true;
  }
  return false;
}

export function normalizeHeader(s: string): string {
  const t = normalizeText(s);
  if (!mayHaveAnnotation(t)) return t;
  return removeBracketed(t).replace(TRAILING_COLONS, '');
}

export function stripTemplateNumber(name: string): string {
  const match = TEMPLATE_NUMBER.exec(name);
  return match ? name.slice(match[0].length) : name;
}

/** Template filler left in a name or value cell: '', 指标N, 指标N:, ……, /, -, —. */
export function isPlaceholderText(s: string): boolean {
  return PLACEHOLDER.test(normalizeText(s));
}
