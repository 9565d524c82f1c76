/**
 * The assessment report island. It fetches the catalog, opens the browser's store and shows the assessment
 * whose local ID is in the address (`/report/#<id>`), following the address when it changes. All numbers come
 * from the engine, exactly as the CLI computes them. Strings arrive resolved, in both languages: the UI uses the
 * page's, the report the language the user picks.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../catalog/schema.ts';
import { catalogTerms } from '../engine/export-terms.ts';
import { DELIVERY_CATALOG_ID } from '../engine/assessment-constants.ts';
import { practiceOf } from '../engine/catalog-index.ts';
import type { ScoreTarget } from '../engine/score.ts';
import { stringsForPractice } from '../app/practice-wording.ts';
import { fetchCatalog, fetchReportCatalog } from '../app/catalog-client.ts';
import { createReportModel, type ReportModel } from '../app/report-model.ts';
import { elementHref, translator } from '../app/report-format.ts';
import { AssessmentRepository, newId, openBrowserStore } from '../storage/storage.ts';
import { openBrowserTrash } from '../storage/trash.ts';
import type { ReportStrings } from '../i18n/report.ts';
import type { ReviewStrings } from '../i18n/review.ts';
import { localeTranslator } from '../engine/message.ts';
import ReviewNote from './review/ReviewNote.tsx';
import { ReportContext, type ReportContextValue } from './report/context.ts';
import EmptyState from './report/EmptyState.tsx';
import type ExplainDialogView from './report/ExplainDialog.tsx';
import IssueList from './report/IssueList.tsx';
import PlanSection from './report/PlanSection.tsx';
import ReportToolbar from './report/ReportToolbar.tsx';
import { ChapterScores, ClauseScores } from './report/ScoreFigures.tsx';
import {
  AnswerDetailsTable,
  CustomerReadiness,
  FlaggedTable,
  GapTable,
  NotApplicableTable,
  UnansweredTable,
} from './report/ElementTables.tsx';
import { ExecutiveSummary, ReportHeader, ReportOverall } from './report/ReportSummary.tsx';
import { executiveSummary } from '../app/report-content.ts';

export interface ReportAppProps {
  /** Language of the page. */
  uiLocale: Locale;
  /** Every string of the island, resolved, in both languages. */
  strings: Record<Locale, ReportStrings>;
  /** The questionnaire in the page's language. */
  assessHref: string;
  /** The "how scoring works" page in each language. */
  scoringHref: Record<Locale, string>;
  /** The review page's strings (claimed vs verified) in both languages, and the page itself. */
  reviewStrings?: Record<Locale, ReviewStrings>;
  reviewHref?: string;
}

/** The local ID in the address: `#<id>` (a leading slash is tolerated). */
function idFromHash(hash: string): string | null {
  const raw = hash.replace(/^#\/?/, '');
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export default function ReportApp(props: ReportAppProps) {
  const [model, setModel] = useState<ReportModel>();
  const [failure, setFailure] = useState<string>();
  const t = useMemo(() => translator(props.strings[props.uiLocale]), [props.strings, props.uiLocale]);

  useEffect(() => {
    let alive = true;
    let sync: (() => void) | undefined;
    // The trash takes a saved assessment that an opened file replaces, so it can be restored.
    // The report draws from its cut of the catalog; the Excel export fetches the whole one when asked for.
    Promise.all([fetchReportCatalog(DELIVERY_CATALOG_ID, props.uiLocale), openBrowserStore(), openBrowserTrash()])
      .then(([catalog, store, trash]) => {
        if (!alive) return;
        const m = createReportModel({
          catalog,
          loadCatalog: (id) => fetchReportCatalog(id, props.uiLocale),
          loadLocale: async (locale, ids) => void (await Promise.all(ids.map((id) => fetchReportCatalog(id, locale)))),
          loadWholeCatalog: (id, locale) => fetchCatalog(id, locale),
          repository: new AssessmentRepository(store),
          newId,
          locale: props.uiLocale,
          trash,
        });
        sync = () => void m.load(idFromHash(window.location.hash));
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
      <div class="report-app" data-pagefind-ignore>
        <p role="alert" class="report-error">
          {t('app.catalogFailed', { reason: failure })}
        </p>
      </div>
    );
  }
  return (
    // The report is this browser's data, not site content: kept out of the search index.
    <div class="report-app" data-ready={model ? 'true' : 'false'} data-pagefind-ignore>
      {model ? <ReportPage model={model} {...props} t={t} /> : <p class="report-loading">{t('app.loading')}</p>}
    </div>
  );
}

/** The report of a loaded model (exported for the unit test that draws it from both cuts of the catalog). */
export function ReportPage({
  model,
  t,
  ...props
}: ReportAppProps & { model: ReportModel; t: ReturnType<typeof translator> }) {
  const state = model.state.value;
  const report = model.report.value;
  const locale = model.reportLocale.value;
  const [explaining, setExplaining] = useState<ScoreTarget | null>(null);
  // The explanation dialog's view loads on the first "explain" (nothing of it shows before).
  const [ExplainDialog, setExplainDialog] = useState<typeof ExplainDialogView>();
  const opener = useRef<HTMLElement | null>(null);

  const explain = useCallback((target: ScoreTarget, from: HTMLElement) => {
    opener.current = from;
    void import('./report/ExplainDialog.tsx').then(({ default: view }) => {
      if (opener.current !== from) return; // another score was asked for meanwhile
      setExplainDialog(() => view);
      setExplaining(target);
    });
  }, []);
  const closeExplanation = useCallback(() => {
    setExplaining(null);
    opener.current?.focus();
  }, []);

  const catalog = report?.catalog ?? model.catalog;
  const context = useMemo((): ReportContextValue => {
    // The export words come resolved in `props.strings` (reportStrings): the same as `reportText(locale)`.
    const terms = catalogTerms(catalog, localeTranslator(props.strings, locale));
    // A related practice's report speaks of its own parties, parts and sections.
    const strings = terms.practice
      ? stringsForPractice(
          props.strings[locale],
          {
            supplier: terms.party('supplier'),
            customer: terms.practice.parties.customer ? terms.party('customer') : '',
          },
          locale,
        )
      : props.strings[locale];
    const elements = new Map(catalog.elements.map((e) => [e.id, e]));
    const clauses = new Map(
      catalog.structure.chapters.flatMap((c) => c.clauses.map((cl) => [cl.number, cl.title[locale]] as const)),
    );
    const chapters = new Map(catalog.structure.chapters.map((c) => [c.number, c.title[locale]] as const));
    return {
      model,
      uiLocale: props.uiLocale,
      t,
      locale,
      r: translator(strings),
      practice: practiceOf(catalog),
      elementTitle: (id) => elements.get(id)?.title[locale] ?? id,
      isLeadIn: (id) => elements.get(id)?.source === 'official-lead-in',
      clauseTitle: (n) => clauses.get(n) ?? '',
      chapterTitle: (n) => chapters.get(n) ?? '',
      elementHref: (id) => elementHref(id, elements.get(id)?.clause ?? '', locale),
      scoringHref: props.scoringHref[locale],
      explain,
    };
  }, [model, catalog, locale, props.uiLocale, props.strings, props.scoringHref, t, explain]);

  // A different assessment closes an open explanation.
  useEffect(() => setExplaining(null), [report?.id]);

  if (state.status === 'loading' || (state.status === 'ready' && !report)) {
    return <p class="report-loading">{t('app.loading')}</p>;
  }
  const storeNotice = model.storeKind === 'memory' && <p class="report-notice">{t('app.memoryStore')}</p>;
  if (state.status !== 'ready') {
    return (
      <>
        {storeNotice}
        <EmptyState model={model} state={state} t={t} assessHref={props.assessHref} />
      </>
    );
  }
  if (!report) return null;
  return (
    <ReportContext.Provider value={context}>
      {storeNotice}
      <ReportToolbar model={model} t={t} />
      {report.issues.length > 0 && (
        <div class="report-notice" data-testid="record-issues">
          <p>{t('record.issues')}</p>
          <IssueList issues={report.issues} t={t} />
        </div>
      )}
      <article class="report" lang={locale} aria-labelledby="report-title" data-testid="report" data-id={report.id}>
        <ReportHeader assessment={report.assessment} />
        <ExecutiveSummary summary={executiveSummary(report.assessment, report.result, report.plan)} />
        <ReportOverall result={report.result} />
        {props.reviewStrings && props.reviewHref && (
          <ReviewNote
            id={report.id}
            assessment={report.assessment}
            catalog={report.catalog}
            strings={props.reviewStrings[locale]}
            gradeName={(g) => (g ? context.r(`grade.${g}`) : context.r('grade.none'))}
            reviewHref={props.reviewHref}
            locale={locale}
          />
        )}
        <ChapterScores result={report.result} />
        <ClauseScores result={report.result} />
        <GapTable result={report.result} />
        <PlanSection plan={report.plan} />
        <CustomerReadiness result={report.result} plan={report.customerPlan} />
        <NotApplicableTable result={report.result} assessment={report.assessment} />
        <AnswerDetailsTable result={report.result} assessment={report.assessment} />
        <FlaggedTable result={report.result} assessment={report.assessment} />
        <UnansweredTable result={report.result} />
      </article>
      {ExplainDialog && <ExplainDialog result={report.result} target={explaining} onClose={closeExplanation} />}
    </ReportContext.Provider>
  );
}
