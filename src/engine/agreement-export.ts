/**
 * A calibration as text: Markdown (zh-CN or en) and CSV (UTF-8 with a byte-order mark, CRLF, every cell
 * formula-safe through the engine's `toCsv`). Numbers come from `agreement.ts`, rounded to 4 decimals as the
 * JSON summary rounds them (percentages to 2 decimals of a per cent, the same figure). Pure: returns strings.
 */
import type { Locale } from '../catalog/schema.ts';
import { round4, type Calibration, type TraineeAgreement } from './agreement.ts';
import { mdText } from './markdown.ts';
import { toCsv } from './csv.ts';
import { indexCatalog } from './catalog-index.ts';
import { formatMessage } from './message.ts';
import { itemAt } from './invariant.ts';

const zh = {
  'agr.title': '评估员校准：与讲师答案的一致性',
  'agr.note':
    '本门户的培训方法，非标准内容。只比较讲师答案和学员都评为 N/P/L/F 的要素；标为不适用（NA）或学员未回答的要素不参与计算，单独计数。加权 kappa 为二次加权的 Cohen kappa。',
  'agr.key': '讲师答案：{file}（{title}）',
  'agr.case': '案例：{case}',
  'agr.trainees': '学员',
  'agr.trainee': '学员',
  'agr.file': '文件',
  'agr.compared': '参与比较',
  'agr.exact': '完全一致',
  'agr.withinOne': '相差不超过一级',
  'agr.kappa': '加权 kappa',
  'agr.na': '排除：不适用',
  'agr.unanswered': '排除：未回答',
  'agr.gap.none-compared': '{trainee}：没有双方都评为 N/P/L/F 的要素，无法计算 kappa。',
  'agr.gap.no-variation': '{trainee}：比较的要素双方都评为同一级别，没有差异可供比较，kappa 无定义。',
  'agr.elements': '逐要素对照',
  'agr.element': '要素',
  'agr.name': '名称',
  'agr.keyLevel': '讲师答案',
  'agr.reason': '理由',
  'agr.misjudged': '最常判错的要素',
  'agr.rank': '排名',
  'agr.misjudgedCount': '判错人数',
  'agr.meanDistance': '平均偏差（级）',
  'agr.spread': '级别分布',
  'agr.noMisjudged': '所有学员与讲师答案完全一致。',
  'agr.none': '未回答',
  'agr.kind': '类别',
  'agr.kind.trainee': '学员',
  'agr.kind.element': '要素',
  'agr.level': '学员评级',
} as const;

export type AgreementKey = keyof typeof zh;

const en: Record<AgreementKey, string> = {
  'agr.title': 'Assessor calibration: agreement with the instructor key',
  'agr.note':
    "This portal's training method, not the standard. Only elements that both the key and the trainee rated N/P/L/F are compared; elements marked not applicable (NA) or not answered by the trainee are left out and counted apart. Weighted kappa is Cohen's kappa with quadratic weights.",
  'agr.key': 'Instructor key: {file} ({title})',
  'agr.case': 'Case: {case}',
  'agr.trainees': 'Trainees',
  'agr.trainee': 'Trainee',
  'agr.file': 'File',
  'agr.compared': 'Compared',
  'agr.exact': 'Exact agreement',
  'agr.withinOne': 'Within one level',
  'agr.kappa': 'Weighted kappa',
  'agr.na': 'Left out: NA',
  'agr.unanswered': 'Left out: unanswered',
  'agr.gap.none-compared':
    '{trainee}: no element was rated N/P/L/F by both the key and the trainee, so there is no kappa.',
  'agr.gap.no-variation':
    '{trainee}: every compared element has one and the same level from both, so there is no variation to agree about and kappa is undefined.',
  'agr.elements': 'Element by element',
  'agr.element': 'Element',
  'agr.name': 'Name',
  'agr.keyLevel': 'Key',
  'agr.reason': 'Reason',
  'agr.misjudged': 'Elements the class misjudges most',
  'agr.rank': 'Rank',
  'agr.misjudgedCount': 'Trainees off the key',
  'agr.meanDistance': 'Mean distance (levels)',
  'agr.spread': 'Spread of levels',
  'agr.noMisjudged': 'Every trainee agrees with the key.',
  'agr.none': 'unanswered',
  'agr.kind': 'Kind',
  'agr.kind.trainee': 'Trainee',
  'agr.kind.element': 'Element',
  'agr.level': "Trainee's level",
};

/** Every calibration export string in both languages (for tests). */
export const AGREEMENT_DICTIONARIES: Record<Locale, Record<AgreementKey, string>> = { 'zh-CN': zh, en };

function agreementText(locale: Locale) {
  const dict = AGREEMENT_DICTIONARIES[locale];
  return (key: AgreementKey, params: Record<string, string | number> = {}) => formatMessage(dict[key], params, locale);
}

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

export function agreementToMarkdown(calibration: Calibration, locale: Locale): string {
  const t = agreementText(locale);
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
export function agreementToCsv(calibration: Calibration, locale: Locale): string {
  const t = agreementText(locale);
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
