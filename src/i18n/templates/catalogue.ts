/**
 * The service catalogue editor, its Markdown and printout (`catalogue.*`). zh-CN is the reference; en has the same
 * keys (the type enforces it, `templates-i18n` tests the rest).
 */
const zh = {
  'catalogue.name': '服务目录',
  'catalogue.description':
    '按附录A的类别浏览示例服务，对照四类交付内容和两种交付方式筛选；可以添加自己的服务，并把服务加入服务级别协议草案。',
  'catalogue.defaultTitle': '我的服务目录 {n}',
  'catalogue.filters': '筛选',
  'catalogue.filter.category': '服务类别',
  'catalogue.filter.content': '交付内容',
  'catalogue.filter.mode': '交付方式',
  'catalogue.filter.all': '全部',
  'catalogue.examples': '示例服务',
  'catalogue.examplesNote': '以下服务是本门户编写的示例，用来说明服务目录可以怎样写，并非标准内容。',
  'catalogue.count': '显示 {n} 项服务，共 {total} 项。',
  'catalogue.none': '没有符合条件的服务。',
  'catalogue.example': '门户示例',
  'catalogue.field.overview': '服务简介',
  'catalogue.field.objects': '服务对象',
  'catalogue.field.frequency': '服务频度',
  'catalogue.field.results': '交付成果',
  'catalogue.field.contents': '交付内容',
  'catalogue.field.modes': '交付方式',
  'catalogue.add': '加入服务级别协议草案',
  'catalogue.addOf': '将“{name}”加入服务级别协议草案',
  'catalogue.added': '已将“{name}”加入服务级别协议草案“{title}”。',
  'catalogue.addedNew': '已新建服务级别协议草案“{title}”，并加入“{name}”。',
  'catalogue.addFailed': '未能加入服务级别协议草案（{detail}）。',
  'catalogue.openSla': '打开服务级别协议生成器',
  'catalogue.own': '我的服务',
  'catalogue.ownIntro':
    '添加本组织提供的服务。它们随本文档保存在浏览器中，可以导出、打印，也可以加入服务级别协议草案。',
  'catalogue.md.basis': '服务目录，字段和类别参照 GB/T 28827.2 附录A（本门户整理的参考结构）。',
} as const;

const en: Record<keyof typeof zh, string> = {
  'catalogue.name': 'Service catalogue',
  'catalogue.description':
    'Browse example services by the categories of Appendix A, filter them by the four delivery contents and two delivery modes, add your own services, and add services to an SLA draft.',
  'catalogue.defaultTitle': 'My service catalogue {n}',
  'catalogue.filters': 'Filters',
  'catalogue.filter.category': 'Category',
  'catalogue.filter.content': 'Delivery content',
  'catalogue.filter.mode': 'Delivery mode',
  'catalogue.filter.all': 'All',
  'catalogue.examples': 'Example services',
  'catalogue.examplesNote':
    'These services are examples written by this portal to show what a catalogue might contain; they are not from the standard.',
  'catalogue.count': 'Showing {n} of {total} services.',
  'catalogue.none': 'No service matches these filters.',
  'catalogue.example': 'Portal example',
  'catalogue.field.overview': 'Overview',
  'catalogue.field.objects': 'Service objects',
  'catalogue.field.frequency': 'Frequency',
  'catalogue.field.results': 'Delivery results',
  'catalogue.field.contents': 'Delivery contents',
  'catalogue.field.modes': 'Delivery modes',
  'catalogue.add': 'Add to SLA draft',
  'catalogue.addOf': 'Add to SLA draft: {name}',
  'catalogue.added': 'Added “{name}” to the SLA draft “{title}”.',
  'catalogue.addedNew': 'Started the SLA draft “{title}” and added “{name}”.',
  'catalogue.addFailed': 'Could not add to the SLA draft ({detail}).',
  'catalogue.openSla': 'Open the SLA builder',
  'catalogue.own': 'My services',
  'catalogue.ownIntro':
    'Add the services your organization offers. They are saved in this browser with this document, and can be exported, printed and added to an SLA draft.',
  'catalogue.md.basis':
    'Service catalogue, with fields and categories after Appendix A of GB/T 28827.2 (a reference structure compiled by this portal).',
};

export default { 'zh-CN': zh, en };
