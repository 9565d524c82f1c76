/**
 * The customer's priorities: an importance (0–5) per chapter or per clause, and the fit ranking they give, with
 * its formula, beside the overall score and its rank. The fit is the portal's own figure, never called the
 * standard's score.
 */
import { FIT_FORMULA, scoreRows, type Comparison, type PriorityBasis } from '../../engine/compare.ts';
import { formatScore } from '../../app/report-format.ts';
import { useCompare } from './context.ts';
import TableScroll from './TableScroll.tsx';

export default function Priorities({ comparison, labels }: { comparison: Comparison; labels: string[] }) {
  const { model, t, chapterColumn, clauseColumn, chapterName, chapterTitle, clauseTitle } = useCompare();
  const priorities = model.priorities.value;
  const unitWord = priorities.basis === 'chapter' ? chapterColumn : clauseColumn;
  const units = scoreRows(comparison, 'common')[priorities.basis === 'chapter' ? 'chapters' : 'clauses'];
  const caption = t('cmp.fit.ranking');
  const value = (n: string) => (Object.hasOwn(priorities.weights, n) ? priorities.weights[n] : undefined) ?? 1;
  return (
    <section class="compare-section" aria-labelledby="compare-fit-heading" data-testid="compare-fit">
      <h2 id="compare-fit-heading">{t('compare.fit')}</h2>
      <p class="compare-callout">{t('cmp.fit.notScore')}</p>
      <p>{t('compare.fitIntro', { unit: unitWord })}</p>
      <p>
        {t('cmp.fit.formula')}
        {t('punct.colon')}
        <code data-testid="compare-fit-formula">{FIT_FORMULA}</code>
      </p>
      <fieldset class="compare-fit__settings">
        <legend>{t('cmp.fit.settings', { unit: unitWord })}</legend>
        <div class="compare-fit__basis" role="radiogroup" aria-label={t('cmp.fit.basis')}>
          <span>{t('cmp.fit.basis')}</span>
          {(['chapter', 'clause'] as PriorityBasis[]).map((basis) => (
            <label key={basis}>
              <input
                type="radio"
                name="compare-fit-basis"
                value={basis}
                checked={priorities.basis === basis}
                data-testid={`compare-fit-basis-${basis}`}
                onChange={() => model.setPriorityBasis(basis)}
              />{' '}
              {basis === 'chapter' ? chapterColumn : clauseColumn}
            </label>
          ))}
        </div>
        <ul class="compare-fit__units">
          {units.map((u) => {
            const name = priorities.basis === 'chapter' ? chapterName(u.number) : u.number;
            const title = priorities.basis === 'chapter' ? chapterTitle(u.number) : clauseTitle(u.number);
            return (
              <li key={u.number}>
                <label>
                  <span>
                    {name} <span class="compare-muted">{title}</span>
                  </span>
                  <select
                    value={String(value(u.number))}
                    aria-label={t('cmp.fit.importance', { unit: `${name} ${title}` })}
                    data-testid={`compare-priority-${u.number}`}
                    onChange={(e) => model.setPriority(u.number, Number(e.currentTarget.value))}
                  >
                    {model.priorityValues.map((v) => (
                      <option key={v} value={String(v)}>
                        {v}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            );
          })}
        </ul>
        <button type="button" class="report-button" onClick={model.resetPriorities}>
          {t('cmp.fit.reset')}
        </button>
      </fieldset>
      {model.equalPriorities.value && <p class="compare-hint">{t('cmp.fit.equal')}</p>}
      <TableScroll caption={caption}>
        <table class="report-table compare-table table-cards" data-testid="compare-fit-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" class="num">
                {t('compare.fitRank')}
              </th>
              <th scope="col">{t('compare.candidate')}</th>
              <th scope="col" class="num">
                {t('compare.fitValue')}
              </th>
              <th scope="col" class="num">
                {t('compare.score')}
              </th>
              <th scope="col" class="num">
                {t('compare.overallRank')}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.fit.value.map((f) => (
              <tr key={f.index} data-index={f.index}>
                <td class="num" data-label={t('compare.fitRank')}>
                  {f.rank ?? '—'}
                </td>
                <th scope="row">{labels[f.index]}</th>
                <td class="num" data-label={t('compare.fitValue')} data-testid={`compare-fit-${f.index}`}>
                  {formatScore(f.fit) ?? t('cmp.na')}
                </td>
                <td class="num" data-label={t('compare.score')}>
                  {formatScore(f.overall) ?? t('cmp.na')}
                </td>
                <td class="num" data-label={t('compare.overallRank')}>
                  {f.overallRank ?? '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
