import { definePlanKind, t } from '../plan-sections.ts';

export default definePlanKind({
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
      element: 'DC-EVAL-01',
    },
    {
      id: 'content',
      title: t('内容', 'Content'),
      hint: t(
        '调研或评估的对象和范围，如系统现状、IT 连续性。',
        'What is investigated or assessed and how far, such as the systems’ current state or IT continuity.',
      ),
      element: 'DC-EVAL-01',
    },
    {
      id: 'steps',
      title: t('步骤', 'Steps'),
      hint: t('按执行顺序，每行一步。', 'In order of execution, one step per line.'),
      element: 'DC-EVAL-01',
    },
    {
      id: 'people',
      title: t('人员', 'People'),
      hint: t(
        '调研团队和需方配合人员的角色、姓名和职责。',
        'The team and the customer’s contacts: role, name and duties.',
      ),
      element: 'DC-EVAL-01',
    },
    {
      id: 'budget',
      title: t('预算', 'Budget'),
      hint: t('人力、工具、差旅等费用。', 'Costs of staff time, tools and travel.'),
      element: 'DC-EVAL-01',
    },
    {
      id: 'schedule',
      title: t('进度', 'Schedule'),
      hint: t('访谈、分析、报告和评审的日期。', 'Dates of interviews, analysis, report and review.'),
      element: 'DC-EVAL-01',
    },
    {
      id: 'deliverables',
      title: t('交付成果', 'Deliverables'),
      hint: t(
        '将交付的报告或建议、形式和时间。',
        'The reports or recommendations to be delivered, in what form and when.',
      ),
      element: 'DC-EVAL-01',
    },
    {
      id: 'communication',
      title: t('沟通计划', 'Communication plan'),
      hint: t('与谁沟通、通过什么方式、在什么时候。', 'Who is kept informed, through which channel and when.'),
      element: 'DC-EVAL-01',
    },
    {
      id: 'security',
      title: t('安全要求', 'Security'),
      hint: t(
        '调研人员、操作、数据和工具须满足的安全要求，如访谈资料的保密。',
        'The security rules for the people, operations, data and tools involved, such as keeping interview notes confidential.',
      ),
      element: 'DC-EVAL-05',
    },
  ],
});
