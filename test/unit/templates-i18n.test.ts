import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../../src/engine/message.ts';
import { pickStrings, templateDictionaries, templateTranslator } from '../../src/i18n/templates.ts';

const placeholders = placeholderNames;

/** Every file in `src/i18n/templates/`, one per template or shared part. */
const folder = new URL('../../src/i18n/templates/', import.meta.url);
type Part = Record<'zh-CN' | 'en', Record<string, string>>;
const parts = await Promise.all(
  readdirSync(folder)
    .sort()
    .map(
      async (file) =>
        [basename(file, '.ts'), ((await import(new URL(file, folder).href)) as { default: Part }).default] as const,
    ),
);

describe.each(parts)('template strings: %s', (_, part) => {
  it('have the same keys in zh-CN and en, none empty, with the same placeholders', () => {
    expect(Object.keys(part.en).sort()).toEqual(Object.keys(part['zh-CN']).sort());
    for (const [key, zh] of Object.entries(part['zh-CN'])) {
      expect(zh.trim(), `zh-CN ${key}`).not.toBe('');
      expect(part.en[key]?.trim(), `en ${key}`).not.toBe('');
      expect(placeholders(part.en[key] ?? ''), key).toEqual(placeholders(zh));
    }
  });

  it('are in the dictionaries, as they are', () => {
    for (const locale of ['zh-CN', 'en'] as const)
      for (const [key, value] of Object.entries(part[locale]))
        expect(templateDictionaries[locale][key as keyof (typeof templateDictionaries)[typeof locale]], key).toBe(
          value,
        );
  });
});

describe('template string files', () => {
  it('hold every key once, and each key prefix in one file', () => {
    const keys = parts.flatMap(([, part]) => Object.keys(part['zh-CN']));
    expect(keys.length).toBe(new Set(keys).size);
    expect(new Set(keys)).toEqual(new Set(Object.keys(templateDictionaries['zh-CN'])));
    const fileOf = new Map<string, string>();
    for (const [file, part] of parts)
      for (const key of Object.keys(part['zh-CN'])) {
        const prefix = key.split('.')[0]!;
        expect(fileOf.get(prefix) ?? file, key).toBe(file);
        fileOf.set(prefix, file);
      }
  });
});

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
    expect(templateTranslator('en')('priority.resultPriority', { name: 'P2 High' })).toBe('Priority: P2 High');
    const picked = pickStrings('zh-CN', ['toolbar.', 'common.privacy']);
    expect(Object.keys(picked).every((k) => k.startsWith('toolbar.') || k === 'common.privacy')).toBe(true);
    expect(picked['toolbar.print']).toBe('打印');
  });
});
