/** Task pane entry: Office.onReady → FluentProvider → App, with the real Excel gateway. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import { ExcelGateway } from '../excel/ExcelGateway';
import { App } from './components/App';
import { STRINGS, localeFromDisplayLanguage } from './i18n';

const OFFICE_TIMEOUT_MS = 5000;

const container = document.getElementById('container');
if (!container) throw new Error('#container missing from taskpane.html');
const root = createRoot(container);

function show(node: React.ReactNode): void {
  root.render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      {node}
    </FluentProvider>,
  );
}

/** Shown before we know Office's language: zh-CN first, then en-US. */
function BothLanguages({ k }: { k: 'officeTimeout' | 'notInExcel' }): React.JSX.Element {
  return (
    <div style={{ padding: 12 }}>
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{STRINGS['zh-CN'].appTitle}</MessageBarTitle>
          <div lang="zh-CN">{STRINGS['zh-CN'][k]}</div>
          <div lang="en-US">{STRINGS['en-US'][k]}</div>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

let ready = false;
const timer = window.setTimeout(() => {
  if (!ready) show(<BothLanguages k="officeTimeout" />);
}, OFFICE_TIMEOUT_MS);

if (typeof Office !== 'undefined') {
  void Office.onReady((info) => {
    ready = true;
    window.clearTimeout(timer);
    if (info.host !== Office.HostType.Excel) {
      show(<BothLanguages k="notInExcel" />);
      return;
    }
    const locale = localeFromDisplayLanguage(Office.context.displayLanguage);
    show(<App gateway={new ExcelGateway({ locale })} initialLocale={locale} />);
  });
}
