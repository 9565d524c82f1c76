/**
 * The explanation of one score in a modal <dialog>: the formula with its totals, every element that counts
 * (w, p, w·p) and every element of the set that does not, with the reason. All from the engine's explainScore.
 */
import { useEffect, useRef } from 'preact/hooks';
import { explainScore, type AssessmentResult, type ScoreTarget } from '../../engine/score.ts';
import { formatPercent, formatScore } from '../../app/report-format.ts';
import { useReport } from './context.ts';

interface Props {
  result: AssessmentResult;
  target: ScoreTarget | null;
  onClose: () => void;
}

export default function ExplainDialog({ result, target, onClose }: Props) {
  const { locale } = useReport();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (target && !d.open) d.showModal();
    if (!target && d.open) d.close();
  }, [target]);

  return (
    <dialog
      ref={dialog}
      class="explain"
      lang={locale}
      aria-labelledby="explain-title"
      data-testid="explain-dialog"
      onClose={onClose}
    >
      {target && <Explanation result={result} target={target} close={() => dialog.current?.close()} />}
    </dialog>
  );
}

function Explanation({ result, target, close }: { result: AssessmentResult; target: ScoreTarget; close: () => void }) {
  const { r, elementTitle, elementHref, clauseTitle, chapterTitle } = useReport();
  const ex = explainScore(result, target);
  const title =
    target.kind === 'overall'
      ? r('explain.titleOverall')
      : target.kind === 'customer-readiness'
        ? r('explain.titleCustomer')
        : target.kind === 'chapter'
          ? `${r('explain.titleChapter', { n: target.number })} · ${chapterTitle(target.number)}`
          : `${r('explain.titleClause', { n: target.number })} · ${clauseTitle(target.number)}`;
  const party = r(`party.${ex.party}`);
  const score = formatScore(ex.score);
  const overall = target.kind === 'overall' ? result.supplier.overall : undefined;

  return (
    <div class="explain__body">
      <div class="explain__head">
        <h2 id="explain-title">{title}</h2>
        <button type="button" class="report-button" onClick={close}>
          {r('explain.close')}
        </button>
      </div>
      <p class="explain__party">{party}</p>
      {score === null ? (
        <p>{r('explain.none')}</p>
      ) : (
        <p class="explain__formula">
          {r('explain.formula')} = 100 × {ex.weightedPoints} / {ex.maxWeightedPoints} ={' '}
          <strong data-testid="explain-score">{score}</strong>
        </p>
      )}
      <p>
        {r('explain.counts', { applicable: ex.applicable, answered: ex.answered })} {r('overall.completeness')}
        {r('punct.colon')}
        {formatPercent(ex.completeness)}
      </p>
      {overall && (
        <>
          <p>
            {r('overall.keys')}
            {r('punct.colon')}
            {r('overall.keysValue', {
              total: overall.keyElements.total,
              lf: overall.keyElements.largelyOrFully,
              p: overall.keyElements.partially,
              n: overall.keyElements.notOrUnanswered,
            })}
          </p>
          <p>{r('overall.gradeRule')}</p>
        </>
      )}
      {ex.contributions.length > 0 && (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="explain-contributing">
          <table class="report-table" data-testid="explain-contributions">
            <caption id="explain-contributing">{r('explain.contributing')}</caption>
            <thead>
              <tr>
                <th scope="col">{r('col.id')}</th>
                <th scope="col">{r('col.element')}</th>
                <th scope="col">{r('col.key')}</th>
                <th scope="col" class="num">
                  {r('col.weight')}
                </th>
                <th scope="col" class="num">
                  {r('col.points')}
                </th>
                <th scope="col" class="num">
                  {r('col.weighted')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ex.contributions.map((c) => (
                <tr key={c.id} data-id={c.id}>
                  <td>
                    <a href={elementHref(c.id)}>
                      <code>{c.id}</code>
                    </a>
                  </td>
                  <td>{elementTitle(c.id)}</td>
                  <td>{c.key ? r('yes') : ''}</td>
                  <td class="num">{c.weight}</td>
                  <td class="num">{c.answered ? c.points : `0 (${r('explain.unanswered')})`}</td>
                  <td class="num">{c.weightedPoints}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  {r('explain.total')}
                </th>
                <td class="num">{ex.weightTotal}</td>
                <td />
                <td class="num">{ex.weightedPoints}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <h3>{r('explain.excluded')}</h3>
      {ex.excluded.length === 0 ? (
        <p>{r('explain.noExcluded')}</p>
      ) : (
        <ul class="explain__excluded" data-testid="explain-excluded">
          {ex.excluded.map((x) => (
            <li key={x.id}>
              <a href={elementHref(x.id)}>
                <code>{x.id}</code>
              </a>{' '}
              {elementTitle(x.id)}
              {r('punct.colon')}
              {r(`exclusion.${x.exclusion}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
