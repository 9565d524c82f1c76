import { definePlanKind, t } from '../plan-sections.ts';

export default definePlanKind({
  id: 'optimization-plan',
  name: t('优化改善方案', 'Optimization plan'),
  purpose: t(
    '一次优化改善的方案：做什么、怎么做、谁来做、花多少、何时完成、如何衡量，出问题时怎么办。',
    'The plan for one optimization: what, how, who, at what cost, by when, how it is measured, and what happens if it goes wrong.',
  ),
  clause: '6.4',
  elements: ['DC-OPT-01', 'DC-OPT-02', 'DC-OPT-03'],
  note: t(
    '6.4 建议（“宜”）方案包含以下前九个部分，这是推荐而非强制的清单；其后三部分对应方案评审、观察期和安全要求。',
    'Clause 6.4 recommends (“should preferably”) the first nine parts below; they are advice, not a mandatory list. The last three cover the plan’s review, the observation period and security.',
  ),
  sections: [
    {
      id: 'goals',
      title: t('目标', 'Goals'),
      hint: t(
        '优化要解决的问题和要达到的效果。',
        'The problem the optimization solves and the result it should achieve.',
      ),
      element: 'DC-OPT-01',
    },
    {
      id: 'content',
      title: t('内容', 'Content'),
      hint: t(
        '优化的对象和具体内容，如调优的参数、升级的功能。',
        'What is optimized and how, such as the settings tuned or the functions upgraded.',
      ),
      element: 'DC-OPT-01',
    },
    {
      id: 'steps',
      title: t('步骤', 'Steps'),
      hint: t('按执行顺序，每行一步。', 'In order of execution, one step per line.'),
      element: 'DC-OPT-01',
    },
    {
      id: 'people',
      title: t('人员', 'People'),
      hint: t('参与人员的角色、姓名和职责。', 'Who takes part: role, name and duties.'),
      element: 'DC-OPT-01',
    },
    {
      id: 'budget',
      title: t('预算', 'Budget'),
      hint: t('人力、软硬件、外部服务等费用。', 'Costs of staff time, hardware, software and outside services.'),
      element: 'DC-OPT-01',
    },
    {
      id: 'schedule',
      title: t('进度', 'Schedule'),
      hint: t(
        '各阶段的完成日期，包括变更窗口和观察期。',
        'When each stage finishes, including the change window and the observation period.',
      ),
      element: 'DC-OPT-01',
    },
    {
      id: 'indicators',
      title: t('考核指标', 'Indicators'),
      hint: t('衡量优化效果的指标、目标值和测量方法。', 'How the result is measured: indicator, target and method.'),
      element: 'DC-OPT-01',
    },
    {
      id: 'risks',
      title: t('风险预案', 'Risk plan'),
      hint: t(
        '实施中可能出现的风险、可能性与影响，以及预先准备的应对措施。',
        'What could go wrong while carrying it out, how likely and how serious, and the prepared response.',
      ),
      element: 'DC-OPT-01',
    },
    {
      id: 'rollback',
      title: t('回退方案', 'Rollback plan'),
      hint: t(
        '在什么情况下回退、由谁决定、如何恢复到优化前的状态。',
        'When to roll back, who decides, and how the state before the optimization is restored.',
      ),
      element: 'DC-OPT-01',
    },
    {
      id: 'review',
      title: t('方案评审', 'Review of the plan'),
      hint: t(
        '内部评审和外部评审（如需方或外部专家）的安排与结论。',
        'The internal and external reviews (e.g. by the customer or outside experts) and their outcome.',
      ),
      element: 'DC-OPT-02',
    },
    {
      id: 'observation',
      title: t('观察期与效果验证', 'Observation period'),
      hint: t(
        '实施后观察多长时间、观察哪些运行情况、如何验证效果。',
        'How long operation is watched after the change, what is watched and how the effect is verified.',
      ),
      element: 'DC-OPT-03',
    },
    {
      id: 'security',
      title: t('安全要求', 'Security'),
      hint: t(
        '参与优化的人员、操作、数据和工具须满足的安全要求。',
        'The security rules the people, operations, data and tools of the optimization must meet.',
      ),
      element: 'DC-OPT-06',
    },
  ],
});
