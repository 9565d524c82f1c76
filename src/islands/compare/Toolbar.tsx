/**
 * The exports of the comparison (CSV, Markdown, JSON, Excel) and printing on A4 landscape. Hidden when printing. The
 * spreadsheet library loads on the Excel button only.
 */
import { useState } from 'preact/hooks';
import type { CompareExportKind } from '../../app/compare-model.ts';
import { downloadBytes, downloadText } from '../download.ts';
import { useCompare } from './context.ts';
import { printWithCharts } from '../report/Chart.tsx';

const EXPORTS: { kind: CompareExportKind; label: 'cmp.export.csv' | 'cmp.export.markdown' | 'cmp.export.json' }[] = [
  { kind: 'csv', label: 'cmp.export.csv' },
  { kind: 'markdown', label: 'cmp.export.markdown' },
  { kind: 'json', label: 'cmp.export.json' },
];

export default function Toolbar() {
  const { model, t } = useCompare();
  const [notice, setNotice] = useState('');
  const [building, setBuilding] = useState(false);
  const onExportXlsx = async () => {
    setBuilding(true);
    setNotice(t('cmp.export.xlsxWorking'));
    try {
      const file = await model.exportXlsx();
      if (!file) return setNotice('');
      downloadBytes(file.name, file.bytes, file.type);
      setNotice(t('cmp.export.done', { file: file.name }));
    } catch (err) {
      setNotice(t('cmp.export.xlsxFailed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBuilding(false);
    }
  };
  const onExport = (kind: CompareExportKind) => {
    const file = model.exportFile(kind);
    if (!file) return;
    downloadText(file.name, file.text, file.type);
    setNotice(t('cmp.export.done', { file: file.name }));
  };
  return (
    <section
      class="report-toolbar compare-toolbar"
      aria-labelledby="compare-export-label"
      data-testid="compare-toolbar"
    >
      <div class="report-toolbar__row" role="group" aria-labelledby="compare-export-label">
        <span id="compare-export-label" class="report-toolbar__label">
          {t('cmp.export.heading')}
        </span>
        {EXPORTS.map(({ kind, label }) => (
          <button
            key={kind}
            type="button"
            class="report-button"
            data-testid={`compare-export-${kind}`}
            onClick={() => onExport(kind)}
          >
            {t(label)}
          </button>
        ))}
        <button
          type="button"
          class="report-button"
          data-testid="compare-export-xlsx"
          disabled={building}
          aria-busy={building}
          onClick={() => void onExportXlsx()}
        >
          {t('cmp.export.xlsx')}
        </button>
        <button type="button" class="report-button" data-testid="compare-print" onClick={() => void printWithCharts()}>
          {t('cmp.export.print')}
        </button>
      </div>
      <p class="report-status" role="status">
        {notice}
      </p>
    </section>
  );
}
