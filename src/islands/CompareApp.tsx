/**
 * The compare island (`/compare/`): fetches the catalog, opens the browser's store read-only and compares the
 * assessments the user picks, following the selection in the address (`#saved=<id>,<id>&examples=1`). Every
 * number comes from the engine's `compareAssessments`, exactly as `assess compare` computes it. Strings arrive
 * resolved in the page's language, which is also the language of the exports.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../catalog/schema.ts';
import { candidateLabels } from '../engine/compare-export.ts';
import { catalogTerms } from '../engine/export-terms.ts';
import { DELIVERY_CATALOG_ID } from '../engine/assessment-constants.ts';
import { itemAt } from '../engine/invariant.ts';
import { fetchCatalog } from '../app/catalog-client.ts';
import { createCompareModel, type CompareModel, type ExampleFile } from '../app/compare-model.ts';
import { elementHref } from '../app/report-format.ts';
import { AssessmentRepository, openBrowserStore } from '../storage/storage.ts';
import type { CompareStrings } from '../i18n/compare.ts';
import { reportText } from '../i18n/report-export.ts';
import { CompareContext, translator, type CompareContextValue, type Translate } from './compare/context.ts';
import { Differences, KeyMatrix } from './compare/Elements.tsx';
import Picker from './compare/Picker.tsx';
import Priorities from './compare/Priorities.tsx';
import RadarFigure from './compare/RadarFigure.tsx';
import { ScoreView } from './compare/ScoreTables.tsx';
import Scopes from './compare/Scopes.tsx';
import Toolbar from './compare/Toolbar.tsx';

export interface CompareAppProps {
  locale: Locale;
  strings: CompareStrings;
  /** The "how scoring works" page in the page's language. */
  scoringHref: string;
}

const CANDIDATES = ['yunling', 'qingshi', 'lanwan'] as const;

/** The three candidate examples in each language, each loaded only when asked for (a separate chunk). */
const CANDIDATE_EXAMPLES: Record<Locale, () => Promise<{ default: unknown }[]>> = {
  'zh-CN': () =>
    Promise.all([
      import('../../assessments/examples/candidates/yunling.zh-CN.json'),
      import('../../assessments/examples/candidates/qingshi.zh-CN.json'),
      import('../../assessments/examples/candidates/lanwan.zh-CN.json'),
    ]),
  en: () =>
    Promise.all([
      import('../../assessments/examples/candidates/yunling.en.json'),
      import('../../assessments/examples/candidates/qingshi.en.json'),
      import('../../assessments/examples/candidates/lanwan.en.json'),
    ]),
};

const loadExamples = (locale: Locale) => async (): Promise<ExampleFile[]> =>
  (await CANDIDATE_EXAMPLES[locale]()).map((m, i) => {
    const name = itemAt(CANDIDATES, i);
    return { name, file: `${name}.${locale}.json`, raw: m.default };
  });

export default function CompareApp(props: CompareAppProps) {
  const [model, setModel] = useState<CompareModel>();
  const [failure, setFailure] = useState<string>();
  const t = useMemo(() => translator(props.strings), [props.strings]);

  useEffect(() => {
    let alive = true;
    let sync: (() => void) | undefined;
    Promise.all([fetchCatalog(DELIVERY_CATALOG_ID, props.locale), openBrowserStore()])
      .then(async ([catalog, store]) => {
        if (!alive) return;
        const m = createCompareModel({
          catalog,
          loadCatalog: (id) => fetchCatalog(id, props.locale),
          repository: new AssessmentRepository(store),
          loadExamples: loadExamples(props.locale),
          locale: props.locale,
        });
        await m.loadSaved();
        await m.applyHash(window.location.hash);
        sync = () => void m.applyHash(window.location.hash);
        window.addEventListener('hashchange', sync);
        if (alive) setModel(m);
      })
      .catch((err: unknown) => {
        if (alive) setFailure(err instanceof Error ? err.message : String(err));
      });
    return () => {
      alive = false;
      if (sync) window.removeEventListener('hashchange', sync);
    };
  }, [props.locale]);

  // The address follows the selection (replaced, not pushed: choosing is not navigating).
  const hash = model?.hash.value;
  useEffect(() => {
    if (hash === undefined || hash === window.location.hash) return;
    if (!hash && !window.location.hash) return;
    history.replaceState(history.state, '', hash || `${window.location.pathname}${window.location.search}`);
  }, [hash]);

  if (failure) {
    return (
      <div class="compare-app" data-pagefind-ignore>
        <p role="alert" class="report-error">
          {t('cmp.catalogFailed', { reason: failure })}
        </p>
      </div>
    );
  }
  return (
    // The comparison is this browser's data, not site content: kept out of the search index.
    <div class="compare-app" data-ready={model ? 'true' : 'false'} data-pagefind-ignore>
      {model ? <ComparePage model={model} t={t} {...props} /> : <p class="report-loading">{t('cmp.loading')}</p>}
    </div>
  );
}

function ComparePage({ model, t, locale, scoringHref }: CompareAppProps & { model: CompareModel; t: Translate }) {
  const catalog = model.catalog.value;
  const comparison = model.comparison.value;
  const problem = model.problem.value;

  const context = useMemo((): CompareContextValue => {
    const terms = catalogTerms(catalog, reportText(locale));
    const elements = new Map(catalog.elements.map((e) => [e.id, e]));
    const clauses = new Map(
      catalog.structure.chapters.flatMap((c) => c.clauses.map((cl) => [cl.number, cl.title[locale]] as const)),
    );
    const chapters = new Map(catalog.structure.chapters.map((c) => [c.number, c.title[locale]] as const));
    return {
      model,
      t,
      locale,
      chapterColumn: terms.chapterColumn,
      clauseColumn: terms.clauseColumn,
      chapterName: terms.chapterName,
      chapterTitle: (n) => chapters.get(n) ?? '',
      clauseTitle: (n) => clauses.get(n) ?? '',
      elementTitle: (id) => elements.get(id)?.title[locale] ?? id,
      elementHref: (id) => elementHref(id, elements.get(id)?.clause ?? '', locale),
      scoringHref,
    };
  }, [model, catalog, locale, t, scoringHref]);

  const labels = comparison ? candidateLabels(comparison) : [];
  const problemText = (() => {
    if (!problem) return '';
    if (problem.code === 'different-catalogs') {
      const name = (id: string) =>
        id === DELIVERY_CATALOG_ID ? t('cmp.catalog.delivery') : t('cmp.catalog.practice', { id });
      return t('cmp.problem.different-catalogs', {
        first: problem.first.file,
        firstCatalog: name(problem.first.catalog),
        other: problem.other.file,
        otherCatalog: name(problem.other.catalog),
      });
    }
    return t(`cmp.problem.${problem.code}`, { count: problem.count });
  })();

  return (
    <CompareContext.Provider value={context}>
      <Picker />
      {problem && (
        <p
          class={problem.code === 'too-few' ? 'compare-hint compare-problem' : 'report-notice compare-problem'}
          role={problem.code === 'too-few' ? 'status' : 'alert'}
          data-testid="compare-problem"
          data-code={problem.code}
        >
          {problemText}
        </p>
      )}
      {comparison && (
        <>
          <Toolbar />
          <article class="compare-report" lang={locale} data-testid="compare-report">
            <Scopes comparison={comparison} labels={labels} />
            <ScoreView
              comparison={comparison}
              view="own"
              labels={labels}
              heading={comparison.sameScope ? t('compare.overall') : t('compare.ownView')}
            />
            {!comparison.sameScope && (
              <ScoreView comparison={comparison} view="common" labels={labels} heading={t('compare.commonView')} />
            )}
            <KeyMatrix comparison={comparison} labels={labels} />
            <Differences comparison={comparison} labels={labels} />
            <RadarFigure comparison={comparison} labels={labels} />
            <Priorities comparison={comparison} labels={labels} />
            <p class="compare-hint">
              {t('compare.note')} <a href={scoringHref}>{t('cmp.method')}</a>
            </p>
          </article>
        </>
      )}
    </CompareContext.Provider>
  );
}
