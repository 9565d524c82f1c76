/**
 * The assessment file: what a user saves, exports and imports. It is versioned (`schemaVersion`); files of an
 * older version are migrated step by step before they are validated, and files of a newer version are refused
 * with a clear message. Types come from the schemas. No Node, DOM or `astro:*` imports.
 *
 * Version history:
 * - 1: the first published format. `catalog` (which catalog the answers are for) was added to it without a
 *   bump: optional on input, defaulting to the delivery standard.
 * - 2: adds the customer's `review` of a supplier's self-assessment (claimed vs verified) and `snapshots` (the
 *   assessment's history). Both are optional, so a version-1 file means exactly the same as version 2.
 *   `date` (the day of the assessment) was added to it later without a bump: optional, absent in older files.
 *   `role` and `case` (training: an instructor key, a trainee's exercise) were also added later without a bump: both
 *   optional, absent in every other file.
 */
import * as z from 'zod/mini';
import { PRACTICE_IDS } from '../catalog/locales.ts';
import { CaseIdSchema, ElementIdSchema } from '../catalog/base-schemas.ts';
import {
  ANSWER_LEVELS,
  CATALOG_IDS,
  DELIVERY_CATALOG_ID,
  MAX_SNAPSHOTS,
  PERSPECTIVES,
  PLAN_STATUSES,
  REVIEW_STATUSES,
  SCHEMA_VERSION,
  TARGET_LEVELS,
  type AnswerLevel,
  type CatalogId,
  type Perspective,
  type PlanStatus,
  type ReviewStatus,
  type TargetLevel,
} from './assessment-constants.ts';
import type { AssessmentIssue } from './issues.ts';
import { findDuplicateKeys, findForbiddenKeys, keyPath } from './raw-json.ts';
import { SCOPE_CONTENTS, SCOPE_MODES } from './scope.ts';

// The plain constants live in `assessment-constants.ts` (browser code imports them without zod); every one of them is
// re-exported here, so existing imports of them from this module keep working.
export * from './assessment-constants.ts';

const CatalogIdSchema = z.enum(CATALOG_IDS, {
  error: `catalog must be ${DELIVERY_CATALOG_ID} (GB/T 28827.2) or a related practice: ${PRACTICE_IDS.join(', ')}`,
}) satisfies z.ZodMiniType<CatalogId>;

const AnswerLevelSchema = z.enum(ANSWER_LEVELS, {
  error: 'level must be one of N, P, L, F or NA',
}) satisfies z.ZodMiniType<AnswerLevel>;

const TargetLevelSchema = z.enum(TARGET_LEVELS, {
  error: 'target must be one of P, L or F',
}) satisfies z.ZodMiniType<TargetLevel>;

/** Free text; blank counts as absent. */
const OptionalTextSchema = z.pipe(
  z.optional(z.string().check(z.trim())),
  z.transform((s: string | undefined) => (s === '' ? undefined : s)),
);

const isIsoDate = (s: string) => z.iso.date().safeParse(s).success;
const isIsoDateTime = (s: string) => z.iso.datetime({ offset: true }).safeParse(s).success;
/** An ISO 8601 date (`2025-03-01`) or date-time with zone (`2025-03-01T09:30:00+08:00`, `…Z`). */
const TimestampSchema = z
  .string()
  .check(
    z.refine(
      (s) => isIsoDate(s) || isIsoDateTime(s),
      'not an ISO date (2025-03-01) or date-time (2025-03-01T09:30:00Z)',
    ),
  );

/** A document or record that backs an answer. */
export const EvidenceLinkSchema = z.strictObject({
  /** What the evidence is, e.g. `SLA v2.1 signed 2025-01-10`. */
  title: z.string().check(z.trim(), z.minLength(1, 'evidence needs a title')),
  /** Where to find it; http(s) only, so a report never carries a script link. */
  url: z.optional(z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' })),
});
export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;

/** The answer to one requirement element. */
export const AnswerSchema = z.strictObject({
  /** N, P, L or F (not, partially, largely, fully implemented), or NA (not applicable; needs a justification). */
  level: AnswerLevelSchema,
  /** Why the element does not apply; required when the level is NA. */
  justification: OptionalTextSchema,
  /** Level the improvement plan aims at; F when absent. */
  target: z.optional(TargetLevelSchema),
  /** The assessor's notes. */
  notes: OptionalTextSchema,
  /** Documents and records seen. */
  evidence: z._default(z.array(EvidenceLinkSchema), []),
  /** Marked for a second look. */
  flagged: z._default(z.boolean(), false),
});
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerInput = z.input<typeof AnswerSchema>;

const PlanStatusSchema = z.enum(PLAN_STATUSES, {
  error: 'status must be one of open, in-progress or done',
}) satisfies z.ZodMiniType<PlanStatus>;

/** What the user has written on one item of the improvement plan. The item itself is computed. */
export const PlanEditSchema = z.strictObject({
  /** Who is responsible for closing the gap. */
  owner: OptionalTextSchema,
  /** Due date (ISO date, `2025-06-30`). */
  due: z.optional(z.iso.date({ error: 'due must be an ISO date like 2025-06-30' })),
  /** Progress; `open` when absent. */
  status: z._default(PlanStatusSchema, 'open'),
});
export type PlanEdit = z.infer<typeof PlanEditSchema>;

const sortedUnique =
  <T extends string>(order: readonly T[]) =>
  (list: T[]) =>
    order.filter((x) => list.includes(x));

/** Which delivery contents (6.2–6.5) and modes (7.2, 7.3) the assessment covers. */
const ScopeSchema = z.strictObject({
  /** Delivery contents in scope; their result clauses (8.3–8.6) follow them. */
  contents: z.pipe(
    z.array(z.enum(SCOPE_CONTENTS, { error: 'contents lists clauses 6.2, 6.3, 6.4 or 6.5' })),
    z.transform(sortedUnique(SCOPE_CONTENTS)),
  ),
  /** Delivery modes in scope. */
  modes: z.pipe(
    z.array(z.enum(SCOPE_MODES, { error: 'modes lists clauses 7.2 or 7.3' })),
    z.transform(sortedUnique(SCOPE_MODES)),
  ),
});

export const PerspectiveSchema = z.enum(PERSPECTIVES, {
  error: 'perspective must be supplier-self or customer-evaluation',
}) satisfies z.ZodMiniType<Perspective>;

const ReviewStatusSchema = z.enum(REVIEW_STATUSES, {
  error: 'status must be one of accepted, challenged or evidence-requested',
}) satisfies z.ZodMiniType<ReviewStatus>;

/** A SHA-256 digest as 64 lowercase hex digits. */
const FingerprintSchema = z
  .string()
  .check(z.regex(/^[0-9a-f]{64}$/, 'fingerprint must be a SHA-256 digest: 64 lowercase hex digits'));

/**
 * What the customer found on one element of a supplier's self-assessment, and the supplier's reply. The
 * portal's own record of a review; GB/T 28827.2 does not prescribe one.
 */
export const ReviewEntrySchema = z.strictObject({
  /** The level the customer verified (N, P, L, F, or NA); absent while the element is not yet reviewed. */
  verified: z.optional(AnswerLevelSchema),
  /** The customer's verdict on the claim. */
  status: z.optional(ReviewStatusSchema),
  /** The customer's comment: what was seen, what is missing. */
  comment: OptionalTextSchema,
  /** The supplier's reply to the comment. */
  reply: OptionalTextSchema,
  /**
   * SHA-256 (hex) of the claimed answer's canonical JSON (keys sorted) when the verdict was given, or of `null`
   * when the element was unanswered. When the answer no longer matches it, the verdict is "changed since review"
   * and no longer counts.
   */
  fingerprint: z.optional(FingerprintSchema),
  /** When the verdict was last changed. */
  reviewed: z.optional(TimestampSchema),
  /** When the supplier last replied. */
  replied: z.optional(TimestampSchema),
});
export type ReviewEntry = z.infer<typeof ReviewEntrySchema>;
export type ReviewEntryInput = z.input<typeof ReviewEntrySchema>;

/** A customer's review of the answers (claimed levels) of a supplier's self-assessment. */
export const ReviewSchema = z.strictObject({
  /** Who reviewed (person or organisation of the customer). */
  reviewer: z._default(z.string().check(z.trim()), ''),
  /** When the review was last changed. */
  date: z.optional(TimestampSchema),
  /** Verdicts and replies by element ID. */
  elements: z._default(z.record(ElementIdSchema, ReviewEntrySchema), {}),
});
export type Review = z.infer<typeof ReviewSchema>;

/** The assessment as it stood at one moment: what the history view compares. */
export const SnapshotSchema = z.strictObject({
  /** What the user called it, e.g. `Before the audit`, or the export it was taken for. */
  label: z.string().check(z.trim(), z.minLength(1, 'a snapshot needs a label')),
  /** When it was taken. */
  taken: TimestampSchema,
  /** `manual` when the user saved it, `export` when it was taken automatically on an export. */
  kind: z._default(z.enum(['manual', 'export'], { error: 'kind must be manual or export' }), 'manual'),
  /** The scope at that time. */
  scope: ScopeSchema,
  /** The answers at that time. */
  answers: z._default(z.record(ElementIdSchema, AnswerSchema), {}),
  /** The improvement-plan edits (owner, due date, status) at that time. */
  plan: z._default(z.record(ElementIdSchema, PlanEditSchema), {}),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** An assessment file of the current schema version. */
export const AssessmentSchema = z.strictObject({
  /** File format version; see SCHEMA_VERSION. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  /**
   * Which catalog the answers are for: `gbt28827.2` (the delivery standard, `assessments/`) or a related practice
   * (`handover`, `software`, `quality`, `work-rules`: `assessments/practices/<id>/`). Absent in files written
   * before related practices existed, which means the delivery standard.
   */
  catalog: z._default(CatalogIdSchema, DELIVERY_CATALOG_ID),
  /** `version` of that catalog (its `structure.yaml`) the answers were given against. */
  catalogVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'catalogVersion must look like 1.0.0')),
  /** Name of the assessment. */
  title: z.string().check(z.trim(), z.minLength(1, 'title is empty')),
  /** The supplier assessed (for a related practice: the party its `parties.supplier` names). */
  subject: z.string().check(z.trim(), z.minLength(1, 'subject (the supplier assessed) is empty')),
  /** Who made the assessment. */
  assessor: z._default(z.string().check(z.trim()), ''),
  /** Supplier self-assessment or customer evaluation of a supplier. */
  perspective: PerspectiveSchema,
  /**
   * The day the assessment was made (ISO date, `2025-06-30`), as the report header shows it. Optional: files
   * written before it existed read unchanged (an addition without a version bump, like `catalog` in version 1).
   */
  date: z.optional(z.iso.date({ error: 'date must be an ISO date like 2025-06-30' })),
  /** Delivery contents and modes covered. Ignored for a related practice: all of its sections are assessed. */
  scope: ScopeSchema,
  /** When the assessment was started. */
  created: TimestampSchema,
  /** When it was last changed. */
  updated: TimestampSchema,
  /** Answers by element ID. Only requirement elements can be answered. */
  answers: z._default(z.record(ElementIdSchema, AnswerSchema), {}),
  /** The user's edits to improvement-plan items, by element ID. */
  plan: z._default(z.record(ElementIdSchema, PlanEditSchema), {}),
  /** A customer's review of this (supplier self-)assessment: verified levels, verdicts, replies. Since version 2. */
  review: z.optional(ReviewSchema),
  /** Snapshots of the assessment over time, oldest first, at most MAX_SNAPSHOTS. Since version 2. */
  snapshots: z._default(
    z.array(SnapshotSchema).check(z.maxLength(MAX_SNAPSHOTS, `snapshots keeps at most ${MAX_SNAPSHOTS} entries`)),
    [],
  ),
  /**
   * `key` marks the instructor key of a training case: the expected level of every element of the case's scope,
   * with the reason (citing the case's excerpts) in each answer's notes. Absent in any other file.
   */
  role: z.optional(z.literal('key', { error: 'role must be "key" (an instructor key) or absent' })),
  /** The training case the assessment is for (`/training/cases/<case>/`): a key's, or a trainee's exercise. */
  case: z.optional(CaseIdSchema),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
export type AssessmentInput = z.input<typeof AssessmentSchema>;

/** Turns a file of version n into one of version n + 1 (a plain-object rewrite; validation comes after). */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 1 → 2. Version 2 only adds optional parts (`review`, `snapshots`), so the answers, plan, scope and
 * metadata carry over as they are; the step writes out what version 1 left implicit: the catalog (the delivery
 * standard when absent) and an empty history. A file that is not a plain object is left for validation to refuse.
 */
const migrateV1ToV2: Migration = (file) => ({
  ...file,
  schemaVersion: 2,
  catalog: file.catalog ?? DELIVERY_CATALOG_ID,
  snapshots: file.snapshots ?? [],
});

/** MIGRATIONS[n] upgrades a version-n file to version n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateV1ToV2 };

export interface MigrateOptions {
  /** Version to migrate to. */
  current?: number;
  /** The migration chain. */
  migrations?: Readonly<Record<number, Migration>>;
}

export type MigrateResult =
  { success: true; file: Record<string, unknown>; from: number } | { success: false; issue: AssessmentIssue };

const fail = (code: AssessmentIssue['code'], path: string, message: string): MigrateResult => ({
  success: false,
  issue: { severity: 'error', code, path, message },
});

/** Brings a parsed file up to the current schema version, or says why it cannot. Does not validate the shape. */
export function migrate(raw: unknown, options: MigrateOptions = {}): MigrateResult {
  const current = options.current ?? SCHEMA_VERSION;
  const migrations = options.migrations ?? MIGRATIONS;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('not-an-object', '', 'an assessment file must be a JSON object');
  }
  const version = (raw as Record<string, unknown>).schemaVersion;
  if (version === undefined) return fail('schema-version-missing', 'schemaVersion', 'is missing');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('schema-version-invalid', 'schemaVersion', `must be a whole number, got ${JSON.stringify(version)}`);
  }
  if (version > current) {
    return fail(
      'schema-version-newer',
      'schemaVersion',
      `${version} is newer than this tool understands (up to ${current}); update the tool to open this file`,
    );
  }
  let file = raw as Record<string, unknown>;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step)
      return fail(
        'schema-version-unsupported',
        'schemaVersion',
        `${version} can no longer be read (no migration from ${v})`,
      );
    file = step(file);
  }
  return { success: true, file, from: version };
}

export type ParseResult =
  { success: true; assessment: Assessment; migratedFrom?: number } | { success: false; issues: AssessmentIssue[] };

/** The kind of problem a zod issue is, with the values a translated sentence names (see FIELD_PROBLEMS). */
function fieldProblem(issue: z.core.$ZodIssue): Record<string, string> {
  // Keep in step with FIELD_PROBLEMS (issues.ts) and the sentences of each UI.
  switch (issue.code) {
    case 'invalid_type':
      return 'input' in issue && issue.input === undefined
        ? { problem: 'missing' }
        : { problem: 'wrong-type', expected: issue.expected };
    case 'invalid_value':
      return { problem: 'not-allowed', values: issue.values.map(String).join(', ') };
    case 'too_small':
      return { problem: 'empty' };
    case 'unrecognized_keys':
      return { problem: 'unknown-fields', keys: issue.keys.join(', ') };
    case 'invalid_key':
      return { problem: 'bad-id' };
    case 'invalid_format':
      if (issue.format === 'url') return { problem: 'bad-url' };
      if (issue.format === 'date') return { problem: 'bad-date' };
      return { problem: 'bad-version' };
    case 'custom':
      // The only custom check of the schema is TimestampSchema's.
      return { problem: 'bad-timestamp' };
    default:
      return {};
  }
}

function zodIssueToIssue(issue: z.core.$ZodIssue): AssessmentIssue {
  const path = issue.path.map(String);
  const elementId =
    (path[0] === 'answers' || path[0] === 'plan') && path[1]
      ? path[1]
      : path[0] === 'review' && path[1] === 'elements' && path[2]
        ? path[2]
        : undefined;
  let message = issue.message;
  if (issue.code === 'invalid_key')
    message = `"${path.at(-1)}" is not an element ID of the form DM-PLAN-01 (or HO-APP-01 in a related practice)`;
  if (issue.code === 'unrecognized_keys')
    message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) message = 'is missing';
  return {
    severity: 'error',
    code: 'invalid-field',
    path: path.join('.'),
    elementId,
    message,
    params: fieldProblem(issue),
  };
}

/**
 * A `__proto__`, `constructor` or `prototype` key anywhere in a parsed file, as errors naming the key: a zod
 * record would skip `__proto__` silently and the answer under it would vanish from a file said to be valid.
 */
function forbiddenKeyIssues(raw: unknown): AssessmentIssue[] {
  return findForbiddenKeys(raw).map(({ key, path }) => ({
    severity: 'error',
    code: 'forbidden-key',
    path: keyPath(path, key),
    message: `"${key}" cannot be used as a key${path ? ` in ${path}` : ''}; remove or rename it`,
    params: { key },
  }));
}

/** Keys written twice in one object of a JSON text, as warnings: JSON keeps only the last value. */
export function duplicateKeyIssues(text: string): AssessmentIssue[] {
  return findDuplicateKeys(text.replace(/^\uFEFF/, '')).map(({ key, path }) => ({
    severity: 'warning',
    code: 'duplicate-key',
    path: keyPath(path, key),
    message: `"${key}" appears more than once${path ? ` in ${path}` : ''}; only the last value is used`,
    params: { key },
  }));
}

/** Migrates and validates a parsed file. Checks against the catalog are separate (`validateAssessment`). */
export function parseAssessment(
  raw: unknown,
  options: { migrations?: Readonly<Record<number, Migration>> } = {},
): ParseResult {
  const forbidden = forbiddenKeyIssues(raw);
  if (forbidden.length > 0) return { success: false, issues: forbidden };
  const migrated = migrate(raw, { migrations: options.migrations });
  if (!migrated.success) return { success: false, issues: [migrated.issue] };
  // reportInput tells a missing field from one of the wrong type.
  const result = AssessmentSchema.safeParse(migrated.file, { reportInput: true });
  if (!result.success) return { success: false, issues: result.error.issues.map(zodIssueToIssue) };
  return migrated.from === SCHEMA_VERSION
    ? { success: true, assessment: result.data }
    : { success: true, assessment: result.data, migratedFrom: migrated.from };
}
