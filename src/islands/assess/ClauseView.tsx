/**
 * One clause of an assessment: a short heading with where it stands (its place among the clauses in scope and
 * how many of its applicable elements are answered), its requirement elements as questions, its informative notes
 * as text, and a bar of links to the previous and next clause in scope and back to the overview (held at the
 * bottom of the screen on a phone, assess.css).
 */
import { useMemo } from 'preact/hooks';
import { clauseStepOf, progressOf } from '../../app/assessment-progress.ts';
import { routeHash } from '../../app/hash-route.ts';
import { isAnswerable, isClauseInScopeOf } from '../../engine/catalog-index.ts';
import CatalogBanner from './CatalogBanner.tsx';
import { useAssess } from './context.ts';
import ElementQuestion from './ElementQuestion.tsx';
import NotFound from './NotFound.tsx';
import ViewHeading from './ViewHeading.tsx';

const NO_PARTS: never[] = [];

export default function ClauseView({ id, clause, focus }: { id: string; clause: string; focus: boolean }) {
  const { model, t, cat } = useAssess();
  const assessment = model.find(id);
  const found = cat.clause(clause);
  const progress = useMemo(() => assessment && progressOf(cat.catalog, assessment), [cat.catalog, assessment]);
  // The clause's elements and each one's sub-items, the same arrays from one answer to the next, so that only the
  // question whose answer changed renders again (ElementQuestion is memoized on its props).
  const { elements, partsOf } = useMemo(() => {
    const list = (found?.clause.elements ?? []).map((eid) => cat.index.byId.get(eid)).filter((e) => e !== undefined);
    const parts = new Map(list.map((el) => [el.id, list.filter((p) => p.kind === 'sub-item' && p.parent === el.id)]));
    return { elements: list, partsOf: parts };
  }, [cat, found]);
  if (!assessment || !progress) return <NotFound focus={focus} />;
  if (!found) return <NotFound focus={focus} message={t('app.clauseNotFound', { clause })} />;

  const overview = routeHash({ view: 'overview', id });
  const inScope = isClauseInScopeOf(cat.catalog, assessment.scope, clause);
  const step = clauseStepOf(progress, clause);
  if (!step) return <NotFound focus={focus} message={t('app.clauseNotFound', { clause })} />;
  const { previous, next } = step;
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
      {step.position !== null && (
        <p class="assess-progress assess-clause-status">
          <span data-testid="clause-position">
            {t('clause.position', { position: step.position, count: step.count })}
          </span>
          <span data-testid="clause-progress">
            {t('clause.counts', { answered: step.rated, applicable: step.applicable })}
          </span>
          <span class="assess-progress__bar" aria-hidden="true">
            <span style={{ width: `${Math.round(step.completeness * 100)}%` }} />
          </span>
        </p>
      )}
      <CatalogBanner catalog={cat.catalog} />
      <p class="assess-purpose">{cat.text(found.clause.purpose)}</p>
      {!inScope ? (
        <p class="assess-warning">{t('clause.outOfScope')}</p>
      ) : (
        <>
          {elements.map((el) =>
            isAnswerable(el) ? (
              <ElementQuestion
                key={el.id}
                id={id}
                element={el}
                answer={Object.hasOwn(assessment.answers, el.id) ? assessment.answers[el.id] : undefined}
                parts={partsOf.get(el.id) ?? NO_PARTS}
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
      <nav class="assess-pager" aria-label={t('clause.nav')} data-testid="clause-pager">
        {previous ? (
          <a class="assess-button" rel="prev" href={routeHash({ view: 'clause', id, clause: previous })}>
            {t('clause.previous', { clause: previous })}
            <ClauseTitle clause={previous} />
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
            {t('clause.next', { clause: next })}
            <ClauseTitle clause={next} />
          </a>
        ) : (
          <span />
        )}
      </nav>
    </>
  );
}

/** The title after a clause number in the bar; a phone has room for the number only (the name keeps the title). */
function ClauseTitle({ clause }: { clause: string }) {
  const { cat } = useAssess();
  const found = cat.clause(clause);
  return found ? <span class="assess-pager__title"> {cat.text(found.clause.title)}</span> : null;
}
