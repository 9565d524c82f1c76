/**
 * The document toolbar every editor shares (`toolbar.*`): documents, saving, import and export. zh-CN is the
 * reference; en has the same keys (the type enforces it, `templates-i18n` tests the rest).
 */
const zh = {
  'toolbar.label': '文档',
  'toolbar.document': '当前文档',
  'toolbar.title': '文档名称',
  'toolbar.new': '新建文档',
  'toolbar.delete': '删除文档',
  'toolbar.deleteConfirm': '确定删除“{title}”？它将移到回收站，30 天内可以恢复。',
  'toolbar.deleteYes': '确定删除',
  'toolbar.deleteNo': '取消',
  'toolbar.deleted': '已将“{title}”移到回收站。',
  'toolbar.undo': '撤销删除',
  'toolbar.restored': '已恢复“{title}”。',
  'toolbar.restoreConflict': '“{title}”的编号已被另一份文档占用，它仍在回收站中，可在“模板”页的回收站里选择如何恢复。',
  'toolbar.created': '已新建“{title}”。',
  'toolbar.exportJson': '导出 JSON',
  'toolbar.exportMarkdown': '导出 Markdown',
  'toolbar.exportWord': '导出 Word',
  'toolbar.wordFailed': '未能生成 Word 文件（可能是离线时首次使用此功能）。文档已保存，未作任何改动；联网后再试。',
  'toolbar.markdownFailed':
    '未能生成 Markdown 文件（可能是离线时首次使用此功能）。文档已保存，未作任何改动；联网后再试。',
  'toolbar.wordsFailed':
    '未能载入所选导出语言的文字（可能是离线时首次使用此功能）。文档已保存，未作任何改动；联网后再试。',
  'toolbar.wordCreator': 'GB/T 28827.2 运维服务交付规范门户',
  'toolbar.markdownLanguage': '导出语言',
  'toolbar.import': '导入 JSON',
  'toolbar.print': '打印',
  'toolbar.files': '导出、导入与打印',
  'toolbar.status.loading': '正在读取浏览器中保存的文档…',
  'toolbar.status.saving': '正在保存…',
  'toolbar.status.saved': '已保存在本浏览器（{store}），{time}',
  'toolbar.status.invalid':
    '有 {n} 处输入需要更正。更正之前这些更改不会保存，上次保存的内容保持不变；出错的字段已标出。',
  'toolbar.status.error': '保存失败：{problem}请先导出 JSON，以免丢失内容。',
  'toolbar.problem.quota': '浏览器的存储空间已满。',
  'toolbar.problem.closed': '浏览器关闭了数据库连接（数据库可能已被删除，或磁盘不可用）。',
  'toolbar.problem.missing-store': '本浏览器的数据库中缺少保存记录所需的存储区。',
  'toolbar.problem.denied': '浏览器或其策略不允许本站保存数据。',
  'toolbar.problem.version': '另一个标签页打开了更新版本的数据库，请关闭其他标签页后重新加载。',
  'toolbar.problem.blocked': '另一个标签页占用着数据库，无法修复；请关闭本站的其他标签页后重新加载。',
  'toolbar.problem.unavailable': '此浏览器不提供 IndexedDB（例如在隐私模式下）。',
  'toolbar.problem.data': '要保存的内容无法存入浏览器数据库。',
  'toolbar.problem.gone': '这项记录已在另一个标签页中删除。',
  'toolbar.problem.unreadable': '保存的记录已无法读取，未作改动。',
  'toolbar.problem.unknown': '浏览器报告了未知的存储错误。',
  'toolbar.errorDetail': '浏览器的原始信息：{detail}',
  'toolbar.storage.repaired':
    '本浏览器的数据库缺少保存文档的存储区，已重新建立。数据库中没有别的记录，没有内容丢失；文档照常保存在这里。',
  'toolbar.storage.repairedForeign':
    '本浏览器的数据库缺少保存文档的存储区，已重新建立。数据库中另有 {n} 条记录存放在本站不使用的位置，无法作为文档读取，已原样保留。可以下载其原始 JSON，检查或修复后重新导入。',
  'toolbar.storage.foreignDownload': '下载这些记录的原始 JSON',
  'toolbar.storage.fallback.localstorage':
    '无法使用本浏览器的数据库：{problem}文档改为保存在本地存储（localStorage）中，重新加载后仍在；数据库恢复可用后会自动移回。',
  'toolbar.storage.fallback.memory':
    '无法使用本浏览器的数据库：{problem}也无法使用本地存储，内容只在本页打开期间保留。请导出 JSON 备份。',
  'toolbar.storage.adopted': '此前暂存在本地存储中的 {n} 条记录已移回本浏览器的数据库。',
  'toolbar.storage.adoptedCopies': '其中 {copies} 条与数据库中的同名记录不同，已另存为单独的记录，两份都保留。',
  'toolbar.changedElsewhere': '另一个标签页在本页之后也修改了以下内容，以后保存的为准，此处已显示最新内容：{fields}。',
  'toolbar.fieldInRow': '{row}：{field}',
  'toolbar.field.other': '其他内容',
  'toolbar.unreadableDownload': '下载原始 JSON',
  'toolbar.fieldSeparator': '、',
  'toolbar.status.memory': '此浏览器不允许保存数据：内容只在本页打开期间保留，请导出 JSON 备份。',
  'toolbar.store.indexeddb': 'IndexedDB',
  'toolbar.store.localstorage': '本地存储',
  'toolbar.store.memory': '内存',
  'toolbar.imported': '已从“{file}”导入为新文档“{title}”。',
  'toolbar.importFailed': '无法导入“{file}”，现有文档没有任何改动：',
  'toolbar.exportBlocked': '有 {n} 处输入需要更正，更正后才能导出。',
  'toolbar.dismiss': '关闭提示',
  'toolbar.unreadable': '有 {n} 份保存的文档无法读取，已原样保留在浏览器中：',
} as const;

const en: Record<keyof typeof zh, string> = {
  'toolbar.label': 'Document',
  'toolbar.document': 'Current document',
  'toolbar.title': 'Document name',
  'toolbar.new': 'New document',
  'toolbar.delete': 'Delete document',
  'toolbar.deleteConfirm': 'Delete "{title}"? It moves to the trash, where it can be restored for 30 days.',
  'toolbar.deleteYes': 'Delete it',
  'toolbar.deleteNo': 'Cancel',
  'toolbar.deleted': 'Moved "{title}" to the trash.',
  'toolbar.undo': 'Undo delete',
  'toolbar.restored': 'Restored "{title}".',
  'toolbar.restoreConflict':
    'Another document now has the ID of "{title}"; it stays in the trash, where you can choose how to restore it on the Templates page.',
  'toolbar.created': 'Created "{title}".',
  'toolbar.exportJson': 'Export JSON',
  'toolbar.exportMarkdown': 'Export Markdown',
  'toolbar.exportWord': 'Export Word',
  'toolbar.wordFailed':
    'The Word file could not be made (perhaps this is the first use while offline). The document is saved and unchanged; try again when online.',
  'toolbar.markdownFailed':
    'The Markdown file could not be made (perhaps this is the first use while offline). The document is saved and unchanged; try again when online.',
  'toolbar.wordsFailed':
    'The words of the chosen export language could not be loaded (perhaps this is the first use while offline). The document is saved and unchanged; try again when online.',
  'toolbar.wordCreator': 'GB/T 28827.2 O&M Delivery Portal',
  'toolbar.markdownLanguage': 'Export language',
  'toolbar.import': 'Import JSON',
  'toolbar.print': 'Print',
  'toolbar.files': 'Export, import and print',
  'toolbar.status.loading': 'Reading the documents saved in this browser…',
  'toolbar.status.saving': 'Saving…',
  'toolbar.status.saved': 'Saved in this browser ({store}) at {time}',
  'toolbar.status.invalid':
    'Some entries need correcting ({n}). Until they are, these changes are not saved and the last saved version stays as it was; the fields are marked.',
  'toolbar.status.error': 'Saving failed: {problem} Export the JSON now so nothing is lost.',
  'toolbar.problem.quota': "The browser's storage is full.",
  'toolbar.problem.closed': 'The browser closed the database (it may have been deleted, or the disk is unavailable).',
  'toolbar.problem.missing-store': "This browser's database lacks the store these records are kept in.",
  'toolbar.problem.denied': 'The browser or its policy does not let this site store data.',
  'toolbar.problem.version': 'Another tab has a newer version of the database open; close the other tabs and reload.',
  'toolbar.problem.blocked':
    'Another tab keeps the database open, so it could not be repaired; close the other tabs of this site and reload.',
  'toolbar.problem.unavailable': 'This browser offers no IndexedDB (in a private window, for example).',
  'toolbar.problem.data': 'The content could not be stored in the browser database.',
  'toolbar.problem.gone': 'This record was deleted in another tab.',
  'toolbar.problem.unreadable': 'The saved record can no longer be read; it was left as it is.',
  'toolbar.problem.unknown': 'The browser reported an unknown storage error.',
  'toolbar.errorDetail': 'The browser said: {detail}',
  'toolbar.storage.repaired':
    "This browser's database lacked the store documents are kept in; it has been created again. The database held no other records, so nothing was lost; documents are saved here as usual.",
  'toolbar.storage.repairedForeign':
    "This browser's database lacked the store documents are kept in; it has been created again. The database also holds {n} records in a place this site does not use, which cannot be read as documents; they were left as they are. You can download them as raw JSON to check or repair them and import them again.",
  'toolbar.storage.foreignDownload': 'Download these records as raw JSON',
  'toolbar.storage.fallback.localstorage':
    "This browser's database cannot be used: {problem} Documents are kept in local storage instead and survive a reload; once the database works again they are moved back into it.",
  'toolbar.storage.fallback.memory':
    "This browser's database cannot be used: {problem} Local storage cannot be used either, so the content lasts only while this page is open. Export the JSON to keep it.",
  'toolbar.storage.adopted':
    "{n} records kept in local storage while the database could not be used have been moved back into this browser's database.",
  'toolbar.storage.adoptedCopies':
    '{copies} of them differ from a record of the same name in the database; they were saved as records of their own, so both are kept.',
  'toolbar.changedElsewhere':
    'Another tab changed the following after this page did; the later change is kept and shown here: {fields}.',
  'toolbar.fieldInRow': '{row}: {field}',
  'toolbar.field.other': 'other content',
  'toolbar.unreadableDownload': 'Download the raw JSON',
  'toolbar.fieldSeparator': ', ',
  'toolbar.status.memory':
    'This browser does not allow saving: your entries last only while this page is open. Export the JSON to keep them.',
  'toolbar.store.indexeddb': 'IndexedDB',
  'toolbar.store.localstorage': 'local storage',
  'toolbar.store.memory': 'memory',
  'toolbar.imported': 'Imported "{file}" as the new document "{title}".',
  'toolbar.importFailed': 'Could not import "{file}"; your documents are unchanged:',
  'toolbar.exportBlocked': 'Some entries need correcting ({n}) before the document can be exported.',
  'toolbar.dismiss': 'Dismiss',
  'toolbar.unreadable': '{n} saved documents could not be read; they are kept in the browser untouched:',
};

export default { 'zh-CN': zh, en };
