/**
 * Element lists of the report: the supplier's gaps, customer readiness (its clauses and gaps, kept apart from
 * the supplier's), the elements flagged for review and the applicable elements still unanswered.
 */
import type { ComponentChildren } from 'preact';
import type { Assessment, AssessmentResult, ElementScore, PlanItem } from '../../engine/index.ts';
import { useReport } from './context.ts';
import { answerText, levelText } from './levels.ts';
import { ScoreTable } from './ScoreFigures.tsx';

/** An element ID linking to its card on the clause page, with the key badge. */
export function ElementId({ id, isKey }: { id: string; isKey: boolean }) {
  const { r, elementHref } = useReport();
  return (
    <>
      <a href={elementHref(id)}>
        <code>{id}</code>
      </a>
      {isKey && (
        <>
          {' '}
          <span class="badge badge--key">{r('col.key')}</span>
        </>
      )}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="report-section" aria-labelledby={id} data-testid={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export function GapTable({ result }: { result: AssessmentResult }) {
  const { r, elementTitle } = useReport();
  const rows = result.elements.filter((e) => e.party === 'supplier' && e.gap !== null && e.gap > 0);
  const total = rows.reduce((sum, e) => sum + e.gap!, 0);
  return (
    <Section id="report-gaps" title={r('gaps.heading')}>
      <p>{r('gaps.intro')}</p>
      {rows.length === 0 ? (
        <p>{r('gaps.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table class="report-table">
            <caption class="sr-only">{r('gaps.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{r('col.id')}</th>
                <th scope="col">{r('col.element')}</th>
                <th scope="col">{r('col.clause')}</th>
                <th scope="col">{r('col.current')}</th>
                <th scope="col">{r('col.target')}</th>
                <th scope="col" class="num">
                  {r('col.weight')}
                </th>
                <th scope="col" class="num">
                  {r('col.gap')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} data-id={e.id}>
                  <td>
                    <ElementId id={e.id} isKey={e.key} />
                  </td>
                  <td>{elementTitle(e.id)}</td>
                  <td>{e.clause}</td>
                  <td class="level-cell">{answerText(r, e)}</td>
                  <td class="level-cell">{levelText(r, e.target)}</td>
                  <td class="num">{e.weight}</td>
                  <td class="num">{e.gap}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={6}>
                  {r('gaps.total')}
                </th>
                <td class="num" data-testid="gap-total">
                  {total}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Section>
  );
}

export function CustomerReadiness({ result, plan }: { result: AssessmentResult; plan: readonly PlanItem[] }) {
  const { r, elementTitle } = useReport();
  const clauses = Object.entries(result.customer.clauses).filter(([n]) =>
    result.elements.some((e) => e.party === 'customer' && e.clause === n),
  );
  return (
    <Section id="report-customer" title={r('customerGaps.heading')}>
      <p>{r('customer.intro')}</p>
      <ScoreTable kind="clause" entries={clauses} party="customer" testIdPrefix="customer-clause-score" />
      {plan.length === 0 ? (
        <p>{r('customerGaps.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table class="report-table">
            <caption>{r('customerGaps.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{r('col.id')}</th>
                <th scope="col">{r('col.element')}</th>
                <th scope="col">{r('col.clause')}</th>
                <th scope="col">{r('col.current')}</th>
                <th scope="col">{r('col.target')}</th>
                <th scope="col" class="num">
                  {r('col.gap')}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.map((item) => (
                <tr key={item.id} data-id={item.id}>
                  <td>
                    <ElementId id={item.id} isKey={item.key} />
                  </td>
                  <td>{elementTitle(item.id)}</td>
                  <td>{item.clause}</td>
                  <td class="level-cell">{levelText(r, item.level)}</td>
                  <td class="level-cell">{levelText(r, item.target)}</td>
                  <td class="num">{item.gap}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

export function FlaggedTable({ result, assessment }: { result: AssessmentResult; assessment: Assessment }) {
  const { r, elementTitle } = useReport();
  const answerOf = (id: string) => (Object.hasOwn(assessment.answers, id) ? assessment.answers[id] : undefined);
  const rows = result.elements.filter((e) => answerOf(e.id)?.flagged);
  return (
    <Section id="report-flagged" title={r('flagged.heading')}>
      {rows.length === 0 ? (
        <p>{r('flagged.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table class="report-table">
            <caption class="sr-only">{r('flagged.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{r('col.id')}</th>
                <th scope="col">{r('col.element')}</th>
                <th scope="col">{r('col.party')}</th>
                <th scope="col">{r('col.answer')}</th>
                <th scope="col">{r('col.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} data-id={e.id}>
                  <td>
                    <ElementId id={e.id} isKey={e.key} />
                  </td>
                  <td>{elementTitle(e.id)}</td>
                  <td>{r(`party.${e.party}`)}</td>
                  <td class="level-cell">{answerText(r, e)}</td>
                  <td>{answerOf(e.id)?.notes ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

export function UnansweredTable({ result }: { result: AssessmentResult }) {
  const { r, elementTitle } = useReport();
  const rows: ElementScore[] = result.elements.filter((e) => e.applicable && !e.answered);
  return (
    <Section id="report-unanswered" title={r('unanswered.heading')}>
      {rows.length === 0 ? (
        <p>{r('unanswered.empty')}</p>
      ) : (
        <>
          <p>{r('unanswered.intro')}</p>
          <div class="table-scroll">
            <table class="report-table">
              <caption class="sr-only">{r('unanswered.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{r('col.id')}</th>
                  <th scope="col">{r('col.element')}</th>
                  <th scope="col">{r('col.clause')}</th>
                  <th scope="col">{r('col.party')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((e) => (
                  <tr key={e.id} data-id={e.id}>
                    <td>
                      <ElementId id={e.id} isKey={e.key} />
                    </td>
                    <td>{elementTitle(e.id)}</td>
                    <td>{e.clause}</td>
                    <td>{r(`party.${e.party}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
