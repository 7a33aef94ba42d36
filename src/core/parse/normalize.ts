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

export function normalizeText(s: string): string {
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

export function normalizeHeader(s: string): string {
  return removeBracketed(normalizeText(s)).replace(TRAILING_COLONS, '');
}

export function stripTemplateNumber(name: string): string {
  const match = TEMPLATE_NUMBER.exec(name);
  return match ? name.slice(match[0].length) : name;
}

/** Template filler left in a name or value cell: '', 指标N, 指标N:, ……, /, -, —. */
export function isPlaceholderText(s: string): boolean {
  return PLACEHOLDER.test(normalizeText(s));
}
