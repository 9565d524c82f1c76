/**
 * What the Excel workbook of an assessment holds, as plain data: sheets, headers, rows, column widths, which
 * columns are locked and which carry a drop-down list. Pure (no spreadsheet library, DOM or Node): `xlsx.ts` turns
 * this into a file, and the importer reads the same column layout back.
 *
 * Sheets: the elements (one row per element in scope, the answer columns editable), the scores, the improvement
 * plan, and a hidden "about" sheet whose marker and versions tell the importer the file is ours.
 */
import type { Locale } from '../catalog/schema.ts';
import {
  ANSWER_LEVELS,
  SCHEMA_VERSION,
  TARGET_LEVELS,
  buildPlan,
  indexCatalog,
  roundScore,
  scoreAssessment,
  type Assessment,
  type EngineCatalog,
  type EvidenceLink,
} from '../engine/index.ts';
import { officeText } from '../i18n/office.ts';
import { reportText } from '../i18n/report-export.ts';
import { itemAt, valueAt } from '../engine/invariant.ts';

/** The marker in the about sheet: a workbook without it is not ours. */
export const WORKBOOK_MARKER = 'gbt28827-portal-answers';
/** Version of the workbook layout; the importer refuses a newer one. */
export const WORKBOOK_FORMAT_VERSION = 1;

/** The columns of the elements sheet, in order (A, B, …). */
export const ELEMENT_COLUMNS = [
  'id',
  'clause',
  'title',
  'requirement',
  'key',
  'level',
  'justification',
  'target',
  'notes',
  'evidence',
] as const;
export type ElementColumn = (typeof ELEMENT_COLUMNS)[number];
/** The columns a user fills in; the others are locked. */
export const EDITABLE_COLUMNS: readonly ElementColumn[] = ['level', 'justification', 'target', 'notes', 'evidence'];

/**
 * Keys of the about sheet's first column. The assessor, perspective and scope (added without a format change: an
 * older workbook reads them as blank) let a workbook start a new assessment like the one it came from.
 */
export const ABOUT_KEYS = [
  'format',
  'formatVersion',
  'catalog',
  'catalogVersion',
  'schemaVersion',
  'assessmentId',
  'assessmentTitle',
  'assessmentSubject',
  'assessmentCreated',
  'assessmentAssessor',
  'assessmentPerspective',
  'assessmentScope',
  'elementsSheet',
  'language',
] as const;
export type AboutKey = (typeof ABOUT_KEYS)[number];

export type CellValue = string | number | null;

export interface SheetSpec {
  name: string;
  headers: string[];
  rows: CellValue[][];
  /** Column widths in characters. */
  widths: number[];
  /** Columns (0-based) whose cells are locked; when given, the sheet is protected and the other columns are not. */
  locked?: readonly number[];
  /** Drop-down lists by column (0-based). */
  lists?: readonly {
    column: number;
    values: readonly string[];
    prompt?: string;
    promptTitle?: string;
    error: string;
  }[];
  /** Columns whose text wraps. */
  wrap?: readonly number[];
  hidden?: boolean;
}

export interface WorkbookSpec {
  title: string;
  sheets: SheetSpec[];
}

/** The letter of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD87F][\uDC00-\uDFFF]/g;

/** How many columns a text takes in a spreadsheet: a CJK (wide) character counts 2. Longest line. */
export function displayWidth(text: string): number {
  return Math.max(0, ...text.split(/\r?\n/).map((line) => [...line].length + (line.match(WIDE)?.length ?? 0)));
}

/** Column widths that fit the header and the cells, between `min` and `max` characters, plus a margin. */
export function columnWidths(headers: readonly string[], rows: readonly CellValue[][], min = 6, max = 60): number[] {
  return headers.map((header, c) => {
    const widest = Math.max(displayWidth(header), ...rows.map((row) => displayWidth(String(row[c] ?? ''))));
    return Math.min(max, Math.max(min, widest)) + 2;
  });
}

/** Evidence as one cell: `title <url>` items separated by `; ` (as the CSV export writes them). */
export const evidenceToText = (evidence: readonly EvidenceLink[]) =>
  evidence.map((ev) => (ev.url ? `${ev.title} <${ev.url}>` : ev.title)).join('; ');

/** Metadata of the about sheet, as the importer reads it back. */
export type WorkbookMeta = Record<AboutKey, string>;

/** What the about sheet records beyond the assessment itself. */
export interface WorkbookOptions {
  /** The assessment's local ID (the browser's record key); blank when there is none (the CLI reads a file). */
  id?: string;
}

/** The about sheet's values for an assessment. */
export function workbookMeta(
  catalog: EngineCatalog,
  assessment: Assessment,
  locale: Locale,
  options: WorkbookOptions = {},
): WorkbookMeta {
  const index = indexCatalog(catalog);
  return {
    format: WORKBOOK_MARKER,
    formatVersion: String(WORKBOOK_FORMAT_VERSION),
    catalog: index.id,
    catalogVersion: index.version,
    schemaVersion: String(SCHEMA_VERSION),
    assessmentId: options.id ?? '',
    assessmentTitle: assessment.title,
    assessmentSubject: assessment.subject,
    assessmentCreated: assessment.created,
    assessmentAssessor: assessment.assessor,
    assessmentPerspective: assessment.perspective,
    assessmentScope: [...assessment.scope.contents, ...assessment.scope.modes].join(' '),
    elementsSheet: officeText(locale)('sheet.elements'),
    language: locale,
  };
}

/** The elements sheet's headers in a language. */
export function elementHeaders(locale: Locale): string[] {
  const t = officeText(locale);
  return ELEMENT_COLUMNS.map((c) => t(`col.${c}`));
}

/** The whole workbook of an assessment, in one language. */
export function workbookSpec(
  catalog: EngineCatalog,
  assessment: Assessment,
  locale: Locale,
  options: WorkbookOptions = {},
): WorkbookSpec {
  const t = officeText(locale);
  const r = reportText(locale);
  const index = indexCatalog(catalog);
  const result = scoreAssessment(catalog, assessment);
  const plan = buildPlan(catalog, assessment, result);
  const yesNo = (b: boolean) => (b ? t('yes') : t('no'));

  // Elements: every requirement element whose clause is in scope (answered NA included, so NA can be changed).
  const elementRows: CellValue[][] = result.elements
    .filter((e) => e.exclusion !== 'out-of-scope')
    .map((e) => {
      const el = valueAt(index.byId, e.id);
      const answer = Object.hasOwn(assessment.answers, e.id) ? assessment.answers[e.id] : undefined;
      return [
        e.id,
        e.clause,
        el.title[locale],
        el.requirement[locale],
        yesNo(e.key),
        answer?.level ?? null,
        answer?.justification ?? null,
        answer?.target ?? null,
        answer?.notes ?? null,
        answer && answer.evidence.length ? evidenceToText(answer.evidence) : null,
      ];
    });
  const col = (name: ElementColumn) => ELEMENT_COLUMNS.indexOf(name);
  const headers = elementHeaders(locale);
  const widths = columnWidths(headers, elementRows);
  widths[col('level')] = Math.max(itemAt(widths, col('level')), 10);
  const elements: SheetSpec = {
    name: t('sheet.elements'),
    headers,
    rows: elementRows,
    widths,
    locked: ELEMENT_COLUMNS.flatMap((name, i) => (EDITABLE_COLUMNS.includes(name) ? [] : [i])),
    lists: [
      {
        column: col('level'),
        values: ANSWER_LEVELS,
        prompt: t('level.prompt'),
        promptTitle: t('level.promptTitle'),
        error: t('level.error'),
      },
      { column: col('target'), values: TARGET_LEVELS, error: t('target.error') },
    ],
    wrap: [col('title'), col('requirement'), col('justification'), col('notes'), col('evidence')],
  };

  // Scores: overall, customer readiness, chapters, clauses (what toScoreSummary gives, with titles).
  const overall = result.supplier.overall;
  const customer = result.customer.overall;
  const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;
  const clauseTitle = new Map(
    catalog.structure.chapters.flatMap((c) => c.clauses.map((cl) => [cl.number, cl.title[locale]] as const)),
  );
  const chapterTitle = new Map(catalog.structure.chapters.map((c) => [c.number, c.title[locale]] as const));
  const scoreRows: CellValue[][] = [
    [t('scores.overall'), roundScore(overall.score), overall.applicable, overall.answered],
    [
      t('scores.grade'),
      `${overall.grade ? r(`grade.${overall.grade}`) : r('grade.none')}${overall.provisional ? t('scores.provisional') : ''}`,
      null,
      null,
    ],
    [t('scores.completeness'), percent(overall.completeness), null, null],
    [t('scores.customer'), roundScore(customer.score), customer.applicable, customer.answered],
    [t('scores.customerCompleteness'), percent(customer.completeness), null, null],
    ...Object.entries(result.supplier.chapters).map(([n, s]): CellValue[] => [
      `${t('scores.chapter')} ${n} ${chapterTitle.get(n) ?? ''}`.trim(),
      roundScore(s.score),
      s.applicable,
      s.answered,
    ]),
    ...Object.entries(result.supplier.clauses).map(([n, s]): CellValue[] => [
      `${n} ${clauseTitle.get(n) ?? ''}`.trim(),
      roundScore(s.score),
      s.applicable,
      s.answered,
    ]),
  ];
  const scoreHeaders = [t('scores.item'), t('scores.score'), t('scores.applicable'), t('scores.answered')];
  const scores: SheetSpec = {
    name: t('sheet.scores'),
    headers: scoreHeaders,
    rows: scoreRows,
    widths: columnWidths(scoreHeaders, scoreRows),
  };

  // Plan
  const planHeaders = [
    t('plan.phase'),
    t('col.id'),
    t('col.title'),
    t('col.key'),
    t('plan.current'),
    t('col.target'),
    t('plan.gap'),
    t('plan.owner'),
    t('plan.due'),
    t('plan.status'),
  ];
  const planRows: CellValue[][] = plan.length
    ? plan.map((item) => [
        item.phase,
        item.id,
        item.title[locale],
        yesNo(item.key),
        item.level ?? r('level.none'),
        item.target,
        item.gap,
        item.owner ?? null,
        item.due ?? null,
        r(`status.${item.status}`),
      ])
    : [[t('plan.empty')]];
  const planSheet: SheetSpec = {
    name: t('sheet.plan'),
    headers: planHeaders,
    rows: planRows,
    widths: columnWidths(planHeaders, plan.length ? planRows : []),
    wrap: [2],
  };

  // About (hidden): the marker, versions and the assessment it came from.
  const meta = workbookMeta(catalog, assessment, locale, options);
  const aboutRows: CellValue[][] = [
    ...ABOUT_KEYS.map((key): CellValue[] => [key, meta[key]]),
    ['note', t('about.note')],
  ];
  const aboutHeaders = [t('about.field'), t('about.value')];
  const about: SheetSpec = {
    name: t('sheet.about'),
    headers: aboutHeaders,
    rows: aboutRows,
    widths: columnWidths(aboutHeaders, aboutRows),
    hidden: true,
  };
  return { title: assessment.title, sheets: [elements, scores, planSheet, about] };
}
