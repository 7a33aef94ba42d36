import { normalizeText } from './normalize';

const MS_PER_DAY = 86_400_000;
/** Serial 61 = 1900-03-01: from there on, serial n is n days after 1899-12-30. */
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
/** Serials 1..59 count from 1899-12-31 (serial 1 = 1900-01-01). */
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
/** Excel's phantom 1900-02-29 (the Lotus leap-year bug). */
const PHANTOM_LEAP_SERIAL = 60;
const MAX_SERIAL = 2_958_465; // 9999-12-31

/** 2025年12月31日, or 2025-12-31 / 2025/12/31 / 2025.12.31 with one separator throughout. */
const TEXT_DATE = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})日?|([-/.])(\d{1,2})\4(\d{1,2}))$/u;

export function formatIsoDate(year: number, month: number, day: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Excel 1900-system serial → yyyy-mm-dd (the time of day is dropped); null outside 1..9999-12-31. */
export function excelSerialToDate(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial);
  if (days < 1 || days > MAX_SERIAL) return null;
  if (days === PHANTOM_LEAP_SERIAL) return '1900-02-29';
  const epoch = days < PHANTOM_LEAP_SERIAL ? EPOCH_BEFORE_LEAP_BUG : EPOCH_AFTER_LEAP_BUG;
  return new Date(epoch + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A full date written as text → yyyy-mm-dd; null for anything else (including impossible dates). */
export function parseTextDate(text: string): string | null {
  const match = TEXT_DATE.exec(normalizeText(text));
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2] ?? match[5]);
  const day = Number(match[3] ?? match[6]);
  return isValidDate(year, month, day) ? formatIsoDate(year, month, day) : null;
}
