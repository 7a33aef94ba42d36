/** The `code` of an Office.js error (OfficeExtension.Error), or null for anything else (a programming error). */
export function officeErrorCode(e: unknown): string | null {
  if (!e || typeof e !== 'object') return null;
  const code = (e as { code?: unknown }).code;
  const debug = (e as { debugInfo?: { code?: unknown } }).debugInfo?.code;
  // GeneralException sometimes hides the precise code in debugInfo.
  if (code === 'GeneralException' && typeof debug === 'string' && debug !== code) return debug;
  if (typeof code === 'string') return code;
  return typeof debug === 'string' ? debug : null;
}
