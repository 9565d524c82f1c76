/**
 * The assessment questionnaire. Loads the catalogs (`/catalog.json`, `/practices/<id>.json`) and the browser's store, then shows the
 * view named by the URL hash. Strings arrive resolved for the page's language. On the server it renders only
 * the loading line; everything else needs the browser.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { AssessmentModel } from '../app/assessment-model.ts';
import { fetchCatalog } from '../app/catalog-client.ts';
import { openAssessmentChannel, openBrowserStore } from '../app/storage.ts';
import type { Locale } from '../catalog/schema.ts';
import type { EngineCatalog } from '../engine/index.ts';
import type { AssessStrings } from '../i18n/assess.ts';
import { translator, type AssessLinks } from './assess/context.ts';
import Shell from './assess/Shell.tsx';

export interface AssessmentAppProps {
  strings: AssessStrings;
  locale: Locale;
  links: AssessLinks;
}

type Boot =
  | { status: 'loading' }
  | { status: 'ready'; model: AssessmentModel; catalog: EngineCatalog }
  | { status: 'failed'; reason: string };

export default function AssessmentApp({ strings, locale, links }: AssessmentAppProps) {
  const t = useMemo(() => translator(strings), [strings]);
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const [[catalog, ...practices], store] = await Promise.all([
          Promise.all(links.catalogs.map((id) => fetchCatalog(id))),
          openBrowserStore(),
        ]);
        const model = new AssessmentModel({
          store,
          catalog: catalog!,
          practices,
          channel: openAssessmentChannel(store.kind),
        });
        await model.load();
        if (live) setBoot({ status: 'ready', model, catalog: model.catalog });
      } catch (err) {
        if (live) setBoot({ status: 'failed', reason: err instanceof Error ? err.message : String(err) });
      }
    })();
    return () => {
      live = false;
    };
  }, [links.catalogs]);

  if (boot.status === 'loading') {
    return (
      <p class="assess-loading" aria-busy="true">
        {t('app.loading')}
      </p>
    );
  }
  if (boot.status === 'failed') {
    return (
      <p class="assess-alert" role="alert">
        {t('app.catalogError', { reason: boot.reason })}
      </p>
    );
  }
  return <Shell model={boot.model} catalog={boot.catalog} strings={strings} t={t} locale={locale} links={links} />;
}
