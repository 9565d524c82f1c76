/**
 * Element lists of the report: the supplier's gaps, customer readiness (its clauses and gaps, kept apart from
 * the supplier's), the elements flagged for review and the applicable elements still unanswered.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  DEFAULT_GAP_VIEW,
  GAP_KEY_FILTERS,
  GAP_SORTS,
  gapClauses,
  gapRowsOf,
  gapSizes,
  gapTableRows,
  gapTotal,
  type GapKeyFilter,
  type GapSort,
  type GapTableView,
} from '../../app/gap-table.ts';
import type { Assessment } from '../../engine/assessment-schema.ts';
import type { AssessmentResult, ElementScore } from '../../engine/score.ts';
import type { PlanItem } from '../../engine/plan.ts';
import type { Translate } from '../../app/report-format.ts';
import { useReport } from './context.ts';
import { answerText, levelText } from './levels.ts';
import { ScoreTable } from './ScoreFigures.tsx';
import { answerDetailRows, notApplicableRows } from '../../app/report-content.ts';
import { inBatches } from '../shared/Later.tsx';

/** Rows of an element table drawn per turn (src/app/draw-turns.ts): few enough that a turn stays under 12.5 ms. */
const ROW_BATCH = 5;

/** An element ID linking to its card on the clause page, with the key badge and, for chapter 8, the lead-in badge. */
export function ElementId({ id, isKey }: { id: string; isKey: boolean }) {
  const { r, elementHref, isLeadIn } = useReport();
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
      {isLeadIn(id) && (
        <>
          {' '}
          <span class="badge badge--leadin" data-testid="lead-in-badge">
            {r('badge.leadIn')}
          </span>
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

/** One column of an element table: its heading and what each row shows. */
interface Column<Row> {
  heading: string;
  cell: (row: Row) => ComponentChildren;
  /** Right-aligned figures. */
  num?: boolean;
  /** Level names, kept on one line. */
  level?: boolean;
}

interface ElementTableProps<Row extends { id: string; key: boolean }> {
  caption: string;
  /** Whether the caption is for screen readers only (the section heading already says it). */
  hideCaption?: boolean;
  columns: Column<Row>[];
  rows: readonly Row[];
  /** A total row: its label (spanning all columns but the last) and the total. */
  total?: { label: string; value: number; testId?: string };
}

/** Rows of elements, the first column their linked ID and the second their title. */
function ElementTable<Row extends { id: string; key: boolean }>({
  caption,
  hideCaption,
  columns,
  rows,
  total,
}: ElementTableProps<Row>) {
  const { r, elementTitle } = useReport();
  const all: Column<Row>[] = [
    { heading: r('col.id'), cell: (row) => <ElementId id={row.id} isKey={row.key} /> },
    { heading: r('col.element'), cell: (row) => elementTitle(row.id) },
    ...columns,
  ];
  const cellClass = (c: Column<Row>) => (c.num ? 'num' : c.level ? 'level-cell' : undefined);
  return (
    <div class="table-scroll">
      <table class="report-table table-cards">
        <caption class={hideCaption ? 'sr-only' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {all.map((c) => (
              <th key={c.heading} scope="col" class={c.num ? 'num' : undefined}>
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inBatches(rows, ROW_BATCH, (row) => (
            <tr key={row.id} data-id={row.id}>
              {all.map((c, i) => (
                <td key={c.heading} class={cellClass(c)} data-label={i < 2 ? undefined : c.heading}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={all.length - 1}>
                {total.label}
              </th>
              <td class="num" data-testid={total.testId}>
                {total.value}
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** Columns several tables share. */
const clauseColumn = <Row extends { clause: string }>(r: Translate): Column<Row> => ({
  heading: r('col.clause'),
  cell: (row) => row.clause,
});
const partyColumn = (r: Translate): Column<ElementScore> => ({
  heading: r('col.party'),
  cell: (e) => r(`party.${e.party}`),
});

export function GapTable({ result }: { result: AssessmentResult }) {
  const { r } = useReport();
  const [view, setView] = useState<GapTableView>(DEFAULT_GAP_VIEW);
  const all = gapRowsOf(result);
  const rows = gapTableRows(all, view);
  const change = (patch: Partial<GapTableView>) => setView((v) => ({ ...v, ...patch }));
  return (
    <Section id="report-gaps" title={r('gaps.heading')}>
      <p>{r('gaps.intro')}</p>
      <p>{r('gaps.targetNote')}</p>
      {all.length === 0 ? (
        <p>{r('gaps.empty')}</p>
      ) : (
        <>
          <div class="gap-controls" role="group" aria-label={r('gaps.controls')}>
            <label>
              {r('gaps.sort')}{' '}
              <select
                data-testid="gap-sort"
                value={view.sort}
                onChange={(e) => change({ sort: e.currentTarget.value as GapSort })}
              >
                {GAP_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {r(`gaps.sort.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {r('gaps.filterKey')}{' '}
              <select
                data-testid="gap-filter-key"
                value={view.key}
                onChange={(e) => change({ key: e.currentTarget.value as GapKeyFilter })}
              >
                {GAP_KEY_FILTERS.map((k) => (
                  <option key={k} value={k}>
                    {r(`gaps.filterKey.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {r('gaps.filterClause')}{' '}
              <select
                data-testid="gap-filter-clause"
                value={view.clause}
                onChange={(e) => change({ clause: e.currentTarget.value })}
              >
                <option value="">{r('gaps.filterClause.all')}</option>
                {gapClauses(all).map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {r('gaps.filterGap')}{' '}
              <select
                data-testid="gap-filter-gap"
                value={String(view.minGap)}
                onChange={(e) => change({ minGap: Number(e.currentTarget.value) })}
              >
                <option value="0">{r('gaps.filterGap.all')}</option>
                {gapSizes(all).map((n) => (
                  <option key={n} value={String(n)}>
                    {r('gaps.filterGap.atLeast', { n })}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p role="status" class="report-status">
            {r('gaps.shown', { shown: rows.length, total: all.length })}
          </p>
          {rows.length === 0 ? (
            <p>{r('gaps.noneShown')}</p>
          ) : (
            <ElementTable
              caption={r('gaps.caption')}
              hideCaption
              rows={rows}
              columns={[
                clauseColumn(r),
                { heading: r('col.current'), cell: (e) => answerText(r, e), level: true },
                { heading: r('col.target'), cell: (e) => levelText(r, e.target), level: true },
                { heading: r('col.weight'), cell: (e) => e.weight, num: true },
                { heading: r('col.gap'), cell: (e) => e.gap, num: true },
              ]}
              total={{ label: r('gaps.total'), value: gapTotal(rows), testId: 'gap-total' }}
            />
          )}
        </>
      )}
    </Section>
  );
}

export function CustomerReadiness({ result, plan }: { result: AssessmentResult; plan: readonly PlanItem[] }) {
  const { r } = useReport();
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
        <ElementTable
          caption={r('customerGaps.caption')}
          rows={plan}
          columns={[
            clauseColumn(r),
            { heading: r('col.current'), cell: (item) => levelText(r, item.level), level: true },
            { heading: r('col.target'), cell: (item) => levelText(r, item.target), level: true },
            { heading: r('col.gap'), cell: (item) => item.gap, num: true },
          ]}
        />
      )}
    </Section>
  );
}

export function FlaggedTable({ result, assessment }: { result: AssessmentResult; assessment: Assessment }) {
  const { r } = useReport();
  const answerOf = (id: string) => (Object.hasOwn(assessment.answers, id) ? assessment.answers[id] : undefined);
  const rows = result.elements.filter((e) => answerOf(e.id)?.flagged);
  return (
    <Section id="report-flagged" title={r('flagged.heading')}>
      {rows.length === 0 ? (
        <p>{r('flagged.empty')}</p>
      ) : (
        <ElementTable
          caption={r('flagged.caption')}
          hideCaption
          rows={rows}
          columns={[
            partyColumn(r),
            { heading: r('col.answer'), cell: (e) => answerText(r, e), level: true },
            { heading: r('col.notes'), cell: (e) => answerOf(e.id)?.notes ?? '—' },
          ]}
        />
      )}
    </Section>
  );
}

export function UnansweredTable({ result }: { result: AssessmentResult }) {
  const { r } = useReport();
  const rows = result.elements.filter((e) => e.applicable && !e.answered);
  return (
    <Section id="report-unanswered" title={r('unanswered.heading')}>
      {rows.length === 0 ? (
        <p>{r('unanswered.empty')}</p>
      ) : (
        <>
          <p>{r('unanswered.intro')}</p>
          <ElementTable
            caption={r('unanswered.caption')}
            hideCaption
            rows={rows}
            columns={[clauseColumn(r), partyColumn(r)]}
          />
        </>
      )}
    </Section>
  );
}

export function NotApplicableTable({ result, assessment }: { result: AssessmentResult; assessment: Assessment }) {
  const { r } = useReport();
  const rows = notApplicableRows(result, assessment).map((row) => ({
    ...row,
    id: row.element.id,
    key: row.element.key,
  }));
  return (
    <Section id="report-na" title={r('na.heading')}>
      {rows.length === 0 ? (
        <p>{r('na.empty')}</p>
      ) : (
        <>
          <p>{r('na.intro')}</p>
          <ElementTable
            caption={r('na.caption')}
            hideCaption
            rows={rows}
            columns={[
              { heading: r('col.clause'), cell: (row) => row.element.clause },
              { heading: r('col.justification'), cell: (row) => row.justification },
            ]}
          />
        </>
      )}
    </Section>
  );
}

export function AnswerDetailsTable({ result, assessment }: { result: AssessmentResult; assessment: Assessment }) {
  const { r } = useReport();
  const rows = answerDetailRows(result, assessment).map((row) => ({
    ...row,
    id: row.element.id,
    key: row.element.key,
  }));
  return (
    <Section id="report-details" title={r('details.heading')}>
      {rows.length === 0 ? (
        <p>{r('details.empty')}</p>
      ) : (
        <>
          <p>{r('details.intro')}</p>
          <ElementTable
            caption={r('details.caption')}
            hideCaption
            rows={rows}
            columns={[
              { heading: r('col.answer'), cell: (row) => answerText(r, row.element), level: true },
              {
                heading: r('col.notes'),
                cell: (row) => (
                  <>
                    {row.notes ?? '—'}
                    {row.flagged && (
                      <>
                        {' '}
                        <span class="badge">{r('details.flagged')}</span>
                      </>
                    )}
                  </>
                ),
              },
              {
                heading: r('col.evidence'),
                cell: (row) =>
                  row.evidence.length === 0 ? (
                    '—'
                  ) : (
                    <ul class="report-evidence">
                      {row.evidence.map((link, i) => (
                        <li key={i}>
                          {link.url ? (
                            <a href={link.url} rel="noopener noreferrer">
                              {link.title}
                            </a>
                          ) : (
                            link.title
                          )}
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
        </>
      )}
    </Section>
  );
}
