/** Offline checks of manifest.xml: XML, resources, commands, URLs, icons, permissions, requirements, URL substitution. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

function parse(xml: string): Document {
  return new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(xml, 'text/xml');
}

const doc = parse(MANIFEST);
const all = (): Element[] => Array.from(doc.getElementsByTagName('*'));
const byNS = (ns: string, name: string): Element[] => Array.from(doc.getElementsByTagNameNS(ns, name));
const one = (ns: string, name: string): Element => {
  const els = byNS(ns, name);
  expect(els).toHaveLength(1);
  return els[0];
};
const xsiType = (el: Element): string | null => el.getAttributeNS(NS.xsi, 'type');
const text = (el: Element): string => (el.textContent ?? '').trim();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Local file behind a dev URL: https://localhost:3000/assets/icon-16.png → assets/icon-16.png. */
const localFile = (url: string): string => path.join(ROOT, url.replace(/^https:\/\/localhost:3000\//, ''));

describe('manifest.xml', () => {
  it('is well-formed XML (and the parser does reject broken XML)', () => {
    expect(doc.documentElement?.localName).toBe('OfficeApp');
    expect(() => parse(MANIFEST.replace('</Permissions>', ''))).toThrow();
  });

  it('is an Excel task pane add-in with a GUID id and a zh-CN default locale', () => {
    expect(xsiType(doc.documentElement as Element)).toBe('TaskPaneApp');
    expect(text(one(NS.app, 'Id'))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(one(NS.app, 'Version'))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(one(NS.app, 'DefaultLocale'))).toBe('zh-CN');
    expect(byNS(NS.app, 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(byNS(NS.ov, 'Host').map(xsiType)).toEqual(['Workbook']);
  });

  it('asks for ReadWriteDocument only and ExcelApi 1.7 at least', () => {
    expect(byNS(NS.app, 'Permissions').map(text)).toEqual(['ReadWriteDocument']);
    const sets = byNS(NS.app, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.7']]);
  });

  const resources = one(NS.ov, 'Resources');
  const resIds = (kind: string, item: string): Map<string, Element> => {
    const holder = Array.from(resources.getElementsByTagNameNS(NS.bt, kind));
    expect(holder).toHaveLength(1);
    return new Map(Array.from(holder[0].getElementsByTagNameNS(NS.bt, item)).map((e) => [e.getAttribute('id') ?? '', e]));
  };
  const images = resIds('Images', 'Image');
  const urls = resIds('Urls', 'Url');
  const shorts = resIds('ShortStrings', 'String');
  const longs = resIds('LongStrings', 'String');

  it('resolves every resid to a Resources entry of the right kind, and uses every entry', () => {
    const kindOf = (el: Element): Map<string, Element> => {
      const name = el.localName ?? '';
      if (name === 'Image') return images;
      if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(name)) return urls;
      if (name === 'Description') return longs;
      if (['Label', 'Title'].includes(name)) return shorts;
      throw new Error(`unexpected resid on <${name}> in <${(el.parentNode as Element).localName}>`);
    };
    const used = new Set<string>();
    const refs = all().filter((e) => e.hasAttribute('resid'));
    expect(refs.length).toBeGreaterThan(20);
    for (const el of refs) {
      const id = el.getAttribute('resid') ?? '';
      expect(id.length).toBeLessThanOrEqual(32);
      if (!kindOf(el).has(id)) throw new Error(`<${el.localName} resid="${id}"> has no matching resource`);
      used.add(id);
    }
    const defined = [...images.keys(), ...urls.keys(), ...shorts.keys(), ...longs.keys()];
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
  });

  it('has zh-CN strings with an en-US override for every string, within Office length limits', () => {
    for (const [limit, map] of [[125, shorts], [250, longs]] as const) {
      for (const [id, el] of map) {
        const zh = el.getAttribute('DefaultValue') ?? '';
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
        expect(zh.length).toBeLessThanOrEqual(limit);
        const en = Array.from(el.getElementsByTagNameNS(NS.bt, 'Override')).filter((o) => o.getAttribute('Locale') === 'en-US');
        if (en.length !== 1) throw new Error(`${id}: no en-US override`);
        expect((en[0].getAttribute('Value') ?? '').length).toBeLessThanOrEqual(limit);
      }
    }
    for (const name of ['DisplayName', 'Description']) {
      const el = one(NS.app, name);
      expect(Array.from(el.getElementsByTagNameNS(NS.app, 'Override')).map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
    }
  });

  it('puts 绩效自评 on the Home tab with 一键评分, 清除结果 and 打开面板', () => {
    const tab = one(NS.ov, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const label = (el: Element): string => {
      const l = Array.from(el.childNodes).find((n): n is Element => (n as Element).localName === 'Label');
      return shorts.get(l?.getAttribute('resid') ?? '')?.getAttribute('DefaultValue') ?? '';
    };
    const group = one(NS.ov, 'Group');
    expect(label(group)).toBe('绩效自评');
    const controls = byNS(NS.ov, 'Control').map((c) => {
      const action = c.getElementsByTagNameNS(NS.ov, 'Action')[0];
      return [label(c), xsiType(action)];
    });
    expect(controls).toEqual([
      ['一键评分', 'ExecuteFunction'],
      ['清除结果', 'ExecuteFunction'],
      ['打开面板', 'ShowTaskpane'],
    ]);
  });

  it('associates every ExecuteFunction in src/commands/commands.ts', () => {
    const source = fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8');
    const associated = new Set(Array.from(source.matchAll(/Office\.actions\.associate\(\s*['"](\w+)['"]/g), (m) => m[1]));
    const functions = byNS(NS.ov, 'FunctionName').map(text);
    expect(functions).toEqual(['scoreSheet', 'clearResults']);
    for (const f of functions) expect(associated).toContain(f);
    expect(urls.get(one(NS.ov, 'FunctionFile').getAttribute('resid') ?? '')?.getAttribute('DefaultValue')).toBe('https://localhost:3000/commands.html');
  });

  it('uses https for every URL', () => {
    const found: string[] = [];
    for (const el of all()) {
      for (const a of Array.from(el.attributes)) if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a.value)) found.push(a.value);
      const own = Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => (n.nodeValue ?? '').trim()).join('');
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(own)) found.push(own);
    }
    const urlsOnly = found.filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(urlsOnly.length).toBeGreaterThanOrEqual(8);
    expect(urlsOnly.filter((u) => !u.startsWith('https://'))).toEqual([]);
  });

  it('points at icons that exist with the sizes the manifest declares', () => {
    const declared = all().filter((e) => e.namespaceURI === NS.bt && e.localName === 'Image' && e.hasAttribute('size'));
    expect(new Set(declared.map((e) => e.getAttribute('size')))).toEqual(new Set(['16', '32', '80']));
    for (const el of declared) {
      const url = images.get(el.getAttribute('resid') ?? '')?.getAttribute('DefaultValue') ?? '';
      const px = Number(el.getAttribute('size'));
      expect(pngSize(localFile(url))).toEqual({ width: px, height: px });
    }
    expect(pngSize(localFile(one(NS.app, 'IconUrl').getAttribute('DefaultValue') ?? ''))).toEqual({ width: 32, height: 32 });
    expect(pngSize(localFile(one(NS.app, 'HighResolutionIconUrl').getAttribute('DefaultValue') ?? ''))).toEqual({ width: 64, height: 64 });
    for (const u of urls.values()) {
      const file = (u.getAttribute('DefaultValue') ?? '').replace(/^https:\/\/localhost:3000\//, '');
      const src = file === 'taskpane.html' ? 'src/taskpane/taskpane.html' : file === 'commands.html' ? 'src/commands/commands.html' : file;
      expect(fs.existsSync(path.join(ROOT, src))).toBe(true);
    }
  });
});

describe('webpack manifest substitution', () => {
  type Pattern = { from: string; transform?: (c: Buffer) => string | Buffer };
  const patternsFor = (mode: 'production' | 'development', url?: string): Pattern[] => {
    const saved = process.env.ADDIN_URL;
    if (url === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = url;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const factory = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: { mode: string }) => { plugins: object[] };
      const copy = factory({}, { mode }).plugins.find((p) => p.constructor.name === 'CopyPlugin') as { patterns: Pattern[] } | undefined;
      if (!copy) throw new Error('CopyWebpackPlugin missing');
      return copy.patterns;
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  };
  const transformManifest = (mode: 'production' | 'development', url?: string): string => {
    const p = patternsFor(mode, url).find((x) => x.from.startsWith('manifest'));
    if (!p?.transform) throw new Error('no manifest transform');
    return p.transform(Buffer.from(MANIFEST)).toString();
  };

  it('replaces the dev URL by ADDIN_URL in production, everywhere', () => {
    const out = transformManifest('production', 'https://addin.example.cn/selfeval');
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://addin.example.cn/selfeval/taskpane.html"/>');
    expect(out.match(/https:\/\/addin\.example\.cn\/selfeval\//g)?.length).toBe(MANIFEST.match(/https:\/\/localhost:3000\//g)?.length);
    expect(() => parse(out)).not.toThrow();
  });

  it('keeps the dev URL in development and refuses a non-https production URL', () => {
    expect(transformManifest('development', 'https://addin.example.cn/')).toBe(MANIFEST);
    expect(() => transformManifest('production', 'http://addin.example.cn/')).toThrow(/https/);
  });
});
