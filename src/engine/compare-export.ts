/**
 * A comparison of candidates as text: Markdown (zh-CN or en) and CSV for spreadsheets (Excel-friendly: UTF-8 with
 * a byte-order mark, CRLF, every cell formula-safe through the engine's `toCsv`). Numbers come from `compare.ts`,
 * rounded as the score summary rounds them. Pure: returns strings. The report's words (levels, perspectives,
 * columns) come from the caller as a `ReportTranslator`; the comparison's own words from this file's dictionary.
 */
import type { Locale, LocalizedText } from '../catalog/schema.ts';
import type { ReportTranslator } from '../i18n/report-export.ts';
import {
  elementRows,
  filterElementRows,
  fitRanking,
  FIT_FORMULA,
  keyElementMatrix,
  priorityOf,
  scoreRows,
  type Comparison,
  type ElementCell,
  type Priorities,
  type ScopeView,
  type ScoreRow,
} from './compare.ts';
import { catalogTerms } from './export-terms.ts';
import { mdRawTable, mdText } from './markdown.ts';
import { roundScore } from './score-summary.ts';
import { toCsv } from './csv.ts';
import { catalogTitleOf, indexCatalog } from './catalog-index.ts';
import type { Scope } from './scope.ts';
import { formatMessage } from './message.ts';
import { itemAt, valueAt } from './invariant.ts';

const zh = {
  'compare.title': '候选供方比较',
  'compare.catalog': '要素目录：{catalog} {version}',
  'compare.note':
    '各项得分由评分引擎按评分方法计算，与逐个文件的评分结果相同。匹配度是本门户按需方优先级另算的参考值，不是标准的得分。',
  'compare.candidates': '候选方',
  'compare.candidate': '候选方',
  'compare.file': '来源',
  'compare.subject': '评估对象',
  'compare.perspective': '评估视角',
  'compare.scope': '评估范围',
  'compare.beyond': '超出共同范围',
  'compare.commonScope': '共同范围',
  'compare.commonScopeValue': '交付内容：{contents}；交付方式：{modes}；第 5 章和 8.2 始终在范围内。',
  'compare.sameScope': '所有候选方的评估范围相同，共同范围上的得分与各自范围上的得分一致。',
  'compare.differentScope':
    '候选方的评估范围不同：先按各自范围列出得分（不能直接横向比较），再按共同范围重新计分，使各方按相同的要素比较。',
  'compare.ownView': '按各自评估范围的得分',
  'compare.commonView': '按共同范围重新计分',
  'compare.overall': '总体结果',
  'compare.measure': '项目',
  'compare.score': '总分',
  'compare.grade': '评级',
  'compare.provisional': '暂定',
  'compare.completeness': '完成度',
  'compare.keys': '关键要素（达到 L/F · P · N/未回答）',
  'compare.customerReadiness': '需方准备度（单独计分）',
  'compare.chapters': '各章得分',
  'compare.clauses': '各条得分',
  'compare.best': '最佳',
  'compare.bestMark': '★ 为该行最佳（按显示的两位小数比较，并列时均标出）。',
  'compare.keyMatrix': '关键要素对照',
  'compare.keyLegend': '✓ 达到 L/F；△ 部分实施（不能评为“符合”）；✗ 未实施或未回答（也不能评为“基本符合”）；— 不计分。',
  'compare.differences': '要素差异（仅列出回答不同的要素）',
  'compare.noDifferences': '所有要素的回答都相同。',
  'compare.fit': '按需方优先级的匹配度（门户自定，非标准得分）',
  'compare.fitIntro':
    '匹配度 = 100 × Σ 各{unit}重要度 u × 该{unit}的 Σ(w·p) / (3 × Σ u × 该{unit}的 Σw)，在共同范围上计算。重要度为 0–5 的整数，未设置时为 1；所有重要度相同时，匹配度等于总分。',
  'compare.fitRank': '匹配度排名',
  'compare.fitValue': '匹配度',
  'compare.overallRank': '总分排名',
  'compare.priorities': '重要度',
  'compare.view': '视图',
  'compare.kind': '类别',
  'compare.number': '编号',
  'compare.name': '名称',
  'compare.kind.overall': '总体',
  'compare.kind.chapter': '章',
  'compare.kind.clause': '条款',
  'compare.kind.customer': '需方准备度',
  'compare.kind.key': '关键要素',
  'compare.kind.element': '要素',
  'compare.kind.fit': '匹配度',
  'compare.view.own': '各自范围',
  'compare.view.common': '共同范围',
  'compare.none': '无',
} as const;

export type CompareKey = keyof typeof zh;

const en: Record<CompareKey, string> = {
  'compare.title': 'Comparison of candidate suppliers',
  'compare.catalog': 'Catalog: {catalog} {version}',
  'compare.note':
    "Every score is computed by the scoring engine by the scoring method, the same as scoring each file alone. The fit is the portal's own figure from the customer's priorities, not the standard's score.",
  'compare.candidates': 'Candidates',
  'compare.candidate': 'Candidate',
  'compare.file': 'Source',
  'compare.subject': 'Subject',
  'compare.perspective': 'Perspective',
  'compare.scope': 'Scope',
  'compare.beyond': 'Beyond the common scope',
  'compare.commonScope': 'Common scope',
  'compare.commonScopeValue':
    'Delivery contents: {contents}; delivery modes: {modes}; chapter 5 and 8.2 are always in scope.',
  'compare.sameScope': 'Every candidate has the same scope: scores on the common scope equal scores on their own.',
  'compare.differentScope':
    'The candidates have different scopes: their scores on their own scopes come first (not directly comparable), then each is rescored on the common scope so all are compared on the same elements.',
  'compare.ownView': 'Scores on each candidate’s own scope',
  'compare.commonView': 'Rescored on the common scope',
  'compare.overall': 'Overall result',
  'compare.measure': 'Measure',
  'compare.score': 'Overall score',
  'compare.grade': 'Grade',
  'compare.provisional': 'Provisional',
  'compare.completeness': 'Completeness',
  'compare.keys': 'Key elements (at L/F · P · N/unanswered)',
  'compare.customerReadiness': 'Customer readiness (scored apart)',
  'compare.chapters': 'Scores by chapter',
  'compare.clauses': 'Scores by clause',
  'compare.best': 'Best',
  'compare.bestMark': '★ marks the best of a row (compared as shown, to 2 decimals; ties are all marked).',
  'compare.keyMatrix': 'Key elements side by side',
  'compare.keyLegend':
    '✓ at L or F; △ partially implemented (rules out “conformant”); ✗ not implemented or unanswered (rules out “largely conformant” too); — does not count.',
  'compare.differences': 'Element differences (only elements answered differently)',
  'compare.noDifferences': 'Every element is answered the same.',
  'compare.fit': "Fit to the customer's priorities (the portal's own, not the standard's score)",
  'compare.fitIntro':
    'Fit = 100 × Σ importance u of each {unit} × Σ(w·p) of that {unit} / (3 × Σ u × Σw of that {unit}), on the common scope. Importances are whole numbers 0–5, 1 when not set; with every importance equal, the fit equals the overall score.',
  'compare.fitRank': 'Fit rank',
  'compare.fitValue': 'Fit',
  'compare.overallRank': 'Overall rank',
  'compare.priorities': 'Importance',
  'compare.view': 'View',
  'compare.kind': 'Kind',
  'compare.number': 'Number',
  'compare.name': 'Name',
  'compare.kind.overall': 'Overall',
  'compare.kind.chapter': 'Chapter',
  'compare.kind.clause': 'Clause',
  'compare.kind.customer': 'Customer readiness',
  'compare.kind.key': 'Key element',
  'compare.kind.element': 'Element',
  'compare.kind.fit': 'Fit',
  'compare.view.own': 'Own scope',
  'compare.view.common': 'Common scope',
  'compare.none': 'none',
};

/** Every compare string in both languages (for tests). */
export const COMPARE_DICTIONARIES: Record<Locale, Record<CompareKey, string>> = { 'zh-CN': zh, en };

/** A translator of the compare strings; `{name}` placeholders are filled from params. */
function compareText(locale: Locale) {
  const dict = COMPARE_DICTIONARIES[locale];
  return (key: CompareKey, params: Record<string, string | number> = {}) => formatMessage(dict[key], params, locale);
}

/**
 * The name of each candidate in column headers: its subject, with its position added when two candidates have
 * the same subject (e.g. two assessments of one supplier).
 */
export function candidateLabels(comparison: Comparison): string[] {
  const subjects = comparison.candidates.map((c) => c.assessment.subject);
  return subjects.map((s, i) => (subjects.filter((o) => o === s).length > 1 ? `${s} (#${i + 1})` : s));
}

const formatScore = (score: number | null) => (score === null ? '—' : roundScore(score).toFixed(2));
const formatPercent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/** The mark of a key element's standing, as the legend explains it. */
export const KEY_STATE_MARK = { met: '✓', partial: '△', failed: '✗', excluded: '—' } as const;

export interface CompareTextOptions {
  /** Show only the common-scope view (the CLI's `--common-scope`). */
  commonScopeOnly?: boolean;
  /** The customer's priorities: adds the fit ranking. */
  priorities?: Priorities;
}

/** Lookups shared by the Markdown and CSV writers. */
function context(comparison: Comparison, r: ReportTranslator) {
  const { locale } = r;
  const t = compareText(locale);
  const terms = catalogTerms(comparison.catalog, r);
  const index = indexCatalog(comparison.catalog);
  const titles = new Map<string, LocalizedText>();
  for (const chapter of comparison.catalog.structure.chapters) {
    titles.set(`ch:${chapter.number}`, chapter.title);
    for (const clause of chapter.clauses) titles.set(clause.number, clause.title);
  }
  const title = (key: string) => titles.get(key)?.[locale] ?? '';
  const scopeList = (numbers: readonly string[]) =>
    numbers.length ? numbers.map((n) => `${n} ${title(n)}`).join(r('list.separator')) : t('compare.none');
  const scopeText = (scope: Scope) =>
    t('compare.commonScopeValue', { contents: scopeList(scope.contents), modes: scopeList(scope.modes) });
  const beyondText = (scope: Scope) =>
    scope.contents.length + scope.modes.length === 0
      ? t('compare.none')
      : [...scope.contents, ...scope.modes].map((n) => `${n} ${title(n)}`).join(r('list.separator'));
  const level = (cell: ElementCell) =>
    cell.exclusion
      ? r(`exclusion.${cell.exclusion}`)
      : cell.answered && cell.level !== null
        ? cell.level
        : r('level.none');
  const elementTitle = (id: string) => index.byId.get(id)?.title[locale] ?? id;
  const views: ScopeView[] = comparison.sameScope ? ['own'] : ['own', 'common'];
  return { r, t, terms, title, scopeText, beyondText, level, elementTitle, views, labels: candidateLabels(comparison) };
}

/** The candidates as a table of plain text: number, subject, file, perspective, scope and what lies beyond the common scope. */
export function candidateTable(comparison: Comparison, report: ReportTranslator) {
  const ctx = context(comparison, report);
  const { r, t, terms, labels } = ctx;
  return {
    header: [
      '#',
      t('compare.subject'),
      t('compare.file'),
      t('compare.perspective'),
      t('compare.scope'),
      t('compare.beyond'),
    ],
    rows: comparison.candidates.map((c, i) => [
      String(i + 1),
      itemAt(labels, i),
      c.file,
      r(`perspective.${c.assessment.perspective}`),
      terms.practice ? '—' : ctx.scopeText(c.assessment.scope),
      terms.practice ? '—' : ctx.beyondText(c.beyondCommon),
    ]),
  };
}

/** The comparison as a Markdown report. */
export function comparisonToMarkdown(
  comparison: Comparison,
  report: ReportTranslator,
  options: CompareTextOptions = {},
): string {
  const ctx = context(comparison, report);
  const { locale } = report;
  const { r, t, terms, labels } = ctx;
  const esc = mdText;
  const heads = labels.map(esc);
  const out: string[] = [];
  const index = indexCatalog(comparison.catalog);
  out.push(
    `# ${t('compare.title')}`,
    '',
    t('compare.catalog', { catalog: esc(catalogTitleOf(comparison.catalog)[locale]), version: index.version }),
    '',
    `> ${t('compare.note')}`,
    '',
  );

  const candidates = candidateTable(comparison, report);
  out.push(`## ${t('compare.candidates')}`, '');
  out.push(
    mdRawTable(
      candidates.header,
      candidates.rows.map((row, i) => [itemAt(row, 0), itemAt(heads, i), ...row.slice(2).map(esc)]),
    ),
    '',
  );
  if (!terms.practice) {
    out.push(
      `**${t('compare.commonScope')}**${r('punct.colon')}${esc(ctx.scopeText(comparison.commonScope))}`,
      '',
      comparison.sameScope ? t('compare.sameScope') : t('compare.differentScope'),
      '',
    );
  }

  const mark = (row: ScoreRow, i: number) =>
    row.best.includes(i) ? `**${formatScore(itemAt(row.scores, i))}** ★` : formatScore(itemAt(row.scores, i));
  const views = options.commonScopeOnly ? (['common'] as const) : ctx.views;
  for (const scopeView of views) {
    const rows = scoreRows(comparison, scopeView);
    const viewHeading =
      comparison.sameScope && !options.commonScopeOnly
        ? t('compare.overall')
        : scopeView === 'own'
          ? t('compare.ownView')
          : t('compare.commonView');
    out.push(`## ${viewHeading}`, '');
    const overall = comparison.candidates.map((c) => c[scopeView].result.supplier.overall);
    const customer = comparison.candidates.map((c) => c[scopeView].result.customer.overall);
    out.push(
      mdRawTable(
        [t('compare.measure'), ...heads],
        [
          [t('compare.score'), ...labels.map((_, i) => mark(rows.overall, i))],
          [t('compare.grade'), ...overall.map((o) => (o.grade ? r(`grade.${o.grade}`) : r('grade.none')))],
          [t('compare.provisional'), ...overall.map((o) => (o.provisional ? r('yes') : r('no')))],
          [
            t('compare.completeness'),
            ...overall.map((o) => `${formatPercent(o.completeness)} (${o.answered} / ${o.applicable})`),
          ],
          [
            t('compare.keys'),
            ...overall.map(
              (o) => `${o.keyElements.largelyOrFully} · ${o.keyElements.partially} · ${o.keyElements.notOrUnanswered}`,
            ),
          ],
          [t('compare.customerReadiness'), ...labels.map((_, i) => mark(rows.customerReadiness, i))],
          [
            `${t('compare.customerReadiness')} · ${t('compare.completeness')}`,
            ...customer.map((o) => formatPercent(o.completeness)),
          ],
        ],
      ),
      '',
      `### ${terms.practice ? r('parts.heading') : t('compare.chapters')}`,
      '',
      mdRawTable(
        [terms.chapterColumn, r('col.title'), ...heads],
        rows.chapters.map((row) => [
          terms.chapterName(row.number),
          esc(ctx.title(`ch:${row.number}`)),
          ...labels.map((_, i) => mark(row, i)),
        ]),
      ),
      '',
      `### ${terms.practice ? r('sections.heading') : t('compare.clauses')}`,
      '',
      mdRawTable(
        [terms.clauseColumn, r('col.title'), ...heads],
        rows.clauses.map((row) => [row.number, esc(ctx.title(row.number)), ...labels.map((_, i) => mark(row, i))]),
      ),
      '',
      t('compare.bestMark'),
      '',
    );
  }

  const elementView: ScopeView = options.commonScopeOnly ? 'common' : 'own';
  out.push(`## ${t('compare.keyMatrix')}`, '', t('compare.keyLegend'), '');
  out.push(
    mdRawTable(
      [r('col.id'), r('col.element'), terms.clauseColumn, ...heads],
      keyElementMatrix(comparison, elementView).map((row) => [
        row.id,
        esc(ctx.elementTitle(row.id)),
        row.clause,
        ...row.cells.map((cell) => `${KEY_STATE_MARK[cell.state]} ${ctx.level(cell)}`),
      ]),
    ),
    '',
  );

  const differing = filterElementRows(elementRows(comparison, elementView), { onlyDiffering: true });
  out.push(`## ${t('compare.differences')}`, '');
  if (differing.length === 0) out.push(t('compare.noDifferences'), '');
  else {
    out.push(
      mdRawTable(
        [r('col.id'), r('col.element'), terms.clauseColumn, r('col.key'), ...heads],
        differing.map((row) => [
          row.id,
          esc(ctx.elementTitle(row.id)),
          row.clause,
          row.key ? r('yes') : '',
          ...row.cells.map((cell) => ctx.level(cell)),
        ]),
      ),
      '',
    );
  }

  if (options.priorities) {
    const { priorities } = options;
    const unit = priorities.basis === 'chapter' ? terms.chapterColumn : terms.clauseColumn;
    const units = scoreRows(comparison, 'common')[priorities.basis === 'chapter' ? 'chapters' : 'clauses'];
    out.push(`## ${t('compare.fit')}`, '', t('compare.fitIntro', { unit }), '', `\`${FIT_FORMULA}\``, '');
    out.push(
      mdRawTable(
        [unit, t('compare.priorities')],
        units.map((u) => [
          priorities.basis === 'chapter' ? terms.chapterName(u.number) : u.number,
          String(priorityOf(priorities, u.number)),
        ]),
      ),
      '',
      mdRawTable(
        [
          t('compare.fitRank'),
          t('compare.candidate'),
          t('compare.fitValue'),
          t('compare.score'),
          t('compare.overallRank'),
        ],
        fitRanking(comparison, priorities).map((f) => [
          f.rank === null ? '—' : String(f.rank),
          itemAt(heads, f.index),
          formatScore(f.fit),
          formatScore(f.overall),
          f.overallRank === null ? '—' : String(f.overallRank),
        ]),
      ),
      '',
    );
  }

  out.push(`## ${r('method.heading')}`, '', terms.practice ? r('method.bodyPractice') : r('method.body'), '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/**
 * The comparison as one CSV table: a row per measure (overall score, grade, completeness, customer readiness,
 * each chapter and clause, then each element's answer), a column per candidate, and a last column naming the
 * best candidates of a score row. Scores are numbers rounded to 2 decimals; an empty cell has no score.
 */
export const comparisonToCsv = (comparison: Comparison, report: ReportTranslator, options: CompareTextOptions = {}) =>
  toCsv(comparisonRows(comparison, report, options));

/** The rows of the CSV table (the header first): the view of each row in its first column. */
export function comparisonRows(
  comparison: Comparison,
  report: ReportTranslator,
  options: CompareTextOptions = {},
): (string | number | null)[][] {
  const ctx = context(comparison, report);
  const { r, t, labels } = ctx;
  const rows: (string | number | null)[][] = [
    [t('compare.view'), t('compare.kind'), t('compare.number'), t('compare.name'), ...labels, t('compare.best')],
  ];
  const bestNames = (row: ScoreRow) => row.best.map((i) => labels[i]).join('; ');
  const views = options.commonScopeOnly ? (['common'] as const) : ctx.views;
  for (const scopeView of views) {
    const v = t(`compare.view.${scopeView}`);
    const score = scoreRows(comparison, scopeView);
    const overall = comparison.candidates.map((c) => c[scopeView].result.supplier.overall);
    rows.push(
      [
        v,
        t('compare.kind.overall'),
        '',
        t('compare.score'),
        ...score.overall.scores.map(roundScore),
        bestNames(score.overall),
      ],
      [
        v,
        t('compare.kind.overall'),
        '',
        t('compare.grade'),
        ...overall.map((o) => (o.grade ? r(`grade.${o.grade}`) : '')),
        '',
      ],
      [
        v,
        t('compare.kind.overall'),
        '',
        t('compare.provisional'),
        ...overall.map((o) => (o.provisional ? r('yes') : r('no'))),
        '',
      ],
      [
        v,
        t('compare.kind.overall'),
        '',
        t('compare.completeness'),
        ...overall.map((o) => formatPercent(o.completeness)),
        '',
      ],
      [
        v,
        t('compare.kind.customer'),
        '',
        t('compare.customerReadiness'),
        ...score.customerReadiness.scores.map(roundScore),
        bestNames(score.customerReadiness),
      ],
      ...score.chapters.map((row) => [
        v,
        t('compare.kind.chapter'),
        row.number,
        ctx.title(`ch:${row.number}`),
        ...row.scores.map(roundScore),
        bestNames(row),
      ]),
      ...score.clauses.map((row) => [
        v,
        t('compare.kind.clause'),
        row.number,
        ctx.title(row.number),
        ...row.scores.map(roundScore),
        bestNames(row),
      ]),
    );
    if (options.priorities) {
      const fits = fitRanking(comparison, options.priorities, scopeView);
      const byIndex = new Map(fits.map((f) => [f.index, f]));
      rows.push([
        v,
        t('compare.kind.fit'),
        options.priorities.basis,
        t('compare.fitValue'),
        ...labels.map((_, i) => roundScore(valueAt(byIndex, i).fit)),
        fits
          .filter((f) => f.rank === 1)
          .map((f) => labels[f.index])
          .join('; '),
      ]);
    }
  }
  const elementView: ScopeView = options.commonScopeOnly ? 'common' : 'own';
  for (const row of elementRows(comparison, elementView)) {
    rows.push([
      t(`compare.view.${elementView}`),
      row.key ? t('compare.kind.key') : t('compare.kind.element'),
      row.id,
      ctx.elementTitle(row.id),
      ...row.cells.map((cell) => ctx.level(cell)),
      '',
    ]);
  }
  return rows;
}
