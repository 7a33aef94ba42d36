import * as React from 'react';
import { CounterBadge, Field, Input, Subtitle2, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/findings/catalogue';
import type { Translate } from '../i18n';
import { isPlainEnter, type FindingGroup, type FindingItem } from '../model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: {
    width: '100%',
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  error: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorder2}` },
  info: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}` },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, minWidth: '3.5em' },
  none: { color: tokens.colorNeutralForeground3 },
});

const BADGE: Record<Severity, 'danger' | 'important' | 'informative'> = {
  error: 'danger',
  warning: 'important',
  info: 'informative',
};

export interface FindingsListProps {
  groups: FindingGroup[];
  /** Total number of findings before filtering. */
  total: number;
  filter: string;
  onFilterChange: (value: string) => void;
  onSelect: (finding: FindingItem) => void;
  /** Several sheets scored: show sheet names with cells. */
  showSheet: boolean;
  t: Translate;
}

/** Findings grouped by severity (错误, 警告, 提示) with counts; clicking one selects its cell. */
export function FindingsList({ groups, total, filter, onFilterChange, onSelect, showSheet, t }: FindingsListProps): React.JSX.Element {
  const s = useStyles();
  const first = groups.find((g) => g.items.length > 0)?.items[0];
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (!isPlainEnter(e)) return; // Enter that confirms Chinese IME input is not ours
    e.preventDefault();
    if (first) onSelect(first);
  };
  return (
    <section className={s.root} aria-label={t('findings')}>
      <div className={s.head}>
        <Subtitle2>{t('findings')}</Subtitle2>
        <CounterBadge count={total} showZero appearance="ghost" color="informative" />
      </div>
      {total === 0 ? (
        <Text className={s.none}>{t('noFindings')}</Text>
      ) : (
        <>
          <Field label={t('filterFindings')} hint={t('filterHint')} size="small">
            <Input size="small" value={filter} onChange={(_, d) => onFilterChange(d.value)} onKeyDown={onKeyDown} />
          </Field>
          {groups
            .filter((g) => g.count > 0)
            .map((g) => (
              <div className={s.group} key={g.severity} role="group" aria-label={`${t(`severity.${g.severity}`)} ${g.count}`}>
                <div className={s.head}>
                  <Text weight="semibold">{t(`severity.${g.severity}`)}</Text>
                  <CounterBadge count={g.count} color={BADGE[g.severity]} size="small" />
                </div>
                <ul className={s.list}>
                  {g.items.map((f) => (
                    <li key={f.key}>
                      <button
                        type="button"
                        className={mergeClasses(s.item, s[f.severity])}
                        onClick={() => onSelect(f)}
                        title={f.code}
                        data-code={f.code}
                        data-cell={f.cell}
                      >
                        <span className={s.cell}>{showSheet ? `${f.sheet}!${f.cell}` : f.cell}</span>
                        <span>{f.message}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </>
      )}
    </section>
  );
}
