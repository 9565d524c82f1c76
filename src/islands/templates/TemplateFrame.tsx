/**
 * The frame every template editor renders in: the root the pages and tests find (`data-ready` once the saved
 * document is loaded), the on-screen part with the toolbar and the form, and the printed layout beside it (made once
 * the saved document is loaded).
 */
import type { ComponentChildren } from 'preact';
import type { DocumentModel } from '../../templates/model.ts';
import type { TemplateDocument } from '../../templates/document.ts';
import { FieldProblems } from './fields.tsx';

export function TemplateFrame<D extends TemplateDocument>({
  kind,
  model,
  toolbar,
  print,
  children,
}: {
  /** Template kind, for the root's modifier class (`template-root--sla`). */
  kind: string;
  model: DocumentModel<D>;
  /** The `TemplateToolbar` of the editor. */
  toolbar: ComponentChildren;
  /** The `.template-print` layout. */
  print: ComponentChildren;
  /** The form. */
  children: ComponentChildren;
}) {
  const ready = model.status.value.state !== 'loading';
  return (
    <div class={`template-root template-root--${kind}`} data-ready={ready ? 'true' : 'false'} data-pagefind-ignore>
      <div class="template-screen" onFocusIn={() => model.expectEdit()}>
        {toolbar}
        <FieldProblems.Provider value={(field, problem) => model.setFieldProblem(field, problem)}>
          {/* Inert until the saved document is loaded, so that no edit is made to a document about to be replaced. */}
          <div key={model.documentId.value} inert={!ready}>
            {children}
          </div>
        </FieldProblems.Provider>
      </div>
      {/* The printout shows the loaded document, so it is made once that is there: the page's HTML does not carry a
          second copy of the default document that nobody can print (about 0.5 KB gzip per template page). */}
      {ready ? print : null}
    </div>
  );
}
