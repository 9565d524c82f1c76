/**
 * Controls of the report, in the UI language: the report language (apart from the UI's), the exports, printing
 * and opening another file. Hidden when printing.
 */
import { useState } from 'preact/hooks';
import { LOCALES, type Locale } from '../../catalog/locales.ts';
import type { ExportKind, ReportModel } from '../../app/report-model.ts';
import type { Translate } from '../../app/report-format.ts';
import OpenFile from './OpenFile.tsx';
import { downloadBytes, downloadText } from '../download.ts';
import { printWithCharts } from './Chart.tsx';

/** Each language names itself, whatever the UI language. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

const EXPORTS: {
  kind: ExportKind;
  label: 'export.json' | 'export.planCsv' | 'export.elementsCsv';
}[] = [
  { kind: 'json', label: 'export.json' },
  { kind: 'plan-csv', label: 'export.planCsv' },
  { kind: 'elements-csv', label: 'export.elementsCsv' },
];

interface Props {
  model: ReportModel;
  t: Translate;
}

export default function ReportToolbar({ model, t }: Props) {
  const [notice, setNotice] = useState('');
  const [building, setBuilding] = useState(false);
  const [busy, setBusy] = useState<'markdown' | 'word' | null>(null);
  const [failed, setFailed] = useState<'markdown' | 'word' | 'file' | null>(null);
  const locale = model.reportLocale.value;

  // The spreadsheet library is loaded only now, on the click (a separate chunk).
  const onExportXlsx = async () => {
    setBuilding(true);
    setNotice(t('export.xlsxWorking'));
    try {
      const file = await model.exportXlsx();
      if (!file) return setNotice('');
      downloadBytes(file.name, file.bytes, file.type);
      setNotice(t('export.done', { file: file.name }));
    } catch (err) {
      setNotice(t('export.xlsxFailed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBuilding(false);
    }
  };

  // The file writers load on the first export (a separate chunk).
  const onExport = async (kind: ExportKind) => {
    setFailed(null);
    try {
      const file = await model.exportFile(kind);
      if (!file) return;
      downloadText(file.name, file.text, file.type);
      setNotice(t('export.done', { file: file.name }));
    } catch {
      // Offline before the writers were ever fetched: say so; nothing has changed.
      setFailed('file');
    }
  };

  // The report writer, and for Word the .docx writer and its library, load on the first such export.
  const onReport = async (format: 'markdown' | 'word') => {
    setBusy(format);
    setFailed(null);
    try {
      let name: string;
      if (format === 'markdown') {
        const file = await model.markdownExport();
        if (!file) return;
        downloadText((name = file.name), file.text, file.type);
      } else {
        const file = await model.wordExport();
        if (!file) return;
        const { DOCX_MIME, outlineToDocx } = await import('../../office/docx.ts');
        downloadBytes((name = file.name), await outlineToDocx(file.blocks, file.info), DOCX_MIME);
      }
      setNotice(t('export.done', { file: name }));
    } catch {
      // Offline before the writer was ever fetched, or the writer failed: say so; nothing has changed.
      setFailed(format);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="report-toolbar" aria-label={t('toolbar.label')} data-testid="report-toolbar">
      <div class="report-toolbar__row">
        <label class="report-toolbar__language">
          <span>{t('toolbar.language')}</span>
          <select
            value={locale}
            aria-describedby="report-language-hint"
            data-testid="report-language"
            onChange={(e) => void model.setReportLocale(e.currentTarget.value as Locale)}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <p id="report-language-hint" class="report-toolbar__hint">
          {t('toolbar.languageHint')}
        </p>
        {model.localeProblem.value && (
          <p class="report-error" role="alert" data-testid="report-language-problem">
            {t('toolbar.languageFailed', { reason: model.localeProblem.value })}
          </p>
        )}
      </div>
      <div class="report-toolbar__row" role="group" aria-labelledby="report-export-label">
        <span id="report-export-label" class="report-toolbar__label">
          {t('export.heading')}
        </span>
        {EXPORTS.map(({ kind, label }) => (
          <button
            key={kind}
            type="button"
            class="report-button"
            data-testid={`export-${kind}`}
            onClick={() => void onExport(kind)}
          >
            {t(label)}
          </button>
        ))}
        {(['markdown', 'word'] as const).map((format) => (
          <button
            key={format}
            type="button"
            class="report-button"
            data-testid={`export-${format}`}
            disabled={busy === format}
            aria-busy={busy === format}
            onClick={() => void onReport(format)}
          >
            {t(`export.${format}`)}
          </button>
        ))}
        <button
          type="button"
          class="report-button"
          data-testid="export-xlsx"
          disabled={building}
          onClick={() => void onExportXlsx()}
        >
          {t('export.xlsx')}
        </button>
        <button type="button" class="report-button" data-testid="export-print" onClick={() => void printWithCharts()}>
          {t('export.print')}
        </button>
      </div>
      {failed && (
        <p class="report-error" role="alert" data-testid={`${failed}-failed`}>
          {t(`export.${failed}Failed`)}
        </p>
      )}
      <p role="status" class="report-toolbar__status">
        {notice}
      </p>
      <OpenFile model={model} t={t} />
    </section>
  );
}
