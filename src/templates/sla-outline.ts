/**
 * The SLA draft as a document outline, for its Markdown and Word exports: apart from sla.ts because only an export
 * needs it (the toolbar loads it with the exports' words on the first export).
 */
import type { Locale } from '../catalog/schema.ts';
import { signatureBlock } from './document.ts';
import { formatMessage } from '../i18n/format.ts';
import { formatDuration } from '../i18n/duration.ts';
import { outlineToMarkdown, type Block } from '../engine/outline.ts';
import { formatLocalTime, localTimeZone } from '../engine/time.ts';
import {
  blank,
  serviceTable,
  SLA_LATER_TEXT_SECTIONS,
  slaCompleteness,
  sourceLine,
  type CategoryNames,
  type SlaDocument,
  type SlaMarkdownStrings,
  type SlaSection,
} from './sla.ts';

export function slaOutline(
  doc: SlaDocument,
  s: SlaMarkdownStrings,
  categories: CategoryNames,
  /** Zone the last-changed time is shown in (the reader's); the environment's when absent. */
  timeZone: string = localTimeZone(),
  /** Add the parties' signature lines (Word and print). */
  signatures = false,
): Block[] {
  const tbd: Block = { kind: 'paragraph', content: [{ text: s['sla.md.tbd'], em: true }] };
  const text = (value: string): Block[] => [blank(value) ? tbd : { kind: 'text', text: value }];
  const missing = slaCompleteness(doc);
  let n = 0;
  const section = (key: SlaSection, body: Block[]): Block[] => [
    { kind: 'heading', level: 2, text: `${++n}. ${s[`sla.section.${key}`]}` },
    ...body,
  ];
  const table = serviceTable(doc.services, s, categories, true);
  const minutes = (m: number) => formatDuration(m, s);
  const tableOr = (rows: readonly unknown[], block: Block): Block[] => [rows.length === 0 ? tbd : block];
  return [
    { kind: 'heading', level: 1, text: doc.title },
    { kind: 'note', content: [s['sla.md.basis']] },
    {
      kind: 'table',
      header: [s['md.checklist.field'], s['md.checklist.value']],
      rows: [
        [s['sla.supplier'], doc.supplier],
        [s['sla.customer'], doc.customer],
        [s['sla.term.start'], doc.term.start],
        [s['sla.term.end'], doc.term.end],
      ],
    },
    ...section('services', tableOr(doc.services, { kind: 'table', ...table })),
    ...section('serviceHours', text(doc.serviceHours)),
    ...section(
      'targets',
      doc.targets.length === 0
        ? [tbd]
        : [
            {
              kind: 'table',
              header: [s['sla.target.priority'], s['sla.target.response'], s['sla.target.resolution']],
              rows: doc.targets.map((t) => [t.priority, minutes(t.responseMinutes), minutes(t.resolutionMinutes)]),
            },
            { kind: 'paragraph', content: [s['sla.targets.note']] },
          ],
    ),
    ...section(
      'indicators',
      tableOr(doc.indicators, {
        kind: 'table',
        header: [s['sla.indicator.name'], s['sla.indicator.target'], s['sla.indicator.calculation']],
        rows: doc.indicators.map((i) => [i.name, i.target, i.calculation]),
      }),
    ),
    ...section(
      'deliverables',
      tableOr(doc.deliverables, {
        kind: 'table',
        header: [s['sla.deliverable.name'], s['sla.deliverable.frequency'], s['sla.deliverable.recipient']],
        rows: doc.deliverables.map((d) => [d.name, d.frequency, d.recipient]),
      }),
    ),
    ...SLA_LATER_TEXT_SECTIONS.flatMap((key) => section(key, text(doc[key]))),
    ...section(
      'term',
      doc.term.start || doc.term.end
        ? [
            {
              kind: 'paragraph',
              content: [formatMessage(s['sla.md.term'], { start: doc.term.start || '—', end: doc.term.end || '—' })],
            },
          ]
        : [tbd],
    ),
    ...(signatures ? [signatureBlock([s['sla.supplier'], s['sla.customer']], s)] : []),
    ...(missing.length > 0
      ? ([
          { kind: 'heading', level: 2, text: s['sla.missing.heading'] },
          { kind: 'list', items: missing.map((m) => [sourceLine(m, s)]) },
        ] satisfies Block[])
      : []),
    { kind: 'colophon', text: formatMessage(s['md.generated'], { updated: formatLocalTime(doc.updated, timeZone) }) },
  ];
}

/** The draft as Markdown: reads like an SLA, with the missing sections listed at the end. */
export function slaToMarkdown(
  doc: SlaDocument,
  locale: Locale,
  s: SlaMarkdownStrings,
  categories: CategoryNames,
  /** Zone the last-changed time is shown in (the reader's); the environment's when absent. */
  timeZone: string = localTimeZone(),
): string {
  void locale;
  return outlineToMarkdown(slaOutline(doc, s, categories, timeZone));
}
