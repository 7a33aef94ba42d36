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

export function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && formatCodes(format).includes('%');
}

/** Date (or date-time) formats; General, number, percent and time-only formats are not dates. */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const codes = formatCodes(format);
  if (/general/iu.test(codes) || codes.includes('%')) return false;
  if (/[yd]/iu.test(codes)) return true;
  if (/m/iu.test(codes)) return !/[hs]/iu.test(codes);
  // yyyy"年"m"月" keeps its 年/月/日 inside quotes; a number format such as 0"日" has digit placeholders.
  return /[年月日]/u.test(format) && !/[0#?]/u.test(codes);
}
