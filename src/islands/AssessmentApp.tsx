/**
 * The assessment questionnaire. Loads the catalog (`/catalog.<locale>.json`; a related practice's when needed) and the browser's store, then shows the
 * view named by the URL hash. Strings arrive resolved for the page's language. On the server it renders only
 * the loading line; everything else needs the browser.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { AssessmentModel } from '../app/assessment-model.ts';
import { fetchCatalog } from '../app/catalog-client.ts';
import { openAssessmentChannel, openBrowserStore } from '../storage/storage.ts';
import { openNamedBrowserStore, TEMPLATE_STORE } from '../storage/browser-store.ts';
import { DataModel } from '../app/data-model.ts';
import { openBrowserTrash } from '../storage/trash.ts';
import type { DataPanelProps } from '../lib/data-panel.ts';
import type { Locale } from '../catalog/schema.ts';
import { DELIVERY_CATALOG_ID } from '../engine/assessment-constants.ts';
import type { EngineCatalog } from '../engine/catalog-index.ts';
import type { AssessStrings } from '../i18n/assess.ts';
import { translator, type AssessLinks } from './assess/context.ts';
import Shell from './assess/Shell.tsx';

export interface AssessmentAppProps {
  strings: AssessStrings;
  locale: Locale;
  links: AssessLinks;
  /** The "backup and trash" panel of the start view. */
  data: DataPanelProps;
}

type Boot =
  | { status: 'loading' }
  | { status: 'ready'; model: AssessmentModel; catalog: EngineCatalog; dataModel: DataModel }
  | { status: 'failed'; reason: string };

export default function AssessmentApp({ strings, locale, links, data }: AssessmentAppProps) {
  const t = useMemo(() => translator(strings), [strings]);
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        // Only GB/T 28827.2 at first: a related practice is fetched when an assessment for it is listed or made.
        const [catalog, store, templates, trash] = await Promise.all([
          fetchCatalog(DELIVERY_CATALOG_ID, locale),
          openBrowserStore(),
          openNamedBrowserStore(TEMPLATE_STORE),
          openBrowserTrash(),
        ]);
        const model = new AssessmentModel({
          store,
          catalog,
          offered: links.catalogs,
          loadCatalog: (id) => fetchCatalog(id, locale),
          trash,
          channel: openAssessmentChannel(store.kind),
        });
        const dataModel = new DataModel({
          stores: { assessments: store, templates },
          trash,
          checker: () => import('../app/backup-checks.ts').then((m) => m.backupChecker(data.checklists, data.messages)),
          onChange: () => model.load(),
        });
        await Promise.all([model.load(), dataModel.refresh()]);
        if (live) setBoot({ status: 'ready', model, catalog: model.catalog, dataModel });
      } catch (err) {
        if (live) setBoot({ status: 'failed', reason: err instanceof Error ? err.message : String(err) });
      }
    })();
    return () => {
      live = false;
    };
  }, [links.catalogs, locale, data]);

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
  return (
    <Shell
      model={boot.model}
      catalog={boot.catalog}
      strings={strings}
      t={t}
      locale={locale}
      links={links}
      data={{ model: boot.dataModel, props: data }}
    />
  );
}
