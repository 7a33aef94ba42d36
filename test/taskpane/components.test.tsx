import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FindingsList } from '../../src/taskpane/components/FindingsList';
import { SubtotalBars } from '../../src/taskpane/components/SubtotalBars';
import { SummaryCard } from '../../src/taskpane/components/SummaryCard';
import { translator } from '../../src/taskpane/i18n';
import { groupFindings, subtotalBars } from '../../src/taskpane/model';
import { seedTable } from './fixtures';

/** Visible text of static markup, tags removed. */
function text(node: React.ReactElement): string {
  const html = renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
  return html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

const zh = translator('zh-CN');
const en = translator('en-US');
const noop = (): void => undefined;

describe('SummaryCard', () => {
  it('shows 得分/满分, 折算分 and the grade', () => {
    const s = text(<SummaryCard table={seedTable()} t={zh} showTitle={false} />);
    expect(s).toContain('得分 / 满分 90.00 / 92');
    expect(s).toContain('折算分 97.83');
    expect(s).toContain('等级 优');
    expect(s).not.toContain('预算执行');
  });
  it('shows the budget execution line when the table has one', () => {
    const t = seedTable({ budget: { budget: 200, executed: 190, rate: 0.95, weight: 10, score: 9.5 } });
    expect(text(<SummaryCard table={t} t={zh} showTitle />)).toContain('预算执行：执行率 95.00%（190 / 200），得分 9.50 / 10');
    expect(text(<SummaryCard table={t} t={en} showTitle />)).toContain('Rate 95.00% (190 / 200), score 9.50 / 10');
  });
});

describe('SubtotalBars', () => {
  it('one labelled bar per level-1 indicator', () => {
    const s = text(<SubtotalBars bars={subtotalBars(seedTable())} t={zh} />);
    expect(s).toContain('产出指标 48.00 / 50');
    expect(s).toContain('满意度指标 12.00 / 12');
  });
});

describe('FindingsList', () => {
  it('groups with counts and shows cell and message of each finding', () => {
    const groups = groupFindings([seedTable()]);
    const s = text(<FindingsList groups={groups} total={5} filter="" onFilterChange={noop} onSelect={noop} showSheet={false} t={zh} />);
    expect(s).toMatch(/错误 2 .*H16 WEIGHT_TOTAL at H16 I33 ACTUAL_MISSING at I33/);
    expect(s).toMatch(/警告 3 .*I17 .*I18 .*I47/);
    expect(s).not.toContain('提示');
  });
  it('says so when there is nothing to report', () => {
    const s = text(<FindingsList groups={groupFindings([])} total={0} filter="" onFilterChange={noop} onSelect={noop} showSheet={false} t={zh} />);
    expect(s).toContain('未发现问题。');
  });
});
