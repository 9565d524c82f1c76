import { definePlanKind, ourSuggestion, t } from '../plan-sections.ts';

export default definePlanKind({
  id: 'investigation-report',
  name: t('调研评估报告', 'Investigation report'),
  purpose: t(
    '调研评估的结论：现状、访谈所得、需求和后续建议，经内部和需方评审。',
    'What the investigation found: current state, interview findings, needs and recommendations, reviewed internally and by the customer.',
  ),
  clause: '6.5',
  elements: ['DC-EVAL-02', 'DC-EVAL-03', 'DC-EVAL-04'],
  sections: [
    {
      id: 'summary',
      title: t('摘要', 'Summary'),
      hint: t('主要结论和建议，供管理层快速阅读。', 'The main conclusions and recommendations, for a quick read.'),
      ...ourSuggestion,
    },
    {
      id: 'currentState',
      title: t('现状评估', 'Current-state assessment'),
      hint: t('被调研对象的现状及评估结论。', 'The present state of what was investigated, and the assessment of it.'),
      element: 'DC-EVAL-02',
    },
    {
      id: 'interviews',
      title: t('访谈调研', 'Interviews'),
      hint: t('访谈对象、日期和主要发现。', 'Who was interviewed, when, and what was learned.'),
      element: 'DC-EVAL-02',
    },
    {
      id: 'needs',
      title: t('需求分析', 'Needs analysis'),
      hint: t(
        '由现状和访谈归纳出的需求及其依据。',
        'The needs drawn from the current state and the interviews, and why.',
      ),
      element: 'DC-EVAL-02',
    },
    {
      id: 'recommendations',
      title: t('后续建议', 'Recommendations'),
      hint: t('每条建议的优先级、责任人和时限。', 'Each recommendation with its priority, owner and due date.'),
      element: 'DC-EVAL-02',
    },
    {
      id: 'tracking',
      title: t('建议落地跟踪', 'Tracking the recommendations'),
      hint: t(
        '如何跟踪建议的执行情况，何时向需方反馈。',
        'How the carrying-out of the recommendations is followed, and when the customer hears about it.',
      ),
      element: 'DC-EVAL-04',
    },
    {
      id: 'reviews',
      title: t('报告评审记录', 'Review record'),
      hint: t(
        '组织内部评审和需方评审各一行：评审人、日期和结论。',
        'One row each for the internal review and the customer review: reviewer, date and outcome.',
      ),
      element: 'DC-EVAL-03',
    },
  ],
});
