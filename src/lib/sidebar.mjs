// Sidebar of both locales. Links are locale-neutral slugs; Starlight prefixes /en/ for English.
/** @param {string} zh @param {string} en */
const t = (zh, en) => ({ label: zh, translations: { en } });
/** @param {string} n @param {string} zh @param {string} en */
const clause = (n, zh, en) => ({ ...t(`${n} ${zh}`, `${n} ${en}`), slug: n.replace('.', '-') });

export const sidebar = [
  {
    ...t('开始', 'Start'),
    items: [
      { slug: 'index' },
      { slug: 'about' },
      { slug: 'performance' },
      { slug: 'framework' },
      { slug: 'glossary' },
      { slug: 'elements' },
    ],
  },
  {
    ...t('评估', 'Assessment'),
    items: [
      { ...t('评估问卷', 'Questionnaire'), slug: 'assess' },
      { ...t('评估报告', 'Report'), slug: 'report' },
      { ...t('比较候选供方', 'Compare candidates'), slug: 'compare' },
      { ...t('自评核查与答复', 'Review of a self-assessment'), slug: 'review' },
      { ...t('历史与趋势', 'History and trend'), slug: 'history' },
      { ...t('评分方法', 'How scoring works'), slug: 'scoring' },
    ],
  },
  {
    ...t('模板', 'Templates'),
    items: [
      { ...t('模板一览', 'All templates'), slug: 'templates' },
      { ...t('优先级与升级', 'Priority and escalation'), slug: 'priority' },
      { ...t('现场交付检查单', 'On-site checklist'), slug: 'checklist-onsite' },
      { ...t('远程交付检查单', 'Remote checklist'), slug: 'checklist-remote' },
      { ...t('服务级别协议', 'SLA builder'), slug: 'sla' },
      { ...t('服务目录', 'Service catalogue'), slug: 'service-catalogue' },
      { ...t('计划与报告', 'Plans and reports'), slug: 'plans' },
    ],
  },
  {
    ...t('培训', 'Training'),
    items: [
      { ...t('培训概览', 'Overview'), slug: 'training' },
      { ...t('测验', 'Quiz'), slug: 'training/quiz' },
      {
        ...t('案例', 'Cases'),
        items: [
          { ...t('案例一：银行数据中心', 'Case 1: bank data center'), slug: 'training/cases/bank-dc' },
          { ...t('案例二：城市政务云', 'Case 2: city government cloud'), slug: 'training/cases/city-cloud' },
        ],
      },
      { ...t('评估员校准', 'Assessor calibration'), slug: 'training/calibration' },
      { ...t('条款讲义', 'Clause handouts'), slug: 'training/handouts' },
      { ...t('空白纸质问卷', 'Blank paper questionnaire'), slug: 'training/questionnaire' },
    ],
  },
  {
    ...t('第5章 交付管理', 'Ch. 5 Delivery management'),
    items: [
      { ...t('概览', 'Overview'), slug: 'chapter-5' },
      clause('5.2', '交付策划', 'Delivery planning'),
      clause('5.3', '交付实施', 'Delivery implementation'),
      clause('5.4', '交付检查', 'Delivery check'),
      clause('5.5', '交付改进', 'Delivery improvement'),
    ],
  },
  {
    ...t('第6章 交付内容', 'Ch. 6 Delivery content'),
    items: [
      { ...t('概览', 'Overview'), slug: 'chapter-6' },
      clause('6.2', '例行操作', 'Routine operation'),
      clause('6.3', '响应支持', 'Responsive support'),
      clause('6.4', '优化改善', 'Optimization and improvement'),
      clause('6.5', '调研评估', 'Investigation and assessment'),
    ],
  },
  {
    ...t('第7章 交付方式', 'Ch. 7 Delivery mode'),
    items: [
      { ...t('概览', 'Overview'), slug: 'chapter-7' },
      clause('7.2', '现场交付', 'On-site delivery'),
      clause('7.3', '远程交付', 'Remote delivery'),
    ],
  },
  {
    ...t('第8章 交付成果', 'Ch. 8 Delivery results'),
    items: [
      { ...t('概览', 'Overview'), slug: 'chapter-8' },
      clause('8.2', '交付成果管理', 'Management of results'),
      clause('8.3', '例行操作成果', 'Routine operation results'),
      clause('8.4', '响应支持成果', 'Responsive support results'),
      clause('8.5', '优化改善成果', 'Optimization results'),
      clause('8.6', '调研评估成果', 'Investigation results'),
    ],
  },
  {
    ...t('附录', 'Appendices'),
    items: [
      { ...t('附录A 服务目录', 'A. Service catalogue'), slug: 'appendix-a' },
      { ...t('附录B 服务级别协议框架', 'B. SLA framework'), slug: 'appendix-b' },
      { ...t('附录C 申报优先级与升级', 'C. Priority and escalation'), slug: 'appendix-c' },
    ],
  },
  {
    ...t('相关实践（非标准内容）', 'Related practice (not the standard)'),
    collapsed: true,
    items: [
      { ...t('概览', 'Overview'), slug: 'practices' },
      { ...t('运维交接就绪', 'Handover readiness'), slug: 'practices/handover' },
      { ...t('软件运维服务管理', 'Software O&M management'), slug: 'practices/software' },
      { ...t('运维服务质量管理', 'Service quality'), slug: 'practices/quality' },
      { ...t('运维交付工作制度', 'Work rules'), slug: 'practices/work-rules' },
    ],
  },
];
