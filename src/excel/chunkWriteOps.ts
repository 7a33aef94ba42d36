import type { WriteOp } from './buildWriteOps';

/**
 * Estimated request budget per context.sync. Excel's limit is 5 MB per request; the estimate counts the JSON of the
 * data plus a fixed envelope per command (400 bytes, more than Office.js spends on an action and its object path), so
 * 4 MB leaves a fifth of the limit for the host's own encoding.
 */
export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;

/**
 * Packs ops into chunks whose estimated size stays within the budget (one sync each), first fit: an op goes into the
 * earliest chunk with room, so small ops (fills, notes) fill the space large value blocks leave. Ops keep their order
 * within a chunk and never move to a chunk before one holding an op of an earlier `group`; the ops of one plan touch
 * distinct cells or properties, so their order across chunks does not matter otherwise.
 */
export function chunkWriteOps(ops: readonly WriteOp[], budget: number = DEFAULT_REQUEST_BUDGET, groups?: readonly number[]): WriteOp[][] {
  const chunks: WriteOp[][] = [];
  const sizes: number[] = [];
  let floor = 0; // first chunk the current group may use
  let group = groups?.[0];
  ops.forEach((op, i) => {
    if (groups && groups[i] !== group) {
      group = groups[i];
      floor = Math.max(0, chunks.length - 1);
    }
    let k = floor;
    while (k < chunks.length && sizes[k] + op.bytes > budget) k++;
    if (k === chunks.length) {
      chunks.push([]);
      sizes.push(0);
    }
    chunks[k].push(op);
    sizes[k] += op.bytes;
  });
  return chunks;
}
