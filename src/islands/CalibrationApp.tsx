/**
 * The calibration island (`/training/calibration/`): the user opens an instructor key and trainees' files; the
 * model computes the calibration with the engine (the same numbers as `assess agreement`), and this view only
 * renders it: per trainee, per element, the class's spread and most misjudged elements, a chart with its table,
 * exports and print. Files are read in the browser only. Strings arrive resolved in the page's language.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Locale } from '../catalog/schema.ts';
import { fetchCatalog } from '../app/catalog-client.ts';
import { createCalibrationModel, type CalibrationExportKind, type CalibrationModel } from '../app/calibration-model.ts';
import { toAgreementBarConfig } from '../app/calibration-chart.ts';
import type { ChartTheme } from '../app/chart-config.ts';
import { elementHref } from '../app/report-format.ts';
import { DELIVERY_CATALOG_ID, type AnswerLevel } from '../engine/assessment-constants.ts';
import { itemAt } from '../engine/invariant.ts';
import { formatKappa, formatShare, spreadText, traineeLabels } from '../engine/agreement-export.ts';
import { round4, type Calibration } from '../engine/agreement.ts';
import { trainingTranslator, type TrainingStrings } from '../i18n/training.ts';
import { downloadText } from './download.ts';
import Chart from './report/Chart.tsx';
import FileInput from './shared/FileInput.tsx';
import { printWithCharts } from './report/Chart.tsx';

export interface CalibrationAppProps {
  locale: Locale;
  strings: TrainingStrings;
  /** The built-in keys: label and file name, fetched from `keyBase` + file. */
  builtInKeys: { label: string; file: string }[];
  keyBase: string;
  /** Level names (`level.N` … `level.NA`, `level.none`) in the page's language. */
  levelNames: LevelNames;
}

/** The name of each level and of "no answer", in the page's language. */
export type LevelNames = Record<AnswerLevel | 'none', string>;

type T = ReturnType<typeof trainingTranslator>;

export default function CalibrationApp(props: CalibrationAppProps) {
  const t = useMemo(() => trainingTranslator(props.strings), [props.strings]);
  const [model, setModel] = useState<CalibrationModel>();
  const [failure, setFailure] = useState('');
  useEffect(() => {
    let alive = true;
    fetchCatalog(DELIVERY_CATALOG_ID, props.locale)
      .then((catalog) => {
        if (!alive) return;
        setModel(
          createCalibrationModel({
            catalog,
            locale: props.locale,
            fetchKey: async (file) => {
              const res = await fetch(`${props.keyBase}${file}`);
              if (!res.ok) throw new Error(`HTTP ${res.status}`);
              return res.text();
            },
          }),
        );
      })
      .catch((err: unknown) => {
        if (alive) setFailure(err instanceof Error ? err.message : String(err));
      });
    return () => {
      alive = false;
    };
  }, [props.locale, props.keyBase]);

  if (failure)
    return (
      <p role="alert" class="report-error">
        {t('cal.catalogFailed', { reason: failure })}
      </p>
    );
  return (
    <div class="calibration-app" data-ready={model ? 'true' : 'false'} data-pagefind-ignore>
      {model ? <CalibrationPage model={model} t={t} {...props} /> : <p>{t('cal.loading')}</p>}
    </div>
  );
}

function CalibrationPage({
  model,
  t,
  builtInKeys,
  locale,
  levelNames,
}: CalibrationAppProps & { model: CalibrationModel; t: T }) {
  const key = model.key.value;
  const trainees = model.trainees.value;
  const problems = model.problems.value;
  const calibration = model.calibration.value;
  return (
    <>
      <section class="calibration-files" aria-labelledby="cal-open-heading">
        <h2 id="cal-open-heading">{t('cal.open')}</h2>
        <div class="calibration-field">
          <label for="cal-key-input">{t('cal.keyLabel')}</label>
          <FileInput
            locale={locale}
            id="cal-key-input"
            accept=".json,application/json"
            data-testid="cal-key-input"
            onFiles={([file]) => file && void model.openKey(file)}
          />
        </div>
        <p class="calibration-builtin">
          {t('cal.keyBuiltIn')}{' '}
          {builtInKeys.map((k) => (
            <button key={k.file} type="button" class="report-button" onClick={() => void model.openBuiltInKey(k.file)}>
              {k.label}
            </button>
          ))}
        </p>
        <p data-testid="cal-key-status">
          {key ? t('cal.keyLoaded', { title: key.assessment.title, file: key.file }) : t('cal.noKey')}
        </p>
        <div class="calibration-field">
          <label for="cal-trainee-input">{t('cal.traineesLabel')}</label>
          <FileInput
            locale={locale}
            id="cal-trainee-input"
            multiple
            accept=".json,application/json"
            data-testid="cal-trainee-input"
            onFiles={(files) => void model.addTrainees(files)}
          />
        </div>
        {trainees.length > 0 ? (
          <ul class="calibration-trainees" aria-label={t('cal.traineeList')}>
            {trainees.map((tr, i) => (
              <li key={`${tr.file}-${i}`}>
                <span>{tr.file}</span>
                <button
                  type="button"
                  class="report-button"
                  aria-label={t('cal.remove', { file: tr.file })}
                  onClick={() => model.removeTrainee(i)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('cal.noTrainees')}</p>
        )}
        {(key || trainees.length > 0) && (
          <p>
            <button type="button" class="report-button" onClick={() => model.clear()}>
              {t('cal.clear')}
            </button>
          </p>
        )}
        {problems.length > 0 && (
          <ul role="alert" class="report-error" data-testid="cal-problems">
            {problems.map((p, i) => (
              <li key={i} data-code={p.code}>
                {t(`cal.problem.${p.code}`, p.params)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {calibration && <Results calibration={calibration} model={model} t={t} locale={locale} levelNames={levelNames} />}
    </>
  );
}

function TableScroll({ caption, t, children }: { caption: string; t: T; children: ComponentChildren }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t('cal.tableLabel', { caption })}>
      {children}
    </div>
  );
}

/** Whether the element has come into view (once true, stays true); printing does not wait for a scroll. */
function useShown<E extends Element>() {
  const ref = useRef<E>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || shown) return;
    if (typeof IntersectionObserver === 'undefined') {
      setShown(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown(true);
    });
    observer.observe(el);
    const beforePrint = () => setShown(true);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [shown]);
  return [ref, shown] as const;
}

function Results({
  calibration,
  model,
  t,
  locale,
  levelNames,
}: {
  calibration: Calibration;
  model: CalibrationModel;
  t: T;
  locale: Locale;
  levelNames: LevelNames;
}) {
  const [notice, setNotice] = useState('');
  const labels = traineeLabels(calibration.trainees);
  const elements = useMemo(() => new Map(model.catalog.elements.map((e) => [e.id, e])), [model.catalog]);
  const title = (id: string) => elements.get(id)?.title[locale] ?? id;
  const href = (id: string) => elementHref(id, elements.get(id)?.clause ?? '', locale);
  const onExport = (kind: CalibrationExportKind) => {
    const file = model.exportFile(kind);
    if (!file) return;
    downloadText(file.name, file.text, file.type);
    setNotice(t('cal.export.done', { file: file.name }));
  };
  const barsKey = JSON.stringify([labels, calibration.trainees.map((tr) => [tr.exact, tr.withinOne])]);
  const build = useCallback(
    (theme: ChartTheme) =>
      toAgreementBarConfig(
        {
          labels,
          exact: calibration.trainees.map((tr) => tr.exact),
          withinOne: calibration.trainees.map((tr) => tr.withinOne),
        },
        { exact: t('agr.exact'), withinOne: t('agr.withinOne') },
        theme,
      ),
    [barsKey, t],
  );
  const [chartRef, shown] = useShown<HTMLDivElement>();
  const gaps = calibration.trainees.flatMap((tr, i) =>
    tr.kappaGap ? [{ i, text: t(`agr.gap.${tr.kappaGap}`, { trainee: itemAt(labels, i) }) }] : [],
  );
  const level = (l: string | null) => (l === null ? levelNames.none : l);

  return (
    <article class="calibration-report" lang={locale} data-testid="cal-report">
      <section class="report-toolbar calibration-toolbar" aria-labelledby="cal-export-label">
        <div class="report-toolbar__row" role="group" aria-labelledby="cal-export-label">
          <span id="cal-export-label" class="report-toolbar__label">
            {t('cal.export.heading')}
          </span>
          <button type="button" class="report-button" data-testid="cal-export-csv" onClick={() => onExport('csv')}>
            {t('cal.export.csv')}
          </button>
          <button
            type="button"
            class="report-button"
            data-testid="cal-export-markdown"
            onClick={() => onExport('markdown')}
          >
            {t('cal.export.markdown')}
          </button>
          <button type="button" class="report-button" onClick={() => void printWithCharts()}>
            {t('cal.export.print')}
          </button>
        </div>
        <p class="report-toolbar__status" role="status">
          {notice}
        </p>
      </section>

      <p class="portal-method-note">{t('agr.note')}</p>

      <section aria-labelledby="cal-trainees-heading">
        <h2 id="cal-trainees-heading">{t('cal.perTrainee')}</h2>
        <TableScroll caption={t('cal.perTrainee')} t={t}>
          <table class="report-table calibration-table" data-testid="cal-trainee-table">
            <thead>
              <tr>
                <th scope="col">{t('agr.trainee')}</th>
                <th scope="col">{t('agr.compared')}</th>
                <th scope="col">{t('agr.exact')}</th>
                <th scope="col">{t('agr.withinOne')}</th>
                <th scope="col">{t('agr.kappa')}</th>
                <th scope="col">{t('agr.na')}</th>
                <th scope="col">{t('agr.unanswered')}</th>
              </tr>
            </thead>
            <tbody>
              {calibration.trainees.map((tr, i) => (
                <tr key={i} data-testid={`cal-trainee-${i}`}>
                  <th scope="row">
                    {labels[i]}
                    <br />
                    <span class="training-muted">{tr.file}</span>
                  </th>
                  <td data-testid={`cal-compared-${i}`}>{tr.compared}</td>
                  <td data-testid={`cal-exact-${i}`}>{formatShare(tr.exact)}</td>
                  <td data-testid={`cal-within-${i}`}>{formatShare(tr.withinOne)}</td>
                  <td data-testid={`cal-kappa-${i}`}>{formatKappa(tr.kappa)}</td>
                  <td data-testid={`cal-na-${i}`}>{tr.excluded.na}</td>
                  <td data-testid={`cal-unanswered-${i}`}>{tr.excluded.unanswered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        {gaps.length > 0 && (
          <ul data-testid="cal-kappa-gaps">
            {gaps.map((g) => (
              <li key={g.i}>{g.text}</li>
            ))}
          </ul>
        )}
        <figure class="report-figure" data-testid="cal-chart">
          <figcaption>{t('cal.chart.caption')}</figcaption>
          <div class="calibration-chart" ref={chartRef} data-shown={shown ? 'true' : 'false'}>
            {shown ? <Chart build={build} label={t('cal.chart.alt')} /> : <p>{t('cal.chart.loading')}</p>}
          </div>
          <TableScroll caption={t('cal.chart.caption')} t={t}>
            <table class="report-table calibration-table">
              <thead>
                <tr>
                  <th scope="col">{t('agr.trainee')}</th>
                  <th scope="col">{t('agr.exact')}</th>
                  <th scope="col">{t('agr.withinOne')}</th>
                </tr>
              </thead>
              <tbody>
                {calibration.trainees.map((tr, i) => (
                  <tr key={i}>
                    <th scope="row">{labels[i]}</th>
                    <td>{formatShare(tr.exact)}</td>
                    <td>{formatShare(tr.withinOne)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </figure>
      </section>

      <section aria-labelledby="cal-elements-heading">
        <h2 id="cal-elements-heading">{t('cal.perElement')}</h2>
        <TableScroll caption={t('cal.perElement')} t={t}>
          <table class="report-table calibration-table" data-testid="cal-element-table">
            <thead>
              <tr>
                <th scope="col">{t('agr.element')}</th>
                <th scope="col">{t('agr.keyLevel')}</th>
                {labels.map((l, i) => (
                  <th scope="col" key={i}>
                    {l}
                  </th>
                ))}
                <th scope="col" class="training-reason">
                  {t('agr.reason')}
                </th>
              </tr>
            </thead>
            <tbody>
              {calibration.elements.map((e) => (
                <tr key={e.id} data-element={e.id}>
                  <th scope="row">
                    <a href={href(e.id)}>{e.id}</a>
                    <br />
                    <span class="training-muted">{title(e.id)}</span>
                  </th>
                  <td>
                    <strong>{e.key}</strong>
                  </td>
                  {e.levels.map((l, i) => {
                    const off = l !== null && l !== e.key;
                    return (
                      <td
                        key={i}
                        class={off ? 'calibration-off' : undefined}
                        title={off ? t('cal.mismatch') : undefined}
                      >
                        {level(l)}
                        {off && <span class="sr-only"> ({t('cal.mismatch')})</span>}
                      </td>
                    );
                  })}
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="cal-spread-heading">
        <h2 id="cal-spread-heading">{t('cal.spreadHeading')}</h2>
        <TableScroll caption={t('cal.spreadCaption')} t={t}>
          <table class="report-table calibration-table" data-testid="cal-spread-table">
            <caption>{t('cal.spreadCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agr.element')}</th>
                {(['N', 'P', 'L', 'F', 'NA'] as const).map((l) => (
                  <th scope="col" key={l}>
                    {l}
                  </th>
                ))}
                <th scope="col">{levelNames.none}</th>
              </tr>
            </thead>
            <tbody>
              {calibration.elements.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{e.id}</th>
                  {(['N', 'P', 'L', 'F', 'NA', 'none'] as const).map((l) => (
                    <td key={l}>{l === e.key ? <strong>{e.spread[l]}</strong> : e.spread[l]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="cal-misjudged-heading">
        <h2 id="cal-misjudged-heading">{t('cal.misjudgedHeading')}</h2>
        {calibration.misjudged.length === 0 ? (
          <p>{t('agr.noMisjudged')}</p>
        ) : (
          <TableScroll caption={t('cal.misjudgedHeading')} t={t}>
            <table class="report-table calibration-table" data-testid="cal-misjudged-table">
              <thead>
                <tr>
                  <th scope="col">{t('agr.rank')}</th>
                  <th scope="col">{t('agr.element')}</th>
                  <th scope="col">{t('agr.keyLevel')}</th>
                  <th scope="col">{t('agr.misjudgedCount')}</th>
                  <th scope="col">{t('agr.meanDistance')}</th>
                  <th scope="col">{t('agr.spread')}</th>
                </tr>
              </thead>
              <tbody>
                {calibration.misjudged.map((e, i) => (
                  <tr key={e.id}>
                    <td>{i + 1}</td>
                    <th scope="row">
                      <a href={href(e.id)}>{e.id}</a> <span class="training-muted">{title(e.id)}</span>
                    </th>
                    <td>{e.key}</td>
                    <td>
                      {e.misjudged}/{e.compared}
                    </td>
                    <td>{e.meanDistance === null ? '—' : round4(e.meanDistance).toFixed(2)}</td>
                    <td>{spreadText(e.spread, levelNames.none)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </article>
  );
}
