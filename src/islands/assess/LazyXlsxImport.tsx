/**
 * The import from Excel, into the assessment `id` or into a new one: a button that loads its view and model (a
 * separate chunk, so the questionnaire's first load does not grow); the spreadsheet library itself is loaded only
 * when files are chosen.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { useAssess } from './context.ts';

export default function LazyXlsxImport({ id }: { id?: string }) {
  const { t } = useAssess();
  const [Panel, setPanel] = useState<ComponentType<{ id?: string }> | null>(null);
  if (Panel) return <Panel {...(id !== undefined && { id })} />;
  return (
    <p>
      <button
        type="button"
        class="assess-button"
        data-testid={id === undefined ? 'xlsx-new-open' : 'xlsx-open'}
        onClick={async () => {
          const view = await import('./XlsxImport.tsx');
          setPanel(() => view.default);
        }}
      >
        {t(id === undefined ? 'xlsxNew.heading' : 'xlsx.heading')}
      </button>
    </p>
  );
}
