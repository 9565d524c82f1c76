import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../../src/engine/message.ts';
import { pickStrings, templateDictionaries, useTemplateTranslations } from '../../src/i18n/templates.ts';

const placeholders = placeholderNames;

describe('template strings', () => {
  const zh = templateDictionaries['zh-CN'];
  const en = templateDictionaries.en;

  it('have the same keys in zh-CN and en, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [locale, dict] of Object.entries(templateDictionaries))
      for (const [key, value] of Object.entries(dict))
        expect(value.trim().length, `${locale} ${key}`).toBeGreaterThan(0);
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[])
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
  });

  it('say "example" wherever the defaults are shown', () => {
    expect(zh['priority.settings']).toContain('示例');
    expect(en['priority.settings']).toContain('example');
    expect(zh['md.exampleNote']).toContain('并非标准规定');
    expect(en['md.exampleNote']).toContain('not figures from the standard');
    expect(en['checklist.suggested']).toContain('not from the standard');
  });

  it('fill placeholders and pick keys by prefix for an island', () => {
    expect(useTemplateTranslations('en')('priority.resultPriority', { name: 'P2 High' })).toBe('Priority: P2 High');
    const picked = pickStrings('zh-CN', ['toolbar.', 'common.privacy']);
    expect(Object.keys(picked).every((k) => k.startsWith('toolbar.') || k === 'common.privacy')).toBe(true);
    expect(picked['toolbar.print']).toBe('打印');
  });
});
