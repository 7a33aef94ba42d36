/**
 * Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser test: Office and Excel
 * globals backed by the in-memory fake, loaded with the workbook JSON the test puts in window.__SELFEVAL_SEED__.
 */
import { FakeExcel, type FakeWorkbookData } from '../fakes/fakeExcel';

type Handler = (event: { completed: () => void }) => unknown;

export interface StubHandle {
  fake: FakeExcel;
  /** Functions registered through Office.actions.associate. */
  actions: Record<string, Handler>;
  /** URLs passed to Office.context.ui.displayDialogAsync. */
  dialogs: string[];
}

declare global {
  interface Window {
    __SELFEVAL_SEED__?: FakeWorkbookData;
    __SELFEVAL_LANG__?: string;
    __SELFEVAL_API__?: string;
    /** Protect the active sheet (writes then fail). */
    __SELFEVAL_PROTECT__?: boolean;
    __selfevalStub?: StubHandle;
  }
}

interface OfficeLike {
  context: Record<string, unknown>;
  [k: string]: unknown;
}

const seed = window.__SELFEVAL_SEED__;
if (!seed) throw new Error('office stub: window.__SELFEVAL_SEED__ missing');
const fake = new FakeExcel(seed, { apiVersion: window.__SELFEVAL_API__ ?? '1.18' });
if (window.__SELFEVAL_PROTECT__) fake.setProtected(fake.activeSheet, true);
const globals = window as unknown as Record<string, unknown>;
fake.installOfficeGlobals(globals);

const handle: StubHandle = { fake, actions: {}, dialogs: [] };
const office = globals.Office as OfficeLike;
office.context.displayLanguage = window.__SELFEVAL_LANG__ ?? 'zh-CN';
office.context.ui = {
  displayDialogAsync: (url: string, _opts: unknown, cb?: (r: { status: string; error: { message: string } }) => void) => {
    handle.dialogs.push(url);
    cb?.({ status: 'failed', error: { message: 'no dialogs in the stub' } });
  },
  messageParent: () => undefined,
};
office.actions = {
  associate: (name: string, fn: Handler) => {
    handle.actions[name] = fn;
  },
};
office.AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
office.EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };
window.__selfevalStub = handle;
