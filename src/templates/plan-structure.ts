/**
 * What the browser knows of the plan, manual and report kinds without their words: the kind IDs, the field of every
 * section ID, and the shape of a kind (its clause, elements and sections). The build puts the shapes together with
 * the words of the page's language (`resolvePlanKinds`) and passes them to the page (`PlansTemplate.astro`); another
 * language's words come from `/template-strings.<locale>.json` when a document is exported in it, and are put
 * together with the same shapes. The kinds themselves are written, bilingual, in `plan-kinds/` (`plan-kinds.ts`), which the browser
 * never loads: `test/unit/plan-words.test.ts` fails if it does. Pure: no DOM.
 */

/**
 * Every kind's ID, in the editor's order: saved in documents (`kind`), never changes. A kind file in `plan-kinds/`
 * is named after it, and `PLAN_KIND_FILES` (`plan-kinds.ts`) lists the files in this order.
 */
export const PLAN_KIND_IDS = [
  'delivery-implementation-plan',
  'check-plan',
  'improvement-plan',
  'routine-operation-manual',
  'optimization-plan',
  'investigation-plan',
  'investigation-report',
  'service-report',
] as const;
export type PlanKindId = (typeof PLAN_KIND_IDS)[number];

/** Columns a table section can have (their headings are `COLUMN_TITLES` of `plan-sections.ts`). */
export type ColumnId =
  | 'role'
  | 'name'
  | 'duties'
  | 'milestone'
  | 'date'
  | 'owner'
  | 'risk'
  | 'likelihood'
  | 'measure'
  | 'item'
  | 'amount'
  | 'note'
  | 'indicator'
  | 'target'
  | 'method'
  | 'activity'
  | 'when'
  | 'frequency'
  | 'participants'
  | 'issue'
  | 'due'
  | 'task'
  | 'object'
  | 'steps'
  | 'notes'
  | 'check'
  | 'criterion'
  | 'content'
  | 'format'
  | 'location'
  | 'retention'
  | 'situation'
  | 'roles'
  | 'handling'
  | 'flow'
  | 'closure'
  | 'report'
  | 'recipient'
  | 'contents'
  | 'version'
  | 'change'
  | 'deliverable'
  | 'form'
  | 'audience'
  | 'channel'
  | 'interviewee'
  | 'findings'
  | 'recommendation'
  | 'priority'
  | 'review'
  | 'reviewer'
  | 'outcome'
  | 'actual'
  | 'volume'
  | 'status';

/** Columns whose cells hold a few lines rather than a phrase. */
export const LONG_COLUMNS: ReadonlySet<ColumnId> = new Set([
  'duties',
  'measure',
  'steps',
  'notes',
  'handling',
  'flow',
  'closure',
  'contents',
  'findings',
  'recommendation',
  'change',
  'note',
  'outcome',
]);

/** What a section holds. */
export type SectionField =
  { type: 'text' } | { type: 'list' } | { type: 'table'; columns: readonly [ColumnId, ...ColumnId[]] };

const text = { type: 'text' } as const;
const list = { type: 'list' } as const;
const table = (...columns: [ColumnId, ...ColumnId[]]) => ({ type: 'table', columns }) as const;

/**
 * Every section ID with its field. A section keeps its ID, and so its content, across kinds: switching a document
 * from one kind to another carries `goals` or `schedule` over, and hides nothing it cannot show again.
 */
export const SECTION_FIELDS = {
  scope: text,
  activities: table('activity', 'owner', 'when'),
  schedule: table('milestone', 'date', 'owner'),
  people: table('role', 'name', 'duties'),
  resources: list,
  risks: table('risk', 'likelihood', 'measure'),
  security: text,
  communication: table('audience', 'channel', 'when'),
  basis: text,
  checks: table('item', 'frequency', 'method', 'participants'),
  satisfaction: text,
  audit: text,
  outstanding: table('issue', 'owner', 'status'),
  securityCheck: text,
  reporting: text,
  goals: text,
  sources: list,
  actions: table('issue', 'measure', 'owner', 'due'),
  approach: text,
  customerRole: text,
  slaRevision: text,
  maintainer: text,
  tasks: table('task', 'object', 'frequency'),
  procedures: table('task', 'steps', 'notes'),
  criteria: table('check', 'criterion', 'method'),
  recording: table('content', 'format', 'location', 'retention'),
  exceptions: table('situation', 'roles', 'handling', 'flow', 'closure'),
  reports: table('report', 'frequency', 'recipient', 'contents'),
  revisions: table('version', 'date', 'change'),
  content: text,
  steps: list,
  budget: table('item', 'amount', 'note'),
  indicators: table('indicator', 'target', 'method'),
  rollback: text,
  review: text,
  observation: text,
  deliverables: table('deliverable', 'form', 'due'),
  summary: text,
  currentState: text,
  interviews: table('interviewee', 'date', 'findings'),
  needs: text,
  recommendations: table('recommendation', 'priority', 'owner', 'due'),
  tracking: text,
  reviews: table('review', 'reviewer', 'date', 'outcome'),
  period: text,
  slaResults: table('indicator', 'target', 'actual', 'note'),
  work: table('content', 'volume', 'notes'),
  results: list,
  improvements: text,
  nextPeriod: text,
} as const satisfies Record<string, SectionField>;
export type SectionId = keyof typeof SECTION_FIELDS;
export const SECTION_IDS = Object.keys(SECTION_FIELDS) as SectionId[];

/** A section of a kind without its words: where it comes from and whether it is required. */
export interface PlanSectionShape {
  id: SectionId;
  /** The clause the section comes from (its kind's unless the kind file names another). */
  clause: string;
  /** The catalog element asking for it (none for a suggestion of ours). */
  element?: string;
  /** Our suggestion, not something the standard asks for. */
  suggested?: boolean;
  /** Warn before export while it is empty (`sectionRequired`). */
  required?: boolean;
}

/** A kind without its words (`planKindShapes` of `plan-kinds.ts`). */
export interface PlanKindShape {
  id: PlanKindId;
  clause: string;
  elements: readonly string[];
  sections: readonly PlanSectionShape[];
}

/**
 * One language's words of every kind and column, one string per key: `kind.<kind>.name`, `kind.<kind>.purpose`,
 * `kind.<kind>.note` (when the kind has a note), `kind.<kind>.<section>.title`, `kind.<kind>.<section>.hint` and
 * `column.<column>`. Built from the kind files by `planKindWords` (`plan-kinds.ts`).
 */
export type PlanKindWords = Record<string, string>;

/** A section with its words in one language. */
export interface ResolvedPlanSection extends PlanSectionShape {
  title: string;
  hint: string;
}

/** A kind with its words in one language: what the editor shows, Markdown and Word write and the printout lays out. */
interface ResolvedPlanKind extends Omit<PlanKindShape, 'sections'> {
  name: string;
  purpose: string;
  note?: string;
  sections: readonly ResolvedPlanSection[];
}

/** Every kind, in the editor's order, and the column headings, in one language. */
export interface ResolvedPlanKinds {
  kinds: readonly ResolvedPlanKind[];
  columns: Readonly<Record<ColumnId, string>>;
}

/** The shape of a kind, with or without words: its shape's fields only, none of them `undefined`. */
export const planKindShape = ({ id, clause, elements, sections }: PlanKindShape): PlanKindShape => ({
  id,
  clause,
  elements,
  sections: sections.map((section) => ({
    id: section.id,
    clause: section.clause,
    ...(section.element !== undefined && { element: section.element }),
    ...(section.suggested !== undefined && { suggested: section.suggested }),
    ...(section.required !== undefined && { required: section.required }),
  })),
});

/**
 * Shapes and one language's words put together; throws naming the first word missing. A kind that already has words
 * (another language's) serves as its shape: only its shape's fields are kept.
 */
export function resolvePlanKinds(shapes: readonly PlanKindShape[], words: PlanKindWords): ResolvedPlanKinds {
  const word = (key: string) => {
    const value = words[key];
    if (value === undefined) throw new Error(`plan kinds: no words for ${key}`);
    return value;
  };
  const columnIds = new Set(
    Object.values(SECTION_FIELDS).flatMap((field: SectionField) => (field.type === 'table' ? field.columns : [])),
  );
  const note = (id: PlanKindId) => words[`kind.${id}.note`];
  return {
    kinds: shapes.map(planKindShape).map(({ id, sections, ...kind }) => ({
      id,
      ...kind,
      name: word(`kind.${id}.name`),
      purpose: word(`kind.${id}.purpose`),
      ...(note(id) !== undefined && { note: note(id) }),
      sections: sections.map((section) => ({
        ...section,
        title: word(`kind.${id}.${section.id}.title`),
        hint: word(`kind.${id}.${section.id}.hint`),
      })),
    })),
    columns: Object.fromEntries([...columnIds].map((c) => [c, word(`column.${c}`)])) as Record<ColumnId, string>,
  };
}

/** The kind `id` of a list of kinds (shapes or resolved). */
export function kindOf<K extends { id: PlanKindId }>(kinds: readonly K[], id: PlanKindId): K {
  const kind = kinds.find((k) => k.id === id);
  if (!kind) throw new Error(`No plan kind ${id}`);
  return kind;
}

/** Whether a section warns before export while it is empty. */
export const sectionRequired = (section: PlanSectionShape) => section.required ?? !section.suggested;
