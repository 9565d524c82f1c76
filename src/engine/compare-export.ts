/**
 * A comparison of candidates as text: Markdown (zh-CN or en) and CSV for spreadsheets (Excel-friendly: UTF-8 with
 * a byte-order mark, CRLF, every cell formula-safe through the engine's `toCsv`). Numbers come from `compare.ts`,
 * rounded as the score summary rounds them. Pure: returns strings. The report's words (levels, perspectives,
 * columns) come from the caller as a `ReportTranslator`; the comparison's own words as a
 * `CompareTranslator` (both from `src/i18n/`, in the same language).
 */
import type { LocalizedText } from '../catalog/schema.ts';
import type { CompareTranslator } from '../i18n/compare-export.ts';
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
import { itemAt, valueAt } from './invariant.ts';

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
function context(comparison: Comparison, r: ReportTranslator, t: CompareTranslator) {
  const { locale } = r;
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
export function candidateTable(comparison: Comparison, report: ReportTranslator, compare: CompareTranslator) {
  const ctx = context(comparison, report, compare);
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
  compare: CompareTranslator,
  options: CompareTextOptions = {},
): string {
  const ctx = context(comparison, report, compare);
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

  const candidates = candidateTable(comparison, report, compare);
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
export const comparisonToCsv = (
  comparison: Comparison,
  report: ReportTranslator,
  compare: CompareTranslator,
  options: CompareTextOptions = {},
) => toCsv(comparisonRows(comparison, report, compare, options));

/** The rows of the CSV table (the header first): the view of each row in its first column. */
export function comparisonRows(
  comparison: Comparison,
  report: ReportTranslator,
  compare: CompareTranslator,
  options: CompareTextOptions = {},
): (string | number | null)[][] {
  const ctx = context(comparison, report, compare);
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
