/**
 * Reading filled workbooks back, pure: plain cells (`RawWorkbook`, from `xlsx-file.ts`) to the answers they hold,
 * every problem named by sheet, row and column; several files merged one after the other into a preview of what
 * would change in a target assessment, with conflicts (one element answered differently by two files) reported
 * instead of silently picking one; and applying a preview, which returns a new assessment and changes nothing else.
 */
import type { Locale } from '../catalog/schema.ts';
import {
  ANSWER_LEVELS,
  EvidenceLinkSchema,
  FULL_SCOPE,
  PERSPECTIVES,
  SCOPE_CONTENTS,
  SCOPE_MODES,
  TARGET_LEVELS,
  hasErrors,
  indexCatalog,
  isAnswerable,
  validateAssessment,
  withAnswer,
  type Answer,
  type AnswerLevel,
  type Assessment,
  type AssessmentIssue,
  type EngineCatalog,
  type EvidenceLink,
  type Perspective,
  type Scope,
  type TargetLevel,
} from '../engine/index.ts';
import { REPORT_DICTIONARIES } from '../i18n/report-export.ts';
import { officeText, type OfficeKey } from '../i18n/office.ts';
import type { RawCell, RawSheet, RawWorkbook } from './xlsx-file.ts';
import {
  ABOUT_KEYS,
  ELEMENT_COLUMNS,
  WORKBOOK_FORMAT_VERSION,
  WORKBOOK_MARKER,
  columnLetter,
  elementHeaders,
  evidenceToText,
  type ElementColumn,
  type WorkbookMeta,
} from './xlsx-layout.ts';
import { itemAt } from '../engine/invariant.ts';

/** Largest workbook read, checked before it is opened (as for JSON files). */
export const MAX_XLSX_BYTES = 5 * 1024 * 1024;

export type XlsxProblemCode =
  | 'too-large'
  | 'not-xlsx'
  | 'not-ours'
  | 'newer-format'
  | 'unknown-catalog'
  | 'catalog-mismatch'
  | 'no-elements-sheet'
  | 'header-changed'
  | 'unknown-element'
  | 'not-answerable'
  | 'duplicate-element'
  | 'bad-level'
  | 'bad-target'
  | 'na-without-justification'
  | 'level-missing'
  | 'formula'
  | 'error-value'
  | 'bad-evidence';

/** A problem of one file, where it is (sheet, 1-based row, column letter) and the values its message names. */
export interface XlsxProblem {
  code: XlsxProblemCode;
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  params?: Readonly<Record<string, string | number>>;
}

/** The problem as one line in a language, naming file, sheet, row and column where known. */
export function formatXlsxProblem(problem: XlsxProblem, locale: Locale): string {
  const t = officeText(locale);
  const message = t(`problem.${problem.code}` as OfficeKey, problem.params);
  const where =
    problem.sheet === undefined
      ? t('where.file', { message })
      : problem.row === undefined
        ? t('where.sheet', { sheet: problem.sheet, message })
        : problem.column === undefined
          ? t('where.row', { sheet: problem.sheet, row: problem.row, message })
          : t('where.cell', { sheet: problem.sheet, row: problem.row, column: problem.column, message });
  return problem.file === undefined ? where : t('where.inFile', { file: problem.file, message: where });
}

/** The size as a message shows it (`5.1 MB`, rounded up): the same as the browser's other refusals. */
export { formatMegabytes } from '../engine/file-size.ts';

/** What a row of the elements sheet answers: the editable fields (flagged and plan edits are not in the sheet). */
export interface ImportedAnswer {
  level: AnswerLevel;
  justification?: string;
  target?: TargetLevel;
  notes?: string;
  evidence: EvidenceLink[];
}

export interface ImportedRow {
  id: string;
  /** 1-based row number in the elements sheet. */
  row: number;
  /** Null when the level is blank: the row gives no answer and changes nothing. */
  answer: ImportedAnswer | null;
  /** The evidence cell as written, so an untouched cell keeps the stored evidence exactly. */
  evidenceText: string;
}

export interface ImportedSheet {
  file: string;
  meta: WorkbookMeta;
  rows: ImportedRow[];
}

export type ParseResult = { ok: true; sheet: ImportedSheet } | { ok: false; problems: XlsxProblem[] };

const cellText = (cell: RawCell | undefined) =>
  !cell || cell.kind === 'empty' || cell.kind === 'formula' ? '' : cell.text.trim();

function findAbout(raw: RawWorkbook): { sheet: RawSheet; meta: WorkbookMeta } | undefined {
  for (const sheet of raw.sheets) {
    const values = new Map<string, string>();
    for (const cells of sheet.rows.values()) values.set(cellText(cells[0]), cellText(cells[1]));
    if (values.get('format') !== WORKBOOK_MARKER) continue;
    const meta = Object.fromEntries(ABOUT_KEYS.map((key) => [key, values.get(key) ?? ''])) as WorkbookMeta;
    return { sheet, meta };
  }
  return undefined;
}

/** Level names a user may type instead of the code (both languages), to their code. */
const LEVEL_NAMES = new Map<string, AnswerLevel>(
  ANSWER_LEVELS.flatMap((level) => [
    [level, level] as const,
    ...Object.values(REPORT_DICTIONARIES).map((d) => [d[`level.${level}`].toUpperCase(), level] as const),
  ]),
);

/** `title <url>; title` back to evidence links; undefined when a URL is not http(s). */
function parseEvidence(text: string): EvidenceLink[] | undefined {
  const out: EvidenceLink[] = [];
  for (const part of text.split(/\s*[;；]\s*/)) {
    if (!part) continue;
    const m = /^(.*?)\s*<([^<>]*)>$/.exec(part);
    const candidate = m ? { title: itemAt(m, 1).trim() || itemAt(m, 2), url: itemAt(m, 2).trim() } : { title: part };
    const parsed = EvidenceLinkSchema.safeParse(candidate);
    if (!parsed.success) return undefined;
    out.push(parsed.data);
  }
  return out;
}

/**
 * The about sheet of a workbook of ours, before any catalog is chosen: what a new assessment started from it is
 * for, and what it is called. Refused when the workbook is not ours or of a newer format.
 */
export function readAbout(
  raw: RawWorkbook,
  file: string,
): { ok: true; meta: WorkbookMeta } | { ok: false; problems: XlsxProblem[] } {
  const about = findAbout(raw);
  if (!about) return { ok: false, problems: [{ file, code: 'not-ours' }] };
  const { meta } = about;
  const version = Number(meta.formatVersion);
  if (!Number.isInteger(version) || version > WORKBOOK_FORMAT_VERSION)
    return { ok: false, problems: [{ file, code: 'newer-format', params: { version: meta.formatVersion } }] };
  return { ok: true, meta };
}

/** What a new assessment started from a workbook is called and covers, before the user edits it. */
export interface AboutDetails {
  title: string;
  subject: string;
  assessor: string;
  perspective: Perspective;
  scope: Scope;
}

/**
 * The title, subject, assessor, perspective and scope of the assessment a workbook came from (its about sheet), to
 * start a new assessment like it. Values an older or edited workbook lacks fall back to a new assessment's
 * defaults: the file's name as the title, a supplier's self-assessment, the full scope.
 */
export function detailsFromAbout(meta: WorkbookMeta, file: string): AboutDetails {
  const tokens = new Set(meta.assessmentScope.split(/\s+/));
  const contents = SCOPE_CONTENTS.filter((c) => tokens.has(c));
  const modes = SCOPE_MODES.filter((m) => tokens.has(m));
  return {
    title: meta.assessmentTitle.trim() || file.replace(/\.xlsx$/i, ''),
    subject: meta.assessmentSubject.trim(),
    assessor: meta.assessmentAssessor.trim(),
    perspective: PERSPECTIVES.find((p) => p === meta.assessmentPerspective) ?? 'supplier-self',
    // A scope with no content or no mode cannot be saved: such a cell (blank, or edited) means the full scope.
    scope: contents.length && modes.length ? { contents, modes } : FULL_SCOPE,
  };
}

/** The answers of one workbook, checked against the catalog it must be for; every problem at once. */
export function parseAnswerWorkbook(catalog: EngineCatalog, raw: RawWorkbook, file: string): ParseResult {
  const fail = (problem: Omit<XlsxProblem, 'file'>): ParseResult => ({ ok: false, problems: [{ file, ...problem }] });
  const about = readAbout(raw, file);
  if (!about.ok) return about;
  const { meta } = about;
  const index = indexCatalog(catalog);
  if (meta.catalog !== index.id)
    return fail({ code: 'catalog-mismatch', params: { file: meta.catalog, target: index.id } });
  const sheet = raw.sheets.find((s) => s.name === meta.elementsSheet);
  if (!sheet) return fail({ code: 'no-elements-sheet', params: { sheet: meta.elementsSheet } });

  const problems: XlsxProblem[] = [];
  const at = (row: number, column: ElementColumn, code: XlsxProblemCode, params?: XlsxProblem['params']) =>
    problems.push({
      file,
      sheet: sheet.name,
      row,
      column: columnLetter(ELEMENT_COLUMNS.indexOf(column)),
      code,
      ...(params && { params }),
    });
  const col = (name: ElementColumn) => ELEMENT_COLUMNS.indexOf(name);

  const header = sheet.rows.get(1) ?? [];
  const expected = ['zh-CN', 'en'].includes(meta.language)
    ? elementHeaders(meta.language as Locale)
    : elementHeaders('zh-CN');
  for (const [c, name] of ELEMENT_COLUMNS.entries()) {
    const found = cellText(header[c]);
    const want = itemAt(expected, c);
    if (found !== want) {
      at(1, name, 'header-changed', { found, expected: want });
      return { ok: false, problems };
    }
  }

  const rows: ImportedRow[] = [];
  const firstRow = new Map<string, number>();
  const numbered = [...sheet.rows].filter(([n]) => n > 1).sort(([a], [b]) => a - b);
  for (const [r, cells] of numbered) {
    let bad = false;
    for (const [c, name] of ELEMENT_COLUMNS.entries()) {
      const cell = cells[c];
      if (cell?.kind === 'formula') {
        at(r, name, 'formula', { formula: cell.formula });
        bad = true;
      } else if (cell?.kind === 'error') {
        at(r, name, 'error-value', { value: cell.text });
        bad = true;
      }
    }
    const text = (name: ElementColumn) => cellText(cells[col(name)]);
    const id = text('id');
    if (!id && ELEMENT_COLUMNS.every((name) => !text(name))) continue;
    const el = index.byId.get(id);
    if (!el) {
      at(r, 'id', 'unknown-element', { id });
      continue;
    }
    if (!isAnswerable(el)) {
      at(r, 'id', 'not-answerable', { id });
      continue;
    }
    const first = firstRow.get(id);
    if (first !== undefined) {
      at(r, 'id', 'duplicate-element', { id, first });
      continue;
    }
    firstRow.set(id, r);
    if (bad) continue;

    const levelText = text('level');
    const level = levelText ? LEVEL_NAMES.get(levelText.toUpperCase()) : undefined;
    if (levelText && !level) at(r, 'level', 'bad-level', { value: levelText });
    const targetText = text('target').toUpperCase();
    const target = (TARGET_LEVELS as readonly string[]).includes(targetText) ? (targetText as TargetLevel) : undefined;
    if (targetText && !target) at(r, 'target', 'bad-target', { value: text('target') });
    const evidenceText = text('evidence');
    const evidence = parseEvidence(evidenceText);
    if (!evidence) at(r, 'evidence', 'bad-evidence', { value: evidenceText });
    const justification = text('justification') || undefined;
    const notes = text('notes') || undefined;
    if ((levelText && !level) || (targetText && !target) || !evidence) continue;
    if (!level) {
      if (justification || notes || target || evidence.length) at(r, 'level', 'level-missing', { id });
      rows.push({ id, row: r, answer: null, evidenceText });
      continue;
    }
    if (level === 'NA' && !justification) {
      at(r, 'justification', 'na-without-justification', { id });
      continue;
    }
    rows.push({
      id,
      row: r,
      evidenceText,
      answer: {
        level,
        ...(justification !== undefined && { justification }),
        ...(target !== undefined && { target }),
        ...(notes !== undefined && { notes }),
        evidence,
      },
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, sheet: { file, meta, rows } };
}

// ---------------------------------------------------------------------------------------------------------------
// Preview and merge

export const ANSWER_FIELDS = ['level', 'justification', 'target', 'notes', 'evidence'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** The fields in which two answers differ (an absent answer differs in every field it would set). */
export function differingFields(a: ImportedAnswer | Answer | undefined, b: ImportedAnswer | Answer | undefined) {
  return ANSWER_FIELDS.filter((f) => JSON.stringify(a?.[f] ?? null) !== JSON.stringify(b?.[f] ?? null));
}

export interface Proposal {
  file: string;
  row: number;
  answer: ImportedAnswer;
}

export interface ElementChange {
  id: string;
  status: 'unchanged' | 'changed' | 'new';
  /** The target's answer now. */
  before?: Answer;
  /** The answer after the import (absent when unchanged). */
  after?: ImportedAnswer;
  /** The fields that change. */
  fields: AnswerField[];
  /** Where the new answer comes from. */
  source?: { file: string; row: number };
}

/** One element answered differently by two or more files: each distinct answer, first file first. */
export interface ImportConflict {
  id: string;
  proposals: Proposal[];
}

export interface ImportNotice {
  code: 'other-assessment' | 'catalog-version';
  file: string;
  params: Readonly<Record<string, string>>;
}

/** What an import would do: a value; nothing changes until `applyImport`. */
export interface ImportPreview {
  /** Every element the files answer, in catalog order, except those in conflict. */
  changes: ElementChange[];
  conflicts: ImportConflict[];
  notices: ImportNotice[];
}

/**
 * What a preview is computed against: the answers, and when the created stamp of a saved assessment is given, a
 * file exported from another assessment is noticed. A new assessment started from the files has neither yet.
 */
export type ImportTarget = Pick<Assessment, 'answers'> & { created?: string };

/**
 * Merges the files one after the other against the target: an answer equal to the target's is no change; a file
 * that answers an element as another file already changed it agrees with it; a different answer is a conflict.
 */
export function mergeImports(
  catalog: EngineCatalog,
  target: ImportTarget,
  sheets: readonly ImportedSheet[],
): ImportPreview {
  const index = indexCatalog(catalog);
  const proposals = new Map<string, Proposal[]>();
  const seen = new Set<string>();
  const notices: ImportNotice[] = [];
  for (const sheet of sheets) {
    if (target.created !== undefined && sheet.meta.assessmentCreated !== target.created)
      notices.push({ code: 'other-assessment', file: sheet.file, params: { title: sheet.meta.assessmentTitle } });
    if (sheet.meta.catalogVersion !== index.version)
      notices.push({
        code: 'catalog-version',
        file: sheet.file,
        params: { version: sheet.meta.catalogVersion, current: index.version },
      });
    for (const row of sheet.rows) {
      seen.add(row.id);
      if (!row.answer) continue;
      const before = Object.hasOwn(target.answers, row.id) ? target.answers[row.id] : undefined;
      // An evidence cell left as exported keeps the stored links exactly.
      const answer =
        before && row.evidenceText === evidenceToText(before.evidence)
          ? { ...row.answer, evidence: before.evidence }
          : row.answer;
      if (differingFields(before, answer).length === 0) continue;
      const list = proposals.get(row.id) ?? [];
      if (!list.some((p) => differingFields(p.answer, answer).length === 0))
        list.push({ file: sheet.file, row: row.row, answer });
      proposals.set(row.id, list);
    }
  }
  const changes: ElementChange[] = [];
  const conflicts: ImportConflict[] = [];
  const ids = [...seen].sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
  for (const id of ids) {
    const before = Object.hasOwn(target.answers, id) ? target.answers[id] : undefined;
    const list = proposals.get(id) ?? [];
    if (list.length > 1) {
      conflicts.push({ id, proposals: list });
      continue;
    }
    const proposal = list[0];
    if (!proposal) {
      changes.push({ id, status: 'unchanged', ...(before && { before }), fields: [] });
      continue;
    }
    changes.push({
      id,
      status: before ? 'changed' : 'new',
      ...(before && { before }),
      after: proposal.answer,
      fields: differingFields(before, proposal.answer),
      source: { file: proposal.file, row: proposal.row },
    });
  }
  return { changes, conflicts, notices };
}

/** A conflict as one line: which files say what for the element. */
export function formatConflict(conflict: ImportConflict, locale: Locale): string {
  const t = officeText(locale);
  const [a, b] = conflict.proposals as [Proposal, Proposal];
  const fields = differingFields(a.answer, b.answer);
  const [first] = fields;
  const say = (p: Proposal) =>
    fields.includes('level') || first === undefined
      ? p.answer.level
      : `${p.answer.level}, ${t(`field.${first}`)} “${String(
          first === 'evidence' ? evidenceToText(p.answer.evidence) : (p.answer[first] ?? ''),
        ).slice(0, 40)}”`;
  return t('conflict.line', {
    id: conflict.id,
    first: a.file,
    firstRow: a.row,
    firstAnswer: say(a),
    second: b.file,
    secondRow: b.row,
    secondAnswer: say(b),
  });
}

export function formatNotice(notice: ImportNotice, locale: Locale): string {
  const t = officeText(locale);
  const key = notice.code === 'other-assessment' ? 'notice.otherAssessment' : 'notice.catalogVersion';
  return t(key, { file: notice.file, ...notice.params });
}

export type ApplyResult =
  | { ok: true; assessment: Assessment; applied: number }
  | { ok: false; unresolved: string[]; issues: AssessmentIssue[] };

/**
 * The target with the preview's changes (and, for each conflict, the proposal the user chose by its index)
 * applied; `flagged` of an existing answer is kept. Refuses while a conflict is unresolved, or when the result
 * would not pass validateAssessment.
 */
export function applyImport(
  catalog: EngineCatalog,
  target: Assessment,
  preview: ImportPreview,
  choices: Readonly<Record<string, number>> = {},
  now: Date = new Date(),
): ApplyResult {
  const chosen = preview.conflicts.map((c) => {
    const choice = Object.hasOwn(choices, c.id) ? choices[c.id] : undefined;
    return { id: c.id, proposal: choice === undefined ? undefined : c.proposals[choice] };
  });
  const unresolved = chosen.filter((c) => !c.proposal).map((c) => c.id);
  if (unresolved.length) return { ok: false, unresolved, issues: [] };
  const updates = [
    ...preview.changes.flatMap((c) => (c.after ? [[c.id, c.after] as const] : [])),
    ...chosen.flatMap((c) => (c.proposal ? [[c.id, c.proposal.answer] as const] : [])),
  ];
  let next = target;
  for (const [id, answer] of updates) {
    const flagged = target.answers[id]?.flagged ?? false;
    next = withAnswer(next, id, { ...answer, flagged }, now);
  }
  const issues = validateAssessment(catalog, next);
  if (hasErrors(issues)) return { ok: false, unresolved: [], issues: issues.filter((i) => i.severity === 'error') };
  return { ok: true, assessment: next, applied: updates.length };
}
