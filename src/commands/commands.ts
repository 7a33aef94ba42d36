/**
 * Function file of the ribbon buttons (一键评分, 清除结果). Loaded by commands.html, without React.
 * The same page doubles as the message dialog: commands.html?notice=… shows the text and a close button.
 */
import { ExcelGateway } from '../excel/ExcelGateway';
import type { ScoringGateway } from '../taskpane/gateway';
import { STRINGS, localeFromDisplayLanguage, type Locale } from '../taskpane/i18n';
import { clearResultsHandler, scoreSheetHandler, type CommandDeps } from './handlers';

const locale = (): Locale => {
  try {
    return localeFromDisplayLanguage(Office.context.displayLanguage);
  } catch {
    return 'zh-CN';
  }
};

let gw: ScoringGateway | null = null;
// Ribbon runs wait for the user to leave cell-edit mode instead of failing.
const gateway = (): ScoringGateway => (gw ??= new ExcelGateway({ delayForCellEdit: true, locale: locale() }));

/** Opens this page as a small dialog carrying the message; resolves when it closes. Ribbon commands have no other UI. */
function notify(title: string, message: string): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
      console.error(`${title}: ${message}`);
      resolve();
      return;
    }
    const url = new URL(window.location.href);
    url.search = new URLSearchParams({ notice: message, title, lang: locale() }).toString();
    url.hash = '';
    Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 30, displayInIframe: true }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) {
        console.error(`${title}: ${message}`, res.error);
        resolve();
        return;
      }
      const dialog = res.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** Dialog mode: render the notice with plain DOM. */
function showNotice(params: URLSearchParams): void {
  const lang: Locale = params.get('lang') === 'en-US' ? 'en-US' : 'zh-CN';
  document.documentElement.lang = lang;
  const body = document.body;
  body.style.cssText = 'margin:0;padding:16px;font-family:"Segoe UI","Microsoft YaHei",sans-serif;font-size:14px;color:#242424';
  const h = document.createElement('h1');
  h.style.cssText = 'font-size:16px;margin:0 0 8px;color:#b10e1c';
  h.textContent = params.get('title') ?? STRINGS[lang].errorTitle;
  const p = document.createElement('p');
  p.style.cssText = 'margin:0 0 16px;white-space:pre-wrap';
  p.textContent = params.get('notice') ?? '';
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = STRINGS[lang].dismiss;
  b.style.cssText = 'padding:4px 16px;font:inherit';
  b.addEventListener('click', () => Office.context.ui.messageParent('close'));
  body.replaceChildren(h, p, b);
  b.focus();
}

const deps: CommandDeps = { gateway, locale, notify };
const scoreSheet = scoreSheetHandler(deps);
const clearResults = clearResultsHandler(deps);
// Older Windows builds (Office 2019) look a FunctionName up on the global object.
Object.assign(window, { scoreSheet, clearResults });

Office.onReady(() => {
  const params = new URLSearchParams(window.location.search);
  if (params.has('notice')) {
    showNotice(params);
    return;
  }
  Office.actions.associate('scoreSheet', scoreSheet);
  Office.actions.associate('clearResults', clearResults);
});
