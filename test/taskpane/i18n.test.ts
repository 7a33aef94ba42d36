import { STRINGS, localeFromDisplayLanguage, translator } from '../../src/taskpane/i18n';

describe('i18n', () => {
  it('zh-CN comes first and both locales have the same keys, none empty', () => {
    expect(Object.keys(STRINGS)).toEqual(['zh-CN', 'en-US']);
    expect(Object.keys(STRINGS['en-US']).sort()).toEqual(Object.keys(STRINGS['zh-CN']).sort());
    for (const table of Object.values(STRINGS)) for (const v of Object.values(table)) expect(v.trim()).not.toBe('');
  });
  it('uses the Chinese UI words the users know', () => {
    const t = translator('zh-CN');
    expect([t('rescore'), t('clear'), t('severity.error'), t('severity.warning'), t('severity.info'), t('normalized')]).toEqual([
      '重新评分', '清除结果', '错误', '警告', '提示', '折算分',
    ]);
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('en-US')('selectFailed', { cell: 'I33', message: 'x' })).toBe('Could not go to cell I33: x');
    expect(translator('zh-CN')('selectFailed', { cell: 'I33' })).toBe('无法定位到单元格 I33：{message}');
  });
  it('maps Office display languages', () => {
    expect(['zh-CN', 'zh-TW', 'en-US', 'en-GB', 'fr-FR', '', undefined].map((l) => localeFromDisplayLanguage(l))).toEqual([
      'zh-CN', 'zh-CN', 'en-US', 'en-US', 'en-US', 'zh-CN', 'zh-CN',
    ]);
  });
});
