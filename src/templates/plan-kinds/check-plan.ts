import { definePlanKind, ourSuggestion, PLANS_52_NOTE, t } from '../plan-sections.ts';

export default definePlanKind({
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
});
