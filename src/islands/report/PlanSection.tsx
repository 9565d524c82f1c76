/**
 * The improvement plan as the engine orders it (key first, then larger gap, then catalog order), grouped by
 * phase. Owner, due date and status are edited in place and saved at once; the status line says so. When
 * printed, the inputs give way to their values as text.
 */
import { PLAN_STATUSES, type PlanStatus } from '../../engine/assessment-constants.ts';
import type { PlanItem } from '../../engine/plan.ts';
import { valueAt } from '../../engine/invariant.ts';
import type { SaveStatus } from '../../app/report-model.ts';
import type { Translate } from '../../app/report-format.ts';
import { useReport } from './context.ts';
import { ElementId } from './ElementTables.tsx';
import { levelText } from './levels.ts';
import { inBatches } from '../shared/Later.tsx';
import { printing } from '../shared/print-mode.ts';
import { useState } from 'preact/hooks';

const PHASES = [1, 2, 3] as const;
/**
 * Plan rows drawn per turn (each row is some 27 elements and 60 layout boxes, 50 styled with its form controls'
 * own parts). Five rows made a turn of 12–21 ms here unthrottled, over the 12.5 ms that Lighthouse's 4× counts as
 * blocking; two make 10–11 ms. One row a turn was slower overall (more frames, each paying for the page).
 */
const PLAN_BATCH = 2;

function saveMessage(t: Translate, status: SaveStatus): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'saving':
      return t('save.saving');
    case 'saved':
      return t('save.saved', { id: status.elementId });
    case 'failed':
      return t('save.failed', { reason: status.reason });
  }
}

export default function PlanSection({ plan }: { plan: readonly PlanItem[] }) {
  const { r, t, uiLocale, model } = useReport();
  const rank = new Map(plan.map((item, i) => [item.id, i + 1]));
  return (
    <section class="report-section" aria-labelledby="report-plan" data-testid="report-plan">
      <h3 id="report-plan">{r('plan.heading')}</h3>
      <p>{r('plan.intro')}</p>
      <p role="status" lang={uiLocale} class="report-status" data-testid="plan-status">
        {saveMessage(t, model.saveStatus.value)}
      </p>
      {plan.length === 0 ? (
        <p>{r('plan.empty')}</p>
      ) : (
        PHASES.map((phase) => [phase, plan.filter((item) => item.phase === phase)] as const)
          .filter(([, items]) => items.length > 0)
          .map(([phase, items], index) => (
            <div key={phase} class="plan-phase" data-phase={phase}>
              <h4 id={`plan-phase-${phase}`}>
                {r('planTable.caption', { phase: r(`phase.${phase}`), count: items.length })}
              </h4>
              <div class="table-scroll">
                <table class="report-table plan-table" aria-labelledby={`plan-phase-${phase}`}>
                  <thead>
                    <tr>
                      <th scope="col" class="num">
                        {r('planTable.rank')}
                      </th>
                      <th scope="col">{r('col.element')}</th>
                      <th scope="col">{r('planTable.levels')}</th>
                      <th scope="col" class="num">
                        {r('col.gap')}
                      </th>
                      <th scope="col">{r('planTable.followUp')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {inBatches(
                      items,
                      PLAN_BATCH,
                      (item) => (
                        <PlanRow key={item.id} item={item} rank={valueAt(rank, item.id)} />
                      ),
                      // The first phase's first rows come with the section; later phases wait for their turn.
                      index === 0,
                    )}
                  </tbody>
                </table>
              </div>
            </div>
          ))
      )}
    </section>
  );
}

function PlanRow({ item, rank }: { item: PlanItem; rank: number }) {
  const { r, model, elementTitle } = useReport();
  const { id } = item;
  const colon = r('punct.colon');
  return (
    <tr data-id={id}>
      <td class="num">{rank}</td>
      <td class="plan-table__element">
        <ElementId id={id} isKey={item.key} />
        <br />
        {elementTitle(id)}
        {(item.guidance.length > 0 || item.evidence.length > 0) && <Guidance item={item} />}
      </td>
      <td class="plan-table__levels">
        <span class="level-cell">{levelText(r, item.level)}</span> →{' '}
        <span class="level-cell">{levelText(r, item.target)}</span>
      </td>
      <td class="num plan-table__gap" data-label={r('col.gap')}>
        {item.gap}
      </td>
      <td class="plan-table__follow-up">
        <label class="plan-field">
          <span class="plan-field__label">{r('col.owner')}</span>
          <input
            type="text"
            class="plan-input"
            value={item.owner ?? ''}
            aria-label={r('planTable.owner', { id })}
            data-testid={`plan-owner-${id}`}
            onChange={(e) => void model.setPlanEdit(id, { owner: e.currentTarget.value })}
          />
        </label>
        <label class="plan-field">
          <span class="plan-field__label">{r('col.due')}</span>
          <input
            type="date"
            class="plan-input"
            value={item.due ?? ''}
            aria-label={r('planTable.due', { id })}
            data-testid={`plan-due-${id}`}
            onChange={(e) => void model.setPlanEdit(id, { due: e.currentTarget.value })}
          />
        </label>
        <label class="plan-field">
          <span class="plan-field__label">{r('col.status')}</span>
          <select
            class="plan-input"
            value={item.status}
            aria-label={r('planTable.status', { id })}
            data-testid={`plan-status-${id}`}
            onChange={(e) => void model.setPlanEdit(id, { status: e.currentTarget.value as PlanStatus })}
          >
            {PLAN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {r(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <span class="print-only" data-testid={`plan-print-${id}`}>
          {[
            item.owner && `${r('col.owner')}${colon}${item.owner}`,
            item.due && `${r('col.due')}${colon}${item.due}`,
            `${r('col.status')}${colon}${r(`status.${item.status}`)}`,
          ]
            .filter(Boolean)
            .join(r('list.semicolon'))}
        </span>
      </td>
    </tr>
  );
}

/** The catalog's improvement guidance and example evidence: folded on screen, written out in print. */
function Guidance({ item }: { item: PlanItem }) {
  const { r, locale } = useReport();
  const body = (
    <>
      {item.guidance.length > 0 && (
        <>
          <p class="plan-guidance__label">{r('plan.guidance')}</p>
          <ul>
            {item.guidance.map((g, i) => (
              <li key={i}>{g[locale]}</li>
            ))}
          </ul>
        </>
      )}
      {item.evidence.length > 0 && (
        <>
          <p class="plan-guidance__label">{r('plan.evidence')}</p>
          <ul>
            {item.evidence.map((g, i) => (
              <li key={i}>{g[locale]}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
  // Drawn only when unfolded, and for paper only when printing: most readers open few, and the two copies were
  // half of the plan's elements.
  const [open, setOpen] = useState(false);
  return (
    <>
      <details
        class="plan-guidance screen-only"
        data-testid={`plan-guidance-${item.id}`}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>{r('planTable.guidance')}</summary>
        {open && body}
      </details>
      {printing.value && <div class="plan-guidance print-only-block">{body}</div>}
    </>
  );
}
