import type { Locale } from '../index';

/** Text selfeval writes into the sheet. */
export interface SheetLabels {
  attainment: string;
  score: string;
  remarks: string;
  total: string;
  normalized: string;
  grade: string;
  errors: string;
  warnings: string;
  severity: Record<'error' | 'warning' | 'info', string>;
}

export const SHEET_LABELS: Record<Locale, SheetLabels> = {
  'zh-CN': {
    attainment: '完成率',
    score: '得分',
    remarks: '校验提示',
    total: '总分',
    normalized: '折算分',
    grade: '等级',
    errors: '错误',
    warnings: '警告',
    severity: { error: '错误', warning: '警告', info: '提示' },
  },
  'en-US': {
    attainment: 'Attainment',
    score: 'Score',
    remarks: 'Checks',
    total: 'Total',
    normalized: 'Normalised',
    grade: 'Grade',
    errors: 'Errors',
    warnings: 'Warnings',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  },
};
