/** src/excel — the only code that touches Office.js. */
export { ExcelGateway, GatewayError, type ExcelGatewayOptions, type ScoreActiveSheetResult } from './ExcelGateway';
export { readSnapshot, PROBE_EXTRA_COLUMNS, PROBE_EXTRA_ROWS, type SheetRead, type LedgerSheetState } from './readSnapshot';
export { applyPlan, ApplyError, type ApplyOptions, type ApplyResult } from './applyPlan';
export { buildWriteOps, type WriteOp, type WriteOps, type WriteTargets } from './buildWriteOps';
export { chunkWriteOps, DEFAULT_REQUEST_BUDGET } from './chunkWriteOps';
export { officeHost, detectCapabilities, MIN_EXCEL_API, type ExcelHost, type ExcelCapabilities } from './ExcelHost';
export { gatewayFailure, type GatewayErrorCode, type GatewayFailure, type GatewayMessageParams } from './gatewayMessages';
export { officeErrorResult } from './officeErrorResult';
export { officeErrorCode } from './officeErrorCode';
