/** Who and what was assessed, and the overall results: the supplier's score and grade, and customer readiness apart. */
import type { ComponentChildren } from 'preact';
import type { Assessment, AssessmentResult } from '../../engine/index.ts';
import { formatPercent, formatTimestamp } from '../../app/report-format.ts';
import { useReport } from './context.ts';
import ScoreButton from './ScoreButton.tsx';

export function ReportHeader({ assessment }: { assessment: Assessment }) {
  const { r, clauseTitle, practice, locale } = useReport();
  const scopeList = (numbers: readonly string[]) =>
    numbers.length ? numbers.map((n) => `${n} ${clauseTitle(n)}`).join(r('list.separator')) : r('none');
  const rows: [string, ComponentChildren][] = [
    [r('meta.subject'), assessment.subject],
    [r('meta.assessor'), assessment.assessor || '—'],
    [r('meta.perspective'), r(`perspective.${assessment.perspective}`)],
    // A related practice has no scope: every section is assessed.
    ...(practice
      ? []
      : ([
          [
            r('meta.scope'),
            <ul class="report-meta__scope">
              <li>{r('meta.scopeContents', { list: scopeList(assessment.scope.contents) })}</li>
              <li>{r('meta.scopeModes', { list: scopeList(assessment.scope.modes) })}</li>
              <li>{r('meta.alwaysInScope')}</li>
            </ul>,
          ],
        ] as [string, ComponentChildren][])),
    [r('meta.date'), assessment.date ? <time dateTime={assessment.date}>{assessment.date}</time> : '—'],
    [r('meta.created'), <time dateTime={assessment.created}>{formatTimestamp(assessment.created)}</time>],
    [r('meta.updated'), <time dateTime={assessment.updated}>{formatTimestamp(assessment.updated)}</time>],
    practice
      ? [r('meta.catalogPractice'), `${practice.title[locale]} ${assessment.catalogVersion}`]
      : [r('meta.catalog'), assessment.catalogVersion],
  ];
  return (
    <header class="report__header">
      <p class="report__kicker" data-testid="report-kicker">
        {practice ? r('report.subtitlePractice', { practice: practice.title[locale] }) : r('summary.subtitle')}
      </p>
      <p class="report-method-note" data-testid="method-note">
        {r('method.portal')}
      </p>
      {practice && (
        <p class="report-practice-banner" data-testid="practice-banner">
          {r('practice.notPart')}
        </p>
      )}
      <h2 id="report-title" class="report__title" data-testid="report-title">
        {assessment.title}
      </h2>
      <dl class="report-meta">
        {rows.map(([label, value]) => (
          <div key={label} class="report-meta__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

export function ReportOverall({ result }: { result: AssessmentResult }) {
  const { r, scoringHref } = useReport();
  const overall = result.supplier.overall;
  const customer = result.customer.overall;
  const unanswered = overall.applicable - overall.answered;
  return (
    <section class="report-section" aria-labelledby="report-overall">
      <h3 id="report-overall">{r('overall.heading')}</h3>
      <div class="report-cards">
        <div class="report-card" data-testid="overall">
          <p class="report-card__party">{r('party.supplier')}</p>
          <dl class="report-card__values">
            <div>
              <dt>{r('overall.score')}</dt>
              <dd class="report-card__score">
                <ScoreButton score={overall.score} target={{ kind: 'overall' }} testId="overall-score" />
              </dd>
            </div>
            <div>
              <dt>{r('overall.grade')}</dt>
              <dd>
                <span
                  class={`grade grade--${overall.grade ?? 'none'}`}
                  data-testid="overall-grade"
                  data-grade={overall.grade}
                >
                  {overall.grade ? r(`grade.${overall.grade}`) : r('grade.none')}
                </span>
                {overall.provisional && (
                  <>
                    {' '}
                    <span class="provisional" data-testid="overall-provisional">
                      {r('summary.provisional')}
                    </span>
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt>{r('overall.completeness')}</dt>
              <dd>
                <span data-testid="overall-completeness">{formatPercent(overall.completeness)}</span>{' '}
                <span class="report-card__note">
                  ({r('summary.answeredOf', { answered: overall.answered, applicable: overall.applicable })})
                </span>
              </dd>
            </div>
            <div>
              <dt>{r('overall.keys')}</dt>
              <dd>
                {r('overall.keysValue', {
                  total: overall.keyElements.total,
                  lf: overall.keyElements.largelyOrFully,
                  p: overall.keyElements.partially,
                  n: overall.keyElements.notOrUnanswered,
                })}
              </dd>
            </div>
          </dl>
          <p class="report-card__note">
            {overall.provisional ? r('summary.provisionalNote', { count: unanswered }) : r('summary.final')}
          </p>
        </div>
        <div class="report-card report-card--customer" data-testid="customer">
          <p class="report-card__party">{r('customer.heading')}</p>
          <dl class="report-card__values">
            <div>
              <dt>{r('col.score')}</dt>
              <dd class="report-card__score">
                <ScoreButton score={customer.score} target={{ kind: 'customer-readiness' }} testId="customer-score" />
              </dd>
            </div>
            <div>
              <dt>{r('overall.completeness')}</dt>
              <dd>
                <span data-testid="customer-completeness">{formatPercent(customer.completeness)}</span>{' '}
                <span class="report-card__note">
                  ({r('summary.answeredOf', { answered: customer.answered, applicable: customer.applicable })})
                </span>
              </dd>
            </div>
          </dl>
          <p class="report-card__note">{r('summary.customerApart')}</p>
        </div>
      </div>
      <p class="report-section__more">
        <a href={scoringHref}>{r('summary.method')}</a>
      </p>
    </section>
  );
}
