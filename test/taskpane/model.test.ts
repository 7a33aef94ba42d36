import { filterGroups, formatPercent, formatPoints, formatScore, groupFindings, isPlainEnter, isProfileName, subtotalBars } from '../../src/taskpane/model';
import { finding, seedTable } from './fixtures';

describe('groupFindings', () => {
  it('groups by severity in the order 错误, 警告, 提示 with counts, cells sorted by row then column', () => {
    const groups = groupFindings([seedTable()]);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 2],
      ['warning', 3],
      ['info', 0],
    ]);
    expect(groups[0].items.map((f) => f.cell)).toEqual(['H16', 'I33']);
    expect(groups[1].items.map((f) => f.cell)).toEqual(['I17', 'I18', 'I47']);
  });

  it('orders columns numerically (B2 before AA2) and rows numerically (I9 before I10)', () => {
    const t = seedTable({ findings: [finding('NOT_MET', 'info', 'AA2'), finding('NOT_MET', 'info', 'I10'), finding('NOT_MET', 'info', 'I9'), finding('NOT_MET', 'info', 'B2')] });
    expect(groupFindings([t])[2].items.map((f) => f.cell)).toEqual(['B2', 'AA2', 'I9', 'I10']);
  });

  it('merges several tables, keeps each finding once with a unique key', () => {
    const a = seedTable();
    const b = seedTable({ sheet: '项目2', findings: [finding('ACTUAL_MISSING', 'error', 'I5', '项目2')] });
    const groups = groupFindings([a, b]);
    expect(groups[0].count).toBe(3);
    const keys = groups.flatMap((g) => g.items.map((f) => f.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(6);
  });

  it('returns three empty groups for no tables', () => {
    expect(groupFindings([]).map((g) => g.count)).toEqual([0, 0, 0]);
  });
});

describe('filterGroups', () => {
  const groups = groupFindings([seedTable()]);
  it('matches cell, code or message, ignoring case and full-width forms', () => {
    expect(filterGroups(groups, 'i33').flatMap((g) => g.items.map((f) => f.cell))).toEqual(['I33']);
    expect(filterGroups(groups, 'ＯＶＥＲ').map((g) => g.count)).toEqual([0, 2, 0]);
  });
  it('an empty query keeps everything', () => {
    expect(filterGroups(groups, '  ').map((g) => g.count)).toEqual([2, 3, 0]);
  });
});

describe('formatting', () => {
  it('shows scores with 2 decimals and maxima without needless ones', () => {
    expect(`${formatScore(90)} / ${formatPoints(92)}`).toBe('90.00 / 92');
    expect(formatScore(97.825)).toBe('97.83');
    expect(formatPoints(92.5)).toBe('92.5');
    expect(formatPercent(0.95123)).toBe('95.12%');
  });
  it('subtotal bars clamp to [0, 1] and survive a zero weight', () => {
    const bars = subtotalBars(seedTable({ subtotals: [{ level1: '产出指标', weight: 50, score: 48 }, { level1: '', weight: 0, score: 0 }, { level1: 'x', weight: 5, score: 6 }] }));
    expect(bars.map((b) => b.fraction)).toEqual([0.96, 0, 1]);
    expect(bars[1].label).toBe('—');
  });
});

describe('isPlainEnter', () => {
  it('ignores Enter that confirms an IME composition', () => {
    expect(isPlainEnter({ key: 'Enter', nativeEvent: { isComposing: true } })).toBe(false);
    expect(isPlainEnter({ key: 'Enter', keyCode: 229, nativeEvent: { isComposing: false } })).toBe(false);
    expect(isPlainEnter({ key: 'Enter', keyCode: 13, nativeEvent: { isComposing: false } })).toBe(true);
    expect(isPlainEnter({ key: 'a', keyCode: 65 })).toBe(false);
  });
});

describe('isProfileName', () => {
  it('accepts the built-in profiles only', () => {
    expect(['mof', 'sichuan', 'MOF', '', null].map((p) => isProfileName(p))).toEqual([true, true, false, false, false]);
  });
});
