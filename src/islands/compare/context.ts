/**
 * What every part of the compare view needs, passed down once: the model, the translator, the language, the
 * candidates' column names and lookups of titles and links in the page's language.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '../../catalog/schema.ts';
import type { CompareModel } from '../../app/compare-model.ts';
import type { CompareStringKey } from '../../i18n/compare.ts';
import { formatMessage } from '../../i18n/format.ts';

export type Translate = (key: CompareStringKey, params?: Record<string, string | number>) => string;

export interface CompareContextValue {
  model: CompareModel;
  t: Translate;
  locale: Locale;
  /** Words of the catalog compared: chapter/clause for the standard, part/section for a related practice. */
  chapterColumn: string;
  clauseColumn: string;
  chapterName: (n: string) => string;
  chapterTitle: (n: string) => string;
  clauseTitle: (n: string) => string;
  elementTitle: (id: string) => string;
  elementHref: (id: string) => string;
  /** The "how scoring works" page. */
  scoringHref: string;
}

export const CompareContext = createContext<CompareContextValue | null>(null);

export function useCompare(): CompareContextValue {
  const value = useContext(CompareContext);
  if (!value) throw new Error('useCompare outside <CompareContext.Provider>');
  return value;
}

/** A translator over resolved strings; `{name}` placeholders are filled from params and unknown ones stay. */
export function translator(strings: Record<CompareStringKey, string>): Translate {
  return (key, params = {}) => formatMessage(strings[key], params);
}
