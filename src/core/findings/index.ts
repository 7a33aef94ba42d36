export * from './catalogue';
export type { MessageTable } from './MessageTable';
export { MESSAGES_ZH_CN } from './messages.zh-CN';
export { MESSAGES_EN_US } from './messages.en-US';
export { formatNumber, formatPercent, formatQuantity } from './formatNumber';
export { findingMessage, renderFinding, renderFindings } from './renderFinding';
export { makeFinding, type FindingOf } from './makeFinding';
export { resolveSeverity } from './resolveSeverity';
