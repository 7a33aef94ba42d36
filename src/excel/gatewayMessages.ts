import type { Locale } from '../core/index';

/** Every way a gateway call can fail, as a typed value. */
export type GatewayErrorCode =
  | 'SHEET_PROTECTED'
  | 'CELL_EDIT_MODE'
  | 'PAYLOAD_TOO_LARGE'
  | 'NOT_FOUND'
  | 'API_NOT_SUPPORTED'
  | 'EXCEL_ERROR'
  | 'TABLE_NOT_FOUND'
  | 'PROFILE_UNKNOWN';

export interface GatewayMessageParams {
  sheet?: string;
  cell?: string;
  /** Office error code or the core's own message. */
  detail?: string;
  version?: string;
  profile?: string;
  /** Some chunks were written before the failure. */
  partial?: boolean;
}

export interface GatewayFailure {
  ok: false;
  code: GatewayErrorCode;
  message: string;
}

type MessageTable = Record<GatewayErrorCode, (p: GatewayMessageParams) => string>;

const zhCN: MessageTable = {
  SHEET_PROTECTED: (p) =>
    `工作表“${p.sheet ?? ''}”受保护，无法写入评分结果，本次未作任何修改。请先在“审阅”选项卡中撤消工作表保护，再重新操作。`,
  CELL_EDIT_MODE: () => 'Excel 正处于单元格编辑状态，操作未执行。请按 Enter 或 Esc 结束编辑（或单击其他单元格）后重试。',
  PAYLOAD_TOO_LARGE: (p) =>
    `${p.sheet ? `工作表“${p.sheet}”的` : ''}数据量超出 Excel 单次请求 5 MB 的上限，加载项无法处理。请把表格拆分到多个工作表，或用命令行 selfeval score 处理该文件。`,
  NOT_FOUND: (p) =>
    `找不到${p.sheet ? `工作表“${p.sheet}”` : '目标工作表'}${p.cell ? `中的单元格 ${p.cell}` : ''}。工作表可能已被重命名或删除，请重新评分后再试。`,
  API_NOT_SUPPORTED: (p) =>
    `当前 Excel 版本不支持本加载项所需的接口（需要 ExcelApi ${p.version ?? ''} 或更高版本）。请更新 Office 后重试。`,
  EXCEL_ERROR: (p) =>
    `Excel 返回错误（${p.detail ?? 'GeneralException'}）${p.sheet ? `，工作表“${p.sheet}”` : ''}，操作未完成。请重试；如仍失败，请保存并重新打开工作簿。`,
  TABLE_NOT_FOUND: (p) =>
    p.detail ?? `在工作表“${p.sheet ?? ''}”中没有找到绩效指标表：需要一行包含“三级指标”“指标值”“权重”“实际完成值”等表头。`,
  PROFILE_UNKNOWN: (p) => `未知的评分规则“${p.profile ?? ''}”。可选：mof（财政部通用）、sichuan（四川）。`,
};

const enUS: MessageTable = {
  SHEET_PROTECTED: (p) =>
    `Sheet "${p.sheet ?? ''}" is protected, so no results can be written; nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.`,
  CELL_EDIT_MODE: () => 'Excel is editing a cell, so nothing was done. Press Enter or Esc (or click another cell) to leave cell edit mode, then try again.',
  PAYLOAD_TOO_LARGE: (p) =>
    `${p.sheet ? `Sheet "${p.sheet}"` : 'The sheet'} holds more data than Excel accepts in one 5 MB request. Split the table over several sheets, or score the file with the selfeval command line.`,
  NOT_FOUND: (p) =>
    `Cannot find ${p.sheet ? `sheet "${p.sheet}"` : 'the sheet'}${p.cell ? ` (cell ${p.cell})` : ''}. It may have been renamed or deleted; score again and retry.`,
  API_NOT_SUPPORTED: (p) => `This version of Excel lacks an API the add-in needs (ExcelApi ${p.version ?? ''} or later). Update Office and try again.`,
  EXCEL_ERROR: (p) =>
    `Excel reported an error (${p.detail ?? 'GeneralException'})${p.sheet ? ` on sheet "${p.sheet}"` : ''}; the operation did not complete. Try again; if it persists, save and reopen the workbook.`,
  TABLE_NOT_FOUND: (p) =>
    p.detail ?? `No indicator table found on sheet "${p.sheet ?? ''}": a header row needs 三级指标, 指标值, 权重 and 实际完成值 (or their synonyms).`,
  PROFILE_UNKNOWN: (p) => `Unknown scoring profile "${p.profile ?? ''}". Available: mof, sichuan.`,
};

const PARTIAL: Record<Locale, string> = {
  'zh-CN': '部分结果可能已写入，可点击“清除结果”恢复原状。',
  'en-US': 'Part of the results may have been written; use Clear results to restore the sheet.',
};

export function gatewayFailure(code: GatewayErrorCode, locale: Locale, params: GatewayMessageParams = {}): GatewayFailure {
  const table = locale === 'en-US' ? enUS : zhCN;
  const text = table[code](params);
  return { ok: false, code, message: params.partial ? `${text}${locale === 'en-US' ? ' ' : ''}${PARTIAL[locale]}` : text };
}
