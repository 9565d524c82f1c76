/**
 * The "backup and trash" panel on its own (the templates page): opens the browser's stores and the trash, then
 * renders the panel. On the server it renders only the loading line.
 */
import { useEffect, useState } from 'preact/hooks';
import { openNamedBrowserStore, TEMPLATE_STORE } from '../storage/browser-store.ts';
import { DataModel } from '../app/data-model.ts';
import { openBrowserStore } from '../storage/storage.ts';
import { openBrowserTrash } from '../storage/trash.ts';
import type { DataPanelProps } from '../lib/data-panel.ts';
import DataPanel from './data/DataPanel.tsx';

export default function DataApp(props: DataPanelProps & { loading: string }) {
  const [model, setModel] = useState<DataModel | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const [assessments, templates, trash] = await Promise.all([
        openBrowserStore(),
        openNamedBrowserStore(TEMPLATE_STORE),
        openBrowserTrash(),
      ]);
      const next = new DataModel({
        stores: { assessments, templates },
        trash,
        checker: () => import('../app/backup-checks.ts').then((m) => m.backupChecker(props.checklists, props.messages)),
      });
      await next.refresh();
      if (live) setModel(next);
    })();
    return () => {
      live = false;
    };
  }, [props]);
  if (!model) {
    return (
      <p class="assess-loading" aria-busy="true">
        {props.loading}
      </p>
    );
  }
  return (
    <div data-ready="true" data-testid="data-app">
      <DataPanel
        model={model}
        strings={props.strings}
        locale={props.locale}
        templateNames={props.templateNames}
        level={2}
      />
    </div>
  );
}
