/** Who and what was assessed, and the overall results: the supplier's score and grade, and customer readiness apart. */
import type { ComponentChildren } from 'preact';
import type { Assessment } from '../../engine/assessment-schema.ts';
import type { AssessmentResult } from '../../engine/score.ts';
import { formatPercent, formatScore, formatTimestamp } from '../../app/report-format.ts';
import type { ExecutiveSummary as ExecutiveSummaryData } from '../../app/report-content.ts';
import { answerText, levelText } from './levels.ts';
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

/** The one-page summary that opens the report (and its print): who, what, when, the result, what to do first. */
export function ExecutiveSummary({ summary }: { summary: ExecutiveSummaryData }) {
  const { r, elementTitle, chapterTitle, practice } = useReport();
  const o = summary.overall;
  const scopeText = [...summary.scope.contents, ...summary.scope.modes].join(r('list.separator')) || r('none');
  return (
    <section class="report-section report-exec" aria-labelledby="report-exec" data-testid="exec-summary">
      <h3 id="report-exec">{r('exec.heading')}</h3>
      <dl class="report-meta">
        <div class="report-meta__row">
          <dt>{r('exec.subject')}</dt>
          <dd>{summary.subject}</dd>
        </div>
        {/* A related practice has no delivery scope: every section is assessed. */}
        {!practice && (
          <div class="report-meta__row">
            <dt>{r('exec.scope')}</dt>
            <dd>{scopeText}</dd>
          </div>
        )}
        <div class="report-meta__row">
          <dt>{r(summary.dateRecorded ? 'exec.date' : 'exec.dateUpdated')}</dt>
          <dd data-testid="exec-date">
            <time dateTime={summary.date}>{summary.dateRecorded ? summary.date : formatTimestamp(summary.date)}</time>
          </dd>
        </div>
        <div class="report-meta__row">
          <dt>{r('exec.result')}</dt>
          <dd data-testid="exec-result">
            {formatScore(o.score) ?? r('summary.na')} · {o.grade ? r(`grade.${o.grade}`) : r('grade.none')}
            {o.provisional && ` · ${r('summary.provisional')}`}
          </dd>
        </div>
        <div class="report-meta__row">
          <dt>{r('exec.completeness')}</dt>
          <dd>
            {formatPercent(o.completeness)} (
            {r('summary.answeredOf', { answered: o.answered, applicable: o.applicable })})
          </dd>
        </div>
        <div class="report-meta__row">
          <dt>{r('exec.chapters')}</dt>
          <dd>
            {summary.chapters
              .map(([n, s]) => `${n} ${chapterTitle(n)}: ${formatScore(s.score) ?? r('summary.na')}`)
              .join(r('list.semicolon'))}
          </dd>
        </div>
      </dl>
      <p class="report-method-note">{r('exec.methodNote')}</p>
      <h4>{r('exec.keyFailures', { count: summary.keyFailures.length })}</h4>
      {summary.keyFailures.length === 0 ? (
        <p>{r('exec.keyFailuresNone')}</p>
      ) : (
        <ul>
          {summary.keyFailures.map((e) => (
            <li key={e.id}>
              <code>{e.id}</code> {elementTitle(e.id)} ({answerText(r, e)})
            </li>
          ))}
        </ul>
      )}
      <h4>{r('exec.topPlan', { shown: summary.topPlan.length, total: summary.planCount })}</h4>
      {summary.topPlan.length === 0 ? (
        <p>{r('exec.topPlanNone')}</p>
      ) : (
        <ol>
          {summary.topPlan.map((item) => (
            <li key={item.id}>
              <code>{item.id}</code> {elementTitle(item.id)} ({levelText(r, item.level)} → {levelText(r, item.target)})
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
