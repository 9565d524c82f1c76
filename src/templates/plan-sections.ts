/**
 * The helpers the kind files in `plan-kinds/` are written with, and the columns' headings in both languages. Like
 * the kind files, this module runs in the build and the unit tests only: the browser gets one language's words from
 * the page (`PlansTemplate.astro`) or `/template-strings.<locale>.json`, and the fields of the sections from
 * `plan-structure.ts`. Pure: no DOM.
 */
import type { LocalizedText } from '../catalog/base-schemas.ts';
import type { PlanKindInput } from './plan-kind-schema.ts';
import type { ColumnId } from './plan-structure.ts';

/** A text in both languages, Chinese first: `t('风险', 'Risk')`. */
export const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** Columns a table section can have, with their headings. A column ID means the same thing in every table. */
export const COLUMN_TITLES = {
  role: t('角色', 'Role'),
  name: t('姓名', 'Name'),
  duties: t('职责', 'Duties'),
  milestone: t('里程碑或工作', 'Milestone or task'),
  date: t('日期', 'Date'),
  owner: t('责任人', 'Owner'),
  risk: t('风险', 'Risk'),
  likelihood: t('可能性与影响', 'Likelihood and impact'),
  measure: t('应对措施', 'Measure'),
  item: t('项目', 'Item'),
  amount: t('金额', 'Amount'),
  note: t('说明', 'Note'),
  indicator: t('指标', 'Indicator'),
  target: t('目标值', 'Target'),
  method: t('方法', 'Method'),
  activity: t('活动', 'Activity'),
  when: t('时间', 'When'),
  frequency: t('频次', 'Frequency'),
  participants: t('参与方', 'Participants'),
  issue: t('问题', 'Issue'),
  due: t('完成时限', 'Due'),
  task: t('任务', 'Task'),
  object: t('对象', 'Object'),
  steps: t('操作步骤', 'Steps'),
  notes: t('说明', 'Notes'),
  check: t('检查项', 'Check'),
  criterion: t('正常的判定标准', 'Normal when'),
  content: t('内容', 'Content'),
  format: t('格式', 'Format'),
  location: t('记录位置', 'Where'),
  retention: t('保存期限', 'Kept for'),
  situation: t('异常状况', 'Abnormal condition'),
  roles: t('角色', 'Roles'),
  handling: t('处置方法', 'Handling'),
  flow: t('流转过程', 'Hand-offs'),
  closure: t('结束要求', 'Closed when'),
  report: t('报告', 'Report'),
  recipient: t('接收方', 'Recipient'),
  contents: t('主要内容', 'Contents'),
  version: t('版本', 'Version'),
  change: t('修订内容', 'Change'),
  deliverable: t('交付成果', 'Deliverable'),
  form: t('形式', 'Form'),
  audience: t('对象', 'Audience'),
  channel: t('方式', 'Channel'),
  interviewee: t('访谈对象', 'Interviewee'),
  findings: t('发现', 'Findings'),
  recommendation: t('建议', 'Recommendation'),
  priority: t('优先级', 'Priority'),
  review: t('评审类型', 'Review'),
  reviewer: t('评审人', 'Reviewer'),
  outcome: t('结论', 'Outcome'),
  actual: t('实际值', 'Actual'),
  volume: t('数量', 'Volume'),
  status: t('状态', 'Status'),
} as const satisfies Record<ColumnId, LocalizedText>;

/** Types a kind file as the schema reads it, and keeps its ID as a literal (`PlanKindId`). */
export const definePlanKind = <const Id extends string>(kind: PlanKindInput & { id: Id }) => kind;

/** A kind as the editor reads it: every section has its clause, its kind's unless it names its own. */
export const withSectionClauses = (kind: PlanKindInput) => ({
  ...kind,
  sections: kind.sections.map((section) => ({ ...section, clause: section.clause ?? kind.clause })),
});

// Shared by several kinds.

/** The note of the 5.2 plans, whose contents the standard leaves open. */
export const PLANS_52_NOTE = t(
  '标准要求编制这份计划，但没有列出计划的内容。以下章节由本门户整理，每章对应它所支撑的要求。',
  'The standard asks for this plan but does not list its contents. The sections below are ours, each tied to the requirement it serves.',
);

/** Spread into a section the standard does not ask for: labeled as our suggestion, never required. */
export const ourSuggestion = { suggested: true, required: false } as const;
