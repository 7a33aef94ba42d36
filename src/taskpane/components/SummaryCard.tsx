import * as React from 'react';
import { Badge, Caption1, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Grade, TableReport } from '../../core/report/Report';
import type { Translate } from '../i18n';
import { formatPercent, formatPoints, formatScore } from '../model';

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalM, rowGap: tokens.spacingVerticalS },
  title: { color: tokens.colorNeutralForeground3 },
  figures: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalXL, flexWrap: 'wrap' },
  figure: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  big: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  mid: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  budget: { color: tokens.colorNeutralForeground2 },
});

const GRADE_COLOR: Record<Grade, 'success' | 'brand' | 'warning' | 'danger'> = {
  优: 'success',
  良: 'brand',
  中: 'warning',
  差: 'danger',
};

export interface SummaryCardProps {
  table: TableReport;
  t: Translate;
  /** Shown when the workbook holds several tables. */
  showTitle: boolean;
}

/** 得分/满分, 折算分, 等级 and the budget execution line of one table. */
export function SummaryCard({ table, t, showTitle }: SummaryCardProps): React.JSX.Element {
  const s = useStyles();
  const b = table.budget;
  return (
    <Card className={s.card} aria-label={t('tableTitle', { sheet: table.sheet, range: table.range })}>
      {showTitle && <Caption1 className={s.title}>{t('tableTitle', { sheet: table.sheet, range: table.range })}</Caption1>}
      <div className={s.figures}>
        <div className={s.figure}>
          <Caption1>{t('scoreLabel')}</Caption1>
          <Text className={s.big} data-testid="score">
            {formatScore(table.score)} / {formatPoints(table.maxScore)}
          </Text>
        </div>
        <div className={s.figure}>
          <Caption1>{t('normalized')}</Caption1>
          <Text className={s.mid} data-testid="normalized">
            {formatScore(table.normalizedScore)}
          </Text>
        </div>
        <div className={s.figure}>
          <Caption1>{t('grade')}</Caption1>
          <Badge size="extra-large" appearance="filled" color={GRADE_COLOR[table.grade]} data-testid="grade">
            {table.grade}
          </Badge>
        </div>
      </div>
      {b && (
        <Text className={s.budget} data-testid="budget">
          {t('budgetExecution')}：
          {t('budgetLine', {
            rate: formatPercent(b.rate),
            executed: formatPoints(b.executed),
            budget: formatPoints(b.budget),
            score: formatScore(b.score),
            weight: formatPoints(b.weight),
          })}
        </Text>
      )}
    </Card>
  );
}
