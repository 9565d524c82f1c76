/**
 * Import of answers from filled Excel workbooks into the open assessment: choose one or more files, see every
 * element's change and every conflict, choose an answer per conflict, confirm or cancel. The logic is the model in
 * `src/app/xlsx-import-model.ts`; this view only renders it.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { createXlsxImportModel, type PreviewRow } from '../../app/xlsx-import-model.ts';
import { XLSX_TYPE } from '../../app/office-loader.ts';
import { routeHash } from '../../app/hash-route.ts';
import { useAssess, type Translate } from './context.ts';
import FileInput from '../shared/FileInput.tsx';

function Rows({ rows, t }: { rows: PreviewRow[]; t: Translate }) {
  return (
    <>
      {rows.map((r) => (
        <tr key={r.id} data-element={r.id} data-status={r.status}>
          <th scope="row">
            <code>{r.id}</code> {r.title}
          </th>
          <td>{t(`xlsx.status.${r.status}`)}</td>
          <td>
            {r.status === 'unchanged'
              ? (r.before ?? t('xlsx.none'))
              : `${r.before ?? t('xlsx.none')} → ${r.after ?? t('xlsx.none')}`}
          </td>
          <td>{r.fields.map((f) => t(`xlsx.field.${f}`)).join(t('xlsx.separator'))}</td>
          <td>{r.file !== undefined && r.row !== undefined ? t('xlsx.source', { file: r.file, row: r.row }) : ''}</td>
        </tr>
      ))}
    </>
  );
}

export default function XlsxImport({ id }: { id: string }) {
  const { model, t, locale, notice } = useAssess();
  const hash = routeHash({ view: 'overview', id });
  const xlsx = useMemo(
    () =>
      createXlsxImportModel({
        locale,
        target: () => {
          const assessment = model.find(id);
          const catalog = assessment && model.catalogOf(assessment);
          return assessment && catalog ? { assessment, catalog } : undefined;
        },
        save: (apply) => model.applyImported(id, apply),
      }),
    [model, id, locale],
  );
  // Opened by a button: the focus moves to the panel it opened.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const s = xlsx.state.value;
  const files = 'files' in s ? s.files.join(t('xlsx.separator')) : '';

  const header = (
    <tr>
      <th scope="col">{t('xlsx.col.element')}</th>
      <th scope="col">{t('xlsx.col.status')}</th>
      <th scope="col">{t('xlsx.col.level')}</th>
      <th scope="col">{t('xlsx.col.fields')}</th>
      <th scope="col">{t('xlsx.col.source')}</th>
    </tr>
  );

  return (
    <section class="assess-section" aria-labelledby="xlsx-heading" data-testid="xlsx-import">
      <h3 id="xlsx-heading" ref={heading} tabIndex={-1}>
        {t('xlsx.heading')}
      </h3>
      <div class="assess-field">
        <label for="xlsx-file">{t('xlsx.label')}</label>
        <p id="xlsx-hint" class="assess-hint">
          {t('xlsx.hint')}
        </p>
        <FileInput
          locale={locale}
          id="xlsx-file"
          multiple
          accept={`.xlsx,${XLSX_TYPE}`}
          aria-describedby="xlsx-hint"
          data-testid="xlsx-file"
          onChange={(event) => {
            const input = event.currentTarget;
            const chosen = Array.from(input.files ?? []);
            // Lets the same files be chosen again once they are fixed.
            input.value = '';
            void xlsx.read(chosen);
          }}
        />
      </div>
      <div class="assess-outcome" data-testid="xlsx-outcome">
        {s.status === 'reading' && <p role="status">{t('xlsx.reading', { files })}</p>}
        {s.status === 'problems' && (
          <div class="assess-alert" role="alert" data-testid="xlsx-problems">
            <p>{t('xlsx.problems', { count: s.messages.length })}</p>
            <ul class="assess-issues">
              {s.messages.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </div>
        )}
        {s.status === 'failed' && (
          <p class="assess-alert" role="alert">
            {t('xlsx.failed', { reason: s.reason })}
          </p>
        )}
        {s.status === 'preview' && (
          <div data-testid="xlsx-preview">
            <h4>{t('xlsx.previewHeading')}</h4>
            {s.notices.map((n, i) => (
              <p key={i} class="assess-hint">
                {n}
              </p>
            ))}
            <p data-testid="xlsx-summary">
              {t('xlsx.summary', {
                changed: s.rows.filter((r) => r.status === 'changed').length,
                added: s.rows.filter((r) => r.status === 'new').length,
                unchanged: s.rows.filter((r) => r.status === 'unchanged').length,
              })}
            </p>
            {s.conflicts.length > 0 && (
              <div class="assess-warning" data-testid="xlsx-conflicts">
                <p>{t('xlsx.conflictsHeading')}</p>
                {s.conflicts.map((c) => (
                  <fieldset key={c.id} data-element={c.id}>
                    <legend>
                      <code>{c.id}</code> {c.title}
                    </legend>
                    <p>{c.line}</p>
                    {c.options.map((o, i) => (
                      <label key={i} class="assess-xlsx__choice">
                        <input
                          type="radio"
                          name={`xlsx-conflict-${c.id}`}
                          checked={xlsx.choices.value[c.id] === i}
                          onChange={() => xlsx.choose(c.id, i)}
                        />
                        {t('xlsx.conflictOption', { file: o.file, row: o.row, level: o.level })}
                      </label>
                    ))}
                  </fieldset>
                ))}
              </div>
            )}
            {s.rows.some((r) => r.status !== 'unchanged') && (
              <div class="assess-xlsx__scroll" role="region" aria-label={t('xlsx.caption')} tabIndex={0}>
                <table class="assess-xlsx__table" data-testid="xlsx-changes">
                  <caption>{t('xlsx.caption')}</caption>
                  <thead>{header}</thead>
                  <tbody>
                    <Rows rows={s.rows.filter((r) => r.status !== 'unchanged')} t={t} />
                  </tbody>
                </table>
              </div>
            )}
            {xlsx.changeCount.value === 0 && <p>{t('xlsx.nothing')}</p>}
            {s.rows.some((r) => r.status === 'unchanged') && (
              <details>
                <summary>
                  {t('xlsx.unchangedList', { count: s.rows.filter((r) => r.status === 'unchanged').length })}
                </summary>
                <div
                  class="assess-xlsx__scroll"
                  role="region"
                  aria-label={t('xlsx.unchangedList', { count: s.rows.filter((r) => r.status === 'unchanged').length })}
                  tabIndex={0}
                >
                  <table class="assess-xlsx__table">
                    <thead>{header}</thead>
                    <tbody>
                      <Rows rows={s.rows.filter((r) => r.status === 'unchanged')} t={t} />
                    </tbody>
                  </table>
                </div>
              </details>
            )}
            {xlsx.unresolved.value > 0 && <p role="status">{t('xlsx.unresolved', { count: xlsx.unresolved.value })}</p>}
            <div class="assess-actions">
              <button
                type="button"
                class="assess-button assess-button--primary"
                data-testid="xlsx-confirm"
                disabled={xlsx.unresolved.value > 0 || xlsx.changeCount.value === 0}
                onClick={async () => {
                  const count = xlsx.changeCount.value;
                  if (await xlsx.confirm()) {
                    notice.value = { text: t('xlsx.applied', { count, files }), hash };
                    xlsx.cancel();
                  }
                }}
              >
                {t('xlsx.confirm')}
              </button>
              <button
                type="button"
                class="assess-button"
                data-testid="xlsx-cancel"
                onClick={() => {
                  xlsx.cancel();
                  notice.value = { text: t('xlsx.canceled'), hash };
                }}
              >
                {t('xlsx.cancel')}
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
