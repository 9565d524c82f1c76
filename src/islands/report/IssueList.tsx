/** Problems found in an assessment, each naming the field and the element, in the UI language. */
import { fieldProblemOf, type AssessmentIssue, type IssueCode } from '../../engine/issues.ts';
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

/** The sentence of an issue in the UI language; a field problem has its own (not the schema's English message). */
export function issueSentence(issue: AssessmentIssue, t: Translate): { text: string; translated: boolean } {
  const vars = { path: issue.path || '—', element: issue.elementId ?? '—', ...issue.params };
  const field = fieldProblemOf(issue);
  if (field) {
    const expected = field.type ? t(`type.${field.type}`) : (issue.params?.expected ?? '');
    return { text: t(`field.${field.problem}`, { ...vars, expected }), translated: true };
  }
  return { text: t(isMissing(issue) ? 'issue.missing-field' : `issue.${issue.code}`, vars), translated: false };
}

export default function IssueList({ issues, t, testId }: Props) {
  return (
    <ul class="issue-list" data-testid={testId}>
      {issues.map((issue, i) => {
        const { text, translated } = issueSentence(issue, t);
        return (
          <li key={i} class={`issue issue--${issue.severity}`} data-code={issue.code}>
            {text}
            {WITH_DETAIL.has(issue.code) && !translated && !isMissing(issue) && (
              <>
                {' '}
                <span class="issue__detail" lang="en">
                  ({issue.message})
                </span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
