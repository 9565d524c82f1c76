/**
 * The assessment report as Markdown (zh-CN or en, chosen apart from the UI language), and a score's explanation as a
 * Markdown table. Pure: returns strings, writes nothing.
 */
import type { Locale, LocalizedText } from '../catalog/schema.ts';
import type { Assessment } from './assessment-schema.ts';
import { indexCatalog, type EngineCatalog } from './catalog-index.ts';
import { answerName, catalogTerms } from './export-terms.ts';
import { reportText } from './i18n.ts';
import type { AnswerLevel } from './assessment-constants.ts';
import { escapeMarkdown } from './markdown.ts';
import { formatLocalTime, localTimeZone } from './time.ts';
import { buildPlan, type PlanItem } from './plan.ts';
import { explainScore, MAX_POINTS, scoreAssessment, type AssessmentResult, type SetScore } from './score.ts';

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
