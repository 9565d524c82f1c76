/**
 * The plans, manual and reports the standard names, described as data: for each kind its clause, the catalog
 * elements a filled-in copy is evidence for, and its sections in order, each with a bilingual title and hint, the
 * clause and element it comes from and its field (free text, a list of items, or a table with named columns). One
 * editor, one Markdown writer and one printout serve every kind. Titles and hints are our own words; a section the
 * standard does not ask for is marked `suggested`. Pure: no DOM.
 */
import type { LocalizedText } from '../catalog/schema.ts';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

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
} as const satisfies Record<string, LocalizedText>;
export type ColumnId = keyof typeof COLUMN_TITLES;

/** Columns whose cells hold a few lines rather than a phrase. */
export const LONG_COLUMNS: ReadonlySet<ColumnId> = new Set([
  'duties',
  'measure',
  'steps',
  'notes',
  'handling',
  'flow',
  'closure',
  'contents',
  'findings',
  'recommendation',
  'change',
  'note',
  'outcome',
]);

/** What a section holds. */
export type SectionField =
  { type: 'text' } | { type: 'list' } | { type: 'table'; columns: readonly [ColumnId, ...ColumnId[]] };

const text = { type: 'text' } as const;
const list = { type: 'list' } as const;
const table = (...columns: [ColumnId, ...ColumnId[]]) => ({ type: 'table', columns }) as const;

/**
 * Every section ID with its field. A section keeps its ID, and so its content, across kinds: switching a document
 * from one kind to another carries `goals` or `schedule` over, and hides nothing it cannot show again.
 */
export const SECTION_FIELDS = {
  scope: text,
  activities: table('activity', 'owner', 'when'),
  schedule: table('milestone', 'date', 'owner'),
  people: table('role', 'name', 'duties'),
  resources: list,
  risks: table('risk', 'likelihood', 'measure'),
  security: text,
  communication: table('audience', 'channel', 'when'),
  basis: text,
  checks: table('item', 'frequency', 'method', 'participants'),
  satisfaction: text,
  audit: text,
  outstanding: table('issue', 'owner', 'status'),
  securityCheck: text,
  reporting: text,
  goals: text,
  sources: list,
  actions: table('issue', 'measure', 'owner', 'due'),
  approach: text,
  customerRole: text,
  slaRevision: text,
  maintainer: text,
  tasks: table('task', 'object', 'frequency'),
  procedures: table('task', 'steps', 'notes'),
  criteria: table('check', 'criterion', 'method'),
  recording: table('content', 'format', 'location', 'retention'),
  exceptions: table('situation', 'roles', 'handling', 'flow', 'closure'),
  reports: table('report', 'frequency', 'recipient', 'contents'),
  revisions: table('version', 'date', 'change'),
  content: text,
  steps: list,
  budget: table('item', 'amount', 'note'),
  indicators: table('indicator', 'target', 'method'),
  rollback: text,
  review: text,
  observation: text,
  deliverables: table('deliverable', 'form', 'due'),
  summary: text,
  currentState: text,
  interviews: table('interviewee', 'date', 'findings'),
  needs: text,
  recommendations: table('recommendation', 'priority', 'owner', 'due'),
  tracking: text,
  reviews: table('review', 'reviewer', 'date', 'outcome'),
  period: text,
  slaResults: table('indicator', 'target', 'actual', 'note'),
  work: table('content', 'volume', 'notes'),
  results: list,
  improvements: text,
  nextPeriod: text,
} as const satisfies Record<string, SectionField>;
export type SectionId = keyof typeof SECTION_FIELDS;
export const SECTION_IDS = Object.keys(SECTION_FIELDS) as SectionId[];

/** One section of a kind. */
export interface PlanSection {
  id: SectionId;
  title: LocalizedText;
  hint: LocalizedText;
  /** The clause the section comes from. */
  clause: string;
  /** The catalog element asking for it (none for a suggestion of ours). */
  element?: string;
  /** Our suggestion, not something the standard asks for: labeled as such, never required. */
  suggested?: boolean;
  /** Warn before export while it is empty. Defaults to true for sections that are not suggestions. */
  required?: boolean;
}

export interface PlanKind {
  id: string;
  name: LocalizedText;
  /** What the document is for, in one sentence. */
  purpose: LocalizedText;
  /** The clause that names the document. */
  clause: string;
  /** Catalog elements a filled-in copy is evidence for (each lists `plans` in its `templates`). */
  elements: readonly string[];
  /** How the sections were chosen, when the standard does not list the document's contents itself. */
  note?: LocalizedText;
  sections: readonly PlanSection[];
}

const PLANS_52_NOTE = t(
  '标准要求编制这份计划，但没有列出计划的内容。以下章节由本门户整理，每章对应它所支撑的要求。',
  'The standard asks for this plan but does not list its contents. The sections below are ours, each tied to the requirement it serves.',
);

const ourSuggestion = { suggested: true, required: false } as const;

export const PLAN_KINDS = [
  {
    id: 'delivery-implementation-plan',
    name: t('交付实施计划', 'Delivery implementation plan'),
    purpose: t(
      '把服务级别协议的每项承诺落实为有时间、有责任人的交付活动。',
      'Turns each commitment of the SLA into delivery activities with dates and owners.',
    ),
    clause: '5.2',
    elements: ['DM-PLAN-03', 'DM-IMPL-01'],
    note: PLANS_52_NOTE,
    sections: [
      {
        id: 'scope',
        title: t('服务范围与依据', 'Services and basis'),
        hint: t(
          '计划覆盖服务级别协议中的哪些服务、服务对象，依据哪一版协议。',
          'Which services and objects of the SLA the plan covers, and which version of the SLA it follows.',
        ),
        clause: '5.2',
        element: 'DM-PLAN-03',
      },
      {
        id: 'activities',
        title: t('交付活动与责任人', 'Activities and owners'),
        hint: t(
          '每项服务承诺对应的具体活动、由谁负责、何时进行。',
          'The activities behind each service commitment, who owns them and when they happen.',
        ),
        clause: '5.2',
        element: 'DM-PLAN-03',
      },
      {
        id: 'schedule',
        title: t('时间安排与里程碑', 'Schedule and milestones'),
        hint: t(
          '启动、交接、首次报告、阶段评审等关键时间点。',
          'Key dates such as start, handover, first report and stage reviews.',
        ),
        clause: '5.2',
        element: 'DM-PLAN-03',
      },
      {
        id: 'people',
        title: t('人员与职责分工', 'People and duties'),
        hint: t(
          '管理人员和专业人员的角色、姓名和职责，须具备相应能力。',
          'Managers and specialists by role, name and duties; each must have the skills the role needs.',
        ),
        clause: '5.2',
        element: 'DM-PLAN-06',
      },
      {
        id: 'resources',
        title: t('资源准备', 'Resources'),
        hint: t(
          '需要就绪的备件、工具、服务台和知识库，每行一项。',
          'Spare parts, tools, service desk and knowledge base to have ready, one per line.',
        ),
        clause: '5.2',
        element: 'DM-PLAN-07',
      },
      {
        id: 'risks',
        title: t('风险与规避措施', 'Risks and how to avoid them'),
        hint: t(
          '交付过程中可能出现的风险、可能性与影响，以及规避或应对措施。',
          'Risks delivery may meet, their likelihood and impact, and how each is avoided or handled.',
        ),
        clause: '5.2',
        element: 'DM-PLAN-10',
      },
      {
        id: 'security',
        title: t('安全要求与保障措施', 'Security requirements and safeguards'),
        hint: t(
          '人员、操作、数据和工具须满足的安全要求，以及保密协议等保障措施。',
          'Security rules for people, operations, data and tools, and safeguards such as a confidentiality agreement.',
        ),
        clause: '5.2',
        element: 'DM-PLAN-09',
      },
      {
        id: 'communication',
        title: t('关键信息传递', 'Passing on key information'),
        hint: t(
          '哪些信息在何时、以何种方式传递给双方的项目经理、主管和技术负责人。',
          'Which information reaches the project managers, line managers and technical leads of both sides, how and when.',
        ),
        clause: '5.3',
        element: 'DM-IMPL-03',
      },
    ],
  },
  {
    id: 'check-plan',
    name: t('交付检查计划', 'Delivery check plan'),
    purpose: t(
      '规定以交付策划为基准检查什么、多久检查一次、怎样检查、谁参加。',
      'Sets what is checked against the delivery planning, how often, how and by whom.',
    ),
    clause: '5.2',
    elements: ['DM-PLAN-03', 'DM-CHECK-01'],
    note: PLANS_52_NOTE,
    sections: [
      {
        id: 'basis',
        title: t('检查基准与范围', 'Baseline and scope'),
        hint: t(
          '以哪些策划文件（协议、实施计划）为基准，检查哪些服务和时段。',
          'Which planning documents (SLA, implementation plan) are the baseline, and which services and period are checked.',
        ),
        clause: '5.4',
        element: 'DM-CHECK-01',
      },
      {
        id: 'checks',
        title: t('检查项目、频次、方法和参与方', 'Checks: what, how often, how, who'),
        hint: t(
          '每个检查项目的频次（如每月、每季度）、方法和所用记录，以及参与方。',
          'For each check: how often (e.g. monthly or quarterly), the method and records used, and who takes part.',
        ),
        clause: '5.2',
        element: 'DM-PLAN-03',
      },
      {
        id: 'satisfaction',
        title: t('满意度调查', 'Satisfaction survey'),
        hint: t(
          '何时、以何种方式向需方调查满意度，调查哪些方面。',
          'When and how the customer is asked about its satisfaction, and on what.',
        ),
        clause: '5.4',
        element: 'DM-CHECK-02',
      },
      {
        id: 'audit',
        title: t('审计评估', 'Audit of delivery'),
        hint: t(
          '审计策划执行情况、交付是否按规范进行、文档是否归档、过程信息是否记录。',
          'Audit how the planning was carried out, whether delivery followed its procedures, and whether documents and process records were kept.',
        ),
        clause: '5.4',
        element: 'DM-CHECK-03',
      },
      {
        id: 'outstanding',
        title: t('遗留问题检查', 'Outstanding issues'),
        hint: t(
          '要跟踪的遗留问题、责任人和当前状态。',
          'The outstanding issues to follow up, their owners and current status.',
        ),
        clause: '5.4',
        element: 'DM-CHECK-04',
      },
      {
        id: 'securityCheck',
        title: t('安全与风险规避检查', 'Security and risk-avoidance checks'),
        hint: t(
          '如何检查和评估各交付过程的安全情况和风险规避情况。',
          'How security and risk avoidance are checked and evaluated in each delivery process.',
        ),
        clause: '5.4',
        element: 'DM-CHECK-05',
      },
      {
        id: 'people',
        title: t('检查人员与需方参与', 'Checkers and the customer’s part'),
        hint: t(
          '供方检查人员，以及需方组织或参与检查并反馈意见的人员。',
          'The supplier’s checkers, and who on the customer side organizes or joins the checks and gives feedback.',
        ),
        clause: '5.4',
        element: 'DM-CHECK-C01',
      },
      {
        id: 'schedule',
        title: t('检查日程', 'Check calendar'),
        hint: t('各次检查、调查和审计的日期。', 'Dates of each check, survey and audit.'),
        clause: '5.2',
        element: 'DM-PLAN-03',
      },
      {
        id: 'reporting',
        title: t('结果报告与后续', 'Reporting the results'),
        hint: t(
          '检查结果写入何种报告、提交给谁，发现的问题如何转入改进计划。',
          'Which report records the results, who receives it, and how findings pass into the improvement plan.',
        ),
        clause: '5.4',
        ...ourSuggestion,
      },
    ],
  },
  {
    id: 'improvement-plan',
    name: t('交付改进计划', 'Delivery improvement plan'),
    purpose: t(
      '规定改进目标、改进来源、评审跟踪方式和回顾时间，据此持续改进交付。',
      'Sets improvement goals, where improvements come from, how they are reviewed and tracked, and when the plan is reviewed.',
    ),
    clause: '5.2',
    elements: ['DM-PLAN-03', 'DM-IMPR-04'],
    note: PLANS_52_NOTE,
    sections: [
      {
        id: 'goals',
        title: t('改进目标', 'Improvement goals'),
        hint: t(
          '本期要达到的改进目标，尽量可衡量。',
          'What the improvements should achieve this period, measurable where possible.',
        ),
        clause: '5.2',
        element: 'DM-PLAN-03',
      },
      {
        id: 'sources',
        title: t('改进来源', 'Where improvements come from'),
        hint: t(
          '每行一项：未达标的交付、投诉和满意度低分项、需规避的安全问题和风险等。',
          'One per line: deliveries that missed the SLA, complaints and low satisfaction scores, security issues and risks to avoid.',
        ),
        clause: '5.5',
        element: 'DM-IMPR-01',
      },
      {
        id: 'actions',
        title: t('改进措施', 'Improvement actions'),
        hint: t(
          '每个问题的改进措施、责任人和完成时限；投诉类问题先与需方确认不满意的内容。',
          'For each issue: the measure, owner and due date; for complaints, first confirm with the customer what it is unhappy about.',
        ),
        clause: '5.5',
        element: 'DM-IMPR-02',
      },
      {
        id: 'approach',
        title: t('评审与跟踪方式', 'How improvements are reviewed and tracked'),
        hint: t(
          '改进建议由谁评审、如何立项、如何跟踪效果并反馈。',
          'Who reviews improvement proposals, how they are adopted, and how their effect is tracked and reported back.',
        ),
        clause: '5.2',
        element: 'DM-PLAN-03',
      },
      {
        id: 'schedule',
        title: t('回顾节点', 'Review points'),
        hint: t('定期回顾本计划的时间点和负责人。', 'When the plan is reviewed, and who leads each review.'),
        clause: '5.2',
        element: 'DM-PLAN-03',
      },
      {
        id: 'customerRole',
        title: t('需方参与', 'The customer’s part'),
        hint: t(
          '需方如何参与改进：确认改进措施、反馈实施成效。',
          'How the customer takes part: confirming the measures and reporting on their effect.',
        ),
        clause: '5.5',
        element: 'DM-IMPR-C01',
      },
      {
        id: 'slaRevision',
        title: t('协议修订', 'Revising the SLA'),
        hint: t(
          '必要时双方协商修订服务级别协议的条件和方式（标准中的注，供参考）。',
          'When and how both sides agree to revise the SLA if needed (an informative note of the standard).',
        ),
        clause: '5.5',
        element: 'DM-IMPR-N01',
        required: false,
      },
    ],
  },
  {
    id: 'routine-operation-manual',
    name: t('例行操作手册', 'Routine-operation manual'),
    purpose: t(
      '指导例行操作的手册，包含标准要求的六个部分，并由专人持续更新。',
      'The manual that guides routine operation, with the six parts the standard asks for, kept current by a named person.',
    ),
    clause: '6.2',
    elements: ['DC-ROUT-02', 'DC-ROUT-02a', 'DC-ROUT-02b', 'DC-ROUT-02c', 'DC-ROUT-02d', 'DC-ROUT-02e', 'DC-ROUT-02f'],
    sections: [
      {
        id: 'maintainer',
        title: t('手册负责人', 'Manual owner'),
        hint: t(
          '负责持续更新和完善本手册的人员，以及更新的时机。',
          'The person who keeps this manual up to date and improves it, and when it is updated.',
        ),
        clause: '6.2',
        element: 'DC-ROUT-02',
      },
      {
        id: 'tasks',
        title: t('任务清单', 'Task list'),
        hint: t(
          '供方须执行的全部例行任务、对象和频次。',
          'Every routine task the supplier performs, on what and how often.',
        ),
        clause: '6.2',
        element: 'DC-ROUT-02a',
      },
      {
        id: 'procedures',
        title: t('操作步骤及说明', 'Procedures'),
        hint: t(
          '每项任务的操作步骤和必要说明，合格人员可据此独立完成。',
          'The steps and explanations for each task, enough for a qualified person to do it unaided.',
        ),
        clause: '6.2',
        element: 'DC-ROUT-02b',
      },
      {
        id: 'criteria',
        title: t('运行状态判定标准', 'Normal-state criteria'),
        hint: t(
          '每个检查项正常与否的判定标准，如阈值、取值范围或预期输出。',
          'For each check, how to tell a normal state: thresholds, value ranges or expected output.',
        ),
        clause: '6.2',
        element: 'DC-ROUT-02c',
      },
      {
        id: 'recording',
        title: t('状态信息记录要求', 'Recording requirements'),
        hint: t(
          '记录哪些运行状态信息、采用何种格式、记在何处、保存多久。',
          'What operating-state information is recorded, in what format, where and for how long.',
        ),
        clause: '6.2',
        element: 'DC-ROUT-02d',
      },
      {
        id: 'exceptions',
        title: t('异常状况处置流程', 'Exception-handling flow'),
        hint: t(
          '发现异常后由哪些角色处置、怎样处置、如何流转、满足什么条件才算结束。',
          'When something is abnormal: which roles act, how, how the case passes between people, and when it is closed.',
        ),
        clause: '6.2',
        element: 'DC-ROUT-02e',
      },
      {
        id: 'reports',
        title: t('报告模板', 'Report templates'),
        hint: t(
          '例行操作所用的报告，如巡检报告、定期运行报告，及其频次、接收方和主要内容。',
          'The reports routine operation uses, such as inspection and periodic operating reports, with frequency, recipient and contents.',
        ),
        clause: '6.2',
        element: 'DC-ROUT-02f',
      },
      {
        id: 'revisions',
        title: t('修订记录', 'Revision history'),
        hint: t('每次更新的版本、日期和修订内容。', 'Version, date and change of each update.'),
        clause: '6.2',
        ...ourSuggestion,
      },
    ],
  },
  {
    id: 'optimization-plan',
    name: t('优化改善方案', 'Optimization plan'),
    purpose: t(
      '一次优化改善的方案：做什么、怎么做、谁来做、花多少、何时完成、如何衡量，出问题时怎么办。',
      'The plan for one optimization: what, how, who, at what cost, by when, how it is measured, and what happens if it goes wrong.',
    ),
    clause: '6.4',
    elements: ['DC-OPT-01', 'DC-OPT-02', 'DC-OPT-03'],
    note: t(
      '6.4 建议（“宜”）方案包含以下前九个部分，这是推荐而非强制的清单；其后三部分对应方案评审、观察期和安全要求。',
      'Clause 6.4 recommends (“should preferably”) the first nine parts below; they are advice, not a mandatory list. The last three cover the plan’s review, the observation period and security.',
    ),
    sections: [
      {
        id: 'goals',
        title: t('目标', 'Goals'),
        hint: t(
          '优化要解决的问题和要达到的效果。',
          'The problem the optimization solves and the result it should achieve.',
        ),
        clause: '6.4',
        element: 'DC-OPT-01',
      },
      {
        id: 'content',
        title: t('内容', 'Content'),
        hint: t(
          '优化的对象和具体内容，如调优的参数、升级的功能。',
          'What is optimized and how, such as the settings tuned or the functions upgraded.',
        ),
        clause: '6.4',
        element: 'DC-OPT-01',
      },
      {
        id: 'steps',
        title: t('步骤', 'Steps'),
        hint: t('按执行顺序，每行一步。', 'In order of execution, one step per line.'),
        clause: '6.4',
        element: 'DC-OPT-01',
      },
      {
        id: 'people',
        title: t('人员', 'People'),
        hint: t('参与人员的角色、姓名和职责。', 'Who takes part: role, name and duties.'),
        clause: '6.4',
        element: 'DC-OPT-01',
      },
      {
        id: 'budget',
        title: t('预算', 'Budget'),
        hint: t('人力、软硬件、外部服务等费用。', 'Costs of staff time, hardware, software and outside services.'),
        clause: '6.4',
        element: 'DC-OPT-01',
      },
      {
        id: 'schedule',
        title: t('进度', 'Schedule'),
        hint: t(
          '各阶段的完成日期，包括变更窗口和观察期。',
          'When each stage finishes, including the change window and the observation period.',
        ),
        clause: '6.4',
        element: 'DC-OPT-01',
      },
      {
        id: 'indicators',
        title: t('考核指标', 'Indicators'),
        hint: t('衡量优化效果的指标、目标值和测量方法。', 'How the result is measured: indicator, target and method.'),
        clause: '6.4',
        element: 'DC-OPT-01',
      },
      {
        id: 'risks',
        title: t('风险预案', 'Risk plan'),
        hint: t(
          '实施中可能出现的风险、可能性与影响，以及预先准备的应对措施。',
          'What could go wrong while carrying it out, how likely and how serious, and the prepared response.',
        ),
        clause: '6.4',
        element: 'DC-OPT-01',
      },
      {
        id: 'rollback',
        title: t('回退方案', 'Rollback plan'),
        hint: t(
          '在什么情况下回退、由谁决定、如何恢复到优化前的状态。',
          'When to roll back, who decides, and how the state before the optimization is restored.',
        ),
        clause: '6.4',
        element: 'DC-OPT-01',
      },
      {
        id: 'review',
        title: t('方案评审', 'Review of the plan'),
        hint: t(
          '内部评审和外部评审（如需方或外部专家）的安排与结论。',
          'The internal and external reviews (e.g. by the customer or outside experts) and their outcome.',
        ),
        clause: '6.4',
        element: 'DC-OPT-02',
      },
      {
        id: 'observation',
        title: t('观察期与效果验证', 'Observation period'),
        hint: t(
          '实施后观察多长时间、观察哪些运行情况、如何验证效果。',
          'How long operation is watched after the change, what is watched and how the effect is verified.',
        ),
        clause: '6.4',
        element: 'DC-OPT-03',
      },
      {
        id: 'security',
        title: t('安全要求', 'Security'),
        hint: t(
          '参与优化的人员、操作、数据和工具须满足的安全要求。',
          'The security rules the people, operations, data and tools of the optimization must meet.',
        ),
        clause: '6.4',
        element: 'DC-OPT-06',
      },
    ],
  },
  {
    id: 'investigation-plan',
    name: t('调研评估计划', 'Investigation plan'),
    purpose: t(
      '调研评估开展前提供给需方的计划。',
      'The plan given to the customer before an investigation or assessment starts.',
    ),
    clause: '6.5',
    elements: ['DC-EVAL-01'],
    sections: [
      {
        id: 'goals',
        title: t('目标', 'Goals'),
        hint: t('调研评估要回答的问题。', 'The questions the investigation should answer.'),
        clause: '6.5',
        element: 'DC-EVAL-01',
      },
      {
        id: 'content',
        title: t('内容', 'Content'),
        hint: t(
          '调研或评估的对象和范围，如系统现状、IT 连续性。',
          'What is investigated or assessed and how far, such as the systems’ current state or IT continuity.',
        ),
        clause: '6.5',
        element: 'DC-EVAL-01',
      },
      {
        id: 'steps',
        title: t('步骤', 'Steps'),
        hint: t('按执行顺序，每行一步。', 'In order of execution, one step per line.'),
        clause: '6.5',
        element: 'DC-EVAL-01',
      },
      {
        id: 'people',
        title: t('人员', 'People'),
        hint: t(
          '调研团队和需方配合人员的角色、姓名和职责。',
          'The team and the customer’s contacts: role, name and duties.',
        ),
        clause: '6.5',
        element: 'DC-EVAL-01',
      },
      {
        id: 'budget',
        title: t('预算', 'Budget'),
        hint: t('人力、工具、差旅等费用。', 'Costs of staff time, tools and travel.'),
        clause: '6.5',
        element: 'DC-EVAL-01',
      },
      {
        id: 'schedule',
        title: t('进度', 'Schedule'),
        hint: t('访谈、分析、报告和评审的日期。', 'Dates of interviews, analysis, report and review.'),
        clause: '6.5',
        element: 'DC-EVAL-01',
      },
      {
        id: 'deliverables',
        title: t('交付成果', 'Deliverables'),
        hint: t(
          '将交付的报告或建议、形式和时间。',
          'The reports or recommendations to be delivered, in what form and when.',
        ),
        clause: '6.5',
        element: 'DC-EVAL-01',
      },
      {
        id: 'communication',
        title: t('沟通计划', 'Communication plan'),
        hint: t('与谁沟通、通过什么方式、在什么时候。', 'Who is kept informed, through which channel and when.'),
        clause: '6.5',
        element: 'DC-EVAL-01',
      },
      {
        id: 'security',
        title: t('安全要求', 'Security'),
        hint: t(
          '调研人员、操作、数据和工具须满足的安全要求，如访谈资料的保密。',
          'The security rules for the people, operations, data and tools involved, such as keeping interview notes confidential.',
        ),
        clause: '6.5',
        element: 'DC-EVAL-05',
      },
    ],
  },
  {
    id: 'investigation-report',
    name: t('调研评估报告', 'Investigation report'),
    purpose: t(
      '调研评估的结论：现状、访谈所得、需求和后续建议，经内部和需方评审。',
      'What the investigation found: current state, interview findings, needs and recommendations, reviewed internally and by the customer.',
    ),
    clause: '6.5',
    elements: ['DC-EVAL-02', 'DC-EVAL-03', 'DC-EVAL-04'],
    sections: [
      {
        id: 'summary',
        title: t('摘要', 'Summary'),
        hint: t('主要结论和建议，供管理层快速阅读。', 'The main conclusions and recommendations, for a quick read.'),
        clause: '6.5',
        ...ourSuggestion,
      },
      {
        id: 'currentState',
        title: t('现状评估', 'Current-state assessment'),
        hint: t(
          '被调研对象的现状及评估结论。',
          'The present state of what was investigated, and the assessment of it.',
        ),
        clause: '6.5',
        element: 'DC-EVAL-02',
      },
      {
        id: 'interviews',
        title: t('访谈调研', 'Interviews'),
        hint: t('访谈对象、日期和主要发现。', 'Who was interviewed, when, and what was learned.'),
        clause: '6.5',
        element: 'DC-EVAL-02',
      },
      {
        id: 'needs',
        title: t('需求分析', 'Needs analysis'),
        hint: t(
          '由现状和访谈归纳出的需求及其依据。',
          'The needs drawn from the current state and the interviews, and why.',
        ),
        clause: '6.5',
        element: 'DC-EVAL-02',
      },
      {
        id: 'recommendations',
        title: t('后续建议', 'Recommendations'),
        hint: t('每条建议的优先级、责任人和时限。', 'Each recommendation with its priority, owner and due date.'),
        clause: '6.5',
        element: 'DC-EVAL-02',
      },
      {
        id: 'tracking',
        title: t('建议落地跟踪', 'Tracking the recommendations'),
        hint: t(
          '如何跟踪建议的执行情况，何时向需方反馈。',
          'How the carrying-out of the recommendations is followed, and when the customer hears about it.',
        ),
        clause: '6.5',
        element: 'DC-EVAL-04',
      },
      {
        id: 'reviews',
        title: t('报告评审记录', 'Review record'),
        hint: t(
          '组织内部评审和需方评审各一行：评审人、日期和结论。',
          'One row each for the internal review and the customer review: reviewer, date and outcome.',
        ),
        clause: '6.5',
        element: 'DC-EVAL-03',
      },
    ],
  },
  {
    id: 'service-report',
    name: t('服务报告', 'Service report'),
    purpose: t(
      '按管理要求和服务承诺定期提交给需方的报告，说明交付了什么、达到了怎样的服务级别。',
      'The report submitted to the customer as management rules and service commitments require: what was delivered and which service levels were met.',
    ),
    clause: '5.3',
    elements: ['DM-IMPL-05', 'DM-IMPL-04', 'DR-MGMT-01'],
    note: t(
      '标准要求提交服务报告，但没有规定其结构。以下章节由本门户整理，依据 5.3 的记录要求和第8章的交付成果。',
      'The standard asks for service reports but does not set their structure. The sections below are ours, drawn from the records 5.3 asks for and the delivery results of chapter 8.',
    ),
    sections: [
      {
        id: 'period',
        title: t('报告期', 'Reporting period'),
        hint: t('报告覆盖的起止日期和服务范围。', 'The dates and services the report covers.'),
        clause: '5.3',
        ...ourSuggestion,
      },
      {
        id: 'summary',
        title: t('服务概况', 'Overview'),
        hint: t(
          '本期服务的总体情况和需要需方关注的事项。',
          'How the service went this period, and what the customer should note.',
        ),
        clause: '5.3',
        element: 'DM-IMPL-05',
      },
      {
        id: 'slaResults',
        title: t('服务级别达成情况', 'Service levels achieved'),
        hint: t(
          '服务级别协议中各项指标的目标值和实际值，如响应时间、现场支持时间。',
          'Target and actual value of each SLA measure, such as response time and on-site support time.',
        ),
        clause: '5.3',
        element: 'DM-IMPL-04',
      },
      {
        id: 'work',
        title: t('服务工作量', 'Work done'),
        hint: t(
          '按例行操作、响应支持、优化改善、调研评估分别列出本期工作。',
          'This period’s work, by routine operation, responsive support, optimization and investigation.',
        ),
        clause: '5.3',
        element: 'DM-IMPL-02',
      },
      {
        id: 'results',
        title: t('交付成果', 'Delivery results'),
        hint: t(
          '每行一项：无形成果（如状态恢复、性能提升）和有形成果（如过程记录、现场备件）。',
          'One per line: intangible results (such as restored service or better performance) and tangible ones (such as process records or on-site spares).',
        ),
        clause: '8.2',
        element: 'DR-MGMT-01',
      },
      {
        id: 'risks',
        title: t('风险与处置', 'Risks and how they were handled'),
        hint: t(
          '本期出现的风险和安全问题、影响及处置措施。',
          'Risks and security issues that arose, their impact and what was done.',
        ),
        clause: '5.3',
        element: 'DM-IMPL-08',
      },
      {
        id: 'outstanding',
        title: t('遗留问题', 'Outstanding issues'),
        hint: t('尚未解决的问题、责任人和状态。', 'Open issues, their owners and status.'),
        clause: '5.2',
        element: 'DM-PLAN-12',
      },
      {
        id: 'satisfaction',
        title: t('需方反馈与满意度', 'Customer feedback and satisfaction'),
        hint: t(
          '本期收到的投诉、表扬和满意度结果。',
          'Complaints, praise and satisfaction results received this period.',
        ),
        clause: '5.4',
        element: 'DM-CHECK-02',
        required: false,
      },
      {
        id: 'improvements',
        title: t('改进建议', 'Proposed improvements'),
        hint: t(
          '针对未达标项、投诉和风险提出的改进建议。',
          'Improvements proposed for missed service levels, complaints and risks.',
        ),
        clause: '5.5',
        element: 'DM-IMPR-01',
        required: false,
      },
      {
        id: 'nextPeriod',
        title: t('下期计划', 'Plans for the next period'),
        hint: t('下期的重点工作和计划变更。', 'Main work and changes planned for the next period.'),
        clause: '5.3',
        ...ourSuggestion,
      },
    ],
  },
] as const satisfies readonly PlanKind[];

export type PlanKindId = (typeof PLAN_KINDS)[number]['id'];
export const PLAN_KIND_IDS = PLAN_KINDS.map((k) => k.id) as [PlanKindId, ...PlanKindId[]];

export const planKind = (id: PlanKindId): PlanKind => PLAN_KINDS.find((k) => k.id === id)!;

/** Whether a section warns before export while it is empty. */
export const sectionRequired = (section: PlanSection) => section.required ?? !section.suggested;
