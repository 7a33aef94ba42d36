import { normalizeText } from './normalize';

export interface UnitInfo {
  /** The unit as looked up (normalised). */
  text: string;
  /** Canonical spelling: ％ → %, ㎡ → 平方米, 公斤 → 千克. */
  canonical: string;
  /** Units convert only within one dimension: 'money', 'ratio', 'count:个', 'duration', 'duration:月', … */
  dimension: string;
  /** Factor to the dimension's base unit. */
  factor: number;
}

/** [text, canonical, dimension, factor] — SPEC §1 units. */
const UNIT_TABLE = [
  ['元', '元', 'money', 1],
  ['千元', '千元', 'money', 1e3],
  ['万元', '万元', 'money', 1e4],
  ['百万元', '百万元', 'money', 1e6],
  ['亿元', '亿元', 'money', 1e8],
  ['%', '%', 'ratio', 1],
  ['％', '%', 'ratio', 1],
  ['百分比', '%', 'ratio', 1],
  ['‰', '‰', 'ratio', 0.1],
  ['小时', '小时', 'duration', 1 / 24],
  ['天', '天', 'duration', 1],
  ['日', '天', 'duration', 1],
  ['工作日', '工作日', 'duration', 1],
  ['周', '周', 'duration', 7],
  ['月', '月', 'duration:月', 1],
  ['个月', '月', 'duration:月', 1],
  ['季度', '季度', 'duration:季度', 1],
  ['年', '年', 'duration:年', 1],
  ['平方米', '平方米', 'area', 1],
  ['㎡', '平方米', 'area', 1],
  ['m²', '平方米', 'area', 1],
  ['m2', '平方米', 'area', 1],
  ['亩', '亩', 'area', 666.67],
  ['公顷', '公顷', 'area', 1e4],
  ['平方公里', '平方公里', 'area', 1e6],
  ['平方千米', '平方公里', 'area', 1e6],
  ['米', '米', 'length', 1],
  ['公里', '公里', 'length', 1e3],
  ['千米', '公里', 'length', 1e3],
  ['克', '克', 'mass', 1e-3],
  ['千克', '千克', 'mass', 1],
  ['公斤', '千克', 'mass', 1],
  ['吨', '吨', 'mass', 1e3],
] as const satisfies readonly (readonly [string, string, string, number])[];

/** Count units: each is its own dimension, never converted into another. */
const COUNT_UNITS = [
  '个', '次', '人', '人次', '台', '套', '件', '项', '户', '场', '场次', '批', '批次', '辆', '份', '篇', '条', '所',
  '家', '座', '处', '期', '册', '本', '张', '名', '只', '头', '棵', '株', '单',
] as const;

const SIGNIFICANT_DIGITS = 10;

function buildCatalogue(): ReadonlyMap<string, UnitInfo> {
  const map = new Map<string, UnitInfo>();
  const add = (text: string, canonical: string, dimension: string, factor: number): void => {
    const key = normalizeText(text);
    if (!map.has(key)) map.set(key, { text: key, canonical, dimension, factor });
  };
  for (const [text, canonical, dimension, factor] of UNIT_TABLE) add(text, canonical, dimension, factor);
  for (const unit of COUNT_UNITS) add(unit, unit, `count:${unit}`, 1);
  return map;
}

const CATALOGUE = buildCatalogue();

export function lookupUnit(text: string): UnitInfo | null {
  return CATALOGUE.get(normalizeText(text)) ?? null;
}

/** value in `from` expressed in `to`; null across dimensions. Rounded to 10 significant digits (no float noise). */
export function convertUnit(value: number, from: UnitInfo, to: UnitInfo): number | null {
  if (from.dimension !== to.dimension) return null;
  const converted = (value * from.factor) / to.factor;
  return Number.isFinite(converted) ? Number(converted.toPrecision(SIGNIFICANT_DIGITS)) : converted;
}

export function isMoney(unit: UnitInfo | null): boolean {
  return unit?.dimension === 'money';
}

export function isRatio(unit: UnitInfo | null): boolean {
  return unit?.dimension === 'ratio';
}
