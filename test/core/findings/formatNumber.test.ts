import { formatNumber, formatPercent, formatQuantity } from '../../../src/core/findings';

describe('formatNumber', () => {
  it.each([
    [92, '92'],
    [16.18, '16.18'],
    [0.1 + 0.2, '0.3'],
    [1.005, '1.01'],
    [2.675, '2.68'],
    [-1.005, '-1.01'],
    [-0.001, '0'],
    [161800, '161800'],
    [90.0, '90'],
    [97.826, '97.83'],
    [Infinity, 'Infinity'],
  ])('%p → %s', (n, s) => expect(formatNumber(n)).toBe(s));
});

describe('formatPercent', () => {
  it.each([
    [1.8, '180%'],
    [0.3, '30%'],
    [0.12345, '12.35%'],
    [1, '100%'],
    [0.07, '7%'],
  ])('%p → %s', (n, s) => expect(formatPercent(n)).toBe(s));
});

describe('formatQuantity', () => {
  it('spaces words, not percent signs', () => {
    expect(formatQuantity(16.18, '万元')).toBe('16.18 万元');
    expect(formatQuantity(95, '%')).toBe('95%');
    expect(formatQuantity(3, '')).toBe('3');
  });
});
