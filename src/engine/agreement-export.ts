/**
 * A calibration as text: Markdown (zh-CN or en) and CSV (UTF-8 with a byte-order mark, CRLF, every cell
 * formula-safe through the engine's `toCsv`). Numbers come from `agreement.ts`, rounded to 4 decimals as the
 * JSON summary rounds them (percentages to 2 decimals of a per cent, the same figure). Pure: returns strings. The words
 * come from the caller as an `AgreementTranslator` (from `src/i18n/agreement-export.ts`), which also carries the
 * language of the catalog's own texts.
 */
import type { AgreementTranslator } from '../i18n/agreement-export.ts';
import { round4, type Calibration, type TraineeAgreement } from './agreement.ts';
import { mdText } from './markdown.ts';
import { toCsv } from './csv.ts';
import { indexCatalog } from './catalog-index.ts';
import { itemAt } from './invariant.ts';

/** A share 0–1 as a percentage with 2 decimals (the 4-decimal fraction), or — when there is none. */
export const formatShare = (share: number | null) => (share === null ? '—' : `${(round4(share) * 100).toFixed(2)}%`);
/** A kappa to 4 decimals, or — when undefined. */
export const formatKappa = (kappa: number | null) => (kappa === null ? '—' : round4(kappa).toFixed(4));

/**
 * What names each trainee in headers: the assessor, else the file's title, with the file name added when two
 * trainees would otherwise share a label.
 */
export function traineeLabels(trainees: readonly Pick<TraineeAgreement, 'file' | 'title' | 'assessor'>[]): string[] {
  const base = trainees.map((t) => t.assessor || t.title);
  return trainees.map((t) => {
    const b = t.assessor || t.title;
    return base.filter((o) => o === b).length > 1 ? `${b} (${t.file})` : b;
  });
}

/** The spread of levels in one short line: `F 3 · L 1 · unanswered 1`. */
export function spreadText(spread: Calibration['elements'][number]['spread'], noneLabel: string): string {
  return (['N', 'P', 'L', 'F', 'NA', 'none'] as const)
    .filter((level) => spread[level] > 0)
    .map((level) => `${level === 'none' ? noneLabel : level} ${spread[level]}`)
    .join(' · ');
}

export function agreementToMarkdown(calibration: Calibration, t: AgreementTranslator): string {
  const { locale } = t;
  const index = indexCatalog(calibration.catalog);
  const title = (id: string) => index.byId.get(id)?.title[locale] ?? id;
  const labels = traineeLabels(calibration.trainees);
  const md = mdText;
  const row = (cells: (string | number)[]) => `| ${cells.map((c) => String(c)).join(' | ')} |`;
  const rule = (n: number) => `|${' --- |'.repeat(n)}`;
  const out: string[] = [`# ${t('agr.title')}`, '', `> ${t('agr.note')}`, ''];
  const key = calibration.key;
  out.push(`- ${md(t('agr.key', { file: key.file, title: key.assessment.title }))}`);
  if (key.assessment.case) out.push(`- ${md(t('agr.case', { case: key.assessment.case }))}`);
  out.push('', `## ${t('agr.trainees')}`, '');
  const heads = [
    t('agr.trainee'),
    t('agr.file'),
    t('agr.compared'),
    t('agr.exact'),
    t('agr.withinOne'),
    t('agr.kappa'),
    t('agr.na'),
    t('agr.unanswered'),
  ];
  out.push(row(heads), rule(heads.length));
  calibration.trainees.forEach((tr, i) => {
    out.push(
      row([
        md(itemAt(labels, i)),
        md(tr.file),
        tr.compared,
        formatShare(tr.exact),
        formatShare(tr.withinOne),
        formatKappa(tr.kappa),
        tr.excluded.na,
        tr.excluded.unanswered,
      ]),
    );
  });
  const gaps = calibration.trainees.flatMap((tr, i) =>
    tr.kappaGap ? [`- ${md(t(`agr.gap.${tr.kappaGap}`, { trainee: itemAt(labels, i) }))}`] : [],
  );
  if (gaps.length) out.push('', ...gaps);

  out.push('', `## ${t('agr.elements')}`, '');
  const elementHeads = [t('agr.element'), t('agr.name'), t('agr.keyLevel'), ...labels.map(md), t('agr.reason')];
  out.push(row(elementHeads), rule(elementHeads.length));
  for (const e of calibration.elements) {
    out.push(row([e.id, md(title(e.id)), e.key, ...e.levels.map((l) => l ?? t('agr.none')), md(e.reason ?? '')]));
  }

  out.push('', `## ${t('agr.misjudged')}`, '');
  if (calibration.misjudged.length === 0) out.push(t('agr.noMisjudged'));
  else {
    const heads2 = [
      t('agr.rank'),
      t('agr.element'),
      t('agr.name'),
      t('agr.keyLevel'),
      t('agr.misjudgedCount'),
      t('agr.meanDistance'),
      t('agr.spread'),
    ];
    out.push(row(heads2), rule(heads2.length));
    calibration.misjudged.forEach((e, i) => {
      out.push(
        row([
          i + 1,
          e.id,
          md(title(e.id)),
          e.key,
          `${e.misjudged}/${e.compared}`,
          e.meanDistance === null ? '—' : round4(e.meanDistance).toFixed(2),
          spreadText(e.spread, t('agr.none')),
        ]),
      );
    });
  }
  return `${out.join('\n')}\n`;
}

/**
 * One table in long form: a row per trainee with the figures, then a row per element and trainee with the
 * trainee's level beside the key's level and reason. Fractions as in the JSON (0–1, 4 decimals).
 */
export function agreementToCsv(calibration: Calibration, t: AgreementTranslator): string {
  const { locale } = t;
  const index = indexCatalog(calibration.catalog);
  const labels = traineeLabels(calibration.trainees);
  const rows: (string | number | null)[][] = [
    [
      t('agr.kind'),
      t('agr.trainee'),
      t('agr.file'),
      t('agr.element'),
      t('agr.name'),
      t('agr.keyLevel'),
      t('agr.level'),
      t('agr.compared'),
      t('agr.exact'),
      t('agr.withinOne'),
      t('agr.kappa'),
      t('agr.na'),
      t('agr.unanswered'),
      t('agr.reason'),
    ],
  ];
  calibration.trainees.forEach((tr, i) => {
    rows.push([
      t('agr.kind.trainee'),
      itemAt(labels, i),
      tr.file,
      '',
      '',
      '',
      '',
      tr.compared,
      round4(tr.exact),
      round4(tr.withinOne),
      round4(tr.kappa),
      tr.excluded.na,
      tr.excluded.unanswered,
      tr.kappaGap ? t(`agr.gap.${tr.kappaGap}`, { trainee: itemAt(labels, i) }) : '',
    ]);
  });
  for (const e of calibration.elements) {
    e.levels.forEach((level, i) => {
      rows.push([
        t('agr.kind.element'),
        itemAt(labels, i),
        itemAt(calibration.trainees, i).file,
        e.id,
        index.byId.get(e.id)?.title[locale] ?? e.id,
        e.key,
        level ?? t('agr.none'),
        '',
        '',
        '',
        '',
        '',
        '',
        e.reason ?? '',
      ]);
    });
  }
  return toCsv(rows);
}
