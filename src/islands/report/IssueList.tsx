/** Problems found in an assessment, each naming the field and the element, in the UI language. */
import type { AssessmentIssue, IssueCode } from '../../engine/index.ts';
import type { Translate } from '../../app/report-format.ts';

/** Codes whose engine message adds detail the translated sentence lacks (it is shown after it, in English). */
const WITH_DETAIL: ReadonlySet<IssueCode> = new Set([
  'not-json',
  'schema-version-invalid',
  'schema-version-newer',
  'schema-version-unsupported',
  'invalid-field',
  'not-answerable',
  'catalog-version-differs',
  'empty-scope',
]);

/** A required field that is absent reads better as "missing" than as "invalid". */
const isMissing = (issue: AssessmentIssue) => issue.code === 'invalid-field' && issue.message === 'is missing';

interface Props {
  issues: readonly AssessmentIssue[];
  t: Translate;
  testId?: string;
}

export default function IssueList({ issues, t, testId }: Props) {
  return (
    <ul class="issue-list" data-testid={testId}>
      {issues.map((issue, i) => (
        <li key={i} class={`issue issue--${issue.severity}`} data-code={issue.code}>
          {t(isMissing(issue) ? 'issue.missing-field' : `issue.${issue.code}`, {
            path: issue.path || '—',
            element: issue.elementId ?? '—',
            ...issue.params,
          })}
          {WITH_DETAIL.has(issue.code) && !isMissing(issue) && (
            <>
              {' '}
              <span class="issue__detail" lang="en">
                ({issue.message})
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
