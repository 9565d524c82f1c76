import { definePlanKind, PLANS_52_NOTE, t } from '../plan-sections.ts';

export default definePlanKind({
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
      element: 'DM-PLAN-03',
    },
    {
      id: 'activities',
      title: t('交付活动与责任人', 'Activities and owners'),
      hint: t(
        '每项服务承诺对应的具体活动、由谁负责、何时进行。',
        'The activities behind each service commitment, who owns them and when they happen.',
      ),
      element: 'DM-PLAN-03',
    },
    {
      id: 'schedule',
      title: t('时间安排与里程碑', 'Schedule and milestones'),
      hint: t(
        '启动、交接、首次报告、阶段评审等关键时间点。',
        'Key dates such as start, handover, first report and stage reviews.',
      ),
      element: 'DM-PLAN-03',
    },
    {
      id: 'people',
      title: t('人员与职责分工', 'People and duties'),
      hint: t(
        '管理人员和专业人员的角色、姓名和职责，须具备相应能力。',
        'Managers and specialists by role, name and duties; each must have the skills the role needs.',
      ),
      element: 'DM-PLAN-06',
    },
    {
      id: 'resources',
      title: t('资源准备', 'Resources'),
      hint: t(
        '需要就绪的备件、工具、服务台和知识库，每行一项。',
        'Spare parts, tools, service desk and knowledge base to have ready, one per line.',
      ),
      element: 'DM-PLAN-07',
    },
    {
      id: 'risks',
      title: t('风险与规避措施', 'Risks and how to avoid them'),
      hint: t(
        '交付过程中可能出现的风险、可能性与影响，以及规避或应对措施。',
        'Risks delivery may meet, their likelihood and impact, and how each is avoided or handled.',
      ),
      element: 'DM-PLAN-10',
    },
    {
      id: 'security',
      title: t('安全要求与保障措施', 'Security requirements and safeguards'),
      hint: t(
        '人员、操作、数据和工具须满足的安全要求，以及保密协议等保障措施。',
        'Security rules for people, operations, data and tools, and safeguards such as a confidentiality agreement.',
      ),
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
});
