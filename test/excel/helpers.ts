import * as path from 'path';
import type { ExcelCapabilities, ExcelHost } from '../../src/excel/ExcelHost';
import { detectCapabilities } from '../../src/excel/ExcelHost';
import { FakeExcel, type FakeExcelOptions, type FakeRequestContext } from '../fakes/fakeExcel';
import { loadWorkbookData } from '../fakes/loadWorkbook';
import type { FakeWorkbookData } from '../fakes/fakeExcel';

export const SEED = path.join(__dirname, '../../examples/seed-dept-selfeval-2025.xlsx');

let seedData: FakeWorkbookData | null = null;
/** The seed workbook as fake JSON (read once per test file). */
export async function seedWorkbook(): Promise<FakeWorkbookData> {
  seedData ??= await loadWorkbookData(SEED);
  return JSON.parse(JSON.stringify(seedData)) as FakeWorkbookData;
}

export async function seedFake(options?: FakeExcelOptions): Promise<FakeExcel> {
  return new FakeExcel(await seedWorkbook(), options);
}

/** The fake as the gateway's host (the fake's proxies stand in for Office.js types). */
export function hostOf(fake: FakeExcel): ExcelHost {
  return fake.host() as unknown as ExcelHost;
}

export function capsOf(fake: FakeExcel): ExcelCapabilities {
  return detectCapabilities(hostOf(fake));
}

/** Runs a batch against the fake with the context typed as Excel's. */
export function inExcel<T>(fake: FakeExcel, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return fake.run((ctx: FakeRequestContext) => batch(ctx as unknown as Excel.RequestContext));
}
