/**
 * One clause of an assessment: its requirement elements as questions, its informative notes as text, and
 * links to the previous and next clause in scope and back to the overview.
 */
import { useMemo } from 'preact/hooks';
import { progressOf } from '../../app/assessment-progress.ts';
import { routeHash } from '../../app/hash-route.ts';
import { isAnswerable, isClauseInScopeOf } from '../../engine/index.ts';
import CatalogBanner from './CatalogBanner.tsx';
import { useAssess } from './context.ts';
import ElementQuestion from './ElementQuestion.tsx';
import NotFound from './NotFound.tsx';
import ViewHeading from './ViewHeading.tsx';

export default function ClauseView({ id, clause, focus }: { id: string; clause: string; focus: boolean }) {
  const { model, t, cat } = useAssess();
  const assessment = model.find(id);
  const found = cat.clause(clause);
  const progress = useMemo(() => assessment && progressOf(cat.catalog, assessment), [cat.catalog, assessment]);
  if (!assessment || !progress) return <NotFound focus={focus} />;
  if (!found) return <NotFound focus={focus} message={t('app.clauseNotFound', { clause })} />;

  const overview = routeHash({ view: 'overview', id });
  const inScope = isClauseInScopeOf(cat.catalog, assessment.scope, clause);
  const counts = progress.clauses.find((c) => c.clause === clause)!;
  const order = progress.clauses.filter((c) => c.inScope).map((c) => c.clause);
  const at = order.indexOf(clause);
  const previous = at > 0 ? order[at - 1] : undefined;
  const next = at >= 0 && at < order.length - 1 ? order[at + 1] : undefined;
  const elements = found.clause.elements.map((eid) => cat.index.byId.get(eid)!).filter(Boolean);
  const heading = t('clause.heading', { number: clause, title: cat.text(found.clause.title) });

  return (
    <>
      <p class="assess-crumbs">
        <a href={overview}>{t('clause.overview')}</a>
        <span>{t('clause.assessment', { title: assessment.title })}</span>
      </p>
      <ViewHeading focus={focus} title={heading}>
        {heading}
      </ViewHeading>
      <CatalogBanner catalog={cat.catalog} />
      <p class="assess-purpose">{cat.text(found.clause.purpose)}</p>
      {!inScope ? (
        <p class="assess-warning">{t('clause.outOfScope')}</p>
      ) : (
        <>
          <p class="assess-progress" data-testid="clause-progress">
            {t('clause.counts', { answered: counts.answered, total: counts.total })}
          </p>
          {elements.map((el) =>
            isAnswerable(el) ? (
              <ElementQuestion
                key={el.id}
                id={id}
                element={el}
                answer={Object.hasOwn(assessment.answers, el.id) ? assessment.answers[el.id] : undefined}
                parts={elements.filter((p) => p.kind === 'sub-item' && p.parent === el.id)}
              />
            ) : el.kind === 'note' ? (
              <aside class="assess-note" key={el.id} aria-labelledby={`note-${el.id}`}>
                <p id={`note-${el.id}`} class="assess-note__title">
                  <code>{el.id}</code> {cat.text(el.title)} · {t('element.note')}
                </p>
                <p>{cat.text(el.requirement)}</p>
              </aside>
            ) : null,
          )}
        </>
      )}
      <nav class="assess-pager" aria-label={t('clause.nav')}>
        {previous ? (
          <a class="assess-button" rel="prev" href={routeHash({ view: 'clause', id, clause: previous })}>
            {t('clause.previous', { clause: cat.clauseLabel(previous) })}
          </a>
        ) : (
          <span />
        )}
        <a class="assess-button" href={overview}>
          {t('clause.overview')}
        </a>
        {next ? (
          <a
            class="assess-button assess-button--primary"
            rel="next"
            href={routeHash({ view: 'clause', id, clause: next })}
          >
            {t('clause.next', { clause: cat.clauseLabel(next) })}
          </a>
        ) : (
          <span />
        )}
      </nav>
    </>
  );
}
