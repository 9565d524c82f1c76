/**
 * The assessment report island. It fetches the catalog, opens the browser's store and shows the assessment
 * whose local ID is in the address (`/report/#<id>`), following the address when it changes. All numbers come
 * from the engine, exactly as the CLI computes them. Strings arrive resolved in the page's language (the UI's and
 * the report's to start with); when the user shows the report in another language, its words are fetched with its
 * catalog texts (src/app/report-strings-client.ts).
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
import type { ReportStrings } from '../i18n/report.ts';
import type { ReviewStrings } from '../i18n/review.ts';
import { translatorOf } from '../engine/message.ts';
import type { ReportKey, ReportTranslator } from '../i18n/report-export.ts';
import { fetchReportWords, type ReportWords } from '../app/report-strings-client.ts';
import ReviewNote from './review/ReviewNote.tsx';
import Later, { allDrawn } from './shared/Later.tsx';
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
  /** Every string of the island, resolved, in the page's language. */
  strings: ReportStrings;
  /** The questionnaire in the page's language. */
  assessHref: string;
  /** The "how scoring works" page in each language. */
  scoringHref: Record<Locale, string>;
  /** The review page's strings (claimed vs verified) in the page's language, and the page itself. */
  reviewStrings?: ReviewStrings;
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

const inBrowser = typeof window !== 'undefined';
/** Where report.css draws the summary after the overall result (keep the two in step). */
const PHONE_ORDER = 'screen and (max-width: 37.49rem)';

export default function ReportApp(props: ReportAppProps) {
  const [model, setModel] = useState<ReportModel>();
  const [failure, setFailure] = useState<string>();
  /** The words of the other report languages fetched so far. */
  const [fetchedWords, setFetchedWords] = useState<Partial<Record<Locale, ReportWords>>>({});
  const t = useMemo(() => translator(props.strings), [props.strings]);

  useEffect(() => {
    let alive = true;
    let sync: (() => void) | undefined;
    // The report draws from its cut of the catalog; the Excel export fetches the whole one when asked for.
    Promise.all([fetchReportCatalog(DELIVERY_CATALOG_ID, props.uiLocale), openBrowserStore()])
      .then(([catalog, store]) => {
        if (!alive) return;
        const m = createReportModel({
          catalog,
          loadCatalog: (id) => fetchReportCatalog(id, props.uiLocale),
          // Another report language: its catalog texts, and its words unless it is the page's.
          loadLocale: async (locale, ids) => {
            const [words] = await Promise.all([
              locale === props.uiLocale ? undefined : fetchReportWords(locale),
              ...ids.map((id) => fetchReportCatalog(id, locale)),
            ]);
            if (words) setFetchedWords((known) => ({ ...known, [locale]: words }));
          },
          loadWholeCatalog: (id, locale) => fetchCatalog(id, locale),
          repository: new AssessmentRepository(store),
          newId,
          locale: props.uiLocale,
          // The trash takes a saved assessment that an opened file replaces, so it can be restored: opened then.
          loadTrash: () => import('../storage/trash.ts').then(({ openBrowserTrash }) => openBrowserTrash()),
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
      {model ? (
        <ReportPage model={model} {...props} t={t} fetchedWords={fetchedWords} />
      ) : (
        <p class="report-loading">{t('app.loading')}</p>
      )}
    </div>
  );
}

/** The report of a loaded model (exported for the unit test that draws it from both cuts of the catalog). */
export function ReportPage({
  model,
  t,
  fetchedWords = {},
  ...props
}: ReportAppProps & {
  model: ReportModel;
  t: ReturnType<typeof translator>;
  /** The words of other report languages than the page's, fetched before the report is shown in one. */
  fetchedWords?: Partial<Record<Locale, ReportWords>>;
}) {
  const state = model.state.value;
  const report = model.report.value;
  const locale = model.reportLocale.value;
  // The report language's words: the page's from the props, another's as fetched (always before it is shown).
  const words =
    (locale !== props.uiLocale && fetchedWords[locale]) ||
    ({ report: props.strings, review: props.reviewStrings } as const);
  const [explaining, setExplaining] = useState<ScoreTarget | null>(null);
  // On a phone the one-page summary comes after the overall result, below the first screen (report.css): there it
  // waits for its turn, so the first screen is drawn without laying out its text. Elsewhere it opens the report.
  const [summaryLater] = useState(() => inBrowser && window.matchMedia(PHONE_ORDER).matches);
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
    // The export words come resolved in the report's strings (reportStrings): the same as `reportText(locale)`.
    const exportWords: ReportTranslator = Object.assign(translatorOf<ReportKey>(words.report, locale), { locale });
    const terms = catalogTerms(catalog, exportWords);
    // A related practice's report speaks of its own parties, parts and sections.
    const strings = terms.practice
      ? stringsForPractice(
          words.report,
          {
            supplier: terms.party('supplier'),
            customer: terms.practice.parties.customer ? terms.party('customer') : '',
          },
          locale,
        )
      : words.report;
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
  }, [model, catalog, locale, props.uiLocale, words.report, props.scoringHref, t, explain]);

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
  const summary = <ExecutiveSummary summary={executiveSummary(report.assessment, report.result, report.plan)} />;
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
      <article
        class="report"
        lang={locale}
        aria-labelledby="report-title"
        data-testid="report"
        data-id={report.id}
        data-drawn={allDrawn}
      >
        <ReportHeader assessment={report.assessment} />
        {summaryLater ? <Later>{summary}</Later> : summary}
        <ReportOverall result={report.result} />
        {props.reviewStrings && words.review && props.reviewHref && (
          <ReviewNote
            id={report.id}
            assessment={report.assessment}
            catalog={report.catalog}
            strings={words.review}
            gradeName={(g) => (g ? context.r(`grade.${g}`) : context.r('grade.none'))}
            reviewHref={props.reviewHref}
            locale={locale}
          />
        )}
        {/* Below the summary, each section (and each further batch of a long table's rows) is drawn in its own
            turn, so drawing the report does not block the page for long (src/app/draw-turns.ts). */}
        <Later>
          <ChapterScores result={report.result} />
        </Later>
        <Later>
          <ClauseScores result={report.result} />
        </Later>
        <Later>
          <GapTable result={report.result} />
        </Later>
        <Later>
          <PlanSection plan={report.plan} />
        </Later>
        <Later>
          <CustomerReadiness result={report.result} plan={report.customerPlan} />
        </Later>
        <Later>
          <NotApplicableTable result={report.result} assessment={report.assessment} />
        </Later>
        <Later>
          <AnswerDetailsTable result={report.result} assessment={report.assessment} />
        </Later>
        <Later>
          <FlaggedTable result={report.result} assessment={report.assessment} />
        </Later>
        <Later>
          <UnansweredTable result={report.result} />
        </Later>
      </article>
      {ExplainDialog && <ExplainDialog result={report.result} target={explaining} onClose={closeExplanation} />}
    </ReportContext.Provider>
  );
}
