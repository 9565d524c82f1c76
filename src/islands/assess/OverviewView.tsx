/**
 * One assessment's overview: a task list of the clauses by chapter with status and counts, the scope (edited
 * here too), and links to the report and the export.
 */
import { useMemo } from 'preact/hooks';
import { progressOf } from '../../app/assessment-progress.ts';
import { MAX_SNAPSHOTS } from '../../engine/assessment-constants.ts';
import { routeHash } from '../../app/hash-route.ts';
import { reportHref, useAssess } from './context.ts';
import { downloadText } from '../download.ts';
import NotFound from './NotFound.tsx';
import CatalogBanner from './CatalogBanner.tsx';
import ScopeFields from './ScopeFields.tsx';
import ViewHeading from './ViewHeading.tsx';
import LazyXlsxImport from './LazyXlsxImport.tsx';

export default function OverviewView({ id, focus }: { id: string; focus: boolean }) {
  const { model, t, links, cat, notice, locale } = useAssess();
  const assessment = model.find(id);
  const progress = useMemo(() => assessment && progressOf(cat.catalog, assessment), [cat.catalog, assessment]);
  if (!assessment || !progress) return <NotFound focus={focus} />;
  const hash = routeHash({ view: 'overview', id });
  const next = progress.clauses.find((c) => c.inScope && c.status !== 'completed');

  return (
    <>
      <p class="assess-crumbs">
        <a href={routeHash({ view: 'start' })}>{t('app.backToStart')}</a>
      </p>
      <ViewHeading focus={focus} title={assessment.title}>
        {assessment.title}
      </ViewHeading>
      <CatalogBanner catalog={cat.catalog} />
      <p class="assess-meta">
        <span>{t('overview.subject', { subject: assessment.subject })}</span>
        <span>{t('overview.perspective', { perspective: t(`perspective.${assessment.perspective}`) })}</span>
      </p>
      <p class="assess-progress" data-testid="overview-progress">
        <span class="assess-progress__bar" aria-hidden="true">
          <span style={{ width: `${Math.round(progress.completeness * 100)}%` }} />
        </span>
        {t('overview.progress', { answered: progress.answered, total: progress.total })}
        {progress.flagged > 0 && <> · {t('overview.flagged', { n: progress.flagged })}</>}
      </p>
      <div class="assess-actions">
        {next && (
          <a class="assess-button assess-button--primary" href={routeHash({ view: 'clause', id, clause: next.clause })}>
            {t('overview.continue', { clause: cat.clauseLabel(next.clause) })}
          </a>
        )}
        <a class="assess-button" href={reportHref(links, id)} data-testid="report-link">
          {t('overview.report')}
        </a>
        {links.review && (
          <a class="assess-button" href={`${links.review}#${encodeURIComponent(id)}`} data-testid="review-link">
            {t('overview.review')}
          </a>
        )}
        {links.history && (
          <a class="assess-button" href={`${links.history}#${encodeURIComponent(id)}`} data-testid="history-link">
            {t('overview.history')}
          </a>
        )}
        <button
          type="button"
          class="assess-button"
          onClick={() => {
            const file = model.exportFile(id, locale);
            if (!file) return;
            downloadText(file.name, file.text);
            const dropped = file.dropped.map((s) => s.label).join('”“');
            notice.value = {
              text: [
                t('start.exported', { file: file.name }),
                dropped && t('start.snapshotDropped', { max: MAX_SNAPSHOTS, labels: dropped }),
              ]
                .filter(Boolean)
                .join(' '),
              hash,
            };
          }}
        >
          {t('overview.export')}
        </button>
      </div>

      <section class="assess-section" aria-labelledby="tasks-heading">
        <h3 id="tasks-heading">{t('overview.tasksHeading')}</h3>
        {cat.chapters.map((chapter) => (
          <div class="assess-chapter" key={chapter.number}>
            <h4 id={`chapter-${chapter.number}`}>
              {t('overview.chapter', { n: chapter.number, title: cat.text(chapter.title) })}
            </h4>
            <ol class="assess-tasks" role="list" aria-labelledby={`chapter-${chapter.number}`}>
              {progress.clauses
                .filter((c) => c.chapter === chapter.number)
                .map((c) => {
                  const label = cat.clauseLabel(c.clause);
                  const status = c.status ?? 'out-of-scope';
                  return (
                    <li class={`assess-task assess-task--${status}`} key={c.clause} data-clause={c.clause}>
                      {c.inScope ? (
                        <a class="assess-task__title" href={routeHash({ view: 'clause', id, clause: c.clause })}>
                          {label}
                        </a>
                      ) : (
                        <span class="assess-task__title">{label}</span>
                      )}
                      {c.inScope && (
                        <span class="assess-task__count">
                          {t('overview.counts', { answered: c.answered, total: c.total })}
                          {c.flagged > 0 && <> · {t('overview.flagged', { n: c.flagged })}</>}
                        </span>
                      )}
                      <span class={`assess-tag assess-tag--${status}`} data-testid="clause-status">
                        {c.status ? t(`status.${c.status}`) : t('overview.outOfScope')}
                      </span>
                    </li>
                  );
                })}
            </ol>
          </div>
        ))}
      </section>

      <LazyXlsxImport id={id} />

      {!cat.practice && (
        <section class="assess-section" aria-label={t('scope.legend')}>
          <ScopeFields
            scope={assessment.scope}
            onChange={async (scope) => {
              await model.setScope(id, scope);
              notice.value = { text: t('scope.changed'), hash };
            }}
          />
        </section>
      )}
    </>
  );
}
