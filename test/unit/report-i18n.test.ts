import { describe, expect, it } from 'vitest';
import { localeTranslator, placeholderNames } from '../../src/engine/message.ts';
import { REPORT_DICTIONARIES, reportText, type ReportKey } from '../../src/i18n/report-export.ts';
import { REPORT_UI_DICTIONARIES, reportStrings } from '../../src/i18n/report.ts';

const placeholders = placeholderNames;

describe('report export dictionary (src/i18n/report-export.ts)', () => {
  it('has the same, non-empty keys in both languages', () => {
    const zh = REPORT_DICTIONARIES['zh-CN'];
    const en = REPORT_DICTIONARIES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, value] of Object.entries(en)) {
      expect(value.trim(), key).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(value), `en ${key} has Chinese`).toBe(false);
    }
  });
  it("is what the report page's resolved strings say (it draws with them and loads the dictionary on export)", () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const strings = { 'zh-CN': reportStrings('zh-CN'), en: reportStrings('en') };
      const screen = localeTranslator(strings, locale);
      const t = reportText(locale);
      expect(screen.locale).toBe(t.locale);
      for (const key of Object.keys(REPORT_DICTIONARIES[locale]) as ReportKey[])
        expect(screen(key, { n: 5, count: 2, party: 'x' }), key).toBe(t(key, { n: 5, count: 2, party: 'x' }));
    }
  });
  it('uses the same placeholders in both languages', () => {
    for (const [key, zh] of Object.entries(REPORT_DICTIONARIES['zh-CN']))
      expect(placeholders(REPORT_DICTIONARIES.en[key as ReportKey]), key).toEqual(placeholders(zh));
  });
  it.each(['zh-CN', 'en'] as const)(
    'gives a %s translator that knows its language and fills placeholders',
    (locale) => {
      const t = reportText(locale);
      expect(t.locale).toBe(locale);
      expect(t('part.name', { n: 3 })).toBe(REPORT_DICTIONARIES[locale]['part.name'].replace('{n}', '3'));
    },
  );
});

describe('report island strings', () => {
  it('have the same keys in zh-CN and en, none empty', () => {
    const zh = Object.keys(REPORT_UI_DICTIONARIES['zh-CN']).sort();
    expect(Object.keys(REPORT_UI_DICTIONARIES.en).sort()).toEqual(zh);
    for (const [locale, dict] of Object.entries(REPORT_UI_DICTIONARIES)) {
      for (const [key, value] of Object.entries(dict))
        expect(value.trim().length, `${locale} ${key}`).toBeGreaterThan(0);
    }
  });
  it('use the same placeholders in both languages', () => {
    for (const [key, zh] of Object.entries(REPORT_UI_DICTIONARIES['zh-CN'])) {
      const en = REPORT_UI_DICTIONARIES.en[key as keyof typeof REPORT_UI_DICTIONARIES.en];
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });
  it("never shadow the report export's words, so screen and Markdown export say the same", () => {
    const engineKeys = new Set(Object.keys(REPORT_DICTIONARIES['zh-CN']));
    expect(Object.keys(REPORT_UI_DICTIONARIES['zh-CN']).filter((k) => engineKeys.has(k))).toEqual([]);
  });
  it.each(['zh-CN', 'en'] as const)('merge both dictionaries for %s', (locale) => {
    const strings = reportStrings(locale);
    expect(strings['grade.conformant']).toBe(REPORT_DICTIONARIES[locale]['grade.conformant']);
    expect(strings['open.label']).toBe(REPORT_UI_DICTIONARIES[locale]['open.label']);
  });
  it('name the file picker as the questionnaire and the issue ask', () => {
    expect(reportStrings('zh-CN')['open.label']).toBe('打开评估文件');
    expect(reportStrings('en')['open.label']).toBe('Open an assessment file');
  });
});
