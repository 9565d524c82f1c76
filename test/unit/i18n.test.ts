import { describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '../../src/i18n/ui.ts';

describe('UI dictionaries', () => {
  it('have the same keys in zh-CN and en, none empty', () => {
    const zh = Object.keys(dictionaries['zh-CN']).sort();
    expect(Object.keys(dictionaries.en).sort()).toEqual(zh);
    for (const [locale, dict] of Object.entries(dictionaries)) {
      for (const [key, value] of Object.entries(dict)) expect(value.length, `${locale} ${key}`).toBeGreaterThan(0);
    }
  });
  it('fill placeholders and keep unknown ones visible', () => {
    const t = useTranslations('en');
    expect(t('index.showing', { shown: 3, total: 99 })).toBe('Showing 3 of 99');
    expect(t('index.showing', { shown: 3 })).toBe('Showing 3 of {total}');
  });
});
