/**
 * What every view of the questionnaire shares: the model, the resolved strings, the page's language and
 * links, the catalog lookups and the notice line. Provided once by the app shell.
 */
import { clauseSlug } from '../../lib/paths.ts';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Signal } from '@preact/signals';
import type { AssessmentModel } from '../../app/assessment-model.ts';
import type { Locale, LocalizedText } from '../../catalog/schema.ts';
import { indexCatalog, type EngineCatalog } from '../../engine/index.ts';
import type { AssessKey, AssessStrings } from '../../i18n/assess.ts';

/** Where the island links to, computed by the page for its language. */
export interface AssessLinks {
  /** `/catalog.json`. */
  catalog: string;
  /** Prefix of the spec pages: `/` or `/en/`. */
  spec: string;
  /** The report page: `/report/` or `/en/report/`; the assessment ID goes in its hash. */
  report: string;
}

export type Translate = (key: AssessKey, vars?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; unknown ones stay visible so a missing value is noticed. */
export function translator(strings: AssessStrings): Translate {
  return (key, vars = {}) =>
    strings[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** A message about the last action, shown while the view it belongs to (a route hash) is open. */
export interface Notice {
  text: string;
  hash: string;
}

export interface AssessContext {
  model: AssessmentModel;
  t: Translate;
  locale: Locale;
  links: AssessLinks;
  notice: Signal<Notice | null>;
  cat: CatalogView;
}

export const Context = createContext<AssessContext | null>(null);

export function useAssess(): AssessContext {
  const ctx = useContext(Context);
  if (!ctx) throw new Error('useAssess outside the questionnaire');
  return ctx;
}

/** Catalog lookups for the views. */
export function catalogView(catalog: EngineCatalog, locale: Locale) {
  const index = indexCatalog(catalog);
  const text = (t: LocalizedText) => t[locale];
  const clauses = new Map(
    catalog.structure.chapters.flatMap((ch) => ch.clauses.map((cl) => [cl.number, { chapter: ch, clause: cl }])),
  );
  return {
    index,
    text,
    chapters: catalog.structure.chapters.filter((ch) => ch.clauses.length > 0),
    clause: (number: string) => clauses.get(number),
    clauseLabel: (number: string) => {
      const found = clauses.get(number);
      return found ? `${number} ${found.clause.title[locale]}` : number;
    },
    /** Clause numbers in catalog order. */
    clauseOrder: [...clauses.keys()],
  };
}

export type CatalogView = ReturnType<typeof catalogView>;

/** Link to an element on its spec page: `/5-2/#DM-PLAN-01`, `/en/5-2/#DM-PLAN-01`. */
export const specHref = (links: AssessLinks, clause: string, id: string) => `${links.spec}${clauseSlug(clause)}/#${id}`;

export const reportHref = (links: AssessLinks, id: string) => `${links.report}#${encodeURIComponent(id)}`;

export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export const formatPercent = (share: number, locale: Locale) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
