/**
 * Problems found in a template document: when a file is imported, when a saved record is read back and while a
 * form is being filled in. Every issue names the field as a dotted path (`priorities.1.responseMinutes`) and
 * carries a `code` with parameters instead of a sentence, so each page shows it in its own language
 * (`formatIssue` with the strings of `src/i18n/templates.ts`). Pure: no DOM, no dictionaries.
 */
import type * as z from 'zod/mini';
import { formatMessage } from '../i18n/format.ts';

export const ISSUE_CODES = [
  // Reading a file
  'not-json',
  'not-an-object',
  'forbidden-key',
  'too-large',
  'version-missing',
  'version-invalid',
  'version-newer',
  'version-unsupported',
  'template-missing',
  'wrong-template',
  // Shape of a field
  'missing',
  'wrong-type',
  'too-small',
  'too-big',
  'too-long',
  'too-few',
  'too-many',
  'not-allowed',
  'unknown-fields',
  'empty',
  'not-integer',
  'bad-time',
  'bad-date',
  'bad-datetime',
  'bad-timestamp',
  'bad-id',
  'invalid',
  // Rules across fields
  'duplicate-id',
  'matrix-rows',
  'matrix-columns',
  'unknown-priority',
  'unknown-level',
  'unknown-item',
  'thresholds-order',
  'hours-order',
  'no-service-days',
  'date-both',
  'term-order',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface TemplateIssue {
  code: IssueCode;
  /** Dotted path of the field concerned (`thresholds.alarm`); empty for the whole file. */
  path: string;
  /** Values the message names, e.g. `{ minimum: 1 }`. */
  params?: Record<string, string | number>;
}

/** Message templates keyed `issue.<code>`, plus `issue.where` ("{path}: {message}") and `type.<name>`. */
export type IssueMessages = Record<string, string>;

/** One line such as `thresholds.alarm：必须大于预警阈值` in the language of `messages`. */
export function formatIssue(issue: TemplateIssue, messages: IssueMessages): string {
  const params = { ...issue.params };
  if (typeof params.expected === 'string') params.expected = messages[`type.${params.expected}`] ?? params.expected;
  const message = formatMessage(messages[`issue.${issue.code}`] ?? issue.code, params);
  return issue.path
    ? formatMessage(messages['issue.where'] ?? '{path}: {message}', { path: issue.path, message })
    : message;
}

/**
 * Parameters a schema attaches to a custom check (`refine(…, { params: { issue: 'bad-time' } })`) so that the
 * issue keeps its own code instead of zod's generic "custom".
 */
export const issueParams = (issue: IssueCode, extra: Record<string, string | number> = {}) => ({
  params: { issue, ...extra },
});

/** Reports a broken rule from a schema's `superRefine`, with its own code (the message is for logs only). */
export function addRuleIssue(
  ctx: z.core.$RefinementCtx,
  path: PropertyKey[],
  issue: IssueCode,
  extra: Record<string, string | number> = {},
): void {
  ctx.addIssue({ code: 'custom', path, message: issue, ...issueParams(issue, extra) });
}

/** Issues whose path is `path` or lies under it (`priorities.1` covers `priorities.1.name`). */
export const issuesAt = (issues: readonly TemplateIssue[], path: string) =>
  issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));
