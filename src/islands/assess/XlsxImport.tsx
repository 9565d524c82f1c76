/**
 * Import of answers from filled Excel workbooks, into the open assessment (`id`) or, without one, into a new
 * assessment started from the workbooks: choose one or more files, see every element's change and every conflict,
 * choose an answer per conflict (and check the new assessment's details), confirm or cancel. The logic is the model
 * in `src/app/xlsx-import-model.ts`; this view only renders it.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { createXlsxImportModel, type PreviewRow } from '../../app/xlsx-import-model.ts';
import { XLSX_TYPE } from '../../app/office-loader.ts';
import { routeHash } from '../../app/hash-route.ts';
import { useAssess, type Translate } from './context.ts';
import FileInput from '../shared/FileInput.tsx';
import { PerspectiveFields, TextField } from './Fields.tsx';

type XlsxModel = ReturnType<typeof createXlsxImportModel>;

/** A new assessment's details, read from the workbook: title and subject required, as in the create form. */
function NewDetails({ xlsx, t }: { xlsx: XlsxModel; t: Translate }) {
  const d = xlsx.details.value;
  if (!d) return null;
  const missing = xlsx.missing.value;
  return (
    <div class="assess-form" data-testid="xlsx-new-details">
      <h5>{t('xlsxNew.detailsHeading')}</h5>
      <p class="assess-hint">{t('xlsxNew.detailsHint')}</p>
      <TextField
        id="xlsx-new-title"
        label={t('create.title')}
        value={d.title}
        required
        error={missing.includes('title') ? t('create.errorTitle') : undefined}
        onInput={(title) => xlsx.setDetail('title', title)}
        testId="xlsx-new-title"
      />
      <TextField
        id="xlsx-new-subject"
        label={t('create.subject')}
        value={d.subject}
        required
        error={missing.includes('subject') ? t('create.errorSubject') : undefined}
        onInput={(subject) => xlsx.setDetail('subject', subject)}
        testId="xlsx-new-subject"
      />
      <TextField
        id="xlsx-new-assessor"
        label={t('create.assessor')}
        value={d.assessor}
        onInput={(assessor) => xlsx.setDetail('assessor', assessor)}
        testId="xlsx-new-assessor"
      />
      <PerspectiveFields
        name="xlsx-new-perspective"
        legend={t('create.perspective')}
        value={d.perspective}
        onChange={(perspective) => xlsx.setDetail('perspective', perspective)}
        t={t}
      />
    </div>
  );
}

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

export default function XlsxImport({ id }: { id?: string }) {
  const { model, t, locale, notice } = useAssess();
  const creating = id === undefined;
  const hash = routeHash(creating ? { view: 'start' } : { view: 'overview', id });
  const xlsx = useMemo(
    () =>
      createXlsxImportModel(
        id === undefined
          ? {
              locale,
              start: {
                catalog: async (catalog) => {
                  const offered = model.offered.find((o) => o === catalog);
                  return offered && model.ensureCatalog(offered);
                },
                create: (fields, fill) => model.create(fields, fill),
              },
            }
          : {
              locale,
              target: () => {
                const assessment = model.find(id);
                const catalog = assessment && model.catalogOf(assessment);
                return assessment && catalog ? { assessment, catalog } : undefined;
              },
              save: (apply) => model.applyImported(id, apply),
            },
      ),
    [model, id, locale],
  );
  // Opened by a button: the focus moves to the panel it opened.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const s = xlsx.state.value;
  const files = 'files' in s ? s.files.join(t('xlsx.separator')) : '';
  const key = (name: 'heading' | 'label' | 'hint' | 'confirm' | 'canceled' | 'failed') =>
    creating ? (`xlsxNew.${name}` as const) : (`xlsx.${name}` as const);
  const prefix = creating ? 'xlsx-new' : 'xlsx';
  // A new assessment's import sits inside the start view's import section, one heading level down.
  const Heading = creating ? 'h4' : 'h3';
  const Sub = creating ? 'h5' : 'h4';

  const header = (
    <tr>
      <th scope="col">{t('xlsx.col.element')}</th>
      <th scope="col">{t('xlsx.col.status')}</th>
      <th scope="col">{t('xlsx.col.level')}</th>
      <th scope="col">{t('xlsx.col.fields')}</th>
      <th scope="col">{t('xlsx.col.source')}</th>
    </tr>
  );
  const changed = s.status === 'preview' ? s.rows.filter((r) => r.status !== 'unchanged') : [];
  const unchanged = s.status === 'preview' ? s.rows.length - changed.length : 0;
  // In a new assessment, an element a workbook leaves blank is not "unchanged" but unanswered.
  const unchangedKey = creating ? 'xlsxNew.unansweredList' : 'xlsx.unchangedList';
  const changes = (
    <div class="assess-xlsx__scroll" role="region" aria-label={t('xlsx.caption')} tabIndex={0}>
      <table class="assess-xlsx__table" data-testid="xlsx-changes">
        <caption>{t('xlsx.caption')}</caption>
        <thead>{header}</thead>
        <tbody>
          <Rows rows={changed} t={t} />
        </tbody>
      </table>
    </div>
  );

  return (
    <section class="assess-section" aria-labelledby={`${prefix}-heading`} data-testid={`${prefix}-import`}>
      <Heading id={`${prefix}-heading`} ref={heading} tabIndex={-1}>
        {t(key('heading'))}
      </Heading>
      <div class="assess-field">
        <label for={`${prefix}-file`}>{t(key('label'))}</label>
        <p id={`${prefix}-hint`} class="assess-hint">
          {t(key('hint'))}
        </p>
        <FileInput
          locale={locale}
          id={`${prefix}-file`}
          multiple
          accept={`.xlsx,${XLSX_TYPE}`}
          aria-describedby={`${prefix}-hint`}
          data-testid={`${prefix}-file`}
          onFiles={(files) => void xlsx.read(files)}
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
            {t(key('failed'), { reason: s.reason })}
          </p>
        )}
        {s.status === 'preview' && (
          <div data-testid="xlsx-preview">
            <NewDetails xlsx={xlsx} t={t} />
            <Sub>{t('xlsx.previewHeading')}</Sub>
            {s.notices.map((n, i) => (
              <p key={i} class="assess-hint">
                {n}
              </p>
            ))}
            <p data-testid="xlsx-summary">
              {creating
                ? t('xlsxNew.summary', {
                    added: changed.length,
                    unanswered: unchanged,
                    conflicts: s.conflicts.length,
                  })
                : t('xlsx.summary', {
                    changed: s.rows.filter((r) => r.status === 'changed').length,
                    added: s.rows.filter((r) => r.status === 'new').length,
                    unchanged,
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
            {s.rows.some((r) => r.status !== 'unchanged') &&
              (creating ? (
                // Every answer of a new assessment is new: the list is there to check, not to read through.
                <details data-testid="xlsx-new-answers">
                  <summary>{t('xlsxNew.answersList', { count: changed.length })}</summary>
                  {changes}
                </details>
              ) : (
                changes
              ))}
            {xlsx.changeCount.value === 0 && !creating && <p>{t('xlsx.nothing')}</p>}
            {s.rows.some((r) => r.status === 'unchanged') && (
              <details>
                <summary>{t(unchangedKey, { count: unchanged })}</summary>
                <div
                  class="assess-xlsx__scroll"
                  role="region"
                  aria-label={t(unchangedKey, { count: unchanged })}
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
                disabled={xlsx.unresolved.value > 0 || (xlsx.changeCount.value === 0 && !creating)}
                onClick={async () => {
                  const count = xlsx.changeCount.value;
                  if (!(await xlsx.confirm())) {
                    // A required detail left blank: the focus goes to the first one.
                    const first = xlsx.missing.value[0];
                    if (first) document.getElementById(`xlsx-new-${first}`)?.focus();
                    return;
                  }
                  const done = xlsx.state.value;
                  if (done.status === 'created') {
                    const to = routeHash({ view: 'overview', id: done.id });
                    notice.value = {
                      text: t('xlsxNew.created', { title: done.title, count: done.count, files }),
                      hash: to,
                    };
                    location.hash = to;
                    return;
                  }
                  notice.value = { text: t('xlsx.applied', { count, files }), hash };
                  xlsx.cancel();
                }}
              >
                {t(key('confirm'))}
              </button>
              <button
                type="button"
                class="assess-button"
                data-testid="xlsx-cancel"
                onClick={() => {
                  xlsx.cancel();
                  notice.value = { text: t(key('canceled')), hash };
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
