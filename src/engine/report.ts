/**
 * The assessment report (zh-CN or en, chosen apart from the UI language) as an outline (`outline.ts`) built section by
 * section, written as Markdown here and as Word by `src/office/docx.ts`; and a score's explanation as a Markdown
 * table. Pure: returns outlines and strings, writes nothing.
 */
import type { Locale, LocalizedText } from '../catalog/schema.ts';
import type { ReportTranslator } from '../i18n/report-export.ts';
import type { Assessment } from './assessment-schema.ts';
import { indexCatalog, type EngineCatalog } from './catalog-index.ts';
import { answerName, catalogTerms } from './export-terms.ts';
import type { AnswerLevel } from './assessment-constants.ts';
import { mdRawTable, mdText } from './markdown.ts';
import { outlineToMarkdown, type Block, type Inline } from './outline.ts';
import { formatLocalTime, localTimeZone } from './time.ts';
import { buildPlan, type PlanItem } from './plan.ts';
import { explainScore, MAX_POINTS, scoreAssessment, type AssessmentResult, type SetScore } from './score.ts';
import { valueAt } from './invariant.ts';

const formatScore = (score: number | null) => (score === null ? '—' : score.toFixed(2));
const formatPercent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/** What every section of a report reads: the assessment, its score and plan, and the words of the report language. */
export interface ReportContext {
  catalog: EngineCatalog;
  assessment: Assessment;
  locale: Locale;
  result: AssessmentResult;
  plan: readonly PlanItem[];
  /** Zone the times are shown in (the reader's). */
  timeZone: string;
  t: ReportTranslator;
  terms: ReturnType<typeof catalogTerms>;
}

/** The context of a report; the score, plan and time zone are computed when not given. */
export function reportContext(
  catalog: EngineCatalog,
  assessment: Assessment,
  t: ReportTranslator,
  result: AssessmentResult = scoreAssessment(catalog, assessment),
  plan: readonly PlanItem[] = buildPlan(catalog, assessment, result),
  timeZone: string = localTimeZone(),
): ReportContext {
  return {
    catalog,
    assessment,
    locale: t.locale,
    result,
    plan,
    timeZone,
    t,
    terms: catalogTerms(catalog, t),
  };
}

const heading = (level: 1 | 2 | 3 | 4, text: string): Block => ({ kind: 'heading', level, text });
const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });

/** A labelled value in a list: the label in bold, then a colon and the value (a text is trimmed). */
const field = ({ t }: ReportContext, label: string, value: string | Inline[]): Inline[] => [
  { text: label, strong: true },
  t('punct.colon'),
  ...(typeof value === 'string' ? [value.trim()] : value),
];

const clauseTitles = (catalog: EngineCatalog) =>
  new Map(catalog.structure.chapters.flatMap((c) => c.clauses.map((cl) => [cl.number, cl.title] as const)));
const titleOf = (number: string, map: Map<string, LocalizedText>, locale: Locale) => map.get(number)?.[locale] ?? '';

const completenessText = (t: ReportTranslator, s: SetScore) =>
  t('overall.completenessValue', {
    percent: formatPercent(s.completeness),
    answered: s.answered,
    applicable: s.applicable,
  });
const formula = (s: SetScore) => (s.weightTotal === 0 ? '—' : `${s.weightedPoints} / ${MAX_POINTS * s.weightTotal}`);

/** Title, what kind of report it is, where the method comes from, and who and what was assessed. */
export function reportHeaderSection(ctx: ReportContext): Block[] {
  const { assessment, locale, t, terms, timeZone } = ctx;
  const { practice } = terms;
  const clauseTitle = clauseTitles(ctx.catalog);
  const scopeList = (numbers: readonly string[]) =>
    numbers.length
      ? numbers.map((n) => `${n} ${titleOf(n, clauseTitle, locale)}`).join(t('list.separator'))
      : t('none');
  const rows: string[][] = [
    [practice ? t('meta.subjectPractice', { party: terms.party('supplier') }) : t('meta.subject'), assessment.subject],
    [t('meta.assessor'), assessment.assessor.trim() ? assessment.assessor : '—'],
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
    [t('meta.created'), formatLocalTime(assessment.created, timeZone)],
    [t('meta.updated'), formatLocalTime(assessment.updated, timeZone)],
    [
      practice ? t('meta.catalogPractice') : t('meta.catalog'),
      practice ? `${practice.title[locale]} ${assessment.catalogVersion}` : assessment.catalogVersion,
    ],
  ];
  return [
    heading(1, assessment.title),
    ...(practice
      ? [
          paragraph(t('report.subtitlePractice', { practice: practice.title[locale] })),
          { kind: 'note', content: [t('practice.notPart')] } satisfies Block,
        ]
      : [paragraph(t('report.subtitle'))]),
    { kind: 'note', content: [t('method.portal')] },
    { kind: 'table', header: [t('meta.field'), t('meta.value')], rows, empty: '' },
  ];
}

/** The executive summary: overall score, grade, completeness, key elements and the calculation. */
export function reportSummarySection(ctx: ReportContext): Block[] {
  const { t, terms } = ctx;
  const overall = ctx.result.supplier.overall;
  const gradeText = overall.grade ? t(`grade.${overall.grade}`) : t('grade.none');
  const score = formatScore(overall.score);
  return [
    heading(2, t('overall.heading')),
    {
      kind: 'list',
      items: [
        field(
          ctx,
          terms.practice ? t('overall.scorePractice', { party: terms.party('supplier') }) : t('overall.score'),
          score,
        ),
        field(ctx, t('overall.grade'), `${gradeText}${overall.provisional ? t('overall.provisional') : ''}`),
        field(ctx, t('overall.completeness'), completenessText(t, overall)),
        field(
          ctx,
          t('overall.keys'),
          t('overall.keysValue', {
            total: overall.keyElements.total,
            lf: overall.keyElements.largelyOrFully,
            p: overall.keyElements.partially,
            n: overall.keyElements.notOrUnanswered,
          }),
        ),
        field(ctx, t('overall.formula'), `100 × Σ(w·p) / (3 × Σw) = 100 × ${formula(overall)} = ${score}`),
      ],
    },
    paragraph(t('overall.gradeRule')),
  ];
}

function scoreTable(
  ctx: ReportContext,
  first: string,
  entries: [string, SetScore][],
  label: (n: string) => string,
  titles: Map<string, LocalizedText>,
): Block {
  const { t } = ctx;
  return {
    kind: 'table',
    header: [first, t('col.title'), t('col.score'), t('col.answered'), t('col.formula')],
    rows: entries.map(([n, s]) => [
      label(n),
      titleOf(n, titles, ctx.locale),
      formatScore(s.score),
      `${s.answered} / ${s.applicable}`,
      formula(s),
    ]),
    empty: '',
  };
}

/** Scores by chapter and by clause (by part and section for a related practice). */
export function reportScoresSection(ctx: ReportContext): Block[] {
  const { t, terms, catalog, result } = ctx;
  const chapterTitle = new Map(catalog.structure.chapters.map((c) => [c.number, c.title] as const));
  return [
    heading(2, terms.practice ? t('parts.heading') : t('chapters.heading')),
    scoreTable(ctx, terms.chapterColumn, Object.entries(result.supplier.chapters), terms.chapterName, chapterTitle),
    heading(2, terms.practice ? t('sections.heading') : t('clauses.heading')),
    scoreTable(ctx, terms.clauseColumn, Object.entries(result.supplier.clauses), (n) => n, clauseTitles(catalog)),
  ];
}

/** The customer's (or the practice's other party's) readiness, scored apart; its clauses when it has elements. */
export function reportCustomerSection(ctx: ReportContext): Block[] {
  const { t, terms, result } = ctx;
  const customer = result.customer.overall;
  const customerClauses = Object.entries(result.customer.clauses).filter(([n]) =>
    result.elements.some((e) => e.party === 'customer' && e.clause === n),
  );
  const parties = { supplier: terms.party('supplier'), customer: terms.party('customer') };
  return [
    heading(2, terms.practice ? t('customer.headingPractice', parties) : t('customer.heading')),
    paragraph(terms.practice ? t('customer.introPractice', parties) : t('customer.intro')),
    {
      kind: 'list',
      items: [
        field(ctx, t('col.score'), formatScore(customer.score)),
        field(ctx, t('overall.completeness'), completenessText(t, customer)),
        field(ctx, t('overall.formula'), `100 × ${formula(customer)} = ${formatScore(customer.score)}`),
      ],
    },
    ...(customerClauses.length
      ? [scoreTable(ctx, terms.clauseColumn, customerClauses, (n) => n, clauseTitles(ctx.catalog))]
      : []),
  ];
}

const levelLabel = (t: ReportTranslator, level: AnswerLevel | null) =>
  level ? `${level} ${t(`level.${level}`)}` : t('level.none');

/** The improvement plan: the gap table, then per phase each element's guidance and evidence to collect. */
export function reportPlanSection(ctx: ReportContext): Block[] {
  const { t, locale, plan } = ctx;
  const blocks: Block[] = [heading(2, t('plan.heading')), paragraph(t('plan.intro'))];
  if (plan.length === 0) return [...blocks, paragraph(t('plan.empty'))];
  const colon = t('punct.colon').trim();
  blocks.push({
    kind: 'table',
    header: [
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
    rows: plan.map((item) => [
      String(item.phase),
      item.id,
      item.title[locale],
      item.key ? t('yes') : '',
      levelLabel(t, item.level),
      item.target,
      String(item.gap),
      item.owner ?? '',
      item.due ?? '',
      t(`status.${item.status}`),
    ]),
    empty: '',
  });
  for (const phase of [1, 2, 3] as const) {
    const items = plan.filter((item) => item.phase === phase);
    if (items.length === 0) continue;
    blocks.push(heading(3, t(`phase.${phase}`)));
    for (const item of items) {
      blocks.push(
        heading(4, `${item.id} ${item.title[locale]}`),
        paragraph(`${t('plan.guidance')}${colon}`),
        { kind: 'list', items: item.guidance.map((g) => [g[locale]]) },
        paragraph(`${t('plan.evidence')}${colon}`),
        { kind: 'list', items: item.evidence.map((ev) => [ev[locale]]) },
      );
    }
  }
  return blocks;
}

/** Every element with its answer, then the justification, notes, evidence and flag of those that have any. */
export function reportElementsSection(ctx: ReportContext): Block[] {
  const { t, locale, terms, result, assessment } = ctx;
  const index = indexCatalog(ctx.catalog);
  const titleOfElement = (id: string) => valueAt(index.byId, id).title[locale];
  const blocks: Block[] = [
    heading(2, t('elements.heading')),
    {
      kind: 'table',
      header: [
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
      rows: result.elements.map((e) => [
        e.id,
        titleOfElement(e.id),
        e.clause,
        terms.party(e.party),
        e.key ? t('yes') : '',
        String(e.weight),
        e.exclusion || !e.answered ? answerName(t, e) : levelLabel(t, e.level),
        String(e.points ?? '—'),
        e.points === null ? '—' : String(e.weight * e.points),
        String(e.gap ?? '—'),
      ]),
      empty: '',
    },
  ];
  const detailed = result.elements.flatMap((e) => {
    const a = Object.hasOwn(assessment.answers, e.id) ? assessment.answers[e.id] : undefined;
    return a && (a.justification || a.notes || a.evidence.length > 0 || a.flagged) ? [{ e, a }] : [];
  });
  if (detailed.length === 0) return blocks;
  blocks.push(heading(3, t('elements.notes')));
  const sep = t('list.separator');
  for (const { e, a } of detailed) {
    const items: Inline[][] = [];
    if (a.justification) items.push(field(ctx, t('detail.justification'), a.justification));
    if (a.notes) items.push(field(ctx, t('detail.notes'), a.notes));
    if (a.evidence.length) {
      const links = a.evidence.flatMap((ev, i): Inline[] => [
        ...(i > 0 ? [sep] : []),
        ev.url ? { text: ev.title, href: ev.url } : { text: ev.title },
      ]);
      items.push(field(ctx, t('detail.evidence'), links));
    }
    if (a.flagged) items.push([{ text: t('detail.flagged'), strong: true }]);
    blocks.push(heading(4, `${e.id} ${titleOfElement(e.id)}`), { kind: 'list', items });
  }
  return blocks;
}

/** How the scores are computed. */
export function reportMethodSection({ t, terms }: ReportContext): Block[] {
  return [heading(2, t('method.heading')), paragraph(terms.practice ? t('method.bodyPractice') : t('method.body'))];
}

/** The whole report as an outline: header, summary, scores, customer readiness, plan, elements, method. */
export function reportOutline(ctx: ReportContext): Block[] {
  return [
    ...reportHeaderSection(ctx),
    ...reportSummarySection(ctx),
    ...reportScoresSection(ctx),
    ...reportCustomerSection(ctx),
    ...reportPlanSection(ctx),
    ...reportElementsSection(ctx),
    ...reportMethodSection(ctx),
  ];
}

/** What a Word writer needs besides the outline: the language, the title, the page-number line and the author. */
export interface ReportDocumentInfo {
  locale: Locale;
  title: string;
  /** `第 {page} 页，共 {pages} 页`: the placeholders are left for the writer's page fields. */
  pageLabel: string;
  creator: string;
}

/** The report's outline with what a Word file of it needs (`outlineToDocx(blocks, info)`). */
export function reportDocument(ctx: ReportContext): { blocks: Block[]; info: ReportDocumentInfo } {
  return {
    blocks: reportOutline(ctx),
    info: {
      locale: ctx.locale,
      title: ctx.assessment.title,
      pageLabel: ctx.t('word.page'),
      creator: ctx.t('word.creator'),
    },
  };
}

/**
 * The assessment report as Markdown: who and what was assessed, the overall result with its calculation,
 * scores by chapter and clause, customer readiness, the improvement plan with guidance, every element with
 * its answer, and the scoring method.
 */
export function reportToMarkdown(...args: Parameters<typeof reportContext>): string {
  return outlineToMarkdown(reportOutline(reportContext(...args)));
}

/** Explanation rows of a score as a Markdown table (for a report section or a tooltip copy). */
export function explanationToMarkdown(
  catalog: EngineCatalog,
  result: AssessmentResult,
  target: Parameters<typeof explainScore>[1],
  t: ReportTranslator,
): string {
  const { locale } = t;
  const index = indexCatalog(catalog);
  const ex = explainScore(result, target);
  const rows = ex.contributions.map((c) => [
    c.id,
    mdText(valueAt(index.byId, c.id).title[locale]),
    c.key ? t('yes') : '',
    c.weight,
    c.answered ? c.points : `0 (${t('level.none')})`,
    c.weightedPoints,
  ]);
  rows.push(['**Σ**', '', '', ex.weightTotal, '', ex.weightedPoints]);
  return `${mdRawTable([t('col.id'), t('col.element'), t('col.key'), t('col.weight'), t('col.points'), t('col.weighted')], rows)}\n\n100 × ${ex.weightedPoints} / ${ex.maxWeightedPoints} = ${formatScore(ex.score)}\n`;
}
