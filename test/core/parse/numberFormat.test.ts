import { isDateFormat, isPercentFormat } from '../../../src/core/parse/numberFormat';

describe('isPercentFormat', () => {
  const percent = ['0%', '0.00%', '#,##0.0%', '0%;[Red]-0%'] as const;
  it.each(percent)('%s is a percent format', (format) => {
    expect(isPercentFormat(format)).toBe(true);
  });

  const notPercent = ['General', '0', '0.00', '0"%"', '0\\%', 'yyyy-mm-dd', ''] as const;
  it.each(notPercent)('%j is not a percent format', (format) => {
    expect(isPercentFormat(format)).toBe(false);
  });

  it('undefined is not a percent format', () => {
    expect(isPercentFormat(undefined)).toBe(false);
  });
});

describe('isDateFormat', () => {
  const dates = [
    'yyyy-mm-dd',
    'yyyy/m/d',
    'm/d/yy',
    'd-mmm-yy',
    'mmm-yy',
    'yyyy"年"m"月"d"日"',
    'yyyy年m月d日',
    '[$-804]yyyy"年"m"月"',
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    '[$-F800]dddd, mmmm dd, yyyy',
    'm/d/yyyy h:mm',
    'yyyy-mm-dd hh:mm:ss',
    '"年"m"月"',
  ] as const;
  it.each(dates)('%s is a date format', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  const notDates = [
    'General',
    '@',
    '0',
    '0.00',
    '#,##0.00',
    '0%',
    '0.00%',
    'h:mm',
    'hh:mm:ss',
    'mm:ss',
    '[h]:mm:ss',
    '[mm]:ss',
    '0"日"',
    '0"天"',
    '#,##0"万元"',
    '0.00E+00',
    '[Red]0.00',
    '',
  ] as const;
  it.each(notDates)('%j is not a date format', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });

  it('undefined is not a date format', () => {
    expect(isDateFormat(undefined)).toBe(false);
  });
});
