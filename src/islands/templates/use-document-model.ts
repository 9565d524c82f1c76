/**
 * The model of a template island: created once, connected to the browser's template store (and to the other tabs
 * using it) after hydration, and flushed when the page goes away so that a last edit is not lost.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { openChangeChannel, openNamedBrowserStore, TEMPLATE_STORE } from '../../storage/browser-store.ts';
import { openBrowserTrash } from '../../storage/trash.ts';
import type { TemplateDocument } from '../../templates/document.ts';
import { DocumentModel, type DocumentModelOptions } from '../../templates/model.ts';

export function useDocumentModel<D extends TemplateDocument>(options: () => DocumentModelOptions<D>): DocumentModel<D> {
  const model = useMemo(() => new DocumentModel(options()), []);
  useEffect(() => {
    let alive = true;
    void Promise.all([openNamedBrowserStore(TEMPLATE_STORE), openBrowserTrash()]).then(([store, trash]) =>
      alive ? model.attach(store, { channel: openChangeChannel(TEMPLATE_STORE, store.kind), trash }) : undefined,
    );
    const flush = () => void model.flush();
    addEventListener('pagehide', flush);
    return () => {
      alive = false;
      removeEventListener('pagehide', flush);
      model.detach();
    };
  }, [model]);
  return model;
}
