import type { FileErrorCode } from '../core/report/Report';

/** An unusable input file (SPEC §5): the only error the file adapter throws. */
export class WorkbookError extends Error {
  constructor(
    readonly code: FileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}
