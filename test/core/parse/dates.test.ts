import { daysInMonth, excelSerialToDate, parseTextDate } from '../../../src/core/parse/dates';

describe('excelSerialToDate (1900 system)', () => {
  const cases = [
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, '1900-02-29'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [45657, '2024-12-31'],
    [45658, '2025-01-01'],
    [46022, '2025-12-31'],
    [45657.75, '2024-12-31'],
    [2958465, '9999-12-31'],
  ] as const;
  it.each(cases)('%d → %s', (serial, expected) => {
    expect(excelSerialToDate(serial)).toBe(expected);
  });

  const invalid = [0, -1, 0.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY] as const;
  it.each(invalid)('%d → null', (serial) => {
    expect(excelSerialToDate(serial)).toBeNull();
  });
});

describe('parseTextDate', () => {
  const cases = [
    ['2025年12月31日', '2025-12-31'],
    ['2025年12月31', '2025-12-31'],
    ['2025-12-31', '2025-12-31'],
    ['2025/12/31', '2025-12-31'],
    ['2025.12.31', '2025-12-31'],
    ['2025年6月1日', '2025-06-01'],
    ['2025-6-1', '2025-06-01'],
    ['２０２５年１２月３１日', '2025-12-31'],
    [' 2025 年 12 月 31 日 ', '2025-12-31'],
    ['2024-02-29', '2024-02-29'],
  ] as const;
  it.each(cases)('%j → %s', (text, expected) => {
    expect(parseTextDate(text)).toBe(expected);
  });

  const notDates = [
    '2025年12月31日前', '2025年底', '2025-12', '2025/12-31', '2025-13-01', '2025-02-29', '2025年2月30日', '20251231',
    '完成', '',
  ] as const;
  it.each(notDates)('%j → null', (text) => {
    expect(parseTextDate(text)).toBeNull();
  });
});

describe('daysInMonth', () => {
  const cases = [
    [2025, 2, 28],
    [2024, 2, 29],
    [2025, 6, 30],
    [2025, 12, 31],
  ] as const;
  it.each(cases)('%d-%d has %d days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});
