/**
 * Strings of the worked example on the "how scoring works" page (`<ScoringExample>`), flat dotted keys.
 * Level, grade and perspective names come from the report export dictionary (`report-export.ts`), so the page and
 * the report agree.
 */
import type { Locale } from '../catalog/schema.ts';
import { formatMessage } from './format.ts';

const zh = {
  'example.intro':
    '以下以示例评估“{title}”为例（{perspective}；交付内容 {contents}，交付方式 {modes}）。这些数字由本站构建时调用评估引擎计算，与评估报告页和命令行工具 npm run assess 的结果完全一致。',
  'example.clauseHeading': '一条的得分：{clause} {title}',
  'example.clauseCaption': '{clause} 的要素、回答与计分',
  'example.customerElement': '需方要素：计入需方准备度',
  'example.clauseFormula': '{clause} 得分 = 100 × {wp} / (3 × {w}) = 100 × {wp} / {max} = {score}',
  'example.clauseNote':
    '{excluded} 回答为“不适用”并说明了理由，不计入；{customer} 是需方要素，只计入需方准备度。未回答的适用要素计 0 分，同样计入分母。',
  'example.scopeHeading': '范围之外的条款',
  'example.scopeBody':
    '本评估不含 {clauses}，这些条款的 {count} 个供方要素不计入任何得分，它们的得分为空，在报告中标为“不适用”。',
  'example.overallHeading': '总分、完成度与评级',
  'example.overallScore':
    '供方总分 = 100 × {wp} / (3 × {w}) = 100 × {wp} / {max} = {score}（适用供方要素 {applicable} 项）。',
  'example.meanNote':
    '各章、各条得分都直接用本组要素计算，而不是下一级得分的平均：第 {chapter} 章得 {chapterScore}，而它各条得分的简单平均是 {mean}。',
  'example.completeness': '完成度 = 已回答 {answered} / 适用 {applicable} = {percent}。{unanswered}',
  'example.unanswered': '未回答的 {list} 计 0 分，因此评级为暂定。',
  'example.complete': '所有适用要素均已回答，评级为最终结果。',
  'example.keys': '适用关键要素 {total} 项：大部分或完全实施 {lf} 项，部分实施 {p} 项，未实施或未回答 {n} 项。',
  'example.grade': '评级：{grade}{provisional}。',
  'example.provisional': '（暂定）',
  'example.notConformant': '达不到“符合”，因为{reasons}；',
  'example.notLargely': '也达不到“基本符合”，因为{reasons}。',
  'example.isConformant': '总分不低于 85，且每个适用关键要素都达到大部分或完全实施。',
  'example.isLargely': '但达到“基本符合”：总分不低于 60，且没有适用关键要素未实施或未回答。',
  'example.reasonBelow85': '总分低于 85',
  'example.reasonBelow60': '总分低于 60',
  'example.reasonKeysBelowL': '{count} 个关键要素未达到大部分实施',
  'example.reasonKeysAtN': '{count} 个关键要素未实施或未回答',
  'example.and': '，且 ',
  'example.customerHeading': '需方准备度',
  'example.customerBody':
    '需方要素 {applicable} 项按同样规则单独计分：100 × {wp} / {max} = {score}。它不进入供方的总分、评级和改进计划。',
  'example.planHeading': '差距与改进计划',
  'example.planBody':
    '改进计划共 {count} 项：阶段 1 有 {p1} 项，阶段 2 有 {p2} 项，阶段 3 有 {p3} 项。排在最前的几项：',
  'example.planCaption': '改进计划的前 {count} 项',
  'example.rank': '序号',
  'example.gapFormula': '差距 = w × (目标 − p)',
} as const;

export type ScoringKey = keyof typeof zh;

const en: Record<ScoringKey, string> = {
  'example.intro':
    'Take the example assessment “{title}” ({perspective}; delivery contents {contents}, delivery modes {modes}). These numbers are computed by the assessment engine when the site is built, and are exactly what the report page and the command-line tool npm run assess give.',
  'example.clauseHeading': 'The score of one clause: {clause} {title}',
  'example.clauseCaption': 'Elements, answers and points of {clause}',
  'example.customerElement': 'customer element: counts in customer readiness',
  'example.clauseFormula': '{clause} score = 100 × {wp} / (3 × {w}) = 100 × {wp} / {max} = {score}',
  'example.clauseNote':
    '{excluded} is answered not applicable with a justification, so it does not count; {customer} is a customer element and counts only in customer readiness. An applicable element left unanswered scores 0 and still counts in the denominator.',
  'example.scopeHeading': 'Clauses out of scope',
  'example.scopeBody':
    'This assessment does not cover {clauses}: their {count} supplier elements count in no score, and those clauses have no score (the report says not applicable).',
  'example.overallHeading': 'Overall score, completeness and grade',
  'example.overallScore':
    'Supplier score = 100 × {wp} / (3 × {w}) = 100 × {wp} / {max} = {score} ({applicable} applicable supplier elements).',
  'example.meanNote':
    'Every chapter and clause score is computed from its own elements, never as a mean of the scores below it: chapter {chapter} scores {chapterScore}, while the plain mean of its clause scores is {mean}.',
  'example.completeness': 'Completeness = {answered} answered / {applicable} applicable = {percent}. {unanswered}',
  'example.unanswered': '{list} are unanswered and score 0, so the grade is provisional.',
  'example.complete': 'Every applicable element is answered, so the grade is final.',
  'example.keys':
    '{total} applicable key elements: {lf} largely or fully implemented, {p} partially, {n} not implemented or unanswered.',
  'example.grade': 'Grade: {grade}{provisional}.',
  'example.provisional': ' (provisional)',
  'example.notConformant': 'Not conformant, because {reasons}; ',
  'example.notLargely': 'not largely conformant, because {reasons}.',
  'example.isConformant': 'The score is at least 85 and every applicable key element is largely or fully implemented.',
  'example.isLargely':
    'but largely conformant: the score is at least 60 and no applicable key element is not implemented or unanswered.',
  'example.reasonBelow85': 'the score is below 85',
  'example.reasonBelow60': 'the score is below 60',
  'example.reasonKeysBelowL': '{count} key element(s) are below largely implemented',
  'example.reasonKeysAtN': '{count} key element(s) are not implemented or unanswered',
  'example.and': ' and ',
  'example.customerHeading': 'Customer readiness',
  'example.customerBody':
    'The {applicable} customer elements are scored apart by the same rules: 100 × {wp} / {max} = {score}. This never enters the supplier’s score, grade or improvement plan.',
  'example.planHeading': 'Gaps and the improvement plan',
  'example.planBody': 'The plan has {count} items: {p1} in phase 1, {p2} in phase 2, {p3} in phase 3. The first few:',
  'example.planCaption': 'The first {count} items of the improvement plan',
  'example.rank': '#',
  'example.gapFormula': 'Gap = w × (target − p)',
};

export const SCORING_DICTIONARIES: Record<Locale, Record<ScoringKey, string>> = { 'zh-CN': zh, en };

/** A translator for the worked example; `{name}` placeholders are filled from params. */
export function scoringText(locale: Locale) {
  const dict = SCORING_DICTIONARIES[locale];
  return (key: ScoringKey, params: Record<string, string | number> = {}) => formatMessage(dict[key], params, locale);
}
