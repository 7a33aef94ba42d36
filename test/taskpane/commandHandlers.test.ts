import { clearResultsHandler, scoreSheetHandler, type CommandDeps } from '../../src/commands/handlers';
import type { GatewayResult, ScoringGateway } from '../../src/taskpane/gateway';

function setup(over: Partial<ScoringGateway> = {}) {
  const calls: string[] = [];
  const notes: string[] = [];
  const gw: ScoringGateway = {
    score: async (p, l) => {
      calls.push(`score:${p}:${l}`);
      return { ok: true, sheet: 'S', tables: [] };
    },
    clear: async () => {
      calls.push('clear');
      return { ok: true, sheet: 'S', tables: [] };
    },
    select: async () => undefined,
    storedProfile: async () => null,
    ...over,
  };
  const deps: CommandDeps = {
    gateway: () => gw,
    locale: () => 'zh-CN',
    notify: async (title, message) => {
      notes.push(`${title}|${message}`);
    },
  };
  let completed = 0;
  const event = { completed: () => void completed++ };
  return { deps, calls, notes, event, completed: () => completed };
}

describe('ribbon commands', () => {
  it('一键评分 leaves the profile to the workbook (null: the stored one), shows nothing on success, completes once', async () => {
    const s = setup({
      storedProfile: async () => {
        throw new Error('the ribbon must not read the workbook twice');
      },
    });
    await scoreSheetHandler(s.deps)(s.event);
    expect(s.calls).toEqual(['score:null:zh-CN']);
    expect(s.notes).toEqual([]);
    expect(s.completed()).toBe(1);
  });

  it('shows the gateway message when scoring is refused, and completes', async () => {
    const refused: GatewayResult = { ok: false, code: 'SHEET_PROTECTED', message: '工作表受保护，未写入任何内容。' };
    const s = setup({ score: async () => refused });
    await scoreSheetHandler(s.deps)(s.event);
    expect(s.notes).toEqual(['操作失败|工作表受保护，未写入任何内容。']);
    expect(s.completed()).toBe(1);
  });

  it('completes even when the gateway throws and the notification fails too', async () => {
    const s = setup({ clear: async () => Promise.reject(new Error('boom')) });
    s.deps.notify = async () => Promise.reject(new Error('no dialog'));
    await expect(clearResultsHandler(s.deps)(s.event)).resolves.toBeUndefined();
    expect(s.completed()).toBe(1);
  });

  it('清除结果 reports a thrown error through the notification', async () => {
    const s = setup({ clear: async () => Promise.reject(new Error('boom')) });
    await clearResultsHandler(s.deps)(s.event);
    expect(s.notes).toEqual(['操作失败|boom']);
    expect(s.completed()).toBe(1);
  });
});
