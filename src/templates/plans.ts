/**
 * Plans and reports (5.2, 5.3, 6.2, 6.4, 6.5, chapter 8): one template whose document has a `kind` (delivery
 * implementation, check or improvement plan, routine-operation manual, optimization plan, investigation plan or
 * report, service report) and the sections that kind defines in `plan-kinds/`. The document, which required
 * sections are still empty (each tied to its clause and element) and the Markdown in either language, written
 * from the kinds with their words in that language (`ResolvedPlanKinds`, `plan-structure.ts`). The schema is in
 * plans-schema.ts, loaded on demand (`plansKind`), and the export outline in plans-outline.ts, loaded on the first
 * export. Pure: no DOM.
 */
import type { KeysWithPrefix } from '../i18n/templates.ts';
import type { TemplateKind } from './document.ts';
import { formatMessage } from '../i18n/format.ts';
import {
  kindOf,
  SECTION_FIELDS,
  SECTION_IDS,
  sectionRequired,
  type ColumnId,
  type PlanKindId,
  type PlanKindShape,
  type ResolvedPlanKinds,
  type SectionField,
  type SectionId,
} from './plan-structure.ts';

export const PLANS_VERSION = 1;

/** A table row: one cell per column of its section. */
export type TableRow = Partial<Record<ColumnId, string>>;
/** What a section holds: text, a list of items or the rows of a table. */
export type SectionValue = string | string[] | TableRow[];

export interface PlansDocument {
  schemaVersion: typeof PLANS_VERSION;
  template: 'plans';
  title: string;
  created: string;
  updated: string;
  kind: PlanKindId;
  organisation: string;
  customer: string;
  service: string;
  author: string;
  version: string;
  date: string;
  approver: string;
  sections: Partial<Record<SectionId, SectionValue>>;
}

/** The plans template as its page names it: the schema module is loaded when a document has to be checked. */
export const plansKind: TemplateKind<PlansDocument> = {
  id: 'plans',
  version: PLANS_VERSION,
  load: () => import('./plans-schema.ts').then((m) => m.plansTemplate),
};

/** The header fields, in the order forms, Markdown and printouts show them. */
export const HEADER_FIELDS = ['organisation', 'customer', 'service', 'author', 'version', 'date', 'approver'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export function newPlansDocument(
  title: string,
  now: string,
  kind: PlanKindId = 'delivery-implementation-plan',
): PlansDocument {
  return {
    schemaVersion: PLANS_VERSION,
    template: 'plans',
    title,
    created: now,
    updated: now,
    kind,
    organisation: '',
    customer: '',
    service: '',
    author: '',
    version: '',
    date: '',
    approver: '',
    sections: {},
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading sections

/** Nothing but white space, or nothing at all. */
export const blank = (s: string | undefined) => (s ?? '').trim() === '';

export const textOf = (doc: PlansDocument, id: SectionId) => {
  const value = doc.sections[id];
  return typeof value === 'string' ? value : '';
};
export const itemsOf = (doc: PlansDocument, id: SectionId) => {
  const value = doc.sections[id];
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : [];
};
export const rowsOf = (doc: PlansDocument, id: SectionId): TableRow[] => {
  const value = doc.sections[id];
  return Array.isArray(value) ? value.filter((v): v is TableRow => typeof v === 'object') : [];
};

/** An empty row of a table section. */
export function emptyRow(id: SectionId): TableRow {
  const field: SectionField = SECTION_FIELDS[id];
  return field.type === 'table' ? Object.fromEntries(field.columns.map((c) => [c, ''])) : {};
}

/** Whether a section has content: text, an item, or a row with any cell filled. */
export function sectionFilled(doc: PlansDocument, id: SectionId): boolean {
  const field: SectionField = SECTION_FIELDS[id];
  switch (field.type) {
    case 'text':
      return !blank(textOf(doc, id));
    case 'list':
      return itemsOf(doc, id).some((item) => !blank(item));
    case 'table':
      return rowsOf(doc, id).some((row) => Object.values(row).some((cell) => !blank(cell)));
  }
}

export interface MissingSection {
  section: SectionId;
  clause: string;
  element?: string;
}

/** The required sections of the document's kind that are still empty, in order; empty when all are filled. */
export function plansCompleteness(doc: PlansDocument, kinds: readonly PlanKindShape[]): MissingSection[] {
  return kindOf(kinds, doc.kind)
    .sections.filter((s) => sectionRequired(s) && !sectionFilled(doc, s.id))
    .map((s) =>
      s.element ? { section: s.id, clause: s.clause, element: s.element } : { section: s.id, clause: s.clause },
    );
}

/** Sections of other kinds that hold content this kind does not show (kept in the document, not lost). */
export function hiddenSections(doc: PlansDocument, kinds: readonly PlanKindShape[]): SectionId[] {
  const shown = new Set<SectionId>(kindOf(kinds, doc.kind).sections.map((s) => s.id));
  return SECTION_IDS.filter((id) => !shown.has(id) && doc.sections[id] !== undefined && sectionFilled(doc, id));
}

// ---------------------------------------------------------------------------------------------------------------
// Shared by the Markdown and the printout

/** The page's strings of the plans template: what the page, its printout and the lines below need. */
export type PlansStrings = Record<KeysWithPrefix<'plans.' | 'common.'>, string>;

export type PlansMarkdownStrings = PlansStrings & Record<KeysWithPrefix<'md.'>, string>;

/** `6.2、DC-ROUT-02a` or `5.4, DM-CHECK-04`. */
/** Where a section or kind comes from: its clause and element. */
export const sourceText = (source: { clause: string; element?: string }, s: PlansStrings) =>
  [source.clause, source.element].filter(Boolean).join(s['common.listSeparator']);

/** The line under a section heading: where it comes from, or that it is our suggestion. */
export function sectionSourceLine(section: PlanKindShape['sections'][number], s: PlansStrings): string {
  return section.suggested
    ? formatMessage(s['plans.suggested'], { clause: section.clause })
    : formatMessage(s['plans.source'], { source: sourceText(section, s) });
}

/** `报告期（5.3）` for a missing section, in the language of `s` and `kinds`. */
export function missingLine(m: MissingSection, kinds: ResolvedPlanKinds, s: PlansStrings, kind: PlanKindId): string {
  // A missing section is one of its kind's, so the ID is only a fallback.
  const section = kindOf(kinds.kinds, kind).sections.find((x) => x.id === m.section);
  return formatMessage(s['plans.missing.item'], {
    section: section?.title ?? m.section,
    source: sourceText(m, s),
  });
}

/** The header as label/value pairs. */
export function headerRows(doc: PlansDocument, s: PlansStrings): [string, string][] {
  return HEADER_FIELDS.map((f) => [s[`plans.header.${f}`], doc[f]]);
}

/** A table section as header and rows of plain text, its header in the language of `columns`. */
export function sectionTable(doc: PlansDocument, id: SectionId, columns: ResolvedPlanKinds['columns']) {
  const field: SectionField = SECTION_FIELDS[id];
  const ids = field.type === 'table' ? field.columns : [];
  return {
    header: ids.map((c) => columns[c]),
    rows: rowsOf(doc, id)
      .filter((row) => Object.values(row).some((cell) => !blank(cell)))
      .map((row) => ids.map((c) => row[c] ?? '')),
  };
}
