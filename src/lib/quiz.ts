/**
 * The quiz as the site sees it: the item bank in each language (generated from the catalog plus the hand-written
 * items, checked once per build) and where it is served. An invalid item throws here and fails the build.
 */
import { loadQuizItems } from '../loader/load-quiz.ts';
import type { LocalQuizBank } from '../catalog/quiz.ts';
import type { Locale } from '../catalog/schema.ts';
import { localQuizBank } from '../engine/quiz-bank.ts';
import { catalog } from './catalog.ts';
import { withBase } from './paths.ts';

const banks = new Map<Locale, LocalQuizBank>();

export function quizBank(locale: Locale): LocalQuizBank {
  let bank = banks.get(locale);
  if (!bank) {
    bank = localQuizBank(catalog(), loadQuizItems(catalog()), locale);
    banks.set(locale, bank);
  }
  return bank;
}

/** Where the bank of a language is served, below the site's base path. */
export const quizBankUrl = (locale: Locale) => withBase(`training/quiz-bank.${locale}.json`);
