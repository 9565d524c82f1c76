import { describe, expect, it } from 'vitest';
import { localeTranslator, placeholderNames } from '../../src/engine/message.ts';
import { formatMessage, translatorOf } from '../../src/i18n/format.ts';

describe('formatMessage', () => {
  it('fills placeholders, the same one as often as it appears', () => {
    expect(formatMessage('{a} and {b}', { a: 'x', b: 2 })).toBe('x and 2');
    expect(formatMessage('{a}-{a}-{a}', { a: 'y' })).toBe('y-y-y');
    expect(formatMessage('{file-name}', { 'file-name': 'f.json' })).toBe('f.json');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(formatMessage('{a} of {b}', { a: 1 })).toBe('1 of {b}');
    expect(formatMessage('no value: {x}')).toBe('no value: {x}');
    expect(formatMessage('{toString}')).toBe('{toString}');
  });

  it('keeps 0 and the empty string as values', () => {
    expect(formatMessage('[{a}]', { a: 0 })).toBe('[0]');
    expect(formatMessage('[{a}]', { a: '' })).toBe('[]');
  });

  it('does not expand a value that contains placeholder text', () => {
    expect(formatMessage('{title} – {subject}', { title: '{subject}', subject: 'ACME' })).toBe('{subject} – ACME');
    expect(formatMessage('{n, plural, other {# {x}}}', { n: 2, x: '{n}' })).toBe('2 {n}');
  });

  it('leaves text that is not a placeholder alone', () => {
    expect(formatMessage('a { b } {} {1 2} }{')).toBe('a { b } {} {1 2} }{');
    expect(formatMessage('JSON: {"a": 1}', { a: 'no' })).toBe('JSON: {"a": 1}');
  });

  it('picks the English plural form by Intl.PluralRules', () => {
    const m = '{count, plural, one {# element} other {# elements}} left';
    expect(formatMessage(m, { count: 1 }, 'en')).toBe('1 element left');
    expect(formatMessage(m, { count: 0 }, 'en')).toBe('0 elements left');
    expect(formatMessage(m, { count: 2 }, 'en')).toBe('2 elements left');
    expect(formatMessage(m, { count: 1.5 }, 'en')).toBe('1.5 elements left');
  });

  it('prefers an exact =n form, and fills placeholders inside a form', () => {
    const m = '{n, plural, =0 {none for {who}} one {one for {who}} other {# for {who}}}';
    expect(formatMessage(m, { n: 0, who: 'A' })).toBe('none for A');
    expect(formatMessage(m, { n: 1, who: 'A' })).toBe('one for A');
    expect(formatMessage(m, { n: 7, who: 'A' })).toBe('7 for A');
  });

  it('uses the one form of zh-CN, and falls back to other for a category a message leaves out', () => {
    expect(formatMessage('{count, plural, other {# 个要素}}', { count: 1 }, 'zh-CN')).toBe('1 个要素');
    expect(formatMessage('{count, plural, one {# 个} other {# 个要素}}', { count: 1 }, 'zh-CN')).toBe('1 个要素');
    expect(formatMessage('{count, plural, other {# items}}', { count: 1 }, 'en')).toBe('1 items');
  });

  it('leaves a plural without its value, or without an other form, as written', () => {
    expect(formatMessage('{n, plural, one {a} other {b}}')).toBe('{n, plural, one {a} other {b}}');
    expect(formatMessage('{n, plural, one {a}}', { n: 1 })).toBe('{n, plural, one {a}}');
  });
});

describe('localeTranslator', () => {
  it("translates with its language's dictionary and plural rules, and names that language", () => {
    const dictionaries = {
      'zh-CN': { n: '{count, plural, other {# 个要素}}' },
      en: { n: '{count, plural, one {# element} other {# elements}}' },
    };
    const zh = localeTranslator(dictionaries, 'zh-CN');
    const en = localeTranslator(dictionaries, 'en');
    expect([zh.locale, zh('n', { count: 1 })]).toEqual(['zh-CN', '1 个要素']);
    expect([en.locale, en('n', { count: 1 }), en('n', { count: 2 })]).toEqual(['en', '1 element', '2 elements']);
  });
});

describe('translatorOf', () => {
  it('fills a dictionary entry by its key', () => {
    const dict = { 'a.b': 'Hello {name}', 'a.count': '{n, plural, one {# day} other {# days}}' } as const;
    const t = translatorOf(dict, 'en');
    expect(t('a.b', { name: 'Li' })).toBe('Hello Li');
    expect(t('a.count', { n: 1 })).toBe('1 day');
    // @ts-expect-error a key that is not in the dictionary fails typecheck
    expect(() => t('a.c')).toThrow();
  });
  it('names the values a message takes, plural ones and those inside the forms included, each once', () => {
    expect(placeholderNames('{b} of {a-b} and {b}')).toEqual(['a-b', 'b']);
    expect(placeholderNames('{n, plural, one {# for {who}} other {# for {who}}} left')).toEqual(['n', 'who']);
    expect(placeholderNames('{count, plural, other {# 个要素}}')).toEqual(['count']);
    expect(placeholderNames('no values, {# only}')).toEqual([]);
  });
});
