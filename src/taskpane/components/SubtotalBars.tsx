import * as React from 'react';
import { Caption1, ProgressBar, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../i18n';
import { formatPoints, formatScore, type SubtotalBar } from '../model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  head: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  figure: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
});

export interface SubtotalBarsProps {
  bars: SubtotalBar[];
  t: Translate;
}

/** One bar per level-1 indicator: score against weight. */
export function SubtotalBars({ bars, t }: SubtotalBarsProps): React.JSX.Element | null {
  const s = useStyles();
  if (bars.length === 0) return null;
  return (
    <section className={s.root} aria-label={t('subtotals')}>
      <Subtitle2>{t('subtotals')}</Subtitle2>
      {bars.map((b) => (
        <div className={s.row} key={b.label}>
          <div className={s.head}>
            <Caption1>{b.label}</Caption1>
            <Caption1 className={s.figure}>
              {formatScore(b.score)} / {formatPoints(b.weight)}
            </Caption1>
          </div>
          <ProgressBar
            value={b.fraction}
            max={1}
            thickness="large"
            color={b.fraction >= 0.9999 ? 'success' : b.fraction >= 0.6 ? 'brand' : 'warning'}
            aria-label={`${b.label} ${formatScore(b.score)} / ${formatPoints(b.weight)}`}
          />
        </div>
      ))}
    </section>
  );
}
