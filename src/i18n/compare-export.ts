/**
 * Strings of the exported comparison of candidates (Markdown, CSV, Excel), in both languages. A caller builds a
 * translator with `compareText(locale)` and hands it, beside the report's `ReportTranslator`, to the engine's
 * comparison exports (`src/engine/compare-export.ts`), which look up no dictionary of their own. The compare page
 * (`compare.ts`) shows the same words, and the comparison workbook (`src/office/compare-xlsx.ts`) uses them too.
 */
import type { Locale } from '../catalog/schema.ts';
import { localeTranslator, type LocaleTranslator } from '../engine/message.ts';

const zh = {
  'compare.title': '候选供方比较',
  'compare.catalog': '要素目录：{catalog} {version}',
  'compare.note':
    '各项得分由评分引擎按评分方法计算，与逐个文件的评分结果相同。匹配度是本门户按需方优先级另算的参考值，不是标准的得分。',
  'compare.candidates': '候选方',
  'compare.candidate': '候选方',
  'compare.file': '来源',
  'compare.subject': '评估对象',
  'compare.perspective': '评估视角',
  'compare.scope': '评估范围',
  'compare.beyond': '超出共同范围',
  'compare.commonScope': '共同范围',
  'compare.commonScopeValue': '交付内容：{contents}；交付方式：{modes}；第 5 章和 8.2 始终在范围内。',
  'compare.sameScope': '所有候选方的评估范围相同，共同范围上的得分与各自范围上的得分一致。',
  'compare.differentScope':
    '候选方的评估范围不同：先按各自范围列出得分（不能直接横向比较），再按共同范围重新计分，使各方按相同的要素比较。',
  'compare.ownView': '按各自评估范围的得分',
  'compare.commonView': '按共同范围重新计分',
  'compare.overall': '总体结果',
  'compare.measure': '项目',
  'compare.score': '总分',
  'compare.grade': '评级',
  'compare.provisional': '暂定',
  'compare.completeness': '完成度',
  'compare.keys': '关键要素（达到 L/F · P · N/未回答）',
  'compare.customerReadiness': '需方准备度（单独计分）',
  'compare.chapters': '各章得分',
  'compare.clauses': '各条得分',
  'compare.best': '最佳',
  'compare.bestMark': '★ 为该行最佳（按显示的两位小数比较，并列时均标出）。',
  'compare.keyMatrix': '关键要素对照',
  'compare.keyLegend': '✓ 达到 L/F；△ 部分实施（不能评为“符合”）；✗ 未实施或未回答（也不能评为“基本符合”）；— 不计分。',
  'compare.differences': '要素差异（仅列出回答不同的要素）',
  'compare.noDifferences': '所有要素的回答都相同。',
  'compare.fit': '按需方优先级的匹配度（门户自定，非标准得分）',
  'compare.fitIntro':
    '匹配度 = 100 × Σ 各{unit}重要度 u × 该{unit}的 Σ(w·p) / (3 × Σ u × 该{unit}的 Σw)，在共同范围上计算。重要度为 0–5 的整数，未设置时为 1；所有重要度相同时，匹配度等于总分。',
  'compare.fitRank': '匹配度排名',
  'compare.fitValue': '匹配度',
  'compare.overallRank': '总分排名',
  'compare.priorities': '重要度',
  'compare.view': '视图',
  'compare.kind': '类别',
  'compare.number': '编号',
  'compare.name': '名称',
  'compare.kind.overall': '总体',
  'compare.kind.chapter': '章',
  'compare.kind.clause': '条款',
  'compare.kind.customer': '需方准备度',
  'compare.kind.key': '关键要素',
  'compare.kind.element': '要素',
  'compare.kind.fit': '匹配度',
  'compare.view.own': '各自范围',
  'compare.view.common': '共同范围',
  'compare.none': '无',
} as const;

export type CompareKey = keyof typeof zh;

const en: Record<CompareKey, string> = {
  'compare.title': 'Comparison of candidate suppliers',
  'compare.catalog': 'Catalog: {catalog} {version}',
  'compare.note':
    "Every score is computed by the scoring engine by the scoring method, the same as scoring each file alone. The fit is the portal's own figure from the customer's priorities, not the standard's score.",
  'compare.candidates': 'Candidates',
  'compare.candidate': 'Candidate',
  'compare.file': 'Source',
  'compare.subject': 'Subject',
  'compare.perspective': 'Perspective',
  'compare.scope': 'Scope',
  'compare.beyond': 'Beyond the common scope',
  'compare.commonScope': 'Common scope',
  'compare.commonScopeValue':
    'Delivery contents: {contents}; delivery modes: {modes}; chapter 5 and 8.2 are always in scope.',
  'compare.sameScope': 'Every candidate has the same scope: scores on the common scope equal scores on their own.',
  'compare.differentScope':
    'The candidates have different scopes: their scores on their own scopes come first (not directly comparable), then each is rescored on the common scope so all are compared on the same elements.',
  'compare.ownView': 'Scores on each candidate’s own scope',
  'compare.commonView': 'Rescored on the common scope',
  'compare.overall': 'Overall result',
  'compare.measure': 'Measure',
  'compare.score': 'Overall score',
  'compare.grade': 'Grade',
  'compare.provisional': 'Provisional',
  'compare.completeness': 'Completeness',
  'compare.keys': 'Key elements (at L/F · P · N/unanswered)',
  'compare.customerReadiness': 'Customer readiness (scored apart)',
  'compare.chapters': 'Scores by chapter',
  'compare.clauses': 'Scores by clause',
  'compare.best': 'Best',
  'compare.bestMark': '★ marks the best of a row (compared as shown, to 2 decimals; ties are all marked).',
  'compare.keyMatrix': 'Key elements side by side',
  'compare.keyLegend':
    '✓ at L or F; △ partially implemented (rules out “conformant”); ✗ not implemented or unanswered (rules out “largely conformant” too); — does not count.',
  'compare.differences': 'Element differences (only elements answered differently)',
  'compare.noDifferences': 'Every element is answered the same.',
  'compare.fit': "Fit to the customer's priorities (the portal's own, not the standard's score)",
  'compare.fitIntro':
    'Fit = 100 × Σ importance u of each {unit} × Σ(w·p) of that {unit} / (3 × Σ u × Σw of that {unit}), on the common scope. Importances are whole numbers 0–5, 1 when not set; with every importance equal, the fit equals the overall score.',
  'compare.fitRank': 'Fit rank',
  'compare.fitValue': 'Fit',
  'compare.overallRank': 'Overall rank',
  'compare.priorities': 'Importance',
  'compare.view': 'View',
  'compare.kind': 'Kind',
  'compare.number': 'Number',
  'compare.name': 'Name',
  'compare.kind.overall': 'Overall',
  'compare.kind.chapter': 'Chapter',
  'compare.kind.clause': 'Clause',
  'compare.kind.customer': 'Customer readiness',
  'compare.kind.key': 'Key element',
  'compare.kind.element': 'Element',
  'compare.kind.fit': 'Fit',
  'compare.view.own': 'Own scope',
  'compare.view.common': 'Common scope',
  'compare.none': 'none',
};

/** Every compare string in both languages (for tests). */
export const COMPARE_DICTIONARIES: Record<Locale, Record<CompareKey, string>> = { 'zh-CN': zh, en };

/**
 * The words of a comparison in one language, as the engine's comparison exports take them (beside the report's
 * words): a key and its placeholder values to the finished text, and the language.
 */
export type CompareTranslator = LocaleTranslator<CompareKey, Locale>;

/** A translator of the compare strings; `{name}` placeholders are filled from params. */
export function compareText(locale: Locale): CompareTranslator {
  return localeTranslator(COMPARE_DICTIONARIES, locale);
}
