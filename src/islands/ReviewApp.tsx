/**
 * The review island (`/review/#<id>`; the supplier's view is `#<id>/supplier`): a customer verifies a supplier's
 * self-assessment element by element, the supplier reads the verdicts beside each answer and replies, and each
 * side exports the file for the other. Claimed and verified scores come from the engine, exactly as
 * `assess review` computes them. Strings arrive resolved in both languages; the page's language is used.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../catalog/schema.ts';
import { DELIVERY_CATALOG_ID, MAX_SNAPSHOTS } from '../engine/assessment-constants.ts';
import { fetchCatalog } from '../app/catalog-client.ts';
import { translator } from '../app/report-format.ts';
import { createReviewModel, type ReviewModel, type ReviewRole } from '../app/review-model.ts';
import { AssessmentRepository, newId, openBrowserStore } from '../storage/storage.ts';
import { openBrowserTrash } from '../storage/trash.ts';
import type { ReportStrings } from '../i18n/report.ts';
import { reviewTranslator, type ReviewStrings } from '../i18n/review.ts';
import { downloadText } from './download.ts';
import ElementReviewList from './review/ElementReviewList.tsx';
import { ReviewContext, type ReviewContextValue } from './review/context.ts';
import { DisputedTable, ReviewScores } from './review/ReviewScores.tsx';
import {
  EmptyView,
  OpenFileControl,
  PageLinks,
  SaveLine,
  localTime,
  parseHash,
  type AssessmentLinks,
} from './review/shared.tsx';

export interface ReviewAppProps {
  uiLocale: Locale;
  strings: Record<Locale, ReviewStrings>;
  /** The report's strings (levels, grades, columns, file problems). */
  reportStrings: Record<Locale, ReportStrings>;
  links: AssessmentLinks;
}

const roleHash = (id: string, role: ReviewRole) =>
  `#${encodeURIComponent(id)}${role === 'supplier' ? '/supplier' : ''}`;

export default function ReviewApp(props: ReviewAppProps) {
  const [model, setModel] = useState<ReviewModel>();
  const [failure, setFailure] = useState<string>();
  const t = useMemo(() => reviewTranslator(props.strings[props.uiLocale]), [props.strings, props.uiLocale]);

  useEffect(() => {
    let alive = true;
    let sync: (() => void) | undefined;
    // The trash takes a saved assessment that an opened file replaces, so it can be restored.
    Promise.all([fetchCatalog(DELIVERY_CATALOG_ID, props.uiLocale), openBrowserStore(), openBrowserTrash()])
      .then(([catalog, store, trash]) => {
        if (!alive) return;
        const m = createReviewModel({
          catalog,
          loadCatalog: (id) => fetchCatalog(id, props.uiLocale),
          repository: new AssessmentRepository(store),
          newId,
          locale: props.uiLocale,
          trash,
        });
        sync = () => {
          const { id, suffix } = parseHash(window.location.hash);
          m.setRole(suffix === 'supplier' ? 'supplier' : 'reviewer');
          void m.load(id);
        };
        sync();
        window.addEventListener('hashchange', sync);
        setModel(m);
      })
      .catch((err: unknown) => {
        if (alive) setFailure(err instanceof Error ? err.message : String(err));
      });
    return () => {
      alive = false;
      if (sync) window.removeEventListener('hashchange', sync);
    };
  }, [props.uiLocale]);

  if (failure) {
    return (
      <div class="report-app review-app" data-pagefind-ignore>
        <p role="alert" class="report-error">
          {t('app.catalogFailed', { reason: failure })}
        </p>
      </div>
    );
  }
  return (
    <div class="report-app review-app" data-ready={model ? 'true' : 'false'} data-pagefind-ignore>
      {model ? <ReviewPage model={model} {...props} t={t} /> : <p class="report-loading">{t('app.loading')}</p>}
    </div>
  );
}

function ReviewPage({
  model,
  t,
  ...props
}: ReviewAppProps & { model: ReviewModel; t: ReturnType<typeof reviewTranslator> }) {
  const state = model.state.value;
  const review = model.review.value;
  const locale = props.uiLocale;
  const r = useMemo(() => translator(props.reportStrings[locale]), [props.reportStrings, locale]);
  const [notice, setNotice] = useState<string>('');
  const catalog = state.status === 'ready' ? state.catalog : model.catalog;

  const context = useMemo((): ReviewContextValue => {
    const elements = new Map(catalog.elements.map((e) => [e.id, e]));
    const clauses = new Map(
      catalog.structure.chapters.flatMap((c) => c.clauses.map((cl) => [cl.number, cl.title[locale]] as const)),
    );
    const chapters = new Map(catalog.structure.chapters.map((c) => [c.number, c.title[locale]] as const));
    return {
      model,
      t,
      r,
      locale,
      element: (id) => elements.get(id),
      clauseTitle: (n) => clauses.get(n) ?? '',
      chapterTitle: (n) => chapters.get(n) ?? '',
    };
  }, [model, catalog, locale, t, r]);

  const onOpened = (id: string) => {
    window.location.hash = roleHash(id, model.role.value);
  };
  const openFile = <OpenFileControl model={model} t={t} r={r} onOpened={onOpened} idPrefix="review" />;
  const storeNotice = model.storeKind === 'memory' && <p class="report-notice">{t('app.memoryStore')}</p>;

  if (state.status !== 'ready') {
    return (
      <>
        {storeNotice}
        <EmptyView state={state} t={t} />
        {state.status !== 'loading' && openFile}
      </>
    );
  }
  const { assessment, id } = state;
  const role = model.role.value;

  const download = (file: { name: string; text: string; type: string } | undefined) => {
    if (!file) return;
    downloadText(file.name, file.text, file.type);
    setNotice(t('export.done', { file: file.name }));
  };
  const exportJson = async () => {
    const file = await model.exportReviewed(locale);
    if (!file) return;
    downloadText(file.name, file.text, file.type);
    const dropped = file.dropped.map((s) => s.label).join('”“');
    setNotice(
      [t('export.done', { file: file.name }), dropped && t('export.dropped', { max: MAX_SNAPSHOTS, labels: dropped })]
        .filter(Boolean)
        .join(' '),
    );
  };

  return (
    <ReviewContext.Provider value={context}>
      {storeNotice}
      <PageLinks links={props.links} id={id} t={t} current="review" />
      <header class="review-header" data-testid="review" data-id={id}>
        <h2 id="review-title">{assessment.title}</h2>
        <p class="review-meta">
          <span>{t('meta.subject', { subject: assessment.subject })}</span>
          <span>{t('meta.perspective', { perspective: r(`perspective.${assessment.perspective}`) })}</span>
        </p>
        {assessment.perspective !== 'supplier-self' && <p class="report-notice">{t('meta.notSelf')}</p>}
      </header>

      <fieldset class="review-role" data-testid="review-role">
        <legend>{t('role.legend')}</legend>
        {(['reviewer', 'supplier'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="review-role"
              value={value}
              checked={role === value}
              onChange={() => {
                history.replaceState(null, '', roleHash(id, value));
                model.setRole(value);
              }}
            />{' '}
            {t(`role.${value}`)}
          </label>
        ))}
      </fieldset>

      <div class="review-reviewer">
        {role === 'reviewer' ? (
          <>
            <label for="review-reviewer">{t('reviewer.label')}</label>
            <input
              id="review-reviewer"
              type="text"
              value={assessment.review?.reviewer ?? ''}
              aria-describedby="review-reviewer-hint"
              onChange={(e) => void model.setReviewer((e.currentTarget as HTMLInputElement).value)}
            />
            <span id="review-reviewer-hint" class="review-hint">
              {t('reviewer.hint')}
            </span>
          </>
        ) : (
          <p data-testid="review-reviewer">
            {assessment.review?.reviewer
              ? t('reviewer.shown', { reviewer: assessment.review.reviewer })
              : t('reviewer.none')}
          </p>
        )}
        {assessment.review?.date && <p>{t('reviewer.date', { date: localTime(assessment.review.date, locale) })}</p>}
      </div>
      <SaveLine status={model.editStatus.value} t={t} />

      {review ? (
        <>
          <ReviewScores review={review} />
          <DisputedTable review={review} />
          <ElementReviewList />
        </>
      ) : (
        <p class="report-loading">{t('app.loading')}</p>
      )}

      <section class="report-section review-exports" aria-labelledby="review-export-heading">
        <h3 id="review-export-heading">{t('export.heading')}</h3>
        <p class="review-actions">
          <button
            type="button"
            class="report-button"
            data-testid="review-export-json"
            onClick={() => void exportJson()}
          >
            {t('export.json')}
          </button>
          <button type="button" class="report-button" onClick={() => download(model.exportReview('markdown'))}>
            {t('export.markdown')}
          </button>
          <button type="button" class="report-button" onClick={() => download(model.exportReview('csv'))}>
            {t('export.csv')}
          </button>
        </p>
        <p class="review-hint">{t('export.jsonHint')}</p>
        <p role="status" data-testid="review-export-status">
          {notice}
        </p>
        {openFile}
      </section>
    </ReviewContext.Provider>
  );
}
