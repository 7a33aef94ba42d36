/** UI strings. zh-CN is the default; every locale has every key (Record<Key, string>). */
export type Locale = 'zh-CN' | 'en-US';

export type Key =
  | 'appTitle'
  | 'profile'
  | 'profile.mof'
  | 'profile.sichuan'
  | 'score'
  | 'rescore'
  | 'clear'
  | 'scoring'
  | 'clearing'
  | 'switchLanguage'
  | 'scoreLabel'
  | 'normalized'
  | 'grade'
  | 'budgetExecution'
  | 'budgetLine'
  | 'subtotals'
  | 'findings'
  | 'noFindings'
  | 'filterFindings'
  | 'filterHint'
  | 'severity.error'
  | 'severity.warning'
  | 'severity.info'
  | 'empty'
  | 'cleared'
  | 'errorTitle'
  | 'dismiss'
  | 'selectFailed'
  | 'tableTitle'
  | 'notInExcel'
  | 'officeTimeout';

export const STRINGS: Record<Locale, Record<Key, string>> = {
  'zh-CN': {
    appTitle: '绩效自评评分',
    profile: '评分规则',
    'profile.mof': '财政部通用（mof）',
    'profile.sichuan': '四川省（sichuan）',
    score: '评分',
    rescore: '重新评分',
    clear: '清除结果',
    scoring: '正在评分…',
    clearing: '正在清除…',
    switchLanguage: 'English',
    scoreLabel: '得分 / 满分',
    normalized: '折算分',
    grade: '等级',
    budgetExecution: '预算执行',
    budgetLine: '执行率 {rate}（{executed} / {budget}），得分 {score} / {weight}',
    subtotals: '一级指标小计',
    findings: '校验问题',
    noFindings: '未发现问题。',
    filterFindings: '筛选问题',
    filterHint: '输入单元格或关键字，回车定位第一条',
    'severity.error': '错误',
    'severity.warning': '警告',
    'severity.info': '提示',
    empty: '选择评分规则后点击「评分」，对当前工作表的绩效自评表评分。',
    cleared: '已清除评分结果，工作表已恢复。',
    errorTitle: '操作失败',
    dismiss: '关闭',
    selectFailed: '无法定位到单元格 {cell}：{message}',
    tableTitle: '{sheet}!{range}',
    notInExcel: '请在 Excel 中打开本加载项。',
    officeTimeout: 'Office 尚未加载完成（office.js 未初始化）。请检查网络后关闭并重新打开任务窗格。',
  },
  'en-US': {
    appTitle: 'Performance self-evaluation',
    profile: 'Scoring rules',
    'profile.mof': 'Ministry of Finance (mof)',
    'profile.sichuan': 'Sichuan (sichuan)',
    score: 'Score',
    rescore: 'Score again',
    clear: 'Clear results',
    scoring: 'Scoring…',
    clearing: 'Clearing…',
    switchLanguage: '中文',
    scoreLabel: 'Score / maximum',
    normalized: 'Normalised',
    grade: 'Grade',
    budgetExecution: 'Budget execution',
    budgetLine: 'Rate {rate} ({executed} / {budget}), score {score} / {weight}',
    subtotals: 'Subtotals by level-1 indicator',
    findings: 'Findings',
    noFindings: 'No findings.',
    filterFindings: 'Filter findings',
    filterHint: 'Type a cell or a word; Enter goes to the first match',
    'severity.error': 'Errors',
    'severity.warning': 'Warnings',
    'severity.info': 'Notes',
    empty: 'Choose the scoring rules and click Score to score the table on the active sheet.',
    cleared: 'Results cleared; the sheet is restored.',
    errorTitle: 'Something went wrong',
    dismiss: 'Dismiss',
    selectFailed: 'Could not go to cell {cell}: {message}',
    tableTitle: '{sheet}!{range}',
    notInExcel: 'Open this add-in in Excel.',
    officeTimeout: 'Office has not finished loading (office.js did not initialise). Check the network, then close and reopen the task pane.',
  },
};

/** Translator for one locale: t('key', {name: value}). */
export type Translate = (key: Key, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const table = STRINGS[locale];
  return (key, vars) => table[key].replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m));
}

/** Office display language → UI locale: Chinese variants → zh-CN, anything else → en-US; unknown → zh-CN. */
export function localeFromDisplayLanguage(lang: string | null | undefined): Locale {
  if (!lang) return 'zh-CN';
  return /^zh/i.test(lang) ? 'zh-CN' : 'en-US';
}
