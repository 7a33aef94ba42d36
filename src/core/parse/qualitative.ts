import type { ParsedValue } from '../model/Table';
import { daysInMonth, formatIsoDate, isValidDate, parseTextDate } from './dates';
import { normalizeText } from './normalize';

export type QualGrade = 'achieved' | 'partial' | 'missed';

export interface Deadline {
  /** null for 12月底前 / 年底前: the actual date's year applies. */
  year: number | null;
  month: number;
  day: number;
}

/** SPEC §2 word lists. Prefix lists match 部分达成预期指标, 未完成年度目标 …; exact lists match the whole cell. */
const PARTIAL_PREFIXES = ['部分达成', '部分完成', '基本达成', '基本完成'] as const;
/** 未达到 / 未达标 are added to the SPEC list: same meaning as 未达成. */
const MISSED_PREFIXES = ['未达成', '未完成', '未达到', '未达标'] as const;
const MISSED_WORDS = ['否', '不达标', '较差', '差', '滞后', '延期'] as const;
const ACHIEVED_WORDS = [
  '达成', '达成年度指标', '达成预期指标', '完成', '已完成', '全部完成', '达到', '达标', '是', '符合', '好', '优',
  '良好', '有效',
] as const;

const TRAILING_PUNCTUATION = /[。.!！;；,，、]+$/u;
/** 在2025年底前完成 → 2025年底. */
const DEADLINE_PREFIX = /^(?:在|于|截至|截止)/u;
const DEADLINE_SUFFIX = /(?:之前|以前|前)?(?:完成|完工|竣工)?$/u;
const MONTH_DAY = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日?$/u;
const MONTH_END = /^(?:(\d{4})年)?(\d{1,2})月(?:底|末|份)?$/u;
const YEAR_END = /^(\d{4})?年度?(?:底|末|内)$/u;
/** Leap year, so that 2月底 without a year accepts the 29th. */
const ANY_LEAP_YEAR = 2000;

function cleanWord(text: string): string {
  return normalizeText(text).replace(TRAILING_PUNCTUATION, '');
}

function optionalYear(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

function deadlineOrNull(year: number | null, month: number, day: number): Deadline | null {
  return isValidDate(year ?? ANY_LEAP_YEAR, month, day) ? { year, month, day } : null;
}

/**
 * A deadline target: 2025年12月31日前, 2025年底, 2025年12月底前, 12月底前, 年底前, 2025年度内 (an optional 完成 after it).
 * A bare date (2025-12-31) counts as a deadline too.
 */
export function parseDeadline(text: string): Deadline | null {
  const core = normalizeText(text).replace(DEADLINE_PREFIX, '').replace(DEADLINE_SUFFIX, '');
  const date = parseTextDate(core);
  if (date !== null) {
    const [year, month, day] = date.split('-').map(Number);
    return deadlineOrNull(year ?? null, month ?? 0, day ?? 0);
  }
  const monthDay = MONTH_DAY.exec(core);
  if (monthDay) return deadlineOrNull(optionalYear(monthDay[1]), Number(monthDay[2]), Number(monthDay[3]));
  const monthEnd = MONTH_END.exec(core);
  if (monthEnd) {
    const year = optionalYear(monthEnd[1]);
    const month = Number(monthEnd[2]);
    if (month < 1 || month > 12) return null;
    return deadlineOrNull(year, month, daysInMonth(year ?? ANY_LEAP_YEAR, month));
  }
  const yearEnd = YEAR_END.exec(core);
  if (yearEnd) return { year: optionalYear(yearEnd[1]), month: 12, day: 31 };
  return null;
}

function actualDate(actual: ParsedValue): string | null {
  return actual.date ?? parseTextDate(actual.text);
}

function gradeByDeadline(target: ParsedValue, actual: ParsedValue): QualGrade | null {
  const date = actualDate(actual);
  if (date === null) return null;
  const deadline = parseDeadline(target.text);
  if (deadline === null) return null;
  const year = deadline.year ?? Number(date.slice(0, 4));
  return date <= formatIsoDate(year, deadline.month, deadline.day) ? 'achieved' : 'missed';
}

function startsWithAny(text: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => text.startsWith(prefix));
}

/** Partial and missed first: 未达成 contains 达成. */
function classifyWord(word: string): QualGrade | null {
  if (startsWithAny(word, PARTIAL_PREFIXES)) return 'partial';
  if (startsWithAny(word, MISSED_PREFIXES)) return 'missed';
  if ((MISSED_WORDS as readonly string[]).includes(word)) return 'missed';
  if ((ACHIEVED_WORDS as readonly string[]).includes(word)) return 'achieved';
  return null;
}

/**
 * Grades a qualitative row (SPEC §2). Order: a deadline target against a date actual; the actual equal to the target
 * (so a target 否 met by 否 is achieved); then the word lists. null = unrecognised (QUALITATIVE_UNRECOGNIZED).
 */
export function gradeQualitative(target: ParsedValue, actual: ParsedValue): QualGrade | null {
  const byDeadline = gradeByDeadline(target, actual);
  if (byDeadline !== null) return byDeadline;
  const word = cleanWord(actual.text);
  if (word === '') return null;
  if (word === cleanWord(target.text)) return 'achieved';
  return classifyWord(word);
}
