/**
 * The words the exports (report, CSV, compare, review) use for a catalog's parts, parties and answers, in the
 * export language. Pure.
 *
 * Every export function takes the report's words as a `ReportTranslator` from its caller (built with `reportText`
 * of `src/i18n/report-export.ts`), in the place a locale would go: the engine looks up no dictionary, and reads the
 * language of the catalog's own texts from the translator (`t.locale`).
 */
import type { ReportTranslator } from '../i18n/report-export.ts';
import { practiceOf, type EngineCatalog } from './catalog-index.ts';
import type { ElementScore } from './score.ts';

/**
 * The words a report uses for a catalog's parts and parties: chapters, clauses, supplier and customer for the
 * delivery standard; parts, sections and the practice's own parties (e.g. handing-over and receiving side) for a
 * related practice.
 */
export function catalogTerms(catalog: EngineCatalog, t: ReportTranslator) {
  const practice = practiceOf(catalog);
  return {
    practice,
    chapterColumn: practice ? t('col.part') : t('col.chapter'),
    clauseColumn: practice ? t('col.section') : t('col.clause'),
    chapterName: (n: string) => (practice ? t('part.name', { n }) : t('chapter.name', { n })),
    party: (party: 'supplier' | 'customer') =>
      practice ? (practice.parties[party] ?? practice.parties.supplier).name[t.locale] : t(`party.${party}`),
  };
}

/** An element's answer in words: its level, its exclusion, or unanswered. */
export function answerName(t: ReportTranslator, e: ElementScore): string {
  if (e.exclusion) return t(`exclusion.${e.exclusion}`);
  if (!e.answered) return t('level.none');
  return e.level ? t(`level.${e.level}`) : t('level.none');
}
