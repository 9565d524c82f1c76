/**
 * Delivery checklists for one job (7.2 on-site, 7.3 remote): the items come from the catalog elements of the
 * clause, grouped by stage; the document records the job and, per item, done / not applicable and a note.
 *
 * The on-site clause has no "before leaving the site" group, which is probably a gap in the source (see the
 * source note of DW-ONSITE-ARRIVE-06). The checklist offers one as suggested practice mirroring the remote
 * ending items, marked `source: 'suggested'` and labeled as not from the standard wherever it appears. Pure.
 */
import * as z from 'zod/mini';
import type { Element, Locale, LocalizedText } from '../catalog/schema.ts';
import type { TemplateStrings } from '../i18n/templates.ts';
import { signatureBlock, type TemplateDefinition } from './document.ts';
import { documentHeader, textField } from './document-schema.ts';
import { addRuleIssue, issueParams } from './issues.ts';
import { formatMessage } from '../i18n/format.ts';
import { outlineToMarkdown, type Block } from '../engine/outline.ts';
import { isIsoDate, TIME_PATTERN } from './priority.ts';
import { formatLocalTime, localTimeZone } from '../engine/time.ts';
import { defineTemplate } from './zod-issues.ts';

export const CHECKLIST_KINDS = ['checklist-onsite', 'checklist-remote'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

/** The clause each checklist follows. */
const CHECKLIST_CLAUSE: Record<ChecklistKind, string> = { 'checklist-onsite': '7.2', 'checklist-remote': '7.3' };

export type GroupId = 'before' | 'arrival' | 'leaving' | 'during' | 'ending';

/** The stages of each checklist, in order. */
export const CHECKLIST_GROUPS: Record<ChecklistKind, readonly GroupId[]> = {
  'checklist-onsite': ['before', 'arrival', 'leaving'],
  'checklist-remote': ['before', 'during', 'ending'],
};

/** Stage of an element, from its ID. */
const GROUP_OF_PREFIX: Record<string, GroupId> = {
  'DW-ONSITE-BEFORE': 'before',
  'DW-ONSITE-ARRIVE': 'arrival',
  'DW-REMOTE-BEFORE': 'before',
  'DW-REMOTE-DURING': 'during',
  'DW-REMOTE-END': 'ending',
};

export interface ChecklistItem {
  /** Element ID for an item of the standard; `LEAVE-nn` for a suggested one. */
  id: string;
  group: GroupId;
  /** `standard`: an element of 7.2 or 7.3. `suggested`: the portal's practice, not from the standard. */
  source: 'standard' | 'suggested';
  /** A key element of the catalog. */
  key: boolean;
  title: LocalizedText;
  requirement: LocalizedText;
  /** The element the item is (standard) or mirrors (suggested), for its link. */
  element: string;
}

/** "Before leaving the site": suggested practice mirroring DW-REMOTE-END-01 to -03. Not from the standard. */
export const SUGGESTED_LEAVING_ITEMS: readonly ChecklistItem[] = [
  {
    id: 'LEAVE-01',
    group: 'leaving',
    source: 'suggested',
    key: false,
    element: 'DW-REMOTE-END-01',
    title: { 'zh-CN': '离场前就遗留问题达成共识', en: 'Agree on open issues before leaving' },
    requirement: {
      'zh-CN': '离开现场前，就每个未解决事项的处理建议（由谁、何时、如何处理）与需方达成一致，并记入工单。',
      en: 'Before leaving the site, agree with the customer how each unresolved issue will be handled (by whom, when and how) and record it in the ticket.',
    },
  },
  {
    id: 'LEAVE-02',
    group: 'leaving',
    source: 'suggested',
    key: false,
    element: 'DW-REMOTE-END-02',
    title: { 'zh-CN': '离场前安全检查与清理', en: 'Security check and clean-up before leaving' },
    requirement: {
      'zh-CN':
        '离开现场前进行安全检查：注销或禁用为本次服务开设的临时账号和权限，归还门禁卡、钥匙和借用的介质，清除临时文件，带走自带的工具和设备。',
      en: 'Before leaving, make a security check: have temporary accounts and rights set up for the job removed or disabled, return access cards, keys and borrowed media, delete temporary files, and take your own tools and equipment away.',
    },
  },
  {
    id: 'LEAVE-03',
    group: 'leaving',
    source: 'suggested',
    key: false,
    element: 'DW-REMOTE-END-03',
    title: { 'zh-CN': '需方确认后离场', en: "Leave only with the customer's confirmation" },
    requirement: {
      'zh-CN': '需方确认工作结果和系统状态后才离开现场，并记录离场时间。',
      en: 'Leave the site only after the customer has confirmed the result and the state of its systems, and record the time of leaving.',
    },
  },
];

/** The items of a checklist, in stage order, from the catalog's elements (plus the suggested leaving group on site). */
export function checklistItems(kind: ChecklistKind, elements: readonly Element[]): ChecklistItem[] {
  const clause = CHECKLIST_CLAUSE[kind];
  const fromCatalog = elements
    .filter((e) => e.clause === clause && e.kind === 'requirement')
    .map((e): ChecklistItem => {
      const group = GROUP_OF_PREFIX[e.id.replace(/-\d{2}$/, '')];
      if (!group)
        throw new Error(`${e.id} in clause ${clause} has no checklist stage; add its prefix to GROUP_OF_PREFIX`);
      return {
        id: e.id,
        group,
        source: 'standard',
        key: e.key,
        title: e.title,
        requirement: e.requirement,
        element: e.id,
      };
    });
  const all = kind === 'checklist-onsite' ? [...fromCatalog, ...SUGGESTED_LEAVING_ITEMS] : fromCatalog;
  const order = CHECKLIST_GROUPS[kind];
  return all
    .map((item, i) => ({ item, i }))
    .sort((a, b) => order.indexOf(a.item.group) - order.indexOf(b.item.group) || a.i - b.i)
    .map(({ item }) => item);
}

// ---------------------------------------------------------------------------------------------------------------
// Document

const CHECKLIST_VERSION = 1;

export const ITEM_STATUSES = ['open', 'done', 'na'] as const;

/** What was recorded against one item. */
const ItemStateSchema = z.strictObject({
  /** `open` (not yet checked), `done`, or `na` (not applicable to this job; say why in the note). */
  status: z._default(z.enum(ITEM_STATUSES), 'open'),
  /** Note: what was done, or why the item does not apply. */
  note: textField(1_000),
});
export type ItemState = z.infer<typeof ItemStateSchema>;

const optionalTime = z._default(
  z.string().check(z.refine((s) => s === '' || TIME_PATTERN.test(s), issueParams('bad-time'))),
  '',
);

/** The job the checklist is for. */
const JobSchema = z.strictObject({
  /** Ticket or work-order number. */
  ticket: textField(100),
  /** Engineer who does the job. */
  engineer: textField(100),
  /** The customer's contact for the job (name, phone). */
  customerContact: textField(200),
  /** Date of the job (`YYYY-MM-DD`), or blank. */
  date: z._default(z.string().check(z.refine((s) => s === '' || isIsoDate(s), issueParams('bad-date'))), ''),
  /** Arrival on site, or start of the remote session (`HH:MM`), or blank. */
  start: optionalTime,
  /** Leaving the site, or end of the remote session (`HH:MM`), or blank. */
  end: optionalTime,
  /** Name of the customer's person who signs the job off. */
  signOff: textField(100),
});
export type Job = z.infer<typeof JobSchema>;

const EMPTY_JOB: Job = {
  ticket: '',
  engineer: '',
  customerContact: '',
  date: '',
  start: '',
  end: '',
  signOff: '',
};

function checklistSchema<K extends ChecklistKind>(kind: K, itemIds: readonly string[]) {
  const known = new Set(itemIds);
  return z
    .strictObject({
      ...documentHeader(kind, CHECKLIST_VERSION),
      /** The job. */
      job: z._default(JobSchema, EMPTY_JOB),
      /** State of each item by item ID; an item without an entry is still open. */
      items: z._default(z.record(z.string().check(z.maxLength(40)), ItemStateSchema), {}),
    })
    .check(
      z.superRefine((doc, ctx) => {
        for (const id of Object.keys(doc.items))
          if (!known.has(id)) addRuleIssue(ctx, ['items', id], 'unknown-item', { id });
      }),
    );
}
export type ChecklistDocument = z.infer<ReturnType<typeof checklistSchema<ChecklistKind>>>;

/** The template definition of one checklist; `itemIds` are the items the page shows (others are refused). */
export function checklistTemplate(
  kind: ChecklistKind,
  itemIds: readonly string[],
): TemplateDefinition<ChecklistDocument> {
  return defineTemplate({ id: kind, version: CHECKLIST_VERSION, schema: checklistSchema(kind, itemIds) });
}

export function newChecklistDocument(kind: ChecklistKind, title: string, now: string): ChecklistDocument {
  return {
    schemaVersion: CHECKLIST_VERSION,
    template: kind,
    title,
    created: now,
    updated: now,
    job: { ...EMPTY_JOB },
    items: {},
  };
}

export const itemState = (doc: ChecklistDocument, id: string): ItemState =>
  doc.items[id] ?? { status: 'open', note: '' };

export interface ChecklistProgress {
  done: number;
  na: number;
  open: number;
  total: number;
}

export function checklistProgress(
  doc: ChecklistDocument,
  items: readonly Pick<ChecklistItem, 'id'>[],
): ChecklistProgress {
  const progress = { done: 0, na: 0, open: 0, total: items.length };
  for (const item of items) progress[itemState(doc, item.id).status]++;
  return progress;
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown

export type ChecklistMarkdownStrings = Pick<
  TemplateStrings,
  | 'md.generated'
  | 'md.word.page'
  | 'md.signature.party'
  | 'md.signature.name'
  | 'md.signature.signature'
  | 'md.signature.date'
  | 'md.checklist.title'
  | 'md.checklist.suggestedNote'
  | 'md.checklist.job'
  | 'md.checklist.field'
  | 'md.checklist.value'
  | 'md.checklist.na'
  | 'md.checklist.note'
  | 'checklist.suggestedGroup'
  | 'checklist.onsite.name'
  | 'checklist.remote.name'
  | 'checklist.onsite.basis'
  | 'checklist.remote.basis'
  | 'checklist.job.ticket'
  | 'checklist.job.engineer'
  | 'checklist.job.customerContact'
  | 'checklist.job.date'
  | 'checklist.job.signOff'
  | 'checklist.onsite.start'
  | 'checklist.onsite.end'
  | 'checklist.remote.start'
  | 'checklist.remote.end'
  | 'checklist.progress'
  | GroupKey
  | 'checklist.suggested'
>;

type GroupKey =
  | 'checklist.group.before.onsite'
  | 'checklist.group.arrival'
  | 'checklist.group.leaving'
  | 'checklist.group.before.remote'
  | 'checklist.group.during'
  | 'checklist.group.ending';

type ShortKind = 'onsite' | 'remote';
export const shortKind = (kind: ChecklistKind): ShortKind => (kind === 'checklist-onsite' ? 'onsite' : 'remote');

/** The heading of a stage (`到达现场前`). */
export function groupLabel(kind: ChecklistKind, group: GroupId, s: Pick<TemplateStrings, GroupKey>): string {
  if (group === 'before') return s[`checklist.group.before.${shortKind(kind)}`];
  return s[`checklist.group.${group}`];
}

/** The document as an outline in `locale`, with the language's labels in `s`. */
export function checklistOutline(
  doc: ChecklistDocument,
  items: readonly ChecklistItem[],
  locale: Locale,
  s: ChecklistMarkdownStrings,
  /** Zone the last-changed time is shown in (the reader's); the environment's when absent. */
  timeZone: string = localTimeZone(),
  /** Add the signature lines of the engineer and the customer (Word and print). */
  signatures = false,
): Block[] {
  const k = shortKind(doc.template);
  const progress = checklistProgress(doc, items);
  const job = doc.job;
  const groups = CHECKLIST_GROUPS[doc.template].flatMap((group): Block[] => {
    const inGroup = items.filter((i) => i.group === group);
    if (inGroup.length === 0) return [];
    const label = groupLabel(doc.template, group, s);
    const heading = inGroup.some((i) => i.source === 'suggested')
      ? formatMessage(s['checklist.suggestedGroup'], { group: label, suggested: s['checklist.suggested'] })
      : label;
    return [
      { kind: 'heading', level: 2, text: heading },
      {
        kind: 'checklist',
        items: inGroup.map((item) => {
          const state = itemState(doc, item.id);
          const note = state.note.trim();
          return {
            done: state.status !== 'open',
            content: [
              { text: item.id, strong: true },
              ` ${item.title[locale].trim()}`,
              state.status === 'na' ? s['md.checklist.na'] : '',
              note ? ` — ${formatMessage(s['md.checklist.note'], { note })}` : '',
            ],
          };
        }),
      },
    ];
  });
  return [
    {
      kind: 'heading',
      level: 1,
      text: formatMessage(s['md.checklist.title'], { name: s[`checklist.${k}.name`], title: doc.title }),
    },
    {
      kind: 'note',
      content: [s[`checklist.${k}.basis`].trim(), k === 'onsite' ? ` ${s['md.checklist.suggestedNote'].trim()}` : ''],
    },
    { kind: 'heading', level: 2, text: s['md.checklist.job'] },
    {
      kind: 'table',
      header: [s['md.checklist.field'], s['md.checklist.value']],
      rows: [
        [s['checklist.job.ticket'], job.ticket],
        [s['checklist.job.engineer'], job.engineer],
        [s['checklist.job.customerContact'], job.customerContact],
        [s['checklist.job.date'], job.date],
        [s[`checklist.${k}.start`], job.start],
        [s[`checklist.${k}.end`], job.end],
        [s['checklist.job.signOff'], job.signOff],
      ],
    },
    ...groups,
    { kind: 'paragraph', content: [formatMessage(s['checklist.progress'], { ...progress })] },
    ...(signatures ? [signatureBlock([s['checklist.job.engineer'], s['checklist.job.signOff']], s)] : []),
    { kind: 'colophon', text: formatMessage(s['md.generated'], { updated: formatLocalTime(doc.updated, timeZone) }) },
  ];
}

/** The document as Markdown in `locale`, with the language's labels in `s`. */
export const checklistToMarkdown = (...args: Parameters<typeof checklistOutline>) =>
  outlineToMarkdown(checklistOutline(...args));
