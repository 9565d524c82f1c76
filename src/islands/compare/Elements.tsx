/**
 * Elements side by side (each candidate on its own scope): the key-element matrix with each one's standing for
 * the grade, and the element differences with their filters (only differing, only key, by clause).
 */
import { keyElementMatrix, type Comparison, type ElementCell, type ElementRow } from '../../engine/compare.ts';
import { KEY_STATE_MARK } from '../../engine/compare-export.ts';
import { useCompare, type Translate } from './context.ts';
import { CandidateHeads } from './ScoreTables.tsx';
import TableScroll from './TableScroll.tsx';

function levelText(t: Translate, cell: ElementCell): string {
  if (cell.exclusion) return t(`exclusion.${cell.exclusion}`);
  if (!cell.answered) return t('level.none');
  return cell.level ? `${cell.level} ${t(`level.${cell.level}`)}` : t('level.none');
}

function ElementHead({ row }: { row: ElementRow }) {
  const { elementTitle, elementHref } = useCompare();
  return (
    <th scope="row" class="compare-table__rowhead">
      <a href={elementHref(row.id)}>
        <code>{row.id}</code>
      </a>{' '}
      <span class="compare-muted">{elementTitle(row.id)}</span>
    </th>
  );
}

export function KeyMatrix({ comparison, labels }: { comparison: Comparison; labels: string[] }) {
  const { t } = useCompare();
  const rows = keyElementMatrix(comparison);
  const caption = t('cmp.keys.caption');
  return (
    <section class="compare-section" aria-labelledby="compare-keys-heading">
      <h2 id="compare-keys-heading">{t('cmp.keys.heading')}</h2>
      <p class="compare-hint">{t('compare.keyLegend')}</p>
      <TableScroll caption={caption}>
        <table class="report-table compare-table compare-matrix table-cards" data-testid="compare-key-matrix">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.element')}</th>
              <CandidateHeads labels={labels} />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-id={row.id}>
                <ElementHead row={row} />
                {row.cells.map((cell, i) => (
                  <td
                    key={i}
                    class={`compare-state compare-state--${cell.state}`}
                    data-label={labels[i]}
                    data-state={cell.state}
                  >
                    <span aria-hidden="true">{KEY_STATE_MARK[cell.state]} </span>
                    {levelText(t, cell)}
                    <span class="sr-only"> ({t(`cmp.state.${cell.state}`)})</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

export function Differences({ comparison, labels }: { comparison: Comparison; labels: string[] }) {
  const { model, t, clauseColumn } = useCompare();
  const filter = model.filter.value;
  const rows = model.differences.value;
  const clauses = comparison.catalog.structure.chapters.flatMap((c) => c.clauses.map((cl) => cl.number));
  const caption = t('cmp.diff.caption');
  return (
    <section class="compare-section" aria-labelledby="compare-diff-heading">
      <h2 id="compare-diff-heading">{t('cmp.diff.heading')}</h2>
      <div class="compare-filters" role="group" aria-labelledby="compare-diff-heading">
        <label>
          <input
            type="checkbox"
            checked={filter.onlyDiffering ?? false}
            data-testid="compare-filter-differing"
            onChange={(e) => model.setFilter({ onlyDiffering: e.currentTarget.checked })}
          />{' '}
          {t('cmp.diff.onlyDiffering')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={filter.onlyKey ?? false}
            data-testid="compare-filter-key"
            onChange={(e) => model.setFilter({ onlyKey: e.currentTarget.checked })}
          />{' '}
          {t('cmp.diff.onlyKey')}
        </label>
        <label>
          {clauseColumn || t('cmp.diff.clause')}{' '}
          <select
            value={filter.clause ?? ''}
            data-testid="compare-filter-clause"
            onChange={(e) => model.setFilter({ clause: e.currentTarget.value })}
          >
            <option value="">{t('cmp.diff.allClauses')}</option>
            {clauses.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" class="compare-hint" data-testid="compare-diff-count">
        {rows.length ? t('cmp.diff.count', { shown: rows.length }) : t('cmp.diff.empty')}
      </p>
      {rows.length > 0 && (
        <TableScroll caption={caption}>
          <table class="report-table compare-table compare-matrix table-cards" data-testid="compare-differences">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.element')}</th>
                <CandidateHeads labels={labels} />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-id={row.id}>
                  <ElementHead row={row} />
                  {row.cells.map((cell, i) => (
                    <td
                      key={i}
                      class={`compare-level compare-level--${cell.answered ? cell.level : 'none'}`}
                      data-label={labels[i]}
                    >
                      {levelText(t, cell)}
                      {row.key && (cell.state === 'failed' || cell.state === 'partial') && (
                        <span class="compare-keyfail" title={t(`cmp.state.${cell.state}`)}>
                          <span aria-hidden="true"> {KEY_STATE_MARK[cell.state]}</span>
                          <span class="sr-only"> ({t(`cmp.state.${cell.state}`)})</span>
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
