import type { WriteOp } from './buildWriteOps';

/**
 * Estimated request budget per context.sync. Excel's limit is 5 MB per request; the estimate counts the JSON of the
 * data plus a fixed envelope per command, so 2 MB leaves room for the host's own encoding.
 */
export const DEFAULT_REQUEST_BUDGET = 2 * 1024 * 1024;

/** Packs ops, in order, into chunks whose estimated size stays within the budget (one sync each). */
export function chunkWriteOps(ops: readonly WriteOp[], budget: number = DEFAULT_REQUEST_BUDGET): WriteOp[][] {
  const chunks: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length && size + op.bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
