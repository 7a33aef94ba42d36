import * as React from 'react';
import { Button, Field, ProgressBar, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../i18n';
import { PROFILES, isProfileName, type ProfileName } from '../model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', rowGap: tokens.spacingVerticalS },
});

export type Busy = 'score' | 'clear' | null;

export interface ControlsProps {
  profile: ProfileName;
  onProfileChange: (p: ProfileName) => void;
  onScore: () => void;
  onClear: () => void;
  busy: Busy;
  /** Results are shown: the score button reads 重新评分. */
  scored: boolean;
  t: Translate;
}

/** Profile selector, 评分 / 重新评分, 清除结果, and progress while working. */
export function Controls({ profile, onProfileChange, onScore, onClear, busy, scored, t }: ControlsProps): React.JSX.Element {
  const s = useStyles();
  return (
    <div className={s.root}>
      <Field label={t('profile')}>
        <Select
          value={profile}
          disabled={busy !== null}
          onChange={(_, d) => {
            if (isProfileName(d.value)) onProfileChange(d.value);
          }}
        >
          {PROFILES.map((p) => (
            <option key={p} value={p}>
              {t(`profile.${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.buttons}>
        <Button appearance="primary" onClick={onScore} disabled={busy !== null}>
          {busy === 'score' ? t('scoring') : scored ? t('rescore') : t('score')}
        </Button>
        <Button onClick={onClear} disabled={busy !== null}>
          {busy === 'clear' ? t('clearing') : t('clear')}
        </Button>
      </div>
      {busy !== null && (
        <Field validationMessage={busy === 'score' ? t('scoring') : t('clearing')} validationState="none">
          <ProgressBar aria-label={busy === 'score' ? t('scoring') : t('clearing')} />
        </Field>
      )}
    </div>
  );
}
