/** Excel number-format inspection: is the cell shown as a percent, or as a date? */

/** Quoted literals, escaped characters, fill/padding (*x, _x) and bracket codes ([Red], [$-804], [DBNum1]). */
const LITERALS = /"[^"]*"|\\.|[_*].|\[[^\]]*\]/gu;
/** Elapsed-time codes [h] [mm] [ss] count as time, not as brackets to drop. */
const ELAPSED_TIME = /\[(?:h+|m+|s+)\]/giu;

/** The positive-number section with literals removed. */
function formatCodes(format: string): string {
  const section = format.split(';')[0] ?? '';
  return section.replace(ELAPSED_TIME, 'h').replace(LITERALS, '');
}

/** A sheet has a handful of distinct formats and every value cell asks about its own: answers are memoised. */
const MEMO_LIMIT = 4096;
const percentMemo = new Map<string, boolean>();
const dateMemo = new Map<string, boolean>();
function memo(cache: Map<string, boolean>, format: string, compute: (f: string) => boolean): boolean {
  let v = cache.get(format);
  if (v === undefined) {
    v = compute(format);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(format, v);
  }
  return v;
}

export function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && memo(percentMemo, format, (f) => formatCodes(f).includes('%'));
}

/** Date (or date-time) formats; General, number, percent and time-only formats are not dates. */
export function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && memo(dateMemo, format, dateFormat);
}

function dateFormat(format: string): boolean {
  const codes = formatCodes(format);
  if (/general/iu.test(codes) || codes.includes('%')) return false;
  if (/[yd]/iu.test(codes)) return true;
  if (/m/iu.test(codes)) return !/[hs]/iu.test(codes);
  // yyyy"年"m"月" keeps its 年/月/日 inside quotes; a number format such as 0"日" has digit placeholders.
  return /[年月日]/u.test(format) && !/[0#?]/u.test(codes);
}
