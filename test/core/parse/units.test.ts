import { convertUnit, isMoney, isRatio, lookupUnit, type UnitInfo } from '../../../src/core/parse/units';

/** [text, canonical, dimension, factor] — the whole SPEC §1 catalogue. */
const UNITS = [
  ['元', '元', 'money', 1],
  ['千元', '千元', 'money', 1e3],
  ['万元', '万元', 'money', 1e4],
  ['百万元', '百万元', 'money', 1e6],
  ['亿元', '亿元', 'money', 1e8],
  ['%', '%', 'ratio', 1],
  ['％', '%', 'ratio', 1],
  ['百分比', '%', 'ratio', 1],
  ['‰', '‰', 'ratio', 0.1],
  ['小时', '小时', 'duration', 1 / 24],
  ['天', '天', 'duration', 1],
  ['日', '天', 'duration', 1],
  ['工作日', '工作日', 'duration', 1],
  ['周', '周', 'duration', 7],
  ['月', '月', 'duration:月', 1],
  ['个月', '月', 'duration:月', 1],
  ['季度', '季度', 'duration:季度', 1],
  ['年', '年', 'duration:年', 1],
  ['平方米', '平方米', 'area', 1],
  ['㎡', '平方米', 'area', 1],
  ['m2', '平方米', 'area', 1],
  ['m²', '平方米', 'area', 1],
  ['亩', '亩', 'area', 666.67],
  ['公顷', '公顷', 'area', 1e4],
  ['平方公里', '平方公里', 'area', 1e6],
  ['平方千米', '平方公里', 'area', 1e6],
  ['米', '米', 'length', 1],
  ['公里', '公里', 'length', 1e3],
  ['千米', '公里', 'length', 1e3],
  ['克', '克', 'mass', 1e-3],
  ['千克', '千克', 'mass', 1],
  ['公斤', '千克', 'mass', 1],
  ['吨', '吨', 'mass', 1e3],
] as const;

const COUNT_UNITS = [
  '个', '次', '人', '人次', '台', '套', '件', '项', '户', '场', '场次', '批', '批次', '辆', '份', '篇', '条', '所', '家',
  '座', '处', '期', '册', '本', '张', '名', '只', '头', '棵', '株', '单',
] as const;

function unit(text: string): UnitInfo {
  const info = lookupUnit(text);
  if (info === null) throw new Error(`unit ${text} not in the catalogue`);
  return info;
}

describe('lookupUnit', () => {
  it.each(UNITS)('%s → %s (%s, ×%d)', (text, canonical, dimension, factor) => {
    const info = unit(text);
    expect(info.canonical).toBe(canonical);
    expect(info.dimension).toBe(dimension);
    expect(info.factor).toBeCloseTo(factor, 12);
  });

  it.each(COUNT_UNITS)('count unit %s is its own dimension', (text) => {
    expect(lookupUnit(text)).toEqual({ text, canonical: text, dimension: `count:${text}`, factor: 1 });
  });

  it('normalises whitespace and full width before looking up', () => {
    expect(unit(' 万 元 ').canonical).toBe('万元');
    expect(unit('\u3000％').canonical).toBe('%');
  });

  const unknown = ['', 'tot扁', '分', '万', '元/人', '万人次', 'kg', '年底'] as const;
  it.each(unknown)('%j is unknown', (text) => {
    expect(lookupUnit(text)).toBeNull();
  });
});

describe('convertUnit', () => {
  const conversions = [
    [161800, '元', '万元', 16.18],
    [1, '亿元', '万元', 10000],
    [6.47, '亿元', '万元', 64700],
    [134.2, '万元', '元', 1342000],
    [0.1, '万元', '元', 1000],
    [1.1, '万元', '千元', 11],
    [3, '百万元', '万元', 300],
    [90, '%', '百分比', 90],
    [90, '％', '%', 90],
    [5, '‰', '%', 0.5],
    [48, '小时', '天', 2],
    [2, '周', '天', 14],
    [10, '工作日', '日', 10],
    [3, '个月', '月', 3],
    [1, '亩', '平方米', 666.67],
    [2, '公顷', '平方米', 20000],
    [1, '平方公里', '公顷', 100],
    [100, '㎡', '平方米', 100],
    [1500, '米', '公里', 1.5],
    [1, '千米', '米', 1000],
    [2500, '克', '千克', 2.5],
    [3, '吨', '公斤', 3000],
    [0, '元', '万元', 0],
    [-161800, '元', '万元', -16.18],
    [5, '次', '次', 5],
  ] as const;
  it.each(conversions)('%d %s → %d %s', (value, from, to, expected) => {
    expect(convertUnit(value, unit(from), unit(to))).toBe(expected);
  });

  it('removes float noise', () => {
    expect(0.1 * 3).not.toBe(0.3);
    expect(convertUnit(0.1 * 3, unit('万元'), unit('万元'))).toBe(0.3);
    expect(convertUnit(49.91, unit('万元'), unit('元'))).toBe(499100);
  });

  const mismatched = [
    ['个', '次'],
    ['人', '人次'],
    ['台', '套'],
    ['万元', '%'],
    ['元', '个'],
    ['天', '月'],
    ['月', '年'],
    ['季度', '月'],
    ['米', '平方米'],
    ['吨', '元'],
  ] as const;
  it.each(mismatched)('%s → %s is null', (from, to) => {
    expect(convertUnit(1, unit(from), unit(to))).toBeNull();
  });
});

describe('isMoney / isRatio', () => {
  const cases = [
    ['元', true, false],
    ['万元', true, false],
    ['亿元', true, false],
    ['%', false, true],
    ['百分比', false, true],
    ['‰', false, true],
    ['个', false, false],
    ['天', false, false],
  ] as const;
  it.each(cases)('%s money=%s ratio=%s', (text, money, ratio) => {
    expect(isMoney(unit(text))).toBe(money);
    expect(isRatio(unit(text))).toBe(ratio);
  });

  it('null is neither', () => {
    expect(isMoney(null)).toBe(false);
    expect(isRatio(null)).toBe(false);
  });
});
