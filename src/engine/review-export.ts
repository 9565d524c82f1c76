/**
 * The review and the history as text: Markdown and CSV for the CLI and for downloads, in zh-CN or en (chosen
 * apart from the UI language). Pure: returns strings. Uses the report's words (levels, grades, columns), which the
 * caller passes as a `ReportTranslator`, for shared words and the review's own words, which it passes as a
 * `ReviewTranslator` (both from `src/i18n/`, in the same language), for the rest.
 */
import type { ReportTranslator } from '../i18n/report-export.ts';
import type { ReviewTranslator } from '../i18n/review-export.ts';
import type { Assessment } from './assessment-schema.ts';
import { indexCatalog, type EngineCatalog } from './catalog-index.ts';
import { catalogTerms } from './export-terms.ts';
import { mdRawTable, mdText } from './markdown.ts';
import { toCsv } from './csv.ts';
import type { HistoryRow } from './history.ts';
import { formatLocalTime, localTimeZone } from './time.ts';
import type { ElementReview, ReviewResult, Statement } from './review.ts';
import type { AnswerLevel } from './assessment-constants.ts';
import type { Grade } from './score.ts';
import { valueAt } from './invariant.ts';

const score = (n: number | null) => (n === null ? '—' : n.toFixed(2));
const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${n.toFixed(2)}`);
const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/** The review as Markdown: claimed vs verified (overall, grade, chapters, clauses) and the disputed elements. */
export function reviewToMarkdown(
  catalog: EngineCatalog,
  assessment: Assessment,
  review: ReviewResult,
  t: ReportTranslator,
  v: ReviewTranslator,
  /** Zone the times are shown in (the reader's); the environment's when absent. */
  timeZone: string = localTimeZone(),
): string {
  const { locale } = t;
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
export function reviewToCsv(
  catalog: EngineCatalog,
  review: ReviewResult,
  t: ReportTranslator,
  v: ReviewTranslator,
): string {
  const { locale } = t;
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
  v: ReviewTranslator,
  /** Zone the times are shown in (the reader's); the environment's when absent. */
  timeZone: string = localTimeZone(),
): string {
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
