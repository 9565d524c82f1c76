/**
 * The questionnaire once loaded: the save status, the notice of the last action and the view of the URL
 * hash. Each navigation mounts a fresh view, whose heading takes the focus (see ViewHeading).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AssessmentModel } from '../../app/assessment-model.ts';
import { parseRoute, routeHash, START, type Route } from '../../app/hash-route.ts';
import type { Locale } from '../../catalog/schema.ts';
import type { EngineCatalog } from '../../engine/catalog-index.ts';
import ClauseView from './ClauseView.tsx';
import {
  cachedCatalogView,
  catalogTranslators,
  Context,
  type AssessLinks,
  type Notice,
  type Translate,
} from './context.ts';
import type { AssessStrings } from '../../i18n/assess.ts';
import OverviewView from './OverviewView.tsx';
import SaveStatus from './SaveStatus.tsx';
import { ChangedElsewhere, StorageNotices } from './StorageNotices.tsx';
import StartView, { type StartData } from './StartView.tsx';

interface Props {
  model: AssessmentModel;
  catalog: EngineCatalog;
  strings: AssessStrings;
  t: Translate;
  locale: Locale;
  links: AssessLinks;
  data: StartData;
}

/** The route of the current hash, and whether the user has navigated since the page loaded. */
function useHashRoute() {
  const [state, setState] = useState<{ route: Route; navigated: boolean }>(() => ({
    route: parseRoute(location.hash) ?? START,
    navigated: false,
  }));
  const firstHash = useRef(location.hash);
  useEffect(() => {
    const onChange = () => {
      const route = parseRoute(location.hash);
      if (route) setState({ route, navigated: true });
    };
    window.addEventListener('hashchange', onChange);
    // A change between the first render and this effect fired before there was a listener: read the hash again.
    if (location.hash !== firstHash.current) onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return state;
}

/**
 * Names the view on the page's root element (`data-assess-view`), for the page's styles outside the island: a
 * clause view hides the page's introduction and, on a phone, keeps room for the pager (assess.css). An attribute
 * rather than a `:has()` rule on an ancestor: with such a rule, every answer restyled the whole questionnaire
 * (774 elements where 47 do; CONTRIBUTING.md, "Size, speed and layout shift").
 */
function useViewOnPage(view: Route['view']) {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.assessView = view;
    return () => {
      delete root.dataset.assessView;
    };
  }, [view]);
}

export default function Shell({ model, catalog, strings, t: plainT, locale, links, data }: Props) {
  const { route, navigated } = useHashRoute();
  const notice = useSignal<Notice | null>(null);
  const tOf = useMemo(() => catalogTranslators(strings, locale), [strings, locale]);
  // The views of one assessment speak in its catalog's words; the start view in GB/T 28827.2's.
  const open = route.view === 'start' ? undefined : model.find(route.id);
  const shown = (open && model.catalogOf(open)) ?? catalog;
  const cat = cachedCatalogView(shown, locale);
  const t = shown === catalog ? plainT : tOf(shown);
  const context = useMemo(
    () => ({ model, t, tOf, locale, links, notice, cat }),
    [model, t, tOf, locale, links, notice, cat],
  );
  useViewOnPage(route.view);
  const hash = routeHash(route);
  const current = notice.value?.hash === hash ? notice.value.text : '';

  return (
    <Context.Provider value={context}>
      <div class="assess-app" data-view={route.view}>
        <StorageNotices />
        <ChangedElsewhere />
        {model.loadError.value && (
          <p class="assess-alert" role="alert">
            {t('storage.loadError', { reason: model.loadError.value })}
          </p>
        )}
        <SaveStatus />
        <p class="assess-notice" role="status" data-testid="notice">
          {current}
        </p>
        {route.view === 'start' && <StartView key={hash} focus={navigated} data={data} />}
        {route.view === 'overview' && <OverviewView key={hash} id={route.id} focus={navigated} />}
        {route.view === 'clause' && <ClauseView key={hash} id={route.id} clause={route.clause} focus={navigated} />}
      </div>
    </Context.Provider>
  );
}
