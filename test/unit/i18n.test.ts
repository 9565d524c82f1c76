import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../../src/engine/message.ts';
import { dictionaries, translator } from '../../src/i18n/ui.ts';
import { assessDictionaries } from '../../src/i18n/assess.ts';

describe('UI dictionaries', () => {
  it('have the same keys in zh-CN and en, none empty', () => {
    const zh = Object.keys(dictionaries['zh-CN']).sort();
    expect(Object.keys(dictionaries.en).sort()).toEqual(zh);
    for (const [locale, dict] of Object.entries(dictionaries)) {
      for (const [key, value] of Object.entries(dict)) expect(value.length, `${locale} ${key}`).toBeGreaterThan(0);
    }
  });
  it('fill placeholders and keep unknown ones visible', () => {
    const t = translator('en');
    expect(t('index.showing', { shown: 3, total: 99 })).toBe('Showing 3 of 99');
    expect(t('index.showing', { shown: 3 })).toBe('Showing 3 of {total}');
  });
});

describe('questionnaire dictionaries', () => {
  it('have the same keys in zh-CN and en, none empty, with the same placeholders', () => {
    const zh = assessDictionaries['zh-CN'];
    const en = assessDictionaries.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const placeholders = placeholderNames;
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].length, `zh-CN ${key}`).toBeGreaterThan(0);
      expect(en[key].length, `en ${key}`).toBeGreaterThan(0);
      // Import problems: English shows the engine's own message ({detail}); Chinese names the element itself.
      if (!key.startsWith('import.code.')) expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });
});
