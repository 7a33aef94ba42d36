/**
 * The Excel gateway (src/excel) against the in-memory fake (test/fakes/fakeExcel): context.sync count and largest
 * request / response payload of one 评分 run for the seed workbook (35 indicators), 10k and 100k indicators.
 * Targets: 2 syncs up to one chunk (one read, one write) and one more per further chunk; every request under 5 MB.
 */
import * as path from 'node:path';
import { ExcelGateway } from '../src/excel/ExcelGateway';
import type { ExcelHost } from '../src/excel/ExcelHost';
import { DEFAULT_REQUEST_BUDGET } from '../src/excel/chunkWriteOps';
import { READ_SLICE_BYTES } from '../src/excel/readSnapshot';
import { FakeExcel, FAKE_PAYLOAD_LIMIT, type FakeWorkbookData } from '../test/fakes/fakeExcel';
import { loadWorkbookData } from '../test/fakes/loadWorkbook';
import { generateSheet } from './generate';
import { fakeDataOf } from './workbooks';
import { gc, mb, ms, printTable, ROOT } from './util';

interface GatewayFigure {
  workbook: string;
  indicators: number;
  ok: boolean;
  outcome: string;
  syncs: number;
  writeSyncs: number;
  expectedSyncs: number | null;
  maxRequestBytes: number;
  maxResponseBytes: number;
  requestBytes: number[];
  ms: number;
}

async function measure(workbook: string, indicators: number, data: FakeWorkbookData): Promise<GatewayFigure> {
  const fake = new FakeExcel(data);
  const gateway = new ExcelGateway({ host: fake.host() as unknown as ExcelHost, now: () => '' });
  gc();
  const t = performance.now();
  const r = await gateway.scoreActiveSheet({ profile: 'mof', locale: 'zh-CN' });
  const elapsed = performance.now() - t;
  const records = fake.stats.records;
  const writeSyncs = records.filter((x) => x.writes > 0).length;
  // Reads: 1 while the response fits one sync, else the first (window) sync + one per READ_SLICE_BYTES of the rest;
  // writes: one per chunk the gateway chose. No refused round trip.
  const readBytes = records.filter((x) => x.writes === 0).reduce((n, x) => n + x.responseBytes, 0);
  const expectedReads = readBytes <= READ_SLICE_BYTES ? 1 : 1 + Math.ceil(readBytes / READ_SLICE_BYTES);
  const expectedSyncs = r.ok ? expectedReads + Math.max(1, writeSyncs) : null;
  return {
    workbook,
    indicators,
    ok: r.ok,
    outcome: r.ok ? `scored ${r.tables.reduce((n, x) => n + x.indicators.length, 0)}` : `${r.code}: ${r.message.slice(0, 80)}`,
    syncs: fake.stats.syncs,
    writeSyncs,
    expectedSyncs,
    maxRequestBytes: fake.stats.maxRequestBytes,
    maxResponseBytes: fake.stats.maxResponseBytes,
    requestBytes: records.map((x) => x.requestBytes),
    ms: elapsed,
  };
}

export async function run(): Promise<unknown> {
  const figures: GatewayFigure[] = [];
  const seed = await loadWorkbookData(path.join(ROOT, 'examples/seed-dept-selfeval-2025.xlsx'));
  figures.push(await measure('seed (examples/)', 35, seed));
  for (const n of [10_000, 100_000]) figures.push(await measure(`generated layout A`, n, fakeDataOf(generateSheet('A', n))));
  for (const n of [10_000, 100_000]) figures.push(await measure(`generated layout B`, n, fakeDataOf(generateSheet('B', n))));
  printTable(
    ['workbook', 'indicators', 'outcome', 'syncs', 'write syncs', 'largest request', 'largest response', 'ms'],
    figures.map((f) => [f.workbook, f.indicators, f.outcome, f.syncs, f.writeSyncs, mb(f.maxRequestBytes), mb(f.maxResponseBytes), ms(f.ms)]),
  );
  console.log(`(request budget per write sync ${mb(DEFAULT_REQUEST_BUDGET)} estimated; Excel limit ${mb(FAKE_PAYLOAD_LIMIT)} per request and per response)`);
  const failed = figures.filter((f) => !f.ok);
  const overSyncs = figures.filter((f) => f.ok && f.expectedSyncs !== null && f.syncs > f.expectedSyncs);
  const tooBig = figures.filter((f) => f.maxRequestBytes >= FAKE_PAYLOAD_LIMIT || f.maxResponseBytes >= FAKE_PAYLOAD_LIMIT);
  console.log(`target syncs (1 read, or 1 + ⌈bytes / 3.5 MB⌉ slices, + 1 per write chunk): ${overSyncs.length || failed.length ? 'MISSED' : 'met'}; every request and response < 5 MB: ${tooBig.length ? 'MISSED' : 'met'}${failed.length ? `; failed runs: ${failed.map((f) => `${f.workbook} ${f.indicators}`).join(', ')}` : ''}`);
  return { figures };
}
