/**
 * The review and the history as text: Markdown and CSV for the CLI and for downloads, in zh-CN or en (chosen
 * apart from the UI language). Pure: returns strings. Uses the report's words (levels, grades, columns), which the
 * caller passes as a `ReportTranslator`, for shared words and its own dictionary for the rest.
 */
import type { Locale } from '../catalog/schema.ts';
import type { ReportTranslator } from '../i18n/report-export.ts';
import type { Assessment } from './assessment-schema.ts';
import { indexCatalog, type EngineCatalog } from './catalog-index.ts';
import { catalogTerms } from './export-terms.ts';
import { mdRawTable, mdText } from './markdown.ts';
import { toCsv } from './csv.ts';
import type { HistoryRow } from './history.ts';
import { formatLocalTime, localTimeZone } from './time.ts';
import type { ElementReview, ReviewResult, Statement } from './review.ts';
import { formatMessage } from './message.ts';
import type { AnswerLevel } from './assessment-constants.ts';
import type { Grade } from './score.ts';
import { valueAt } from './invariant.ts';

const zh = {
  'review.heading': '自评核查：{title}',
  'review.intro':
    '声明等级是供方自评的等级；核实等级是需方核查后认定的等级。核实得分用同一评分方法计算：已核查要素按核实等级计，未核查要素仍按声明等级计。核查记录是本门户自己的做法，并非 GB/T 28827.2 的要求。',
  'review.subject': '被评价供方',
  'review.reviewer': '核查人',
  'review.date': '核查日期',
  'review.counts':
    '已核查 {reviewed} 个要素，未核查 {unreviewed} 个，核查后答案已变更 {changed} 个，有争议 {disputed} 个。',
  'review.scores': '声明与核实得分',
  'review.row': '项目',
  'review.claimed': '声明',
  'review.verified': '核实',
  'review.difference': '声明 − 核实',
  'review.direction': '判断',
  'review.overall': '总分',
  'review.grade': '评级',
  'review.over': '高估',
  'review.under': '低估',
  'review.same': '一致',
  'review.disputed': '有争议的要素',
  'review.noDisputed': '没有有争议的要素。',
  'review.status': '核查结论',
  'review.state': '核查状态',
  'review.comment': '核查意见',
  'review.reply': '供方答复',
  'status.accepted': '认可',
  'status.challenged': '有异议',
  'status.evidence-requested': '需补充证据',
  'status.none': '—',
  'state.unreviewed': '未核查',
  'state.reviewed': '已核查',
  'state.changed-since-review': '核查后答案已变更',
  'history.heading': '历次快照：{title}',
  'history.intro': '每个快照记录当时的范围、答案和改进计划，用同一评分方法计算。快照是本门户自己的做法。',
  'history.label': '快照',
  'history.taken': '时间',
  'history.kind': '来源',
  'history.kind.manual': '手动保存',
  'history.kind.export': '导出时自动保存',
  'history.completeness': '完成度',
  'history.closed': '自上一快照以来关闭的计划项',
  'history.empty': '此评估还没有快照。',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  'review.heading': 'Review of a self-assessment: {title}',
  'review.intro':
    "The claimed level is the supplier's own; the verified level is what the customer found. The verified score uses the same scoring method: reviewed elements count at their verified level, elements not yet reviewed at their claimed level. The review is the portal's own device, not a requirement of GB/T 28827.2.",
  'review.subject': 'Supplier assessed',
  'review.reviewer': 'Reviewer',
  'review.date': 'Review date',
  'review.counts':
    '{reviewed} elements reviewed, {unreviewed} not yet reviewed, {changed} changed since review, {disputed} disputed.',
  'review.scores': 'Claimed and verified scores',
  'review.row': 'Item',
  'review.claimed': 'Claimed',
  'review.verified': 'Verified',
  'review.difference': 'Claimed − verified',
  'review.direction': 'Finding',
  'review.overall': 'Overall score',
  'review.grade': 'Grade',
  'review.over': 'overstated',
  'review.under': 'understated',
  'review.same': 'as claimed',
  'review.disputed': 'Disputed elements',
  'review.noDisputed': 'No element is disputed.',
  'review.status': 'Verdict',
  'review.state': 'Review state',
  'review.comment': 'Reviewer comment',
  'review.reply': 'Supplier reply',
  'status.accepted': 'Accepted',
  'status.challenged': 'Challenged',
  'status.evidence-requested': 'Evidence requested',
  'status.none': '—',
  'state.unreviewed': 'Not yet reviewed',
  'state.reviewed': 'Reviewed',
  'state.changed-since-review': 'Changed since review',
  'history.heading': 'Snapshots: {title}',
  'history.intro':
    "Each snapshot keeps the scope, answers and improvement plan of its time, scored by the same method. Snapshots are the portal's own device.",
  'history.label': 'Snapshot',
  'history.taken': 'Taken',
  'history.kind': 'Source',
  'history.kind.manual': 'Saved by hand',
  'history.kind.export': 'Saved on export',
  'history.completeness': 'Completeness',
  'history.closed': 'Plan items closed since the previous snapshot',
  'history.empty': 'This assessment has no snapshots yet.',
};

/** Both languages of the review and history words (zh-CN is the reference; en has the same keys). */
export const REVIEW_DICTIONARIES: Record<Locale, Record<Key, string>> = { 'zh-CN': zh, en };

/** A translator of the review and history words. */
function reviewText(locale: Locale) {
  const dict = REVIEW_DICTIONARIES[locale];
  return (key: Key, params: Record<string, string | number> = {}) => formatMessage(dict[key], params, locale);
}

const score = (n: number | null) => (n === null ? '—' : n.toFixed(2));
const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${n.toFixed(2)}`);
const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/** The review as Markdown: claimed vs verified (overall, grade, chapters, clauses) and the disputed elements. */
export function reviewToMarkdown(
  catalog: EngineCatalog,
  assessment: Assessment,
  review: ReviewResult,
  t: ReportTranslator,
  /** Zone the times are shown in (the reader's); the environment's when absent. */
  timeZone: string = localTimeZone(),
): string {
  const { locale } = t;
  const v = reviewText(locale);
  const terms = catalogTerms(catalog, t);
  const index = indexCatalog(catalog);
  const direction = (s: Statement) => (s.direction ? v(`review.${s.direction}`) : '—');
  const level = (l: AnswerLevel | null) => (l ? `${l} ${t(`level.${l}`)}` : t('level.none'));
  const grade = (g: Grade | null) => (g ? t(`grade.${g}`) : t('grade.none'));
  const out: string[] = [`# ${v('review.heading', { title: mdText(assessment.title) })}`, '', v('review.intro'), ''];
  out.push(
    `- **${v('review.subject')}**${t('punct.colon')}${mdText(assessment.subject)}`,
    `- **${v('review.reviewer')}**${t('punct.colon')}${mdText(assessment.review?.reviewer ?? '') || '—'}`,
    `- **${v('review.date')}**${t('punct.colon')}${assessment.review?.date ? mdText(formatLocalTime(assessment.review.date, timeZone)) : '—'}`,
    '',
    v('review.counts', review.counts),
    '',
    `## ${v('review.scores')}`,
    '',
  );
  const claimedOverall = review.claimed.supplier.overall;
  const verifiedOverall = review.verified.supplier.overall;
  const rows: (string | number)[][] = [
    [
      v('review.overall'),
      score(review.overall.claimed),
      score(review.overall.verified),
      signed(review.overall.difference),
      direction(review.overall),
    ],
    [v('review.grade'), grade(claimedOverall.grade), grade(verifiedOverall.grade), '', ''],
    ...Object.entries(review.chapters).map(([n, s]) => [
      terms.chapterName(n),
      score(s.claimed),
      score(s.verified),
      signed(s.difference),
      direction(s),
    ]),
    ...Object.entries(review.claimed.supplier.clauses)
      .filter(([, s]) => s.applicable > 0)
      .map(([n, s]) => {
        const claimed = s.score === null ? null : Math.round(s.score * 100) / 100;
        const verifiedScore = review.verified.supplier.clauses[n]?.score ?? null;
        const verified = verifiedScore === null ? null : Math.round(verifiedScore * 100) / 100;
        return [
          n,
          score(claimed),
          score(verified),
          claimed === null || verified === null ? '—' : signed(Math.round((claimed - verified) * 100) / 100),
          '',
        ];
      }),
  ];
  out.push(
    mdRawTable(
      [v('review.row'), v('review.claimed'), v('review.verified'), v('review.difference'), v('review.direction')],
      rows,
    ),
    '',
  );
  out.push(`## ${v('review.disputed')}`, '');
  const disputed = review.elements.filter((e) => e.disputed);
  if (disputed.length === 0) out.push(v('review.noDisputed'), '');
  else
    out.push(
      mdRawTable(
        [
          t('col.id'),
          t('col.element'),
          v('review.claimed'),
          v('review.verified'),
          v('review.status'),
          v('review.state'),
          v('review.comment'),
          v('review.reply'),
        ],
        disputed.map((e) => [
          e.id,
          mdText(valueAt(index.byId, e.id).title[locale]),
          level(e.claimed),
          e.verified ? level(e.verified) : v('state.unreviewed'),
          e.status ? v(`status.${e.status}`) : v('status.none'),
          v(`state.${e.state}`),
          mdText(e.comment ?? ''),
          mdText(e.reply ?? ''),
        ]),
      ),
      '',
    );
  return `${out.join('\n').trimEnd()}\n`;
}

/** Every element's claim and verdict as CSV (spreadsheet-safe, UTF-8 with BOM). */
export function reviewToCsv(catalog: EngineCatalog, review: ReviewResult, t: ReportTranslator): string {
  const { locale } = t;
  const v = reviewText(locale);
  const terms = catalogTerms(catalog, t);
  const index = indexCatalog(catalog);
  const header = [
    t('col.id'),
    terms.clauseColumn,
    t('col.party'),
    t('col.element'),
    v('review.claimed'),
    v('review.verified'),
    v('review.status'),
    v('review.state'),
    v('review.comment'),
    v('review.reply'),
  ];
  const row = (e: ElementReview) => [
    e.id,
    e.clause,
    terms.party(e.party),
    valueAt(index.byId, e.id).title[locale],
    e.claimed ?? '',
    e.verified ?? '',
    e.status ? v(`status.${e.status}`) : '',
    v(`state.${e.state}`),
    e.comment,
    e.reply,
  ];
  return toCsv([header, ...review.elements.map(row)]);
}

/** The history as Markdown: one row per snapshot with its overall and chapter scores. */
export function historyToMarkdown(
  catalog: EngineCatalog,
  assessment: Assessment,
  rows: readonly HistoryRow[],
  t: ReportTranslator,
  /** Zone the times are shown in (the reader's); the environment's when absent. */
  timeZone: string = localTimeZone(),
): string {
  const { locale } = t;
  const v = reviewText(locale);
  const terms = catalogTerms(catalog, t);
  const out = [`# ${v('history.heading', { title: mdText(assessment.title) })}`, '', v('history.intro'), ''];
  const first = rows[0];
  if (first === undefined) return `${[...out, v('history.empty')].join('\n')}\n`;
  const chapters = Object.keys(first.chapters);
  out.push(
    mdRawTable(
      [
        v('history.label'),
        v('history.taken'),
        v('history.kind'),
        v('review.overall'),
        v('review.grade'),
        v('history.completeness'),
        ...chapters.map(terms.chapterName),
        v('history.closed'),
      ],
      rows.map((r) => [
        mdText(r.label),
        mdText(formatLocalTime(r.taken, timeZone)),
        v(`history.kind.${r.kind}`),
        score(r.overall.score),
        r.overall.grade ? t(`grade.${r.overall.grade}` as const) : t('grade.none'),
        percent(r.overall.completeness),
        ...chapters.map((n) => score(r.chapters[n]?.score ?? null)),
        r.closed.map((c) => c.id).join(', ') || '—',
      ]),
    ),
    '',
  );
  return `${out.join('\n').trimEnd()}\n`;
}
