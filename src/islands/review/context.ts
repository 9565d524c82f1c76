/** What every part of the review view needs, passed down once: the model, both translators, catalog lookups. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Element, Locale } from '../../catalog/schema.ts';
import type { Translate } from '../../app/report-format.ts';
import type { ReviewModel } from '../../app/review-model.ts';
import type { ReviewTranslate } from '../../i18n/review.ts';

export interface ReviewContextValue {
  model: ReviewModel;
  /** The review page's own strings. */
  t: ReviewTranslate;
  /** The report's strings: levels, grades, column names. */
  r: Translate;
  locale: Locale;
  element: (id: string) => Element | undefined;
  clauseTitle: (number: string) => string;
  chapterTitle: (number: string) => string;
}

export const ReviewContext = createContext<ReviewContextValue | null>(null);

export function useReview(): ReviewContextValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error('useReview outside ReviewContext');
  return value;
}
