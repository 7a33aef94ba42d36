/**
 * Hostile input files built byte by byte (issue 4, item 3): a minimal zip writer (with sizes that may lie), a deflated
 * stream of zeros that unpacks to hundreds of MB without ever holding them, and a minimal OLE/CFB compound file (the
 * container of old .xls files and of password-encrypted .xlsx, whose streams are EncryptionInfo + EncryptedPackage).
 */
import * as zlib from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  /** Deflated (raw) bytes; or `stored` for method 0. */
  deflated?: Buffer;
  stored?: Buffer;
  /** Uncompressed size written in the headers (defaults to the true one when known). */
  declaredSize?: number;
  crc?: number;
}

/** A zip file from entries; sizes and CRCs are whatever the entry says (so a directory can lie). */
export function buildZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = e.deflated ?? e.stored ?? Buffer.alloc(0);
    const method = e.deflated ? 8 : 0;
    const size = e.declaredSize ?? (e.stored ? e.stored.length : e.deflated ? zlib.inflateRawSync(e.deflated).length : 0);
    const crc = e.crc ?? (e.stored ? crc32(e.stored) : e.deflated && e.declaredSize === undefined ? crc32(zlib.inflateRawSync(e.deflated)) : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/**
 * Raw-deflated zeros of the given size, 1 MB at a time (never all in memory): each step is a sync-flushed, non-final
 * raw deflate segment, which concatenate into one valid stream closed by a final empty block.
 */
export function deflatedZeros(bytes: number): Buffer {
  const chunk = Buffer.alloc(1 << 20);
  const out: Buffer[] = [];
  for (let left = bytes; left > 0; left -= chunk.length) {
    out.push(zlib.deflateRawSync(chunk.subarray(0, Math.min(left, chunk.length)), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  }
  out.push(zlib.deflateRawSync(Buffer.alloc(0)));
  return Buffer.concat(out);
}

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;

/**
 * A minimal compound file (MS-CFB v3, 512-byte sectors): header, one FAT sector, one directory sector holding the
 * root entry and empty streams with the given names. Enough for anything that recognises the container by its
 * signature and directory; `EncryptionInfo` + `EncryptedPackage` make it an encrypted OOXML package, `Workbook` an .xls.
 */
export function buildCfb(streamNames: string[]): Buffer {
  if (streamNames.length > 3) throw new Error('one directory sector holds 4 entries');
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector shift: 512
  header.writeUInt16LE(6, 32); // mini sector shift: 64
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(ENDOFCHAIN, 60); // first mini FAT sector
  header.writeUInt32LE(ENDOFCHAIN, 68); // first DIFAT sector
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREESECT, 76 + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, 4);
  const dir = Buffer.alloc(512);
  const entry = (i: number, name: string, type: number, child: number, right: number): void => {
    const o = i * 128;
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(dir, o);
    dir.writeUInt16LE(n.length, o + 64);
    dir.writeUInt8(type, o + 66);
    dir.writeUInt8(1, o + 67); // black
    dir.writeUInt32LE(FREESECT, o + 68); // left sibling
    dir.writeUInt32LE(right, o + 72);
    dir.writeUInt32LE(child, o + 76);
    dir.writeUInt32LE(ENDOFCHAIN, o + 116); // start sector
    dir.writeUInt32LE(0, o + 120); // size
  };
  entry(0, 'Root Entry', 5, streamNames.length ? 1 : FREESECT, FREESECT);
  streamNames.forEach((name, i) => entry(i + 1, name, 2, FREESECT, i + 1 < streamNames.length ? i + 2 : FREESECT));
  return Buffer.concat([header, fat, dir]);
}
