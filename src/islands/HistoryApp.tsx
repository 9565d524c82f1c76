/**
 * The history island (`/history/#<id>`): "save snapshot", a trend of the overall and chapter scores across the
 * assessment's snapshots (chart.js, loaded only when shown, beside a table of the same numbers), the element
 * changes between two chosen snapshots and the plan items closed since the previous one. Numbers come from the
 * engine, exactly as `assess history` prints them.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../catalog/schema.ts';
import { DELIVERY_CATALOG_ID, MAX_SNAPSHOTS, type AnswerLevel } from '../engine/assessment-constants.ts';
import type { HistoryRow } from '../engine/history.ts';
import { fetchCatalog } from '../app/catalog-client.ts';
import type { ChartTheme } from '../app/chart-config.ts';
import { createHistoryModel, type HistoryModel } from '../app/history-model.ts';
import { toTrendConfig } from '../app/history-chart.ts';
import { elementHref, formatPercent, formatScore, translator, type Translate } from '../app/report-format.ts';
import { AssessmentRepository, newId, openBrowserStore } from '../storage/storage.ts';
import { openBrowserTrash } from '../storage/trash.ts';
import type { ReportStrings } from '../i18n/report.ts';
import { reviewTranslator, type ReviewStrings, type ReviewTranslate } from '../i18n/review.ts';
import Chart from './report/Chart.tsx';
import {
  EmptyView,
  OpenFileControl,
  PageLinks,
  SaveLine,
  localTime,
  parseHash,
  type AssessmentLinks,
} from './review/shared.tsx';

export interface HistoryAppProps {
  uiLocale: Locale;
  strings: Record<Locale, ReviewStrings>;
  reportStrings: Record<Locale, ReportStrings>;
  links: AssessmentLinks;
}

export default function HistoryApp(props: HistoryAppProps) {
  const [model, setModel] = useState<HistoryModel>();
  const [failure, setFailure] = useState<string>();
  const t = useMemo(() => reviewTranslator(props.strings[props.uiLocale]), [props.strings, props.uiLocale]);

  useEffect(() => {
    let alive = true;
    let sync: (() => void) | undefined;
    // The trash takes a saved assessment that an opened file replaces, so it can be restored.
    Promise.all([fetchCatalog(DELIVERY_CATALOG_ID, props.uiLocale), openBrowserStore(), openBrowserTrash()])
      .then(([catalog, store, trash]) => {
        if (!alive) return;
        const m = createHistoryModel({
          catalog,
          loadCatalog: (id) => fetchCatalog(id, props.uiLocale),
          repository: new AssessmentRepository(store),
          newId,
          locale: props.uiLocale,
          trash,
        });
        sync = () => void m.load(parseHash(window.location.hash).id);
        sync();
        window.addEventListener('hashchange', sync);
        setModel(m);
      })
      .catch((err: unknown) => {
        if (alive) setFailure(err instanceof Error ? err.message : String(err));
      });
    return () => {
      alive = false;
      if (sync) window.removeEventListener('hashchange', sync);
    };
  }, [props.uiLocale]);

  if (failure) {
    return (
      <div class="report-app review-app" data-pagefind-ignore>
        <p role="alert" class="report-error">
          {t('app.catalogFailed', { reason: failure })}
        </p>
      </div>
    );
  }
  return (
    <div class="report-app review-app" data-ready={model ? 'true' : 'false'} data-pagefind-ignore>
      {model ? <HistoryPage model={model} {...props} t={t} /> : <p class="report-loading">{t('app.loading')}</p>}
    </div>
  );
}

function HistoryPage({ model, t, ...props }: HistoryAppProps & { model: HistoryModel; t: ReviewTranslate }) {
  const state = model.state.value;
  const locale = props.uiLocale;
  const r = useMemo(() => translator(props.reportStrings[locale]), [props.reportStrings, locale]);
  const [label, setLabel] = useState('');
  const openFile = (
    <OpenFileControl
      model={model}
      t={t}
      r={r}
      idPrefix="history"
      onOpened={(id) => (window.location.hash = encodeURIComponent(id))}
    />
  );
  if (state.status !== 'ready') {
    return (
      <>
        <EmptyView state={state} t={t} />
        {state.status !== 'loading' && openFile}
      </>
    );
  }
  const { assessment, id } = state;
  const rows = model.rows.value;
  const status = model.snapshotStatus.value;

  return (
    <>
      {model.storeKind === 'memory' && <p class="report-notice">{t('app.memoryStore')}</p>}
      <PageLinks links={props.links} id={id} t={t} current="history" />
      <header class="review-header" data-testid="history" data-id={id}>
        <h2>{assessment.title}</h2>
        <p class="review-meta">
          <span>{t('meta.subject', { subject: assessment.subject })}</span>
        </p>
      </header>

      <form
        class="history-save"
        onSubmit={(e) => {
          e.preventDefault();
          void model.saveSnapshot(label).then((ok) => ok && setLabel(''));
        }}
      >
        <label for="history-label">{t('history.saveLabel')}</label>
        <input
          id="history-label"
          type="text"
          value={label}
          maxLength={120}
          aria-describedby="history-label-hint"
          aria-invalid={status.state === 'empty-label' ? 'true' : undefined}
          onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="report-button" data-testid="history-save">
          {t('history.save')}
        </button>
        <span id="history-label-hint" class="review-hint">
          {t('history.saveHint', { max: MAX_SNAPSHOTS })}
        </span>
      </form>
      <p role="status" data-testid="history-status">
        {status.state === 'saved' && t('history.saved', { label: status.label })}{' '}
        {status.state === 'saved' &&
          status.dropped.length > 0 &&
          t('export.dropped', { max: MAX_SNAPSHOTS, labels: status.dropped.map((s) => s.label).join('”“') })}
      </p>
      <p role="alert" class="history-alert">
        {status.state === 'empty-label' && t('history.emptyLabel')}
      </p>
      <SaveLine status={model.editStatus.value} t={t} />

      {rows.length === 0 ? (
        <p data-testid="history-none">{t('history.none')}</p>
      ) : (
        <>
          {rows.length === 1 && <p>{t('history.one')}</p>}
          <Trend rows={rows} t={t} r={r} locale={locale} />
          {rows.length >= 2 && <Changes model={model} t={t} r={r} locale={locale} />}
        </>
      )}
      <section class="report-section" aria-labelledby="history-open-heading">
        <h3 id="history-open-heading">{t('open.label')}</h3>
        {openFile}
      </section>
    </>
  );
}

function Trend({ rows, t, r, locale }: { rows: HistoryRow[]; t: ReviewTranslate; r: Translate; locale: Locale }) {
  // Shown only with at least one snapshot; every row has the same chapters.
  const chapters = Object.keys(rows[0]?.chapters ?? {});
  // The chart is rebuilt only when the numbers or the words change, not on every edit elsewhere.
  const key = JSON.stringify(rows);
  const stableRows = useMemo(() => rows, [key]);
  const build = useCallback(
    (theme: ChartTheme) =>
      toTrendConfig(stableRows, { overall: t('history.overall'), chapter: (n) => t('history.chapter', { n }) }, theme),
    [stableRows, t],
  );
  return (
    <section class="report-section" aria-labelledby="history-heading">
      <h3 id="history-heading">{t('history.heading')}</h3>
      <figure class="report-figure" data-testid="history-figure">
        <figcaption>{t('history.chartCaption')}</figcaption>
        <div class="report-chart history-chart">
          <Chart build={build} label={t('history.chartAlt')} />
        </div>
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t('history.tableCaption')}>
          <table class="report-table" data-testid="history-table">
            <caption>{t('history.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.label')}</th>
                <th scope="col">{t('history.taken')}</th>
                <th scope="col" class="num">
                  {t('history.overall')}
                </th>
                <th scope="col">{t('history.grade')}</th>
                <th scope="col" class="num">
                  {t('history.completeness')}
                </th>
                {chapters.map((n) => (
                  <th scope="col" class="num" key={n}>
                    {t('history.chapter', { n })}
                  </th>
                ))}
                <th scope="col">{t('history.closed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i} data-snapshot={i}>
                  <th scope="row">
                    {row.label}
                    <span class="review-hint">{t(`history.kind.${row.kind}`)}</span>
                  </th>
                  <td class="history-taken">{localTime(row.taken, locale, 'short')}</td>
                  <td class="num">{formatScore(row.overall.score) ?? '—'}</td>
                  <td>{row.overall.grade ? r(`grade.${row.overall.grade}`) : r('grade.none')}</td>
                  <td class="num">{formatPercent(row.overall.completeness)}</td>
                  {chapters.map((n) => (
                    <td class="num" key={n}>
                      {formatScore(row.chapters[n]?.score ?? null) ?? '—'}
                    </td>
                  ))}
                  <td>
                    {row.closed.length === 0
                      ? i === 0
                        ? '—'
                        : t('history.closedNone')
                      : row.closed.map((c, k) => (
                          <span key={c.id}>
                            {k > 0 && r('list.separator')}
                            <code>{c.id}</code> ({t(`history.closed.${c.reason}`)})
                          </span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
    </section>
  );
}

function Changes({ model, t, r, locale }: { model: HistoryModel; t: ReviewTranslate; r: Translate; locale: Locale }) {
  const [onlyChanged, setOnlyChanged] = useState(true);
  const state = model.state.value;
  const pair = model.pair.value;
  if (state.status !== 'ready' || !pair) return null;
  const snapshots = state.assessment.snapshots;
  const titles = new Map(state.catalog.elements.map((e) => [e.id, e.title[locale]]));
  const changes = model.changes.value.filter((c) => !onlyChanged || c.change !== 'unchanged');
  const level = (l: AnswerLevel | null, points: number | null) =>
    points === null ? t('compare.outOfScope') : l && l !== 'NA' ? `${l} ${r(`level.${l}`)}` : r('level.none');
  const picker = (which: 'from' | 'to', value: number) => (
    <p>
      <label for={`history-${which}`}>{t(`compare.${which}`)}</label>{' '}
      <select
        id={`history-${which}`}
        value={String(value)}
        onChange={(e) => model.choose(which, Number((e.currentTarget as HTMLSelectElement).value))}
      >
        {snapshots.map((s, i) => (
          <option key={i} value={String(i)}>
            {s.label} · {localTime(s.taken, locale)}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <section class="report-section" aria-labelledby="history-changes-heading">
      <h3 id="history-changes-heading">{t('compare.heading')}</h3>
      <div class="history-pickers">
        {picker('from', pair.from)}
        {picker('to', pair.to)}
      </div>
      <p role="status" data-testid="history-change-counts">
        {t('compare.summary', model.counts.value)}
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={onlyChanged}
            onChange={(e) => setOnlyChanged((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('compare.onlyChanged')}
        </label>
      </p>
      {changes.length === 0 ? (
        <p>{t('compare.none')}</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t('compare.heading')}>
          <table class="report-table" data-testid="history-changes">
            <thead>
              <tr>
                <th scope="col">{t('col.element')}</th>
                <th scope="col">{t('compare.from')}</th>
                <th scope="col">{t('compare.to')}</th>
                <th scope="col">{t('compare.change')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.id} data-element={c.id} data-change={c.change}>
                  <th scope="row">
                    <a href={elementHref(c.id, c.clause, locale)}>
                      <code>{c.id}</code>
                    </a>{' '}
                    {titles.get(c.id)}
                  </th>
                  <td>{level(c.from.level, c.from.points)}</td>
                  <td>{level(c.to.level, c.to.points)}</td>
                  <td class={`history-change history-change--${c.change}`}>{t(`compare.change.${c.change}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
