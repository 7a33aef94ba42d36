/**
 * Behaviour check for engine optimisations (a verification script, not a test or a figure): records
 * JSON.stringify(scoreSheet(...)) for generated A/B sheets (several sizes and seeds), the seed workbook, the hostile
 * layouts with every seeded error injected — fresh, and rescored with the ledger after the plan was applied (unchanged,
 * and with some actuals edited so the previous run's writes must be restored) — in zh-CN and en-US, then compares a
 * later run against the recording.
 *
 *   node <out>/bench/golden.js record /tmp/golden.json
 *   node <out>/bench/golden.js check  /tmp/golden.json
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { scoreSheet, type Locale, type SheetSnapshot } from '../src/core';
import { PROFILE_NAMES, getProfile, mof } from '../src/core/profiles';
import type { Profile } from '../src/core/profiles/Profile';
import { applyPlan } from '../test/helpers/applyPlan';
import { LAYOUTS, toSnapshot, type LayoutName } from '../test/helpers/hostileLayouts';
import { ERROR_CLASSES } from '../test/helpers/seededErrors';
import { seedSnapshot } from '../test/fixtures/seed';
import { generateSheet } from './generate';

const LOCALES: Locale[] = ['zh-CN', 'en-US'];

/** Every 9th row's actual emptied and every 13th row's actual doubled, right of the table's first columns. */
function edited(s: SheetSnapshot, actualCol: number): SheetSnapshot {
  const values = s.values.map((r, i) => {
    const row = r.slice();
    const v = row[actualCol - s.left];
    if (i % 9 === 4) row[actualCol - s.left] = null;
    else if (i % 13 === 6 && typeof v === 'number') row[actualCol - s.left] = v * 2;
    return row;
  });
  return { ...s, values };
}

function cases(sheet: SheetSnapshot, profile: Profile, actualCol: number | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const locale of LOCALES) {
    const first = scoreSheet(sheet, { profile, locale });
    out[`${locale}/fresh`] = JSON.stringify(first);
    if (!first.ok) continue;
    const written = applyPlan(sheet, first.plan);
    const ledger = first.plan.ledger;
    out[`${locale}/rescored`] = JSON.stringify(scoreSheet(written, { profile, locale, ledger, now: 'T' }));
    if (actualCol !== null) {
      out[`${locale}/edited`] = JSON.stringify(scoreSheet(edited(written, actualCol), { profile, locale, ledger }));
    }
  }
  return out;
}

function actualColOf(s: SheetSnapshot, profile: Profile): number | null {
  const o = scoreSheet(s, { profile });
  if (!o.ok) return null;
  const found = o.tables[0]?.findings.find((f) => f.code === 'NOT_MET');
  if (!found) return null;
  let col = 0;
  for (const ch of found.cell.replace(/\d+$/, '')) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

async function all(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const add = (prefix: string, s: SheetSnapshot, profile: Profile = mof): void => {
    for (const [k, v] of Object.entries(cases(s, profile, actualColOf(s, profile)))) out[`${prefix}/${k}`] = v;
  };
  for (const layout of ['A', 'B'] as const) {
    for (const n of [50, 1000, 5000]) for (const seed of [20250101, 7, 99]) add(`gen-${layout}-${n}-${seed}`, generateSheet(layout, n, seed));
    for (const name of PROFILE_NAMES) add(`gen-${layout}-300-profile-${name}`, generateSheet(layout, 300), getProfile(name)!);
  }
  add('seed', await seedSnapshot());
  for (const layout of Object.keys(LAYOUTS) as LayoutName[]) {
    const clean = LAYOUTS[layout]();
    add(`hostile-${layout}-clean`, toSnapshot(clean));
    for (const cls of ERROR_CLASSES) {
      cls.inject(clean).forEach((inj, i) => {
        for (const locale of LOCALES) {
          out[`hostile-${layout}-${cls.id}-${i}/${locale}`] = JSON.stringify(scoreSheet(toSnapshot(inj.table), { profile: mof, locale }));
        }
      });
    }
  }
  return out;
}

const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const got = await all();
  if (mode === 'record') {
    writeFileSync(file, JSON.stringify(got));
    console.log(`golden: recorded ${Object.keys(got).length} cases → ${file}`);
    return;
  }
  const want = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const bad = Object.keys({ ...want, ...got }).filter((k) => want[k] !== got[k]);
  for (const k of bad.slice(0, 10)) {
    const a = want[k] ?? '';
    const b = got[k] ?? '';
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    console.log(`DIFF ${k} (${hash(a)} vs ${hash(b)}) at ${i}:\n  want …${a.slice(Math.max(0, i - 120), i + 120)}\n  got  …${b.slice(Math.max(0, i - 120), i + 120)}`);
  }
  console.log(`golden: ${Object.keys(want).length} cases, ${bad.length} differ`);
  process.exitCode = bad.length ? 1 : 0;
}

void main();
