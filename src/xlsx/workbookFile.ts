import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { decodeLedger, emptyLedger, encodeLedger, LEDGER_SHEET, type WorkbookLedger } from '../core/plan/ledgerStore';
import { plainValue } from './snapshotFromWorksheet';
import { WorkbookError } from './WorkbookError';
import { declaredUncompressedSize, inspectZip } from './zipGuard';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024;
/**
 * exceljs keeps every cell in memory (~0.7 KB each): a 1,000,000-row sheet took 4.4 GB and over 5 minutes; 99,000 rows
 * of 5 cells, every row in error, 2.8 GB and 59 s. A self-evaluation table has hundreds of rows; these bounds refuse a
 * workbook (FILE_TOO_LARGE, after a streamed count that holds one chunk) long before memory is at risk.
 */
export const MAX_ROWS_PER_SHEET = 50_000;
export const MAX_CELLS = 250_000;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Loads an .xlsx, refusing what is not one with a typed WorkbookError (SPEC §5). */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const name = path.basename(file);
  let buf: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_FILE_BYTES) {
      throw new WorkbookError('FILE_TOO_LARGE', `${name}: file is ${(stat.size / 1048576).toFixed(1)} MB, above the ${MAX_FILE_BYTES / 1048576} MB limit`);
    }
    buf = await fs.readFile(file);
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    throw new WorkbookError('FILE_NOT_WORKBOOK', `${name}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (buf.subarray(0, 8).equals(OLE)) {
    const encrypted = buf.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    throw encrypted
      ? new WorkbookError('FILE_ENCRYPTED', `${name}: the workbook is password-protected; save an unprotected copy and score that`)
      : new WorkbookError('FILE_NOT_WORKBOOK', `${name}: an old .xls (Excel 97–2003) file; save it as .xlsx first`);
  }
  if (!buf.subarray(0, 4).equals(ZIP)) {
    throw new WorkbookError('FILE_NOT_WORKBOOK', `${name}: not an .xlsx workbook (no zip signature)`);
  }
  const unpacked = declaredUncompressedSize(buf);
  if (unpacked === null) throw new WorkbookError('FILE_NOT_WORKBOOK', `${name}: damaged or truncated zip; not a readable .xlsx`);
  if (unpacked > MAX_UNCOMPRESSED_BYTES) {
    throw new WorkbookError('FILE_TOO_LARGE', `${name}: unpacks to ${(unpacked / 1048576).toFixed(0)} MB, above the ${MAX_UNCOMPRESSED_BYTES / 1048576} MB limit`);
  }
  const verdict = await inspectZip(buf, { maxUncompressed: MAX_UNCOMPRESSED_BYTES, maxRowsPerSheet: MAX_ROWS_PER_SHEET, maxCells: MAX_CELLS });
  if (!verdict.ok) {
    throw verdict.reason === 'too-large'
      ? new WorkbookError('FILE_TOO_LARGE', `${name}: ${verdict.detail}; selfeval reads at most ${MAX_ROWS_PER_SHEET.toLocaleString('en-US')} rows a sheet, ${MAX_CELLS.toLocaleString('en-US')} cells, ${MAX_UNCOMPRESSED_BYTES / 1048576} MB unpacked`)
      : new WorkbookError('FILE_NOT_WORKBOOK', `${name}: ${verdict.detail}; not a readable .xlsx`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookError('FILE_NOT_WORKBOOK', `${name}: not a readable .xlsx workbook (${(e as Error).message.split('\n')[0]})`);
  }
  if (wb.worksheets.length === 0) throw new WorkbookError('FILE_NOT_WORKBOOK', `${name}: the workbook has no worksheets`);
  return wb;
}

export function readLedger(wb: ExcelJS.Workbook): WorkbookLedger {
  const ws = wb.getWorksheet(LEDGER_SHEET);
  if (!ws) return emptyLedger();
  const col: ReturnType<typeof plainValue>[] = [];
  for (let r = 1; r <= ws.rowCount; r++) col.push(plainValue(ws.getCell(r, 1).value));
  return decodeLedger(col);
}

/** Replaces the very-hidden ledger sheet's column A; removes the sheet when nothing is left to remember. */
export function writeLedger(wb: ExcelJS.Workbook, ledger: WorkbookLedger): void {
  const existing = wb.getWorksheet(LEDGER_SHEET);
  if (existing) wb.removeWorksheet(existing.id);
  if (ledger.sheets.length === 0 && ledger.profile === null) return;
  const ws = wb.addWorksheet(LEDGER_SHEET, { state: 'veryHidden' });
  encodeLedger(ledger).forEach((text, i) => {
    ws.getCell(i + 1, 1).value = text;
  });
}

/** Writes beside the target and renames: a failure never leaves a half-written file, and the input is never the target. */
export async function saveWorkbookAtomic(wb: ExcelJS.Workbook, out: string, input?: string): Promise<void> {
  if (input && path.resolve(out) === path.resolve(input)) {
    throw new Error(`refusing to overwrite the input file ${out}`);
  }
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
