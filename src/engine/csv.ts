/**
 * CSV for spreadsheets: fields neutralised against formula injection, a byte-order mark and CRLF line ends, and the
 * element table (every requirement element with its answer and plan). Pure: returns strings, writes nothing.
 */
import type { ReportTranslator } from '../i18n/report-export.ts';
import type { Assessment } from './assessment-schema.ts';
import { indexCatalog, type EngineCatalog } from './catalog-index.ts';
import { answerName, catalogTerms } from './export-terms.ts';
import { phaseOf } from './plan.ts';
import { scoreAssessment, type AssessmentResult } from './score.ts';
import { valueAt } from './invariant.ts';

/**
 * Characters that make a spreadsheet read a cell as a formula (or start one after a tab or line break),
 * including the full-width forms an IME types: CJK-locale spreadsheets may convert those too.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text a spreadsheet will show as typed: a leading formula character is escaped with an apostrophe. */
export const neutralizeCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/** One CSV field (RFC 4180): neutralised, quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = neutralizeCell(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with a UTF-8 byte-order mark (so spreadsheets read Chinese correctly) and CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The element table: every requirement element (supplier and customer) in catalog order, with its answer and plan. */
export function elementsToCsv(
  catalog: EngineCatalog,
  assessment: Assessment,
  t: ReportTranslator,
  result: AssessmentResult = scoreAssessment(catalog, assessment),
): string {
  const index = indexCatalog(catalog);
  const terms = catalogTerms(catalog, t);
  const yesNo = (b: boolean) => (b ? t('yes') : t('no'));
  const header = [
    t('col.id'),
    terms.chapterColumn,
    terms.clauseColumn,
    t('col.party'),
    t('col.key'),
    t('col.weight'),
    t('col.element'),
    t('col.answer'),
    t('col.answerName'),
    t('col.applicable'),
    t('col.points'),
    t('col.weighted'),
    t('col.target'),
    t('col.gap'),
    t('col.phase'),
    t('col.owner'),
    t('col.due'),
    t('col.status'),
    t('col.justification'),
    t('col.notes'),
    t('col.evidence'),
    t('col.flagged'),
    t('col.catalog'),
  ];
  const rows = result.elements.map((e) => {
    const answer = Object.hasOwn(assessment.answers, e.id) ? assessment.answers[e.id] : undefined;
    const edit = Object.hasOwn(assessment.plan, e.id) ? assessment.plan[e.id] : undefined;
    const inPlan = e.gap !== null && e.gap > 0;
    return [
      e.id,
      e.chapter,
      e.clause,
      terms.party(e.party),
      yesNo(e.key),
      e.weight,
      valueAt(index.byId, e.id).title[t.locale],
      e.level ?? '',
      answerName(t, e),
      yesNo(e.applicable),
      e.points,
      e.points === null ? null : e.weight * e.points,
      e.applicable ? e.target : '',
      e.gap,
      inPlan ? phaseOf(e) : null,
      inPlan ? edit?.owner : null,
      inPlan ? edit?.due : null,
      inPlan ? t(`status.${edit?.status ?? 'open'}`) : null,
      answer?.justification,
      answer?.notes,
      answer?.evidence.map((ev) => (ev.url ? `${ev.title} <${ev.url}>` : ev.title)).join('; '),
      answer ? yesNo(answer.flagged) : null,
      `${index.id} ${index.version}`,
    ];
  });
  return toCsv([header, ...rows]);
}
