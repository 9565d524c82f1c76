/**
 * Each candidate's scope and what it covers beyond the common scope, then the common scope itself, with a
 * sentence saying whether the scopes differ (and so whether the own-scope scores can be compared directly).
 */
import type { Comparison } from '../../engine/compare.ts';
import type { Scope } from '../../engine/scope.ts';
import { useCompare } from './context.ts';
import TableScroll from './TableScroll.tsx';

export default function Scopes({ comparison, labels }: { comparison: Comparison; labels: string[] }) {
  const { t, clauseTitle } = useCompare();
  const list = (numbers: readonly string[]) =>
    numbers.length ? numbers.map((n) => `${n} ${clauseTitle(n)}`).join(t('list.separator')) : t('compare.none');
  const scopeText = (scope: Scope) =>
    t('compare.commonScopeValue', { contents: list(scope.contents), modes: list(scope.modes) });
  const beyond = (scope: Scope) => list([...scope.contents, ...scope.modes]);
  const caption = t('cmp.scopes.heading');
  return (
    <section class="compare-section" aria-labelledby="compare-scopes-heading" data-testid="compare-scopes">
      <h2 id="compare-scopes-heading">{caption}</h2>
      <p data-testid="compare-scope-statement">
        {comparison.sameScope ? t('compare.sameScope') : t('compare.differentScope')}
      </p>
      <TableScroll caption={caption}>
        <table class="report-table compare-table compare-table--scopes table-cards">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cmp.scopes.candidate')}</th>
              <th scope="col">{t('cmp.scopes.own')}</th>
              <th scope="col">{t('compare.beyond')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.candidates.map((c, i) => (
              <tr key={i}>
                <th scope="row">{labels[i]}</th>
                <td data-label={t('cmp.scopes.own')}>{scopeText(c.assessment.scope)}</td>
                <td data-label={t('compare.beyond')} data-testid={`compare-beyond-${i}`}>
                  {beyond(c.beyondCommon)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p data-testid="compare-common-scope">
        <strong>{t('compare.commonScope')}</strong>
        {t('punct.colon')}
        {scopeText(comparison.commonScope)}
      </p>
    </section>
  );
}
