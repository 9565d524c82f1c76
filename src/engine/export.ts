/**
 * Everything that leaves the engine as text: the assessment file (JSON, and reading it back), the score
 * summary (JSON), the element table (CSV for spreadsheets) and the report (Markdown, zh-CN or en, chosen apart
 * from the UI language). Pure: returns strings, writes nothing.
 */
import type { Locale, LocalizedText } from '../catalog/schema.ts';
import { parseAssessment, type Assessment, type Migration, type ParseResult } from './assessment-schema.ts';
import { indexCatalog, practiceOf, type EngineCatalog } from './catalog-index.ts';
import { reportText, type ReportTranslator } from './i18n.ts';
import type { AnswerLevel } from './assessment-constants.ts';
import { formatLocalTime, localTimeZone } from './time.ts';
import { buildPlan, phaseOf, type Phase, type PlanItem } from './plan.ts';
import {
  explainScore,
  MAX_POINTS,
  scoreAssessment,
  type AssessmentResult,
  type ElementScore,
  type Grade,
  type SetScore,
} from './score.ts';

// ---------------------------------------------------------------------------------------------------------------
// Assessment file

/** The assessment file as users keep it: pretty-printed JSON ending in a newline. */
export function assessmentToJson(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}

/**
 * Largest assessment file the browser reads (the questionnaire's import and the report's "open a file"); it is
 * checked before the file is read. An assessment of the whole catalog with long notes is well under 1 MB.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Reads an assessment file: tolerates a UTF-8 byte-order mark, migrates old versions, validates the shape. */
export function assessmentFromJson(
  text: string,
  options: { migrations?: Readonly<Record<number, Migration>> } = {},
): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const reason = err instanceof Error ? err.message.replace(/\s+/g, ' ').slice(0, 120) : 'syntax error';
    return {
      success: false,
      issues: [{ severity: 'error', code: 'not-json', path: '', message: `not valid JSON (${reason})` }],
    };
  }
  return parseAssessment(raw, options);
}

// ---------------------------------------------------------------------------------------------------------------
// Score summary

/** A score rounded to 2 decimals, or null. */
export const roundScore = (score: number | null) => (score === null ? null : Math.round(score * 100) / 100);

export interface ScoreSummary {
  /** The catalog scored against: `gbt28827.2` or a related practice, and its version. */
  catalog: { id: string; version: string };
  overall: { score: number | null; grade: Grade | null; provisional: boolean; completeness: number };
  chapters: Record<string, { score: number | null; applicable: number; answered: number }>;
  clauses: Record<string, { score: number | null; applicable: number; answered: number }>;
  elements: Record<string, { points: number | null; applicable: boolean; gap: number | null }>;
  customerReadiness: { score: number | null; completeness: number };
  plan: { id: string; phase: Phase; gap: number }[];
}

const setSummary = (s: SetScore) => ({ score: roundScore(s.score), applicable: s.applicable, answered: s.answered });
const mapValues = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

/** The machine-readable result (`assess score --format json`): supplier scores, customer readiness, the plan. */
export function toScoreSummary(result: AssessmentResult, plan: readonly PlanItem[]): ScoreSummary {
  const { overall } = result.supplier;
  return {
    catalog: { ...result.catalog },
    overall: {
      score: roundScore(overall.score),
      grade: overall.grade,
      provisional: overall.provisional,
      completeness: overall.completeness,
    },
    chapters: mapValues(result.supplier.chapters, setSummary),
    clauses: mapValues(result.supplier.clauses, setSummary),
    elements: Object.fromEntries(
      result.elements.map((e) => [e.id, { points: e.points, applicable: e.applicable, gap: e.gap }]),
    ),
    customerReadiness: {
      score: roundScore(result.customer.overall.score),
      completeness: result.customer.overall.completeness,
    },
    plan: plan.map((item) => ({ id: item.id, phase: item.phase, gap: item.gap })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

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

/**
 * The words a report uses for a catalog's parts and parties: chapters, clauses, supplier and customer for the
 * delivery standard; parts, sections and the practice's own parties (e.g. handing-over and receiving side) for a
 * related practice.
 */
export function catalogTerms(catalog: EngineCatalog, locale: Locale) {
  const t = reportText(locale);
  const practice = practiceOf(catalog);
  return {
    practice,
    chapterColumn: practice ? t('col.part') : t('col.chapter'),
    clauseColumn: practice ? t('col.section') : t('col.clause'),
    chapterName: (n: string) => (practice ? t('part.name', { n }) : t('chapter.name', { n })),
    party: (party: 'supplier' | 'customer') =>
      practice ? (practice.parties[party] ?? practice.parties.supplier).name[locale] : t(`party.${party}`),
  };
}

function answerName(t: ReportTranslator, e: ElementScore): string {
  if (e.exclusion) return t(`exclusion.${e.exclusion}`);
  if (!e.answered) return t('level.none');
  return e.level ? t(`level.${e.level}`) : t('level.none');
}

/** The element table: every requirement element (supplier and customer) in catalog order, with its answer and plan. */
export function elementsToCsv(
  catalog: EngineCatalog,
  assessment: Assessment,
  locale: Locale = 'zh-CN',
  result: AssessmentResult = scoreAssessment(catalog, assessment),
): string {
  const t = reportText(locale);
  const index = indexCatalog(catalog);
  const terms = catalogTerms(catalog, locale);
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
      index.byId.get(e.id)!.title[locale],
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

// ---------------------------------------------------------------------------------------------------------------
// Markdown

/** Text safe inside Markdown (and a table cell): one line, no markup, no raw HTML. */
export const escapeMarkdown = (text: string) =>
  text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .trim();

/** An evidence link; a URL that is not http(s) is dropped rather than linked. */
function markdownLink(title: string, url: string | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return escapeMarkdown(title);
  // encodeURIComponent leaves ( and ) alone, and they would end the Markdown link.
  const safeUrl = url.replace(/[\s()<>\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(title)}](${safeUrl})`;
}

const formatScore = (score: number | null) => (score === null ? '—' : score.toFixed(2));
const formatPercent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;
const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/**
 * The assessment report as Markdown: who and what was assessed, the overall result with its calculation,
 * scores by chapter and clause, customer readiness, the improvement plan with guidance, every element with
 * its answer, and the scoring method.
 */
export function reportToMarkdown(
  catalog: EngineCatalog,
  assessment: Assessment,
  locale: Locale = 'zh-CN',
  result: AssessmentResult = scoreAssessment(catalog, assessment),
  plan: readonly PlanItem[] = buildPlan(catalog, assessment, result),
  /** Zone the times are shown in (the reader's); the environment's when absent. */
  timeZone: string = localTimeZone(),
): string {
  const t = reportText(locale);
  const index = indexCatalog(catalog);
  const terms = catalogTerms(catalog, locale);
  const { practice } = terms;
  const text = (lt: LocalizedText) => escapeMarkdown(lt[locale]);
  const sep = t('list.separator');
  const colon = t('punct.colon');
  const field = (label: string, value: string | number) => `- **${label}**${colon}${value}`;
  const clauseTitle = new Map(
    catalog.structure.chapters.flatMap((c) => c.clauses.map((cl) => [cl.number, cl.title] as const)),
  );
  const chapterTitle = new Map(catalog.structure.chapters.map((c) => [c.number, c.title] as const));
  const titleOf = (number: string, map: Map<string, LocalizedText>) => {
    const lt = map.get(number);
    return lt ? text(lt) : '';
  };
  const out: string[] = [];

  // Header and metadata
  out.push(`# ${escapeMarkdown(assessment.title)}`, '');
  if (practice) {
    out.push(t('report.subtitlePractice', { practice: text(practice.title) }), '', `> ${t('practice.notPart')}`, '');
  } else {
    out.push(t('report.subtitle'), '');
  }
  out.push(`> ${t('method.portal')}`, '');
  const scopeList = (numbers: readonly string[]) =>
    numbers.length ? numbers.map((n) => `${n} ${titleOf(n, clauseTitle)}`).join(sep) : t('none');
  out.push(
    table(
      [t('meta.field'), t('meta.value')],
      [
        [
          practice ? t('meta.subjectPractice', { party: terms.party('supplier') }) : t('meta.subject'),
          escapeMarkdown(assessment.subject),
        ],
        [t('meta.assessor'), escapeMarkdown(assessment.assessor) || '—'],
        [
          t('meta.perspective'),
          practice
            ? t(`perspectivePractice.${assessment.perspective}`, {
                supplier: terms.party('supplier'),
                customer: terms.party('customer'),
              })
            : t(`perspective.${assessment.perspective}`),
        ],
        ...(practice
          ? []
          : [
              [
                t('meta.scope'),
                [
                  t('meta.scopeContents', { list: scopeList(assessment.scope.contents) }),
                  t('meta.scopeModes', { list: scopeList(assessment.scope.modes) }),
                  t('meta.alwaysInScope'),
                ].join(t('list.semicolon')),
              ],
            ]),
        [t('meta.date'), assessment.date ?? '—'],
        [t('meta.created'), escapeMarkdown(formatLocalTime(assessment.created, timeZone))],
        [t('meta.updated'), escapeMarkdown(formatLocalTime(assessment.updated, timeZone))],
        [
          practice ? t('meta.catalogPractice') : t('meta.catalog'),
          practice
            ? `${text(practice.title)} ${escapeMarkdown(assessment.catalogVersion)}`
            : escapeMarkdown(assessment.catalogVersion),
        ],
      ],
    ),
    '',
  );

  // Overall
  const overall = result.supplier.overall;
  const gradeText = overall.grade ? t(`grade.${overall.grade}`) : t('grade.none');
  const completenessText = (s: SetScore) =>
    t('overall.completenessValue', {
      percent: formatPercent(s.completeness),
      answered: s.answered,
      applicable: s.applicable,
    });
  const formula = (s: SetScore) => (s.weightTotal === 0 ? '—' : `${s.weightedPoints} / ${MAX_POINTS * s.weightTotal}`);
  out.push(`## ${t('overall.heading')}`, '');
  out.push(
    field(
      practice ? t('overall.scorePractice', { party: terms.party('supplier') }) : t('overall.score'),
      formatScore(overall.score),
    ),
    field(t('overall.grade'), `${gradeText}${overall.provisional ? t('overall.provisional') : ''}`),
    field(t('overall.completeness'), completenessText(overall)),
    field(
      t('overall.keys'),
      t('overall.keysValue', {
        total: overall.keyElements.total,
        lf: overall.keyElements.largelyOrFully,
        p: overall.keyElements.partially,
        n: overall.keyElements.notOrUnanswered,
      }),
    ),
    field(t('overall.formula'), `100 × Σ(w·p) / (3 × Σw) = 100 × ${formula(overall)} = ${formatScore(overall.score)}`),
    '',
    t('overall.gradeRule'),
    '',
  );

  // Chapters and clauses
  const scoreRows = (entries: [string, SetScore][], label: (n: string) => string, titles: Map<string, LocalizedText>) =>
    entries.map(([n, s]) => [
      label(n),
      titleOf(n, titles),
      formatScore(s.score),
      `${s.answered} / ${s.applicable}`,
      formula(s),
    ]);
  const scoreHeader = (first: string) => [first, t('col.title'), t('col.score'), t('col.answered'), t('col.formula')];
  out.push(`## ${practice ? t('parts.heading') : t('chapters.heading')}`, '');
  out.push(
    table(
      scoreHeader(terms.chapterColumn),
      scoreRows(Object.entries(result.supplier.chapters), terms.chapterName, chapterTitle),
    ),
    '',
  );
  out.push(`## ${practice ? t('sections.heading') : t('clauses.heading')}`, '');
  out.push(
    table(
      scoreHeader(terms.clauseColumn),
      scoreRows(Object.entries(result.supplier.clauses), (n) => n, clauseTitle),
    ),
    '',
  );

  // Customer readiness
  const customer = result.customer.overall;
  const customerClauses = Object.entries(result.customer.clauses).filter(([n]) =>
    result.elements.some((e) => e.party === 'customer' && e.clause === n),
  );
  if (practice) {
    const parties = { supplier: terms.party('supplier'), customer: terms.party('customer') };
    out.push(`## ${t('customer.headingPractice', parties)}`, '', t('customer.introPractice', parties), '');
  } else {
    out.push(`## ${t('customer.heading')}`, '', t('customer.intro'), '');
  }
  out.push(
    field(t('col.score'), formatScore(customer.score)),
    field(t('overall.completeness'), completenessText(customer)),
    field(t('overall.formula'), `100 × ${formula(customer)} = ${formatScore(customer.score)}`),
    '',
  );
  if (customerClauses.length) {
    out.push(
      table(
        scoreHeader(terms.clauseColumn),
        scoreRows(customerClauses, (n) => n, clauseTitle),
      ),
      '',
    );
  }

  // Plan
  const levelLabel = (level: AnswerLevel | null) => (level ? `${level} ${t(`level.${level}`)}` : t('level.none'));
  out.push(`## ${t('plan.heading')}`, '', t('plan.intro'), '');
  if (plan.length === 0) {
    out.push(t('plan.empty'), '');
  } else {
    out.push(
      table(
        [
          t('col.phase'),
          t('col.id'),
          t('col.element'),
          t('col.key'),
          t('col.current'),
          t('col.target'),
          t('col.gap'),
          t('col.owner'),
          t('col.due'),
          t('col.status'),
        ],
        plan.map((item) => [
          item.phase,
          item.id,
          text(item.title),
          item.key ? t('yes') : '',
          levelLabel(item.level),
          item.target,
          item.gap,
          item.owner ? escapeMarkdown(item.owner) : '',
          item.due ?? '',
          t(`status.${item.status}`),
        ]),
      ),
      '',
    );
    for (const phase of [1, 2, 3] as const) {
      const items = plan.filter((item) => item.phase === phase);
      if (items.length === 0) continue;
      out.push(`### ${t(`phase.${phase}`)}`, '');
      for (const item of items) {
        out.push(`#### ${item.id} ${text(item.title)}`, '');
        out.push(`${t('plan.guidance')}${colon.trim()}`, '', ...item.guidance.map((g) => `- ${text(g)}`), '');
        out.push(`${t('plan.evidence')}${colon.trim()}`, '', ...item.evidence.map((ev) => `- ${text(ev)}`), '');
      }
    }
  }

  // Elements
  out.push(`## ${t('elements.heading')}`, '');
  out.push(
    table(
      [
        t('col.id'),
        t('col.element'),
        terms.clauseColumn,
        t('col.party'),
        t('col.key'),
        t('col.weight'),
        t('col.answer'),
        t('col.points'),
        t('col.weighted'),
        t('col.gap'),
      ],
      result.elements.map((e) => [
        e.id,
        text(index.byId.get(e.id)!.title),
        e.clause,
        terms.party(e.party),
        e.key ? t('yes') : '',
        e.weight,
        e.exclusion || !e.answered ? answerName(t, e) : levelLabel(e.level),
        e.points ?? '—',
        e.points === null ? '—' : e.weight * e.points,
        e.gap ?? '—',
      ]),
    ),
    '',
  );
  const detailed = result.elements.filter((e) => {
    const a = Object.hasOwn(assessment.answers, e.id) ? assessment.answers[e.id] : undefined;
    return a && (a.justification || a.notes || a.evidence.length > 0 || a.flagged);
  });
  if (detailed.length) {
    out.push(`### ${t('elements.notes')}`, '');
    for (const e of detailed) {
      const a = assessment.answers[e.id]!;
      out.push(`#### ${e.id} ${text(index.byId.get(e.id)!.title)}`, '');
      if (a.justification) out.push(field(t('detail.justification'), escapeMarkdown(a.justification)));
      if (a.notes) out.push(field(t('detail.notes'), escapeMarkdown(a.notes)));
      if (a.evidence.length) {
        out.push(field(t('detail.evidence'), a.evidence.map((ev) => markdownLink(ev.title, ev.url)).join(sep)));
      }
      if (a.flagged) out.push(`- **${t('detail.flagged')}**`);
      out.push('');
    }
  }

  // Method
  out.push(`## ${t('method.heading')}`, '', practice ? t('method.bodyPractice') : t('method.body'), '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Explanation rows of a score as a Markdown table (for a report section or a tooltip copy). */
export function explanationToMarkdown(
  catalog: EngineCatalog,
  result: AssessmentResult,
  target: Parameters<typeof explainScore>[1],
  locale: Locale = 'zh-CN',
): string {
  const t = reportText(locale);
  const index = indexCatalog(catalog);
  const ex = explainScore(result, target);
  const rows = ex.contributions.map((c) => [
    c.id,
    escapeMarkdown(index.byId.get(c.id)!.title[locale]),
    c.key ? t('yes') : '',
    c.weight,
    c.answered ? c.points : `0 (${t('level.none')})`,
    c.weightedPoints,
  ]);
  rows.push(['**Σ**', '', '', ex.weightTotal, '', ex.weightedPoints]);
  return `${table([t('col.id'), t('col.element'), t('col.key'), t('col.weight'), t('col.points'), t('col.weighted')], rows)}\n\n100 × ${ex.weightedPoints} / ${ex.maxWeightedPoints} = ${formatScore(ex.score)}\n`;
}
