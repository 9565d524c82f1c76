/**
 * A plan or report as a document outline, for its Markdown and Word exports: apart from plans.ts because only an
 * export needs it (the toolbar loads it with the exports' words on the first export).
 */
import { signatureBlock } from './document.ts';
import { formatMessage } from '../i18n/format.ts';
import { outlineToMarkdown, type Block } from '../engine/outline.ts';
import {
  kindOf,
  SECTION_FIELDS,
  type ResolvedPlanKinds,
  type ResolvedPlanSection,
  type SectionField,
} from './plan-structure.ts';
import { formatLocalTime, localTimeZone } from '../engine/time.ts';
import {
  blank,
  headerRows,
  itemsOf,
  missingLine,
  plansCompleteness,
  sectionFilled,
  sectionSourceLine,
  sectionTable,
  sourceText,
  textOf,
  type PlansDocument,
  type PlansMarkdownStrings,
} from './plans.ts';

/**
 * The document as an outline in the language of `kinds` and `s`: header table, every section of its kind in order,
 * then what is missing.
 */
export function plansOutline(
  doc: PlansDocument,
  kinds: ResolvedPlanKinds,
  s: PlansMarkdownStrings,
  /** Zone the last-changed time is shown in (the reader's); the environment's when absent. */
  timeZone: string = localTimeZone(),
  /** Add the author's and the approver's signature lines (Word and print). */
  signatures = false,
): Block[] {
  const kind = kindOf(kinds.kinds, doc.kind);
  const body = (section: ResolvedPlanSection): Block => {
    if (!sectionFilled(doc, section.id))
      return { kind: 'paragraph', content: [{ text: s['plans.md.empty'], em: true }] };
    const field: SectionField = SECTION_FIELDS[section.id];
    switch (field.type) {
      case 'text':
        return { kind: 'text', text: textOf(doc, section.id) };
      case 'list':
        return {
          kind: 'list',
          ordered: true,
          items: itemsOf(doc, section.id)
            .filter((item) => !blank(item))
            .map((item) => [item]),
        };
      case 'table':
        return { kind: 'table', ...sectionTable(doc, section.id, kinds.columns) };
    }
  };
  const missing = plansCompleteness(doc, kinds.kinds);
  const basis = formatMessage(s['plans.md.basis'], {
    kind: kind.name,
    source: sourceText({ clause: kind.clause, element: kind.elements.join(s['common.listSeparator']) }, s),
  });
  return [
    { kind: 'heading', level: 1, text: doc.title },
    { kind: 'note', content: [basis] },
    { kind: 'table', header: [s['md.checklist.field'], s['md.checklist.value']], rows: headerRows(doc, s) },
    ...(kind.note ? [{ kind: 'note', content: [kind.note] } satisfies Block] : []),
    ...kind.sections.flatMap((section, i): Block[] => [
      { kind: 'heading', level: 2, text: `${i + 1}. ${section.title}` },
      { kind: 'paragraph', content: [{ text: sectionSourceLine(section, s), em: true }] },
      body(section),
    ]),
    ...(signatures ? [signatureBlock([s['plans.header.author'], s['plans.header.approver']], s)] : []),
    ...(missing.length > 0
      ? ([
          { kind: 'heading', level: 2, text: s['plans.missing.heading'] },
          { kind: 'list', items: missing.map((m) => [missingLine(m, kinds, s, doc.kind)]) },
        ] satisfies Block[])
      : []),
    { kind: 'colophon', text: formatMessage(s['md.generated'], { updated: formatLocalTime(doc.updated, timeZone) }) },
  ];
}

/** The document as Markdown in the language of `kinds` and `s`: header table, every section of its kind in order, then what is missing. */
export const plansToMarkdown = (...args: Parameters<typeof plansOutline>) => outlineToMarkdown(plansOutline(...args));
