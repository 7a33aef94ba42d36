import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { TableReport } from '../../core/report/Report';
import type { ScoringGateway } from '../gateway';
import { translator, type Locale } from '../i18n';
import { filterGroups, groupFindings, isProfileName, subtotalBars, type FindingItem, type ProfileName } from '../model';
import { Controls, type Busy } from './Controls';
import { FindingsList } from './FindingsList';
import { SubtotalBars } from './SubtotalBars';
import { SummaryCard } from './SummaryCard';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  findings: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
});

export interface AppProps {
  gateway: ScoringGateway;
  initialLocale: Locale;
}

type Notice = { kind: 'error'; code: string; message: string } | { kind: 'success'; message: string } | null;

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function App({ gateway, initialLocale }: AppProps): React.JSX.Element {
  const s = useStyles();
  const [locale, setLocale] = React.useState<Locale>(initialLocale);
  const [profile, setProfile] = React.useState<ProfileName>('mof');
  const [busy, setBusy] = React.useState<Busy>(null);
  const [tables, setTables] = React.useState<TableReport[] | null>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [filter, setFilter] = React.useState('');
  const t = React.useMemo(() => translator(locale), [locale]);

  // The profile stored with the workbook wins over the default.
  React.useEffect(() => {
    let live = true;
    gateway.storedProfile().then(
      (p) => {
        if (live && isProfileName(p)) setProfile(p);
      },
      () => undefined, // nothing stored or unreadable: keep the default
    );
    return () => {
      live = false;
    };
  }, [gateway]);

  const run = async (kind: 'score' | 'clear'): Promise<void> => {
    setBusy(kind);
    setNotice(null);
    try {
      const r = kind === 'score' ? await gateway.score(profile, locale) : await gateway.clear();
      if (r.ok) {
        setTables(kind === 'score' ? r.tables : null);
        setFilter('');
        if (kind === 'clear') setNotice({ kind: 'success', message: t('cleared') });
      } else {
        setNotice({ kind: 'error', code: r.code, message: r.message });
      }
    } catch (e) {
      setNotice({ kind: 'error', code: 'UNEXPECTED', message: messageOf(e) });
    } finally {
      setBusy(null);
    }
  };

  const onSelect = (f: FindingItem): void => {
    gateway.select(f.sheet, f.cell).catch((e: unknown) =>
      setNotice({ kind: 'error', code: 'SELECT_FAILED', message: t('selectFailed', { cell: f.cell, message: messageOf(e) }) }),
    );
  };

  const groups = React.useMemo(() => groupFindings(tables ?? []), [tables]);
  const shown = React.useMemo(() => filterGroups(groups, filter), [groups, filter]);
  const total = groups.reduce((n, g) => n + g.count, 0);
  const sheets = new Set((tables ?? []).map((x) => x.sheet));

  return (
    <main className={s.root} lang={locale}>
      <header className={s.header}>
        <Title3 as="h1">{t('appTitle')}</Title3>
        <Button size="small" appearance="subtle" onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}>
          {t('switchLanguage')}
        </Button>
      </header>
      <Controls
        profile={profile}
        onProfileChange={setProfile}
        onScore={() => void run('score')}
        onClear={() => void run('clear')}
        busy={busy}
        scored={tables !== null}
        t={t}
      />
      {notice && (
        <MessageBar intent={notice.kind} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>
            {notice.kind === 'error' && <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>}
            {notice.message}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button size="small" appearance="transparent" aria-label={t('dismiss')} onClick={() => setNotice(null)}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
      {tables === null ? (
        <Text className={s.muted}>{t('empty')}</Text>
      ) : (
        <>
          {tables.map((table) => (
            <React.Fragment key={`${table.sheet}!${table.range}`}>
              <SummaryCard table={table} t={t} showTitle={tables.length > 1} />
              <SubtotalBars bars={subtotalBars(table)} t={t} />
            </React.Fragment>
          ))}
          <div className={s.findings}>
            <FindingsList
              groups={shown}
              total={total}
              filter={filter}
              onFilterChange={setFilter}
              onSelect={onSelect}
              showSheet={sheets.size > 1}
              t={t}
            />
          </div>
        </>
      )}
    </main>
  );
}
