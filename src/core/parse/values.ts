import type { ParsedValue } from '../model/Table';
import type { CellValue } from '../snapshot/SheetSnapshot';
import { excelSerialToDate, parseTextDate } from './dates';
import { isStableText, normalizeText } from './normalize';
import { leadingNumberLength, leadingNumberValue } from './leadingNumber';
import { isDateFormat, isPercentFormat } from './numberFormat';
import { splitLeadingOperator } from './operators';
import { lookupUnit } from './units';

const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!',
]);

const MAX_LOOSE_UNIT_LENGTH = 4;
/** Sentence punctuation and brackets: a suffix holding them is prose, not a unit. */
const PUNCTUATION = /[,.;:!?、。;:“”‘’"'()[\]【】《》<>=~～]/u;
/** Time, range or approximation words: 2025年底, 1年内, 3日前, 10余次, 100左右, 50个以 are text, not number + unit. */
const QUALIFIERS = /[底内前后末初余多约左右以]/u;
const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/u;
/** An OCR-garbled operator: one CJK character or letter right before the number (到0次). */
const GARBLED_OPERATOR = /^([\p{Script=Han}A-Za-z])(.+)$/u;

export function isExcelError(v: CellValue): boolean {
  // Every error value starts with '#': most cells are rejected without trimming and upper-casing a copy.
  return typeof v === 'string' && v.includes('#') && EXCEL_ERRORS.has(v.trim().toUpperCase());
}

function emptyValue(raw: CellValue, text: string): ParsedValue {
  return {
    raw,
    operator: null,
    operatorText: null,
    operatorAmbiguous: false,
    operatorUnknownText: null,
    number: null,
    unit: null,
    percentFormat: false,
    date: null,
    text,
  };
}

/** A suffix not in the catalogue still counts as a unit when short and unit-like (UNIT_UNKNOWN is raised later). */
function isLooseUnit(suffix: string): boolean {
  const length = [...suffix].length;
  if (length < 1 || length > MAX_LOOSE_UNIT_LENGTH) return false;
  if (/\d/u.test(suffix) || /[%‰]/u.test(suffix)) return false;
  if (PUNCTUATION.test(suffix) || QUALIFIERS.test(suffix)) return false;
  // Latin mixed with CJK (tot扁) is OCR damage; pure Latin (kg, MW) is a unit.
  return !(HAN.test(suffix) && LATIN.test(suffix));
}

/** The unit after a number: '' → null, a unit → its text, anything else → undefined (the cell is text). */
function readUnit(suffix: string): string | null | undefined {
  if (suffix === '') return null;
  if (lookupUnit(suffix) !== null || isLooseUnit(suffix)) return suffix;
  return undefined;
}

/**
 * The whole text must be a number followed by nothing but a unit: fills v.number and v.unit and returns true, or
 * leaves v alone and returns false.
 */
function readNumberWithUnit(text: string, v: ParsedValue): boolean {
  const length = leadingNumberLength(text);
  if (length === 0) return false;
  const unit = readUnit(length === text.length ? '' : text.slice(length));
  if (unit === undefined) return false;
  v.number = leadingNumberValue(text, length);
  v.unit = unit;
  return true;
}

// The parsers below fill in the fresh object emptyValue made (one allocation per cell, not a copy per outcome).

/**
 * parseValue(raw, numberFormat).number for a number cell, without building the ParsedValue: the weight and 得分
 * cells of every row need only the number (and the weight whether it is %-formatted: isPercentFormat).
 */
export function numberCellValue(raw: number, numberFormat: string | undefined): number | null {
  if (!Number.isFinite(raw)) return null;
  if (isDateFormat(numberFormat) && excelSerialToDate(raw) !== null) return null;
  return raw;
}

function parseNumberCell(raw: number, numberFormat: string | undefined): ParsedValue {
  const v = emptyValue(raw, String(raw));
  if (!Number.isFinite(raw)) return v;
  if (isDateFormat(numberFormat)) {
    const date = excelSerialToDate(raw);
    if (date !== null) {
      v.date = date;
      return v;
    }
  }
  v.number = raw;
  v.percentFormat = isPercentFormat(numberFormat);
  return v;
}

function parseTextCell(raw: string): ParsedValue {
  // A stable string (no whitespace, nothing NFKC changes) is its own trimmed NFKC text and its own compact form.
  const stable = isStableText(raw);
  const v = emptyValue(raw, stable ? raw : raw.normalize('NFKC').trim());
  const compact = stable ? raw : normalizeText(raw);
  if (compact === '' || isExcelError(compact)) return v;

  const date = parseTextDate(compact);
  if (date !== null) {
    v.date = date;
    return v;
  }

  const split = splitLeadingOperator(compact);
  if (readNumberWithUnit(split.rest, v)) {
    v.operator = split.operator;
    v.operatorText = split.operatorText;
    v.operatorAmbiguous = split.ambiguous;
    return v;
  }
  if (split.operator === null) return parseGarbledOperator(v, compact);
  // ≥ before prose keeps its operator (the caller reports a non-numeric target); 达到预期 is just text.
  if (split.operatorText !== null && !HAN.test(split.operatorText)) {
    v.operator = split.operator;
    v.operatorText = split.operatorText;
    v.operatorAmbiguous = split.ambiguous;
  }
  return v;
}

function parseGarbledOperator(v: ParsedValue, compact: string): ParsedValue {
  const match = GARBLED_OPERATOR.exec(compact);
  if (!match || !readNumberWithUnit(match[2] ?? '', v)) return v;
  if (v.unit === null) {
    // A garbled operator needs a unit after the number: without one the cell stays text.
    v.number = null;
    return v;
  }
  v.operatorUnknownText = match[1] ?? null;
  return v;
}

/**
 * Parses a value cell. Numbers keep their stored value (a %-formatted 0.9 stays 0.9, percentFormat true; the caller
 * scales). Date-formatted numbers and written dates give `date` and no number. Text is NFKC'd and trimmed in `text`
 * (inner spaces kept for display); parsing itself ignores all whitespace.
 */
export function parseValue(raw: CellValue, numberFormat?: string): ParsedValue {
  if (raw === null || raw === undefined) return emptyValue(null, '');
  if (typeof raw === 'boolean') return emptyValue(raw, raw ? 'TRUE' : 'FALSE');
  if (typeof raw === 'number') return parseNumberCell(raw, numberFormat);
  return parseTextCell(raw);
}
