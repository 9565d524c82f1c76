/**
 * Strings of the exported review and history (Markdown, CSV), in both languages. A caller builds a translator with
 * `reviewText(locale)` and hands it, beside the report's `ReportTranslator`, to the engine's review and history
 * exports (`src/engine/review-export.ts`), which look up no dictionary of their own.
 */
import type { Locale } from '../catalog/schema.ts';
import { localeTranslator, type LocaleTranslator } from '../engine/message.ts';

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

export type ReviewKey = keyof typeof zh;

const en: Record<ReviewKey, string> = {
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
export const REVIEW_DICTIONARIES: Record<Locale, Record<ReviewKey, string>> = { 'zh-CN': zh, en };

/**
 * The review and history words in one language, as the engine's review and history exports take them (beside the
 * report's words): a key and its placeholder values to the finished text, and the language.
 */
export type ReviewTranslator = LocaleTranslator<ReviewKey, Locale>;

/** A translator of the review and history words; `{name}` placeholders are filled from params. */
export function reviewText(locale: Locale): ReviewTranslator {
  return localeTranslator(REVIEW_DICTIONARIES, locale);
}
