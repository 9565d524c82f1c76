/**
 * What every view of the questionnaire shares: the model, the resolved strings, the page's language and
 * links, the catalog lookups and the notice line. Provided once by the app shell.
 */
import { elementPath } from '../../lib/paths.ts';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Signal } from '@preact/signals';
import type { AssessmentModel } from '../../app/assessment-model.ts';
import type { Locale, LocalizedText } from '../../catalog/schema.ts';
import { indexCatalog, practiceOf, type EngineCatalog } from '../../engine/catalog-index.ts';
import type { CatalogId } from '../../engine/assessment-schema.ts';
import type { AssessKey, AssessStrings } from '../../i18n/assess.ts';
import { stringsForPractice } from '../../app/practice-wording.ts';
import { formatMessage } from '../../i18n/format.ts';

/** Where the island links to, computed by the page for its language. */
export interface AssessLinks {
  /** The catalogs this site offers, GB/T 28827.2 first; each is fetched from `catalogUrl(id, locale)` when needed. */
  catalogs: CatalogId[];
  /** Each related practice's title in the page's language, to offer it before its catalog is fetched. */
  practiceTitles: Partial<Record<CatalogId, string>>;
  /** Prefix of the spec pages: `/` or `/en/`. */
  spec: string;
  /** The report page: `/report/` or `/en/report/`; the assessment ID goes in its hash. */
  report: string;
  /** The review page (claimed vs verified, replies); the assessment ID goes in its hash. */
  review?: string;
  /** The history page (snapshots, trend); the assessment ID goes in its hash. */
  history?: string;
}

export type Translate = (key: AssessKey, vars?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; unknown ones stay visible so a missing value is noticed. */
export function translator(strings: AssessStrings): Translate {
  return (key, vars = {}) => formatMessage(strings[key], vars);
}

/** A message about the last action, shown while the view it belongs to (a route hash) is open. */
export interface Notice {
  text: string;
  hash: string;
}

export interface AssessContext {
  model: AssessmentModel;
  /** Strings in the words of the catalog on view (a related practice's parties, parts and sections). */
  t: Translate;
  /** Strings in the words of any catalog: for the list of assessments and the form that picks a catalog. */
  tOf: (catalog: EngineCatalog) => Translate;
  locale: Locale;
  links: AssessLinks;
  notice: Signal<Notice | null>;
  /** The catalog on view: the open assessment's, else GB/T 28827.2. */
  cat: CatalogView;
}

/** A translator per catalog: the strings as they are for GB/T 28827.2, reworded for a related practice. */
export function catalogTranslators(strings: AssessStrings, locale: Locale): (catalog: EngineCatalog) => Translate {
  const cache = new WeakMap<EngineCatalog, Translate>();
  const plain = translator(strings);
  return (catalog) => {
    if (!practiceOf(catalog)) return plain;
    const cached = cache.get(catalog);
    if (cached) return cached;
    const t = translator(stringsForPractice(strings, cachedCatalogView(catalog, locale).parties, locale));
    cache.set(catalog, t);
    return t;
  };
}

export const Context = createContext<AssessContext | null>(null);

export function useAssess(): AssessContext {
  const ctx = useContext(Context);
  if (!ctx) throw new Error('useAssess outside the questionnaire');
  return ctx;
}

/** Catalog lookups for the views. */
function catalogView(catalog: EngineCatalog, locale: Locale) {
  const index = indexCatalog(catalog);
  const text = (t: LocalizedText) => t[locale];
  const clauses = new Map(
    catalog.structure.chapters.flatMap((ch) => ch.clauses.map((cl) => [cl.number, { chapter: ch, clause: cl }])),
  );
  const practice = practiceOf(catalog);
  return {
    catalog,
    index,
    text,
    /** The related practice this catalog is, or undefined for GB/T 28827.2. */
    practice,
    /** Short names of the practice's parties (`移交方`, `接收方`); empty for GB/T 28827.2. */
    parties: {
      supplier: practice ? practice.parties.supplier.name[locale] : '',
      customer: practice?.parties.customer ? practice.parties.customer.name[locale] : '',
    },
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

/**
 * Link to an element on its spec page: `/5-2/#DM-PLAN-01`, `/en/5-2/#DM-PLAN-01`; a related-practice element on
 * its practice's page, `/practices/handover/#HO-APP-01`.
 */
export const specHref = (links: AssessLinks, clause: string, id: string) => `${links.spec}${elementPath(id, clause)}`;

/** Catalog views per catalog object, so each is built once. */
const views = new WeakMap<EngineCatalog, Map<Locale, CatalogView>>();
export function cachedCatalogView(catalog: EngineCatalog, locale: Locale): CatalogView {
  const byLocale = views.get(catalog) ?? new Map<Locale, CatalogView>();
  views.set(catalog, byLocale);
  const view = byLocale.get(locale) ?? catalogView(catalog, locale);
  byLocale.set(locale, view);
  return view;
}

export const reportHref = (links: AssessLinks, id: string) => `${links.report}#${encodeURIComponent(id)}`;
