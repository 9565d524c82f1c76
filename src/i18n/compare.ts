/**
 * Strings of the compare page's island (`/compare/`), flat dotted keys under `cmp.*`. The island also uses the
 * comparison export's words (`compare-export.ts`: `compare.*`) and the report's (`report-export.ts`: grades, levels, column names…) so the screen and the Markdown
 * and CSV exports say the same things, and the report page's file-issue messages (`issue.*`); `compareStrings`
 * merges them all. zh-CN is the reference; en has the same keys.
 */
import type { Locale } from '../catalog/schema.ts';
import { COMPARE_DICTIONARIES } from './compare-export.ts';
import { reportStrings } from './report.ts';

const zh = {
  'cmp.loading': '正在加载比较页面…',
  'cmp.catalogFailed': '无法加载要素目录（{reason}）。请刷新页面重试。',
  'cmp.noscript': '候选供方比较需要启用 JavaScript：评估数据只在本浏览器中读取和计算。',
  'cmp.pick.heading': '选择要比较的评估',
  'cmp.pick.intro':
    '选择同一要素目录的 2–10 份评估：本浏览器中保存的评估、评估文件，或三个虚构候选供方示例。比较只读取数据，不会修改或保存任何评估。',
  'cmp.pick.saved': '本浏览器中保存的评估',
  'cmp.pick.savedLoading': '正在读取保存的评估…',
  'cmp.pick.savedEmpty': '本浏览器中还没有保存的评估。',
  'cmp.pick.savedFailed': '无法读取本浏览器中保存的评估（{reason}）。仍可打开评估文件。',
  'cmp.pick.unreadable': '另有 {count} 条保存的记录无法读取，已跳过（记录本身未作改动）。',
  'cmp.pick.savedMeta': '{subject} · {catalog} · 更新于 {updated}',
  'cmp.pick.files': '打开评估文件（可多选）',
  'cmp.pick.filesHint': '每个文件不超过 5 MB。文件只在本页读取，不会保存到浏览器，也无法写进页面地址。',
  'cmp.pick.reading': '正在读取文件…',
  'cmp.pick.examples': '载入三个候选供方示例',
  'cmp.pick.examplesHint': '三家虚构的候选供方，评估范围各不相同，用来体验比较。',
  'cmp.pick.selected': '已选择 {count} 份（最多 {max} 份）',
  'cmp.pick.none': '尚未选择评估。',
  'cmp.pick.remove': '移除',
  'cmp.pick.removeLabel': '从比较中移除 {label}',
  'cmp.pick.clear': '全部移除',
  'cmp.pick.kind.saved': '浏览器',
  'cmp.pick.kind.file': '文件',
  'cmp.pick.kind.example': '示例',
  'cmp.pick.missing': '页面地址中的评估 {ids} 不在本浏览器中，可能保存在另一台设备上；可以打开它导出的文件。',
  'cmp.pick.addressNote': '页面地址记录了所选的浏览器评估和示例，可收藏或刷新；打开的文件需要重新选择。',
  'cmp.file.failed': '无法使用 {file}：',
  'cmp.file.tooLarge': '文件大小为 {size}，超过 5 MB 的上限。',
  'cmp.file.empty': '文件是空的。',
  'cmp.file.catalog': '无法加载该文件所属的要素目录。',
  'cmp.file.others': '其余文件已加入比较。',
  'cmp.problem.too-few': '请至少选择 2 份评估（当前 {count} 份）。',
  'cmp.problem.too-many': '最多同时比较 10 份评估（当前 {count} 份），请移除一些。',
  'cmp.problem.different-catalogs':
    '“{first}”（{firstCatalog}）和“{other}”（{otherCatalog}）属于不同的要素目录，不能放在一起比较。请移除其中一份。',
  'cmp.catalog.delivery': 'GB/T 28827.2',
  'cmp.catalog.practice': '相关实践“{id}”',
  'cmp.export.heading': '导出比较结果',
  'cmp.export.csv': '表格（CSV）',
  'cmp.export.markdown': '报告（Markdown）',
  'cmp.export.json': '数据（JSON）',
  'cmp.export.xlsx': '工作簿（Excel）',
  'cmp.export.xlsxWorking': '正在生成 Excel 工作簿……',
  'cmp.export.xlsxFailed': '未能生成 Excel 工作簿（{reason}）。比较结果未受影响；联网后再试。',
  'cmp.export.print': '打印 / 保存为 PDF（A4 横向）',
  'cmp.export.done': '已下载 {file}。',
  'cmp.scopes.heading': '评估范围',
  'cmp.scopes.own': '各自的评估范围',
  'cmp.scopes.candidate': '候选方',
  'cmp.section.candidates': '候选方一览',
  'cmp.best': '（最佳）',
  'cmp.na': '不适用',
  'cmp.tableLabel': '{caption}（可横向滚动）',
  'cmp.customerApart': '需方准备度评价的是需方自己的配合，单独列出，不计入供方的得分和评级。',
  'cmp.keys.heading': '关键要素对照',
  'cmp.keys.caption': '关键要素 × 候选方（按各自评估范围）',
  'cmp.state.met': '达到 L/F',
  'cmp.state.partial': '部分实施，不能评为“符合”',
  'cmp.state.failed': '未实施或未回答，也不能评为“基本符合”',
  'cmp.state.excluded': '不计分',
  'cmp.diff.heading': '要素差异',
  'cmp.diff.caption': '要素 × 候选方（按各自评估范围）',
  'cmp.diff.onlyDiffering': '只看回答不同的要素',
  'cmp.diff.onlyKey': '只看关键要素',
  'cmp.diff.clause': '条款',
  'cmp.diff.allClauses': '全部条款',
  'cmp.diff.count': '显示 {shown} 个要素。',
  'cmp.diff.empty': '没有符合筛选条件的要素。',
  'cmp.chart.heading': '得分雷达图（共同范围）',
  'cmp.chart.caption': '各候选方在共同范围内各条款的得分（0–100），叠加显示；下表为同样的数值。',
  'cmp.chart.alt': '雷达图：各候选方在共同范围内各条款的得分，数值见下表。',
  'cmp.chart.naSuffix': '（不适用）',
  'cmp.chart.loading': '图表在滚动到此处时加载。',
  'cmp.fit.basis': '重要度按',
  'cmp.fit.importance': '{unit} 的重要度',
  'cmp.fit.reset': '全部恢复为 1',
  'cmp.fit.equal': '所有重要度相同：匹配度等于共同范围上的总分，排名也相同。',
  'cmp.fit.notScore':
    '匹配度是本门户的参考值，只用来体现需方自己的优先级；它不是 GB/T 28827.2 的得分，也不改变任何评级。',
  'cmp.fit.formula': '计算公式',
  'cmp.fit.settings': '各{unit}的重要度（0 = 不考虑，1 = 一般，5 = 最重要）',
  'cmp.fit.ranking': '匹配度排名',
  'cmp.method': '评分方法说明',
} as const;

export type CompareUiKey = keyof typeof zh;

const en: Record<CompareUiKey, string> = {
  'cmp.loading': 'Loading the comparison…',
  'cmp.catalogFailed': 'The element catalog could not be loaded ({reason}). Reload the page to try again.',
  'cmp.noscript': 'Comparing candidates needs JavaScript: assessments are read and computed in this browser only.',
  'cmp.pick.heading': 'Choose assessments to compare',
  'cmp.pick.intro':
    'Choose 2–10 assessments of the same catalog: assessments saved in this browser, assessment files, or the three fictional candidate suppliers. Comparing only reads them; nothing is changed or saved.',
  'cmp.pick.saved': 'Assessments saved in this browser',
  'cmp.pick.savedLoading': 'Reading the saved assessments…',
  'cmp.pick.savedEmpty': 'No assessment is saved in this browser yet.',
  'cmp.pick.savedFailed': 'The assessments saved in this browser cannot be read ({reason}). You can still open files.',
  'cmp.pick.unreadable':
    '{count} more saved records cannot be read and are skipped (the records are left as they are).',
  'cmp.pick.savedMeta': '{subject} · {catalog} · updated {updated}',
  'cmp.pick.files': 'Open assessment files (several at once)',
  'cmp.pick.filesHint':
    'Up to 5 MB each. Files are only read on this page: they are not saved in the browser and cannot be kept in the address.',
  'cmp.pick.reading': 'Reading the files…',
  'cmp.pick.examples': 'Load the three candidate examples',
  'cmp.pick.examplesHint': 'Three fictional candidate suppliers with different scopes, to try the comparison.',
  'cmp.pick.selected': '{count} selected (at most {max})',
  'cmp.pick.none': 'No assessment is selected yet.',
  'cmp.pick.remove': 'Remove',
  'cmp.pick.removeLabel': 'Remove {label} from the comparison',
  'cmp.pick.clear': 'Remove all',
  'cmp.pick.kind.saved': 'Browser',
  'cmp.pick.kind.file': 'File',
  'cmp.pick.kind.example': 'Example',
  'cmp.pick.missing':
    'The assessments {ids} named in the address are not in this browser; they may be saved on another device. You can open their exported files.',
  'cmp.pick.addressNote':
    'The address keeps the chosen browser assessments and examples, so you can bookmark or reload it; opened files must be chosen again.',
  'cmp.file.failed': '{file} cannot be used:',
  'cmp.file.tooLarge': 'The file is {size}, more than the 5 MB limit.',
  'cmp.file.empty': 'The file is empty.',
  'cmp.file.catalog': 'The catalog this file is for could not be loaded.',
  'cmp.file.others': 'The other files were added to the comparison.',
  'cmp.problem.too-few': 'Choose at least 2 assessments ({count} chosen).',
  'cmp.problem.too-many': 'At most 10 assessments can be compared at once ({count} chosen); remove some.',
  'cmp.problem.different-catalogs':
    '“{first}” ({firstCatalog}) and “{other}” ({otherCatalog}) are assessments of different catalogs and cannot be compared. Remove one of them.',
  'cmp.catalog.delivery': 'GB/T 28827.2',
  'cmp.catalog.practice': 'related practice “{id}”',
  'cmp.export.heading': 'Export the comparison',
  'cmp.export.csv': 'Table (CSV)',
  'cmp.export.markdown': 'Report (Markdown)',
  'cmp.export.json': 'Data (JSON)',
  'cmp.export.xlsx': 'Workbook (Excel)',
  'cmp.export.xlsxWorking': 'Making the Excel workbook…',
  'cmp.export.xlsxFailed':
    'The Excel workbook could not be made ({reason}). The comparison is unchanged; try again when online.',
  'cmp.export.print': 'Print / save as PDF (A4 landscape)',
  'cmp.export.done': 'Downloaded {file}.',
  'cmp.scopes.heading': 'Scopes',
  'cmp.scopes.own': 'Own scope',
  'cmp.scopes.candidate': 'Candidate',
  'cmp.section.candidates': 'Candidates',
  'cmp.best': ' (best)',
  'cmp.na': 'not applicable',
  'cmp.tableLabel': '{caption} (scrolls sideways)',
  'cmp.customerApart':
    "Customer readiness rates the customer's own cooperation: it is listed apart and never enters the supplier's score or grade.",
  'cmp.keys.heading': 'Key elements side by side',
  'cmp.keys.caption': 'Key elements × candidates (each on its own scope)',
  'cmp.state.met': 'at L or F',
  'cmp.state.partial': 'partially implemented: rules out “conformant”',
  'cmp.state.failed': 'not implemented or unanswered: rules out “largely conformant” too',
  'cmp.state.excluded': 'does not count',
  'cmp.diff.heading': 'Element differences',
  'cmp.diff.caption': 'Elements × candidates (each on its own scope)',
  'cmp.diff.onlyDiffering': 'Only elements answered differently',
  'cmp.diff.onlyKey': 'Only key elements',
  'cmp.diff.clause': 'Clause',
  'cmp.diff.allClauses': 'All clauses',
  'cmp.diff.count': '{shown} elements shown.',
  'cmp.diff.empty': 'No element matches the filters.',
  'cmp.chart.heading': 'Score radar (common scope)',
  'cmp.chart.caption':
    "The candidates' clause scores on the common scope (0–100), overlaid; the table below has the same numbers.",
  'cmp.chart.alt':
    "Radar chart: the candidates' clause scores on the common scope; the numbers are in the table below.",
  'cmp.chart.naSuffix': ' (not applicable)',
  'cmp.chart.loading': 'The chart loads when you scroll to it.',
  'cmp.fit.basis': 'Importance by',
  'cmp.fit.importance': 'Importance of {unit}',
  'cmp.fit.reset': 'Set all back to 1',
  'cmp.fit.equal':
    'Every importance is the same: the fit equals the overall score on the common scope, and so does the ranking.',
  'cmp.fit.notScore':
    "The fit is the portal's own figure that reflects the customer's priorities; it is not a GB/T 28827.2 score and changes no grade.",
  'cmp.fit.formula': 'Formula',
  'cmp.fit.settings': 'Importance of each {unit} (0 = ignore, 1 = normal, 5 = most important)',
  'cmp.fit.ranking': 'Fit ranking',
  'cmp.method': 'How scoring works',
};

export const COMPARE_UI_DICTIONARIES: Record<Locale, Record<CompareUiKey, string>> = { 'zh-CN': zh, en };

/** Every string the compare island uses, resolved for one language. */
export function compareStrings(locale: Locale) {
  return { ...reportStrings(locale), ...COMPARE_DICTIONARIES[locale], ...COMPARE_UI_DICTIONARIES[locale] };
}

export type CompareStrings = ReturnType<typeof compareStrings>;
export type CompareStringKey = keyof CompareStrings;
