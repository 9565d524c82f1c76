/**
 * What every part of the report view needs, passed down once: both translators, the report language, lookups
 * of titles and links in that language, and the action that opens a score's explanation.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '../../catalog/schema.ts';
import type { PracticeStructure } from '../../catalog/schema.ts';
import type { ScoreTarget } from '../../engine/score.ts';
import type { ReportModel } from '../../app/report-model.ts';
import type { Translate } from '../../app/report-format.ts';

export interface ReportContextValue {
  model: ReportModel;
  /** UI language and its translator: controls, messages. */
  uiLocale: Locale;
  t: Translate;
  /** Report language and its translator: everything inside the report. */
  locale: Locale;
  r: Translate;
  /** The related practice assessed, or undefined for GB/T 28827.2. */
  practice: PracticeStructure['practice'] | undefined;
  /** Element title in the report language. */
  elementTitle: (id: string) => string;
  /** Whether the element is built from a clause's official lead-in (chapter 8), not from the clause's list. */
  isLeadIn: (id: string) => boolean;
  /** Clause or chapter title in the report language (empty when unknown). */
  clauseTitle: (number: string) => string;
  chapterTitle: (number: string) => string;
  /** Link to the element's card on its clause page, in the report language. */
  elementHref: (id: string) => string;
  /** The "how scoring works" page in the report language. */
  scoringHref: string;
  /** Opens the explanation of a score. */
  explain: (target: ScoreTarget, opener: HTMLElement) => void;
}

export const ReportContext = createContext<ReportContextValue | null>(null);

export function useReport(): ReportContextValue {
  const value = useContext(ReportContext);
  if (!value) throw new Error('useReport outside <ReportContext.Provider>');
  return value;
}
