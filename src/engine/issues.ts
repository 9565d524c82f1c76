/**
 * Problems found in an assessment file: when it is read (syntax, schema version, shape) and when it is checked
 * against the catalog. Every issue names the field as a dotted path (`answers.DM-PLAN-03.justification`) and,
 * where there is one, the element; `code` lets a UI show its own translated message.
 */

export type IssueCode =
  | 'not-json'
  | 'not-an-object'
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
}

/** `answers.DM-PLAN-03.justification: …` on one line. */
export function formatIssue(issue: AssessmentIssue): string {
  const message = issue.message.replace(/\s+/g, ' ').trim();
  return issue.path ? `${issue.path}: ${message}` : message;
}

export const hasErrors = (issues: readonly AssessmentIssue[]) => issues.some((i) => i.severity === 'error');
