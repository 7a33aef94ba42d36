import type { ParsedValue } from '../../../src/core/model/Table';
import { gradeQualitative, parseDeadline, type QualGrade } from '../../../src/core/parse/qualitative';
import { parseValue } from '../../../src/core/parse/values';

function grade(target: string, actual: string | number, actualFormat?: string): QualGrade | null {
  return gradeQualitative(parseValue(target), parseValue(actual, actualFormat));
}

describe('gradeQualitative: word lists', () => {
  const achieved = [
    '达成', '达成年度指标', '达成预期指标', '完成', '已完成', '全部完成', '达到', '达标', '是', '符合', '好', '优', '良好',
    '有效', ' 已 完成 ', '完成。',
  ] as const;
  it.each(achieved)('%j is achieved', (actual) => {
    expect(grade('有效保障', actual)).toBe('achieved');
  });

  const partial = ['部分达成', '部分达成预期指标', '部分达成年度指标', '部分完成', '基本达成', '基本完成'] as const;
  it.each(partial)('%j is partial', (actual) => {
    expect(grade('有效保障', actual)).toBe('partial');
  });

  const missed = [
    '未达成', '未达成预期指标', '未达成年度指标', '未完成', '否', '不达标', '较差', '差', '滞后', '延期', '未达到预期',
    '未达标',
  ] as const;
  it.each(missed)('%j is missed', (actual) => {
    expect(grade('有效保障', actual)).toBe('missed');
  });

  it('未达成 is missed, not achieved', () => {
    expect(grade('达成', '未达成')).not.toBe('achieved');
    expect(grade('达成预期指标', '未达成')).toBe('missed');
    expect(grade('完成', '未完成')).toBe('missed');
  });

  const unrecognised = ['待定', '持续推进', '一般', '100', '达成率80%'] as const;
  it.each(unrecognised)('%j is unrecognised', (actual) => {
    expect(grade('有效保障', actual)).toBeNull();
  });

  it('an empty actual is unrecognised', () => {
    expect(grade('有效保障', '')).toBeNull();
    expect(gradeQualitative(parseValue('有效保障'), parseValue(null))).toBeNull();
  });
});

describe('gradeQualitative: actual equal to the target', () => {
  const cases = [
    ['持续提升', '持续提升'],
    ['据实保障', '据实保障'],
    ['有效保障', ' 有效 保障 '],
    ['高', '高'],
    ['专款专用', '专款专用'],
    ['不超过预算', '不超过预算'],
    ['1000万元', '1000万元'],
    ['否', '否'],
    ['ＩＰＶ６', 'IPV6'],
  ] as const;
  it.each(cases)('%j = %j is achieved', (target, actual) => {
    expect(grade(target, actual)).toBe('achieved');
  });

  it('a different text is not equality', () => {
    expect(grade('持续提升', '持续推进')).toBeNull();
  });
});

describe('gradeQualitative: deadlines', () => {
  const cases = [
    ['2025年12月31日前', '2025-12-31', 'achieved'],
    ['2025年12月31日前', '2025年11月30日', 'achieved'],
    ['2025年12月31日前', '2026-01-01', 'missed'],
    ['2025年底', '2025/12/31', 'achieved'],
    ['2025年底', '2026.01.05', 'missed'],
    ['2025年12月底前', '2025-12-31', 'achieved'],
    ['2025年12月底前', '2026-01-01', 'missed'],
    ['12月底前', '2025-12-31', 'achieved'],
    ['12月底前', '2024-06-01', 'achieved'],
    ['2025年6月30日前', '2025-06-30', 'achieved'],
    ['2025年6月30日前', '2025-07-01', 'missed'],
    ['年底前', '2025-12-31', 'achieved'],
    ['6月底前', '2025-07-01', 'missed'],
    ['2025年12月31日前完成', '2025-10-01', 'achieved'],
    ['2025-12-31', '2026-01-01', 'missed'],
  ] as const;
  it.each(cases)('%j with %j → %s', (target, actual, expected) => {
    expect(grade(target, actual)).toBe(expected);
  });

  it('reads an Excel date cell as the actual', () => {
    expect(grade('2025年12月31日前', 46022, 'yyyy-mm-dd')).toBe('achieved');
    expect(grade('2025年12月31日前', 46023, 'yyyy-mm-dd')).toBe('missed');
  });

  it('reads a hand-built actual whose date is only in its text', () => {
    const actual: ParsedValue = { ...parseValue('x'), text: '2026-01-02' };
    expect(gradeQualitative(parseValue('2025年底'), actual)).toBe('missed');
  });

  it('a deadline with a word actual uses the word lists (seed table)', () => {
    expect(grade('2025年12月31日前', '完成')).toBe('achieved');
    expect(grade('2025年底', '完成')).toBe('achieved');
    expect(grade('2025年底', '延期')).toBe('missed');
  });

  it('a date actual against a non-deadline target is unrecognised', () => {
    expect(grade('有效保障', '2025-12-31')).toBeNull();
  });
});

describe('parseDeadline', () => {
  const cases = [
    ['2025年12月31日前', 2025, 12, 31],
    ['2025年底', 2025, 12, 31],
    ['2025年末', 2025, 12, 31],
    ['2025年度内', 2025, 12, 31],
    ['2025年12月底前', 2025, 12, 31],
    ['12月底前', null, 12, 31],
    ['2025年6月30日前', 2025, 6, 30],
    ['2025年6月底', 2025, 6, 30],
    ['2025年2月底', 2025, 2, 28],
    ['2024年2月底', 2024, 2, 29],
    ['2月底前', null, 2, 29],
    ['年底前', null, 12, 31],
    ['年底', null, 12, 31],
    ['年内', null, 12, 31],
    ['6月30日前', null, 6, 30],
    ['在2025年12月31日之前完成', 2025, 12, 31],
    ['2025年11月前完成', 2025, 11, 30],
    ['2025-12-31', 2025, 12, 31],
    [' 2025 年 12 月 31 日 前 ', 2025, 12, 31],
  ] as const;
  it.each(cases)('%j → %s-%s-%s', (text, year, month, day) => {
    expect(parseDeadline(text)).toEqual({ year, month, day });
  });

  const notDeadlines = ['完成', '有效保障', '2025年', '2025', '13月底前', '2025年2月30日前', '1年内完成建设', ''] as const;
  it.each(notDeadlines)('%j → null', (text) => {
    expect(parseDeadline(text)).toBeNull();
  });
});
