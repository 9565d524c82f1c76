import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../../src/engine/message.ts';
import { REVIEW_DICTIONARIES, reviewText } from '../../src/i18n/review-export.ts';
import { REVIEW_UI_DICTIONARIES, reviewTranslator } from '../../src/i18n/review.ts';

const placeholders = placeholderNames;

describe.each([
  ['review and history pages', REVIEW_UI_DICTIONARIES],
  ['review and history exports', REVIEW_DICTIONARIES],
] as const)('%s: dictionaries', (_, dictionaries) => {
  it('have the same keys in zh-CN and en, none empty, with the same placeholders', () => {
    const zh = dictionaries['zh-CN'] as Record<string, string>;
    const en = dictionaries.en as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) {
      expect(zh[key]!.trim().length, `zh-CN ${key}`).toBeGreaterThan(0);
      expect(en[key]!.trim().length, `en ${key}`).toBeGreaterThan(0);
      expect(placeholders(en[key]!), key).toEqual(placeholders(zh[key]!));
    }
  });
});

describe('the review export translator', () => {
  it.each(['zh-CN', 'en'] as const)('gives a %s translator that knows its language', (locale) => {
    const v = reviewText(locale);
    expect(v.locale).toBe(locale);
    expect(v('review.heading', { title: 'X' })).toBe(
      REVIEW_DICTIONARIES[locale]['review.heading'].replace('{title}', 'X'),
    );
  });
});

describe('the review translator', () => {
  it('fills hyphenated placeholders and keeps unknown ones visible', () => {
    const t = reviewTranslator(REVIEW_UI_DICTIONARIES.en);
    expect(t('compare.summary', { improved: 2, regressed: 1, unchanged: 5, 'not-comparable': 0 })).toBe(
      '2 improved, 1 regressed, 5 unchanged, 0 not comparable.',
    );
    expect(t('history.saved')).toBe('Saved snapshot "{label}".');
  });
});
