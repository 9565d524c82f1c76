/**
 * Strings every template shares (`common.*`: separators, durations, weekdays, the privacy line), the link from an
 * element to its templates (`element.*`) and the template list (`hub.*`). zh-CN is the reference; en has the same keys
 * (the type enforces it, `templates-i18n` tests the rest).
 */
const zh = {
  'common.colon': '：',
  'common.listSeparator': '、',
  'common.minutes': '{n} 分钟',
  'common.hours': '{n} 小时',
  'common.hoursMinutes': '{h} 小时 {m} 分钟',
  'common.days.1': '周一',
  'common.days.2': '周二',
  'common.days.3': '周三',
  'common.days.4': '周四',
  'common.days.5': '周五',
  'common.days.6': '周六',
  'common.days.7': '周日',
  'common.privacy': '所有内容只保存在你的浏览器中，不会发送到任何服务器。',

  'element.templates': '相关模板',

  'hub.open': '打开模板',
  'hub.evidenceFor': '可作为以下要素的证据',
  'hub.features': '每个模板都可以填写、在浏览器中保存多份、打印为 A4 页面，并导出为 Markdown 或可重新导入的 JSON。',
} as const;

const en: Record<keyof typeof zh, string> = {
  'common.colon': ': ',
  'common.listSeparator': ', ',
  'common.minutes': '{n} min',
  'common.hours': '{n} h',
  'common.hoursMinutes': '{h} h {m} min',
  'common.days.1': 'Mon',
  'common.days.2': 'Tue',
  'common.days.3': 'Wed',
  'common.days.4': 'Thu',
  'common.days.5': 'Fri',
  'common.days.6': 'Sat',
  'common.days.7': 'Sun',
  'common.privacy': 'Everything stays in your browser; nothing is sent to any server.',

  'element.templates': 'Templates',

  'hub.open': 'Open the template',
  'hub.evidenceFor': 'Evidence for',
  'hub.features':
    'Every template can be filled in, saved in this browser (several documents each), printed on A4 and exported as Markdown or as JSON that can be imported again.',
};

export default { 'zh-CN': zh, en };
