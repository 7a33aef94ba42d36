import * as zlib from 'node:zlib';

/** Bounds on what a workbook may unpack to before exceljs is let loose on it (it holds every cell in memory). */
export interface ZipLimits {
  /** Total uncompressed bytes, as actually inflated (not as the central directory claims). */
  maxUncompressed: number;
  /** <row> elements in any one worksheet. */
  maxRowsPerSheet: number;
  /** <c> elements over all worksheets. */
  maxCells: number;
}

export type ZipVerdict =
  | { ok: true; uncompressed: number; cells: number; maxRows: number }
  | { ok: false; reason: 'damaged'; detail: string }
  | { ok: false; reason: 'too-large'; detail: string };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  localOffset: number;
}

function centralDirectory(buf: Buffer): Entry[] | null {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const nameLen = buf.readUInt16LE(p + 28);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      declared: buf.readUInt32LE(p + 24),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/**
 * Total uncompressed size the central directory declares, or null when it is missing or damaged (a truncated file).
 * Read before inflating anything, so a bomb that declares its size honestly is refused at once.
 */
export function declaredUncompressedSize(buf: Buffer): number | null {
  const entries = centralDirectory(buf);
  return entries ? entries.reduce((a, e) => a + e.declared, 0) : null;
}

const ROW = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
const CELL = /<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g;
const count = (re: RegExp, s: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
};

class Stop extends Error {
  constructor(readonly verdict: ZipVerdict) {
    super(verdict.ok ? 'ok' : verdict.detail);
  }
}

/**
 * Inflates every entry of the zip as a stream, without keeping it, and checks it against the limits: the real
 * uncompressed size (a bomb whose directory lies is caught too), each worksheet's rows and all cells. Memory stays at
 * one chunk; the workbook is refused before exceljs would build millions of cells.
 */
export async function inspectZip(buf: Buffer, limits: ZipLimits): Promise<ZipVerdict> {
  const entries = centralDirectory(buf);
  if (!entries) return { ok: false, reason: 'damaged', detail: 'damaged or truncated zip' };
  let total = 0;
  let cells = 0;
  let maxRows = 0;
  try {
    for (const e of entries) {
      if (e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== 0x04034b50) {
        throw new Stop({ ok: false, reason: 'damaged', detail: `damaged zip entry ${e.name}` });
      }
      const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
      if (start + e.compressed > buf.length) throw new Stop({ ok: false, reason: 'damaged', detail: `truncated zip entry ${e.name}` });
      const data = buf.subarray(start, start + e.compressed);
      const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
      let rows = 0;
      let tail = '';
      let size = 0;
      const onChunk = (chunk: Buffer): void => {
        size += chunk.length;
        total += chunk.length;
        if (total > limits.maxUncompressed) {
          throw new Stop({ ok: false, reason: 'too-large', detail: `unpacks to more than ${Math.round(limits.maxUncompressed / 1048576)} MB` });
        }
        if (size > Math.max(e.declared, 0) && e.method !== 0) {
          throw new Stop({ ok: false, reason: 'too-large', detail: `zip entry ${e.name} unpacks beyond its declared ${e.declared} bytes (zip bomb?)` });
        }
        if (!isSheet) return;
        // Tags are ASCII: latin1 keeps byte offsets, and a short tail carries a tag split between chunks.
        const text = tail + chunk.toString('latin1');
        const lt = text.lastIndexOf('<');
        const cut = lt >= 0 && lt >= text.length - 64 ? lt : text.length;
        const head = text.slice(0, cut);
        tail = text.slice(cut);
        rows += count(ROW, head);
        cells += count(CELL, head);
        if (rows > limits.maxRowsPerSheet) {
          throw new Stop({ ok: false, reason: 'too-large', detail: `${e.name.replace(/^xl\/worksheets\//, '')} has more than ${limits.maxRowsPerSheet.toLocaleString('en-US')} rows` });
        }
        if (cells > limits.maxCells) {
          throw new Stop({ ok: false, reason: 'too-large', detail: `more than ${limits.maxCells.toLocaleString('en-US')} cells` });
        }
      };
      if (e.method === 0) onChunk(data);
      else if (e.method === 8) await inflate(data, onChunk);
      else throw new Stop({ ok: false, reason: 'damaged', detail: `zip entry ${e.name} uses compression method ${e.method}` });
      if (isSheet) {
        rows += count(ROW, tail);
        cells += count(CELL, tail);
        maxRows = Math.max(maxRows, rows);
        if (rows > limits.maxRowsPerSheet || cells > limits.maxCells) {
          throw new Stop({ ok: false, reason: 'too-large', detail: `${e.name} is too large` });
        }
      }
    }
  } catch (err) {
    if (err instanceof Stop) return err.verdict;
    return { ok: false, reason: 'damaged', detail: `damaged zip (${(err as Error).message})` };
  }
  return { ok: true, uncompressed: total, cells, maxRows };
}

function inflate(data: Buffer, onChunk: (b: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const z = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    let failed = false;
    z.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        onChunk(chunk);
      } catch (e) {
        failed = true;
        z.destroy();
        reject(e);
      }
    });
    z.on('error', (e) => {
      if (!failed) reject(e);
      failed = true;
    });
    z.on('end', () => {
      if (!failed) resolve();
    });
    z.end(data);
  });
}
