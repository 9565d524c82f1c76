/**
 * Strings of the "backup and trash" panel (questionnaire start page and templates page) and of the undo notice
 * after a delete. Flat dotted keys; `{name}` placeholders are filled by the view. zh-CN first, en complete.
 */
import type { Locale } from '../catalog/schema.ts';
import { formatMessage } from './format.ts';

const zh = {
  'data.heading': '备份与回收站',
  'data.loading': '正在读取本浏览器中保存的数据…',
  'data.noscript': '备份、恢复和回收站需要启用 JavaScript。',
  'data.intro':
    '评估和模板文档只保存在本浏览器中。请定期导出全部数据，换电脑、换浏览器或清理浏览器数据之前尤其需要。（本门户自己的功能，不属于标准要求。）',
  'data.export': '导出全部数据',
  'data.exportHint': '生成一个 JSON 备份文件，包含本浏览器中的全部评估和全部模板文档（不含回收站）。',
  'data.exported': '已导出“{file}”：{assessments} 项评估，{templates} 份模板文档。',
  'data.exportSkipped': '有 {n} 条记录内容损坏，无法写入 JSON，未包含在文件中（仍原样保留在浏览器中）：{keys}',
  'data.restore.label': '从备份恢复',
  'data.restore.hint':
    '选择用“导出全部数据”保存的文件（不超过 5 MB）。恢复前会逐条检查；本浏览器中同一编号已有不同内容时，会逐项请你选择，不会直接覆盖。',
  'data.restore.reading': '正在读取“{file}”…',
  'data.restore.refused': '无法从“{file}”恢复，没有任何改动：',
  'data.problem.too-large': '文件大小为 {size}，超过 5 MB 的上限。',
  'data.problem.empty': '文件是空的。',
  'data.problem.not-json': '文件不是有效的 JSON（{detail}）。',
  'data.problem.not-a-backup':
    '这不是本门户的备份文件（缺少 "format": "gbt28827-portal-backup"）。单项评估或单份模板文档请用各自页面上的“导入”。',
  'data.problem.version-newer': '备份文件的版本是 {found}，比本站能读取的版本 {supported} 新。请使用更新的门户。',
  'data.problem.invalid': '备份文件的结构不正确：{detail}',
  'data.plan.heading': '恢复“{file}”',
  'data.plan.exported': '备份时间：{time}',
  'data.plan.summary':
    '新增 {new} 项；本浏览器中已有且相同 {same} 项；编号冲突 {conflicts} 项；无法读取 {unreadable} 项。',
  'data.plan.unreadableHeading': '无法读取的记录（不会恢复）',
  'data.plan.reason.unknown-template': '本站没有模板“{template}”',
  'data.plan.reason.duplicate': '同一编号在备份中出现了两次，只恢复第一条',
  'data.plan.conflictsHeading': '请逐项选择：本浏览器中同一编号已有不同内容',
  'data.plan.conflict': '备份中的“{title}”；本浏览器中现为“{current}”',
  'data.plan.all': '全部冲突：',
  'data.plan.undecided': '还有 {n} 项冲突没有选择，请先逐项选择。',
  'data.plan.apply': '开始恢复',
  'data.plan.nothing': '备份中没有需要恢复的内容。',
  'data.restored':
    '恢复完成：新增 {added} 项，替换 {replaced} 项，保留两者 {keptBoth} 项，跳过 {skipped} 项，未变 {unchanged} 项，无法读取 {unreadable} 项。',
  'data.choice.replace': '替换（现有的移到回收站）',
  'data.choice.keep-both': '两者都保留',
  'data.choice.skip': '跳过',
  'data.trash.heading': '回收站（{n}）',
  'data.trash.intro': '删除的评估和模板文档在这里保留 30 天，之后自动清除。',
  'data.trash.empty': '回收站是空的。',
  'data.trash.assessment': '评估',
  'data.trash.deleted': '删除于 {time}',
  'data.trash.expires': '{time} 后清除',
  'data.trash.restore': '恢复',
  'data.trash.deleteForever': '永久删除',
  'data.trash.emptyAll': '清空回收站',
  'data.trash.restored': '已恢复“{title}”。',
  'data.trash.skipped': '“{title}”仍在回收站中。',
  'data.trash.deletedForever': '已永久删除“{title}”。',
  'data.trash.emptied': '已清空回收站（{n} 项）。',
  'data.trash.unreadable': '无法读取的回收站条目 {id}：{problem}',
  'data.confirm.forever.title': '永久删除？',
  'data.confirm.forever.body': '“{title}”将被永久删除，之后无法恢复。',
  'data.confirm.empty.title': '清空回收站？',
  'data.confirm.empty.body': '回收站中的 {n} 项将被永久删除，之后无法恢复。',
  'data.confirm.yes': '永久删除',
  'data.conflict.title': '编号已被占用',
  'data.conflict.body': '要恢复的“{title}”与本浏览器中现有的“{current}”编号相同。如何处理？',
  'data.cancel': '取消',
  'data.error': '浏览器存储出错：{reason}',
  'data.undo': '撤销',
  'data.dismiss': '关闭',
  'data.undone': '已恢复“{title}”。',
  'data.undoConflict': '“{title}”的编号已被另一项占用，它仍在回收站中，可在下方的回收站里选择如何恢复。',
};

export type DataKey = keyof typeof zh;
export type DataStrings = Record<DataKey, string>;

const en: DataStrings = {
  'data.heading': 'Backup and trash',
  'data.loading': 'Reading the data saved in this browser…',
  'data.noscript': 'Backup, restore and the trash need JavaScript.',
  'data.intro':
    "Assessments and template documents are kept in this browser only. Export everything now and then, and always before changing computers or browsers or clearing the browser's data. (The portal's own feature, not a requirement of the standard.)",
  'data.export': 'Export everything',
  'data.exportHint':
    'Writes one JSON backup file with every assessment and every template document in this browser (the trash is not included).',
  'data.exported': 'Exported “{file}”: {assessments} assessments, {templates} template documents.',
  'data.exportSkipped':
    '{n} corrupt records cannot be written as JSON and were left out of the file (they stay in the browser untouched): {keys}',
  'data.restore.label': 'Restore from backup',
  'data.restore.hint':
    'Choose a file saved with “Export everything” (5 MB at most). Every record is checked first; where this browser holds something else under the same ID, you choose what happens for each one: nothing is overwritten without asking.',
  'data.restore.reading': 'Reading “{file}”…',
  'data.restore.refused': 'Cannot restore from “{file}”; nothing was changed:',
  'data.problem.too-large': 'The file is {size}, over the 5 MB limit.',
  'data.problem.empty': 'The file is empty.',
  'data.problem.not-json': 'The file is not valid JSON ({detail}).',
  'data.problem.not-a-backup':
    'This is not a backup file of this portal (it lacks "format": "gbt28827-portal-backup"). Import a single assessment or template document with the Import on its own page.',
  'data.problem.version-newer':
    'The backup is version {found}, newer than this site can read ({supported}). Use a newer version of the portal.',
  'data.problem.invalid': 'The backup file is malformed: {detail}',
  'data.plan.heading': 'Restore “{file}”',
  'data.plan.exported': 'Backed up: {time}',
  'data.plan.summary':
    '{new} new; {same} already here and identical; {conflicts} with an ID in use; {unreadable} unreadable.',
  'data.plan.unreadableHeading': 'Unreadable records (not restored)',
  'data.plan.reason.unknown-template': 'this site has no template “{template}”',
  'data.plan.reason.duplicate': 'the same ID appears twice in the backup; only the first is restored',
  'data.plan.conflictsHeading': 'Choose for each: this browser holds something else under the same ID',
  'data.plan.conflict': '“{title}” in the backup; “{current}” in this browser now',
  'data.plan.all': 'Every conflict:',
  'data.plan.undecided': '{n} conflicts still need a choice; choose for each first.',
  'data.plan.apply': 'Restore',
  'data.plan.nothing': 'There is nothing in the backup to restore.',
  'data.restored':
    'Restore done: {added} added, {replaced} replaced, {keptBoth} kept both, {skipped} skipped, {unchanged} unchanged, {unreadable} unreadable.',
  'data.choice.replace': 'Replace (the current one goes to the trash)',
  'data.choice.keep-both': 'Keep both',
  'data.choice.skip': 'Skip',
  'data.trash.heading': 'Trash ({n})',
  'data.trash.intro': 'Deleted assessments and template documents stay here for 30 days, then are purged.',
  'data.trash.empty': 'The trash is empty.',
  'data.trash.assessment': 'Assessment',
  'data.trash.deleted': 'Deleted {time}',
  'data.trash.expires': 'purged after {time}',
  'data.trash.restore': 'Restore',
  'data.trash.deleteForever': 'Delete permanently',
  'data.trash.emptyAll': 'Empty the trash',
  'data.trash.restored': 'Restored “{title}”.',
  'data.trash.skipped': '“{title}” stays in the trash.',
  'data.trash.deletedForever': 'Deleted “{title}” permanently.',
  'data.trash.emptied': 'Emptied the trash ({n} items).',
  'data.trash.unreadable': 'Unreadable trash entry {id}: {problem}',
  'data.confirm.forever.title': 'Delete permanently?',
  'data.confirm.forever.body': '“{title}” will be deleted for good; it cannot be restored afterwards.',
  'data.confirm.empty.title': 'Empty the trash?',
  'data.confirm.empty.body': 'The {n} items in the trash will be deleted for good; they cannot be restored afterwards.',
  'data.confirm.yes': 'Delete permanently',
  'data.conflict.title': 'ID in use',
  'data.conflict.body': '“{title}” has the same ID as “{current}” in this browser now. What should happen?',
  'data.cancel': 'Cancel',
  'data.error': 'Browser storage failed: {reason}',
  'data.undo': 'Undo',
  'data.dismiss': 'Dismiss',
  'data.undone': 'Restored “{title}”.',
  'data.undoConflict':
    'Another record now has the ID of “{title}”; it stays in the trash, where you can choose below how to restore it.',
};

export const dataDictionaries: Record<Locale, DataStrings> = { 'zh-CN': zh, en };

/** Fills `{name}` placeholders; unknown ones stay visible so a missing value is noticed. */
export function dataTranslator(strings: DataStrings) {
  return (key: DataKey, vars: Record<string, string | number> = {}) => formatMessage(strings[key], vars);
}
export type DataTranslate = ReturnType<typeof dataTranslator>;
