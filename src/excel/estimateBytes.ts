/** UTF-8 byte length of a string (no Buffer/TextEncoder needed). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Estimated request bytes of one queued command carrying `payload`: its JSON plus a fixed envelope. */
export const COMMAND_OVERHEAD_BYTES = 400;

export function estimateBytes(payload: unknown): number {
  return utf8Length(JSON.stringify(payload) ?? '') + COMMAND_OVERHEAD_BYTES;
}
