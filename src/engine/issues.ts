/**
 * Problems found in an assessment file: when it is read (syntax, schema version, shape) and when it is checked
 * against the catalog. Every issue names the field as a dotted path (`answers.DM-PLAN-03.justification`) and,
 * where there is one, the element; `code` lets a UI show its own translated message.
 */

export type IssueCode =
  | 'not-json'
  | 'not-an-object'
  | 'forbidden-key'
  | 'duplicate-key'
  | 'schema-version-missing'
  | 'schema-version-invalid'
  | 'schema-version-newer'
  | 'schema-version-unsupported'
  | 'invalid-field'
  | 'unknown-element'
  | 'not-answerable'
  | 'na-without-justification'
  | 'target-not-above-level'
  | 'target-on-na'
  | 'answer-out-of-scope'
  | 'plan-unknown-element'
  | 'plan-not-answerable'
  | 'review-unknown-element'
  | 'review-not-answerable'
  | 'catalog-mismatch'
  | 'catalog-version-differs'
  | 'dates-reversed'
  | 'empty-scope';

/**
 * What is wrong with a field (`invalid-field`), in `params.problem`, so that a UI can say it in its own language
 * instead of showing the English `message`: `wrong-type` (with `expected`: string, number, object…),
 * `not-allowed` (with `values`), `unknown-fields` (with `keys`), and the rest without parameters.
 */
export const FIELD_PROBLEMS = [
  'missing',
  'wrong-type',
  'not-allowed',
  'empty',
  'unknown-fields',
  'bad-id',
  'bad-url',
  'bad-date',
  'bad-timestamp',
  'bad-version',
] as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[number];

/** The `expected` types of `wrong-type` that a UI names in its language; any other is shown as zod names it. */
const FIELD_TYPES = ['string', 'number', 'boolean', 'object', 'array', 'record'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** The translatable problem of an `invalid-field` issue, and the type it expected if that has a name. */
export function fieldProblemOf(issue: AssessmentIssue): { problem: FieldProblem; type?: FieldType } | undefined {
  const problem = issue.params?.problem;
  if (issue.code !== 'invalid-field' || !(FIELD_PROBLEMS as readonly unknown[]).includes(problem)) return undefined;
  const expected = issue.params?.expected;
  const type = (FIELD_TYPES as readonly unknown[]).includes(expected) ? (expected as FieldType) : undefined;
  return { problem: problem as FieldProblem, ...(type && { type }) };
}

export interface AssessmentIssue {
  /** An error makes the file unusable for scoring; a warning is shown but does not stop anything. */
  severity: 'error' | 'warning';
  code: IssueCode;
  /** Dotted path of the field concerned, e.g. `answers.DM-PLAN-03.level`; empty for the whole file. */
  path: string;
  /** The element concerned, if any. */
  elementId?: string;
  /** English, one line, names the element and the field. */
  message: string;
  /** Values a translated message names besides the path and the element (e.g. the refused `key`). */
  params?: Record<string, string | number>;
}

/** `answers.DM-PLAN-03.justification: …` on one line. */
export function formatIssue(issue: AssessmentIssue): string {
  const message = issue.message.replace(/\s+/g, ' ').trim();
  return issue.path ? `${issue.path}: ${message}` : message;
}

export const hasErrors = (issues: readonly AssessmentIssue[]) => issues.some((i) => i.severity === 'error');
