import type { Operator } from '../model/Table';
import { normalizeText, removeBracketed } from './normalize';

interface OperatorToken {
  readonly token: string;
  readonly operator: Operator;
  readonly ambiguous: boolean;
}

/** SPEC §1 operator tokens, plus the glyph variants ⩾ ⩽ and the common 不小于 / 不大于. Matched after NFKC. */
const OPERATOR_TOKEN_TABLE = [
  ['≥', 'GE'], ['≧', 'GE'], ['⩾', 'GE'], ['>=', 'GE'], ['＞＝', 'GE'],
  ['大于等于', 'GE'], ['不低于', 'GE'], ['不少于', 'GE'], ['不小于', 'GE'], ['至少', 'GE'], ['达到', 'GE'],
  ['>', 'GT'], ['＞', 'GT'], ['大于', 'GT'], ['高于', 'GT'], ['超过', 'GT'],
  ['≤', 'LE'], ['≦', 'LE'], ['⩽', 'LE'], ['<=', 'LE'], ['＜＝', 'LE'],
  ['小于等于', 'LE'], ['不高于', 'LE'], ['不超过', 'LE'], ['不多于', 'LE'], ['不大于', 'LE'], ['以内', 'LE'],
  ['<', 'LT'], ['＜', 'LT'], ['小于', 'LT'], ['低于', 'LT'],
  ['=', 'EQ'], ['＝', 'EQ'], ['﹦', 'EQ'], ['等于', 'EQ'],
  ['定性', 'QUAL'], ['定性指标', 'QUAL'],
] as const satisfies readonly (readonly [string, Operator])[];

/** Words that may follow a value: 95%以上 (ambiguous: inclusive or not), 90万元以内, 95%及以上. */
const TRAILING_TOKEN_TABLE = [
  ['以上', 'GE', true], ['以下', 'LE', true], ['以内', 'LE', false],
  ['及以上', 'GE', false], ['及以下', 'LE', false],
  ['(含)以上', 'GE', false], ['以上(含)', 'GE', false], ['(含)以下', 'LE', false], ['以下(含)', 'LE', false],
] as const satisfies readonly (readonly [string, Operator, boolean])[];

/** A type, not an operator: an operator column may say 定量 where the operator should be. */
const TYPE_WORDS: ReadonlySet<string> = new Set(['定量', '定量指标']);

/** Not applicable marks in an operator column. */
const NOT_APPLICABLE = /^(?:[/\\]+|[-—–―]+)$/u;

function byLengthDesc(a: OperatorToken, b: OperatorToken): number {
  return b.token.length - a.token.length;
}

function normalizeTokens(rows: readonly OperatorToken[]): OperatorToken[] {
  const seen = new Set<string>();
  const out: OperatorToken[] = [];
  for (const row of rows) {
    const token = normalizeText(row.token);
    if (seen.has(token)) continue;
    seen.add(token);
    out.push({ ...row, token });
  }
  return out.sort(byLengthDesc);
}

const OPERATOR_TOKENS = normalizeTokens(
  OPERATOR_TOKEN_TABLE.map(([token, operator]) => ({ token, operator, ambiguous: false })),
);
const TRAILING_TOKENS = normalizeTokens(
  TRAILING_TOKEN_TABLE.map(([token, operator, ambiguous]) => ({ token, operator, ambiguous })),
);
/** A value never starts with 定性 or 以内. */
const LEADING_TOKENS = OPERATOR_TOKENS.filter((t) => t.operator !== 'QUAL' && t.token !== '以内');
const CELL_TOKENS = new Map<string, OperatorToken>(
  [...TRAILING_TOKENS, ...OPERATOR_TOKENS].map((t) => [t.token, t]),
);

export interface OperatorCell {
  operator: Operator | null;
  ambiguous: boolean;
  /** False when the cell holds text that is not an operator token (OPERATOR_UNKNOWN). */
  known: boolean;
}

export interface LeadingOperatorSplit {
  operator: Operator | null;
  operatorText: string | null;
  ambiguous: boolean;
  /** The value without its operator, normalised (NFKC, no whitespace). */
  rest: string;
}

/** Reads a dedicated operator column (绩效指标性质, 计算符号 …). The whole cell must be one token. */
export function parseOperatorCell(text: string): OperatorCell {
  const t = normalizeText(text);
  if (t === '' || TYPE_WORDS.has(t) || NOT_APPLICABLE.test(t)) {
    return { operator: null, ambiguous: false, known: true };
  }
  const token = CELL_TOKENS.get(t) ?? CELL_TOKENS.get(removeBracketed(t));
  if (!token) return { operator: null, ambiguous: false, known: false };
  return { operator: token.operator, ambiguous: token.ambiguous, known: true };
}

// Plain loops: these run for every value cell, and a find() callback closing over `t` is an allocation per call.
function findLeading(t: string): OperatorToken | null {
  for (const tok of LEADING_TOKENS) if (t.startsWith(tok.token)) return tok;
  return null;
}

function findTrailing(t: string): OperatorToken | null {
  for (const tok of TRAILING_TOKENS) if (t.length > tok.token.length && t.endsWith(tok.token)) return tok;
  return null;
}

/** Splits the operator written in a value cell: ≥50个, 不低于90%, or a trailing 95%以上 / 90万元以内. */
export function splitLeadingOperator(text: string): LeadingOperatorSplit {
  const t = normalizeText(text);
  const leading = findLeading(t);
  const afterLeading = leading ? t.slice(leading.token.length) : t;
  const trailing = findTrailing(afterLeading);
  const rest = trailing ? afterLeading.slice(0, -trailing.token.length) : afterLeading;
  if (leading) {
    const conflicting = trailing !== null && trailing.operator !== leading.operator;
    return { operator: leading.operator, operatorText: leading.token, ambiguous: conflicting, rest };
  }
  if (trailing) {
    return { operator: trailing.operator, operatorText: trailing.token, ambiguous: trailing.ambiguous, rest };
  }
  return { operator: null, operatorText: null, ambiguous: false, rest };
}
