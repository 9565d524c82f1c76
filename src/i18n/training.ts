/**
 * Strings of the teaching material: the discussion question on clause pages, the one-page clause handouts, the
 * blank paper questionnaire, the training-case pages (`/training/cases/<case>/`), the class-exercise button and
 * the calibration page (`/training/calibration/`). Flat dotted keys, one dictionary per language; zh-CN is the
 * reference, en has the same keys. The calibration island also uses the calibration export's words
 * (`agreement-export.ts`: `agr.*`) so the
 * screen and the Markdown and CSV exports say the same things; `trainingStrings` merges them.
 */
import type { Locale } from '../catalog/schema.ts';
import { AGREEMENT_DICTIONARIES } from './agreement-export.ts';
import { formatMessage } from './format.ts';

const zh = {
  'discussion.label': '本门户编写的教学材料，非标准内容',
  'discussion.question': '讨论题',
  'discussion.notes': '讲师提示（讨论之后再展开）',
  'discussion.elements': '相关要素',

  'picker.legend': '选择条款',
  'picker.all': '全选',
  'picker.none': '全不选',
  'picker.chapter': '第{n}章',
  'picker.noJs': '未启用脚本时，打印全部内容。',

  'handouts.print': '打印所选讲义',
  'handouts.count': '已选 {count} 条，打印为 {count} 页 A4。',
  'handouts.empty': '请至少选择一条。',
  'handouts.heading': '{clause} {title}',
  'handouts.chapter': '第{n}章 {title}',
  'handouts.purpose': '本条目的',
  'handouts.elements': '本条要素与评估时索取的证据',
  'handouts.col.element': '要素',
  'handouts.col.evidence': '索取的证据',
  'handouts.key': '★ 关键',
  'handouts.keyLegend': '★ 关键要素（本门户评分中权重为 2）',
  'handouts.customer': '需方',
  'handouts.leadIn': '本条依据官方导语整理，源文本缺少正文。',
  'handouts.pitfalls': '常见误区',
  'handouts.discussion': '讨论题',
  'handouts.footer': 'GB/T 28827.2 条款讲义 · 要求为本门户转述；误区与讨论题由本门户编写，非标准内容 · {url}',

  'blank.scopeLegend': '评估范围',
  'blank.contents': '交付内容（第6章，连同第8章对应的成果条款）',
  'blank.modes': '交付方式（第7章）',
  'blank.always': '第5章和 8.2 总在范围内。',
  'blank.print': '打印空白问卷',
  'blank.count': '范围内 {clauses} 条、{elements} 个要素。',
  'blank.title': 'GB/T 28827.2 交付规范评估问卷（纸质）',
  'blank.scope': '范围',
  'blank.subject': '被评估方',
  'blank.assessor': '评估人',
  'blank.date': '日期',
  'blank.perspective': '视角',
  'blank.perspectives': '□ 供方自评　□ 需方评价',
  'blank.levels': '实施程度：N 未实施 · P 部分实施 · L 大部分实施 · F 完全实施 · NA 不适用（须说明理由）',
  'blank.notes': '证据与备注',
  'blank.parts': '包含：',
  'blank.footer': '空白问卷由本门户根据要素目录生成；实施程度的分级是本门户的方法，非标准内容 · {url}',

  'case.fictional': '本案例是本门户编写的培训材料，机构、人物和数字均为虚构，非标准内容。',
  'case.facts': '案例要点',
  'case.supplier': '供方',
  'case.customer': '需方',
  'case.clauses': '评估条款',
  'case.elements': '{count} 个要素',
  'case.story': '背景',
  'case.excerpts': '评估员看到的材料',
  'case.excerptsIntro': '每份摘录都有编号，评分理由请引用编号（如 {example}）。',
  'case.kind.contract': '合同',
  'case.kind.sla': '服务级别协议',
  'case.kind.plan': '计划',
  'case.kind.report': '报告',
  'case.kind.record': '记录',
  'case.kind.interview': '访谈',
  'case.kind.observation': '现场查看',
  'case.key': '讲师答案（供讲师使用）',
  'case.keyIntro':
    '讲师答案按要素目录中各级别的描述判断：F 表示条款要求得到完全、一贯的满足且有记录。先让学员独立评分，再打开本节讲评。',
  'case.keyDownload': '下载讲师答案文件',
  'case.keyDownloadZh': '中文版（JSON）',
  'case.keyDownloadEn': '英文版（JSON）',
  'case.keyCalibrate': '用讲师答案校准学员的评分',
  'case.strengths': '设计的优点',
  'case.gaps': '设计的差距',
  'case.traps': '容易判错的地方',
  'case.keyTable': '每个要素的预期级别和理由',
  'case.element': '要素',
  'case.level': '预期级别',
  'case.reason': '理由（引用摘录）',
  'case.keyMark': '关键要素',
  'exercise.heading': '课堂练习',
  'exercise.intro':
    '在本浏览器中新建一份“本案例”的评估，用普通评估问卷作答。只需回答 {clauses} 条的要素；答完后从问卷导出文件，交给讲师校准。',
  'exercise.name': '学员姓名（可不填）',
  'exercise.start': '开始练习',
  'exercise.starting': '正在新建评估…',
  'exercise.failed': '无法新建评估（{reason}）。本浏览器可能禁止了本地存储。',
  'exercise.noStorage':
    '本浏览器禁止了本地存储，新建的评估在打开问卷时就会丢失，因此没有新建。请允许本站存储数据，或换用其他浏览器。',
  'exercise.title': '案例练习：{case}',
  'exercise.noscript': '课堂练习需要启用 JavaScript：评估只保存在本浏览器中。',
  'cal.loading': '正在加载校准页面…',
  'cal.catalogFailed': '无法加载要素目录（{reason}）。请刷新页面重试。',
  'cal.noscript': '校准需要启用 JavaScript：文件只在本浏览器中读取和计算，不会上传。',
  'cal.open': '打开文件',
  'cal.keyLabel': '讲师答案文件',
  'cal.keyBuiltIn': '或使用本门户案例的讲师答案：',
  'cal.traineesLabel': '学员的评估文件（可多选）',
  'cal.keyLoaded': '已打开：{title}（{file}）',
  'cal.noKey': '先打开讲师答案文件。',
  'cal.noTrainees': '再打开一个或多个学员的评估文件。',
  'cal.remove': '移除 {file}',
  'cal.clear': '全部清除',
  'cal.traineeList': '已打开的学员文件',
  'cal.problem.not-a-key': '{file} 不是讲师答案：文件中没有 role: "key"。请打开案例页面下载的讲师答案文件。',
  'cal.problem.other-catalog': '{file} 是另一要素目录（{catalog}）的评估，讲师答案是 {keyCatalog} 的，已拒绝该文件。',
  'cal.problem.other-case': '{file} 是案例“{case}”的练习，讲师答案是案例“{keyCase}”的，已拒绝该文件。',
  'cal.problem.unreadable': '{file} 无法读取：{reason}',
  'cal.problem.invalid': '{file} 与要素目录不符：{reason}',
  'cal.problem.tooLarge': '{file} 太大，不是评估文件。',
  'cal.perTrainee': '每位学员与讲师答案的一致性',
  'cal.chart.caption': '每位学员的完全一致率和相差不超过一级的比例（%）',
  'cal.chart.alt': '条形图：每位学员的完全一致率和相差不超过一级的比例，数字见下表。',
  'cal.chart.loading': '图表在滚动到这里时加载。',
  'cal.perElement': '逐要素：讲师答案与学员评级',
  'cal.spreadHeading': '全班的级别分布',
  'cal.spreadCaption': '每个要素上全班给出的各级别人数（讲师答案级别加粗）',
  'cal.misjudgedHeading': '全班最常判错的要素',
  'cal.export.heading': '导出校准结果',
  'cal.export.csv': '表格（CSV）',
  'cal.export.markdown': '报告（Markdown）',
  'cal.export.print': '打印 / 保存为 PDF',
  'cal.export.done': '已下载 {file}。',
  'cal.tableLabel': '{caption}（可横向滚动）',
  'cal.mismatch': '与讲师答案不同',
} as const;

export type TrainingKey = keyof typeof zh;

const en: Record<TrainingKey, string> = {
  'discussion.label': 'Teaching material written for this portal, not part of the standard',
  'discussion.question': 'Discussion question',
  'discussion.notes': 'Notes for the instructor (open them after the discussion)',
  'discussion.elements': 'Elements',

  'picker.legend': 'Choose clauses',
  'picker.all': 'All',
  'picker.none': 'None',
  'picker.chapter': 'Chapter {n}',
  'picker.noJs': 'Without scripts, everything is printed.',

  'handouts.print': 'Print the chosen handouts',
  'handouts.count': '{count} clauses chosen: {count} A4 pages.',
  'handouts.empty': 'Choose at least one clause.',
  'handouts.heading': '{clause} {title}',
  'handouts.chapter': 'Chapter {n} {title}',
  'handouts.purpose': 'Purpose',
  'handouts.elements': 'Elements and the evidence to ask for',
  'handouts.col.element': 'Element',
  'handouts.col.evidence': 'Evidence to ask for',
  'handouts.key': '★ Key',
  'handouts.keyLegend': '★ key element (weight 2 in this portal’s scoring)',
  'handouts.customer': 'Customer',
  'handouts.leadIn': 'Built from the official lead-in; the source lacks the body of this clause.',
  'handouts.pitfalls': 'Common pitfalls',
  'handouts.discussion': 'Discussion question',
  'handouts.footer':
    'GB/T 28827.2 clause handout · requirements paraphrased by this portal; pitfalls and question written by this portal, not part of the standard · {url}',

  'blank.scopeLegend': 'Scope of the assessment',
  'blank.contents': 'Delivery contents (chapter 6, with their result clauses of chapter 8)',
  'blank.modes': 'Delivery modes (chapter 7)',
  'blank.always': 'Chapter 5 and 8.2 are always in scope.',
  'blank.print': 'Print the blank questionnaire',
  'blank.count': '{clauses} clauses and {elements} elements in scope.',
  'blank.title': 'GB/T 28827.2 delivery assessment questionnaire (paper)',
  'blank.scope': 'Scope',
  'blank.subject': 'Assessed party',
  'blank.assessor': 'Assessor',
  'blank.date': 'Date',
  'blank.perspective': 'Perspective',
  'blank.perspectives': '□ Supplier self-assessment　□ Customer evaluation',
  'blank.levels':
    'Level: N not implemented · P partially · L largely · F fully implemented · NA not applicable (give the reason)',
  'blank.notes': 'Evidence and notes',
  'blank.parts': 'Includes:',
  'blank.footer':
    'Blank questionnaire generated by this portal from its element catalog; the levels are this portal’s method, not part of the standard · {url}',

  'case.fictional':
    "This case is training material written for this portal; its organizations, people and figures are fictional. It is not the standard's content.",
  'case.facts': 'The case at a glance',
  'case.supplier': 'Supplier',
  'case.customer': 'Customer',
  'case.clauses': 'Clauses assessed',
  'case.elements': '{count, plural, one {# element} other {# elements}}',
  'case.story': 'Background',
  'case.excerpts': 'What the assessor sees',
  'case.excerptsIntro': 'Each excerpt has an ID; cite the IDs in the reasons for your ratings (for example {example}).',
  'case.kind.contract': 'Contract',
  'case.kind.sla': 'SLA',
  'case.kind.plan': 'Plan',
  'case.kind.report': 'Report',
  'case.kind.record': 'Record',
  'case.kind.interview': 'Interview',
  'case.kind.observation': 'Observation',
  'case.key': 'Instructor key (for the instructor)',
  'case.keyIntro':
    "The key judges each element by the level descriptions of the element catalog: F means the clause's requirement is met fully, consistently and on record. Let trainees rate on their own first, then open this section to discuss.",
  'case.keyDownload': 'Download the key file',
  'case.keyDownloadZh': 'Chinese (JSON)',
  'case.keyDownloadEn': 'English (JSON)',
  'case.keyCalibrate': "Calibrate trainees' ratings against the key",
  'case.strengths': 'Strengths built in',
  'case.gaps': 'Gaps built in',
  'case.traps': 'Traps',
  'case.keyTable': 'Expected level and reason for every element',
  'case.element': 'Element',
  'case.level': 'Expected level',
  'case.reason': 'Reason (citing excerpts)',
  'case.keyMark': 'Key element',
  'exercise.heading': 'Class exercise',
  'exercise.intro':
    'Start a new assessment "for this case" in this browser and answer it in the ordinary questionnaire. Only the elements of clause {clauses} need answers; when done, export the file from the questionnaire and hand it to the instructor for calibration.',
  'exercise.name': 'Trainee name (optional)',
  'exercise.start': 'Start the exercise',
  'exercise.starting': 'Creating the assessment…',
  'exercise.failed': 'The assessment could not be created ({reason}). This browser may block local storage.',
  'exercise.noStorage':
    'This browser blocks local storage, so a new assessment would be lost as soon as the questionnaire opens; none was created. Allow this site to store data, or use another browser.',
  'exercise.title': 'Case exercise: {case}',
  'exercise.noscript': 'The class exercise needs JavaScript: the assessment is kept in this browser only.',
  'cal.loading': 'Loading the calibration page…',
  'cal.catalogFailed': 'The element catalog could not be loaded ({reason}). Reload the page to try again.',
  'cal.noscript': 'Calibration needs JavaScript: files are read and computed in this browser only, never uploaded.',
  'cal.open': 'Open files',
  'cal.keyLabel': 'Instructor key file',
  'cal.keyBuiltIn': "Or use the key of one of this portal's cases:",
  'cal.traineesLabel': "Trainees' assessment files (several allowed)",
  'cal.keyLoaded': 'Opened: {title} ({file})',
  'cal.noKey': 'First open the instructor key file.',
  'cal.noTrainees': "Then open one or more trainees' assessment files.",
  'cal.remove': 'Remove {file}',
  'cal.clear': 'Clear all',
  'cal.traineeList': 'Trainee files open',
  'cal.problem.not-a-key':
    '{file} is not an instructor key: it has no role: "key". Open the key file downloaded from the case page.',
  'cal.problem.other-catalog':
    '{file} is an assessment of another catalog ({catalog}), but the key is one of {keyCatalog}; the file was refused.',
  'cal.problem.other-case':
    '{file} is an exercise for case "{case}", but the key is for case "{keyCase}"; the file was refused.',
  'cal.problem.unreadable': '{file} cannot be read: {reason}',
  'cal.problem.invalid': '{file} does not match the element catalog: {reason}',
  'cal.problem.tooLarge': '{file} is too large to be an assessment file.',
  'cal.perTrainee': "Each trainee's agreement with the key",
  'cal.chart.caption': 'Exact agreement and agreement within one level per trainee (%)',
  'cal.chart.alt':
    'Bar chart: exact agreement and agreement within one level per trainee; the numbers are in the table.',
  'cal.chart.loading': 'The chart loads when it scrolls into view.',
  'cal.perElement': "Element by element: the key's level and each trainee's",
  'cal.spreadHeading': 'Spread of levels in the class',
  'cal.spreadCaption': "How many trainees gave each level, per element (the key's level in bold)",
  'cal.misjudgedHeading': 'Elements the class misjudges most',
  'cal.export.heading': 'Export the calibration',
  'cal.export.csv': 'Table (CSV)',
  'cal.export.markdown': 'Report (Markdown)',
  'cal.export.print': 'Print / save as PDF',
  'cal.export.done': 'Downloaded {file}.',
  'cal.tableLabel': '{caption} (scrolls sideways)',
  'cal.mismatch': 'differs from the key',
};

export const TRAINING_DICTIONARIES: Record<Locale, Record<TrainingKey, string>> = { 'zh-CN': zh, en };

/** A translator for the teaching material; `{name}` placeholders are filled from params. */
export function trainingText(locale: Locale) {
  const dict = TRAINING_DICTIONARIES[locale];
  return (key: TrainingKey, params: Record<string, string | number> = {}) => formatMessage(dict[key], params, locale);
}

/** Keys the case pages and the calibration island use (islands receive only these, already resolved). */
const CASE_PREFIXES = ['case.', 'exercise.', 'cal.'] as const;
type CaseKey = Extract<TrainingKey, `${(typeof CASE_PREFIXES)[number]}${string}`>;

/** Every string the case pages and the calibration island use, resolved for one language. */
export function trainingStrings(locale: Locale) {
  const dict = TRAINING_DICTIONARIES[locale];
  const own = Object.fromEntries(
    Object.entries(dict).filter(([key]) => CASE_PREFIXES.some((prefix) => key.startsWith(prefix))),
  ) as Record<CaseKey, string>;
  return { ...AGREEMENT_DICTIONARIES[locale], ...own };
}

export type TrainingStrings = ReturnType<typeof trainingStrings>;
export type TrainingStringKey = keyof TrainingStrings;

/** A translator over resolved strings; `{name}` placeholders are filled from params and unknown ones stay. */
export function trainingTranslator(strings: Record<TrainingStringKey, string>) {
  return (key: TrainingStringKey, params: Record<string, string | number> = {}) => formatMessage(strings[key], params);
}
