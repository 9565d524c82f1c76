import { definePlanKind, PLANS_52_NOTE, t } from '../plan-sections.ts';

export default definePlanKind({
  id: 'improvement-plan',
  name: t('交付改进计划', 'Delivery improvement plan'),
  purpose: t(
    '规定改进目标、改进来源、评审跟踪方式和回顾时间，据此持续改进交付。',
    'Sets improvement goals, where improvements come from, how they are reviewed and tracked, and when the plan is reviewed.',
  ),
  clause: '5.2',
  elements: ['DM-PLAN-03', 'DM-IMPR-04'],
  note: PLANS_52_NOTE,
  sections: [
    {
      id: 'goals',
      title: t('改进目标', 'Improvement goals'),
      hint: t(
        '本期要达到的改进目标，尽量可衡量。',
        'What the improvements should achieve this period, measurable where possible.',
      ),
      element: 'DM-PLAN-03',
    },
    {
      id: 'sources',
      title: t('改进来源', 'Where improvements come from'),
      hint: t(
        '每行一项：未达标的交付、投诉和满意度低分项、需规避的安全问题和风险等。',
        'One per line: deliveries that missed the SLA, complaints and low satisfaction scores, security issues and risks to avoid.',
      ),
      clause: '5.5',
      element: 'DM-IMPR-01',
    },
    {
      id: 'actions',
      title: t('改进措施', 'Improvement actions'),
      hint: t(
        '每个问题的改进措施、责任人和完成时限；投诉类问题先与需方确认不满意的内容。',
        'For each issue: the measure, owner and due date; for complaints, first confirm with the customer what it is unhappy about.',
      ),
      clause: '5.5',
      element: 'DM-IMPR-02',
    },
    {
      id: 'approach',
      title: t('评审与跟踪方式', 'How improvements are reviewed and tracked'),
      hint: t(
        '改进建议由谁评审、如何立项、如何跟踪效果并反馈。',
        'Who reviews improvement proposals, how they are adopted, and how their effect is tracked and reported back.',
      ),
      element: 'DM-PLAN-03',
    },
    {
      id: 'schedule',
      title: t('回顾节点', 'Review points'),
      hint: t('定期回顾本计划的时间点和负责人。', 'When the plan is reviewed, and who leads each review.'),
      element: 'DM-PLAN-03',
    },
    {
      id: 'customerRole',
      title: t('需方参与', 'The customer’s part'),
      hint: t(
        '需方如何参与改进：确认改进措施、反馈实施成效。',
        'How the customer takes part: confirming the measures and reporting on their effect.',
      ),
      clause: '5.5',
      element: 'DM-IMPR-C01',
    },
    {
      id: 'slaRevision',
      title: t('协议修订', 'Revising the SLA'),
      hint: t(
        '必要时双方协商修订服务级别协议的条件和方式（标准中的注，供参考）。',
        'When and how both sides agree to revise the SLA if needed (an informative note of the standard).',
      ),
      clause: '5.5',
      element: 'DM-IMPR-N01',
      required: false,
    },
  ],
});
