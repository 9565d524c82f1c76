/**
 * SLA builder (Appendix B, clauses 5.2 and 6.3): the document an SLA draft is kept in, which of the matters an
 * SLA must settle are still missing (each tied to the clause or element asking for it); its Markdown and Word draft
 * in either language is written by sla-outline.ts, loaded on the first export. The services come from the service
 * catalogue (Appendix A categories, the four delivery contents of 6.2–6.5 and the two delivery modes of 7.2 and
 * 7.3). The schema is in sla-schema.ts, loaded on demand (`slaKind`). Pure: no DOM.
 */
import type * as z from 'zod/mini';
import type { KeysWithPrefix } from '../i18n/templates.ts';
import type { TemplateKind } from './document.ts';
import type { SlaServiceSchema, SlaTargetSchema, slaSchema } from './sla-schema.ts';
import { formatMessage } from '../i18n/format.ts';
import { newDocumentId, TemplateRepository } from './repository.ts';
import { silentChannel, type ChangeChannel, type RecordStore } from '../storage/browser-store.ts';
import { SLA_TEXT_SECTIONS, type SlaTextSection } from './sla-sections.ts';

export const SLA_VERSION = 1;

/** Appendix A service categories (ids of `assessments/appendix-a.yaml`). */
export const SERVICE_CATEGORIES = [
  'infrastructure',
  'hardware',
  'software',
  'security',
  'management',
  'other',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** The four delivery contents of chapter 6, by clause. */
export const DELIVERY_CONTENTS = ['routine', 'responsive', 'optimization', 'assessment'] as const;
export type DeliveryContent = (typeof DELIVERY_CONTENTS)[number];
export const CONTENT_CLAUSE: Record<DeliveryContent, string> = {
  routine: '6.2',
  responsive: '6.3',
  optimization: '6.4',
  assessment: '6.5',
};

/** The two delivery modes of chapter 7. */
export const DELIVERY_MODES = ['onsite', 'remote'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
export const MODE_CLAUSE: Record<DeliveryMode, string> = { onsite: '7.2', remote: '7.3' };

/** The limits of a target's times, in minutes: the schema checks them and the editor's fields offer them. */
export const TARGET_MINUTES = {
  responseMinutes: { min: 1, max: 100_000 },
  resolutionMinutes: { min: 1, max: 1_000_000 },
} as const;

/** The free-text sections that have a section of their own after the lists (service hours come earlier). */
export const SLA_LATER_TEXT_SECTIONS: readonly Exclude<SlaTextSection, 'serviceHours'>[] = SLA_TEXT_SECTIONS.filter(
  (s): s is Exclude<SlaTextSection, 'serviceHours'> => s !== 'serviceHours',
);

/** One service of the agreement, as the catalogue describes it. */
export type SlaService = z.infer<typeof SlaServiceSchema>;
export type SlaTarget = z.infer<typeof SlaTargetSchema>;
export type SlaDocument = z.infer<typeof slaSchema>;

/** The SLA template as its page names it: the schema module is loaded when a document has to be checked. */
export const slaKind: TemplateKind<SlaDocument> = {
  id: 'sla',
  version: SLA_VERSION,
  load: () => import('./sla-schema.ts').then((m) => m.slaTemplate),
};

/** Example targets (Appendix C example), to prefill a new draft. */
export type SlaTargetDefaults = readonly SlaTarget[];

export function newSlaDocument(title: string, now: string, targets: SlaTargetDefaults = []): SlaDocument {
  return {
    schemaVersion: SLA_VERSION,
    template: 'sla',
    title,
    created: now,
    updated: now,
    supplier: '',
    customer: '',
    services: [],
    serviceHours: '',
    targets: targets.map((t) => ({ ...t })),
    indicators: [],
    deliverables: [],
    deliveryMode: '',
    staffing: '',
    assessment: '',
    rewardsPenalties: '',
    security: '',
    complaints: '',
    disputes: '',
    outstanding: '',
    term: { start: '', end: '' },
  };
}

export const emptyService = (category: ServiceCategory = 'other'): SlaService => ({
  category,
  name: '',
  objects: '',
  contents: [],
  modes: [],
  description: '',
});

/** Appends a service (from the catalogue page) to a draft. */
export const addService = (doc: SlaDocument, service: SlaService, now: string): SlaDocument => ({
  ...doc,
  services: [...doc.services, { ...service, contents: [...service.contents], modes: [...service.modes] }],
  updated: now,
});

// ---------------------------------------------------------------------------------------------------------------
// Completeness

/** The sections an SLA must settle, in draft order. */
export const SLA_SECTIONS = [
  'services',
  'serviceHours',
  'targets',
  'indicators',
  'deliverables',
  'deliveryMode',
  'staffing',
  'assessment',
  'rewardsPenalties',
  'security',
  'complaints',
  'disputes',
  'outstanding',
  'term',
] as const;
export type SlaSection = (typeof SLA_SECTIONS)[number];

/** Where each section comes from: the clause, and the catalog element that asks for it. */
export const SECTION_SOURCE: Record<SlaSection, { clause: string; element?: string }> = {
  services: { clause: '5.2', element: 'DM-PLAN-01' },
  serviceHours: { clause: '6.3', element: 'DC-RESP-02' },
  targets: { clause: '6.3', element: 'DC-RESP-03' },
  indicators: { clause: '5.2', element: 'DM-PLAN-02' },
  deliverables: { clause: '5.2', element: 'DM-PLAN-02' },
  deliveryMode: { clause: '5.2', element: 'DM-PLAN-02' },
  staffing: { clause: '5.2', element: 'DM-PLAN-11' },
  assessment: { clause: '5.2', element: 'DM-PLAN-08' },
  rewardsPenalties: { clause: '5.2', element: 'DM-PLAN-08' },
  security: { clause: '5.2', element: 'DM-PLAN-09' },
  complaints: { clause: '6.3', element: 'DC-RESP-01' },
  disputes: { clause: '5.2', element: 'DM-PLAN-11' },
  outstanding: { clause: '5.2', element: 'DM-PLAN-12' },
  term: { clause: '3.1' },
};

export interface MissingSection {
  section: SlaSection;
  clause: string;
  element?: string;
}

/** Nothing but white space. */
export const blank = (s: string) => s.trim() === '';

/** Whether a section has been settled in the draft. */
function sectionFilled(doc: SlaDocument, section: SlaSection): boolean {
  switch (section) {
    case 'services':
      return doc.services.length > 0;
    case 'targets':
      return doc.targets.length > 0;
    case 'indicators':
      return doc.indicators.some((i) => !blank(i.name) && !blank(i.target) && !blank(i.calculation));
    case 'deliverables':
      return doc.deliverables.some((d) => !blank(d.name) && !blank(d.frequency));
    case 'deliveryMode':
      return !blank(doc.deliveryMode) || (doc.services.length > 0 && doc.services.every((s) => s.modes.length > 0));
    case 'term':
      return doc.term.start !== '' && doc.term.end !== '';
    default:
      return !blank(doc[section]);
  }
}

/** The sections still missing, each with the clause and element it comes from; empty when the draft is complete. */
export function slaCompleteness(doc: SlaDocument): MissingSection[] {
  return SLA_SECTIONS.filter((section) => !sectionFilled(doc, section)).map((section) => ({
    section,
    ...SECTION_SOURCE[section],
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown

export type SlaMarkdownStrings = Record<KeysWithPrefix<'sla.' | 'md.' | 'common.'>, string>;

/** Names of categories in one language (from the catalog's Appendix A). */
export type CategoryNames = Record<ServiceCategory, string>;

/** `考核要求（5.2、DM-PLAN-08）` for a missing section. */
export function sourceLine(m: MissingSection, s: Record<KeysWithPrefix<'sla.' | 'common.'>, string>): string {
  return formatMessage(s['sla.missing.item'], {
    section: s[`sla.section.${m.section}`],
    source: [m.clause, m.element].filter(Boolean).join(s['common.listSeparator']),
  });
}

/** Strings a service table needs (the SLA and the catalogue both have them). */
export type ServiceTableStrings = Record<
  KeysWithPrefix<'sla.service.' | 'sla.content.' | 'sla.mode.' | 'common.'>,
  string
>;

/**
 * The services as a table (header and rows of plain text), shared by the SLA's Markdown and printout and the
 * catalogue's Markdown. `withClauses` adds the clause number to each delivery content and mode.
 */
export function serviceTable(
  services: readonly SlaService[],
  s: ServiceTableStrings,
  categories: CategoryNames,
  withClauses: boolean,
): { header: string[]; rows: string[][] } {
  const sep = s['common.listSeparator'];
  const clause = (label: string, number: string) => (withClauses ? `${label} (${number})` : label);
  return {
    header: [
      s['sla.service.name'],
      s['sla.service.category'],
      s['sla.service.objects'],
      s['sla.service.contents'],
      s['sla.service.modes'],
      s['sla.service.description'],
    ],
    rows: services.map((svc) => [
      svc.name,
      categories[svc.category],
      svc.objects,
      svc.contents.map((c) => clause(s[`sla.content.${c}`], CONTENT_CLAUSE[c])).join(sep),
      svc.modes.map((m) => clause(s[`sla.mode.${m}`], MODE_CLAUSE[m])).join(sep),
      svc.description,
    ]),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Adding to the draft open in the browser

/**
 * Appends a service to the SLA draft the SLA page has open (or to a new draft when there is none), in the same
 * store the SLA page uses. The service is added to the latest stored version in one transaction, and an SLA page
 * open in another tab is told. Returns the draft's title.
 */
export async function appendToOpenDraft(
  store: RecordStore,
  service: SlaService,
  now: string,
  create: () => SlaDocument,
  channel: ChangeChannel = silentChannel,
): Promise<{ title: string; created: boolean }> {
  const repo = new TemplateRepository(store, slaKind);
  const current = await repo.currentId();
  let id = current;
  let doc = current ? await repo.get(current) : undefined;
  let created = false;
  if (!doc) {
    const { saved } = await repo.list();
    if (saved[0]) ({ id, document: doc } = saved[0]);
  }
  if (!doc || !id) {
    doc = create();
    id = newDocumentId();
    created = true;
  }
  const fresh = doc;
  const result = await repo.update(id, (latest) => addService(latest ?? fresh, service, now));
  if (!result.document) throw new Error(result.issues.map((i) => `${i.path} ${i.code}`).join('; '));
  await repo.setCurrent(id);
  channel.post({ key: repo.keyOf(id), paths: ['services'] });
  return { title: result.document.title, created };
}
