import { definePlanKind, ourSuggestion, t } from '../plan-sections.ts';

export default definePlanKind({
  id: 'routine-operation-manual',
  name: t('例行操作手册', 'Routine-operation manual'),
  purpose: t(
    '指导例行操作的手册，包含标准要求的六个部分，并由专人持续更新。',
    'The manual that guides routine operation, with the six parts the standard asks for, kept current by a named person.',
  ),
  clause: '6.2',
  elements: ['DC-ROUT-02', 'DC-ROUT-02a', 'DC-ROUT-02b', 'DC-ROUT-02c', 'DC-ROUT-02d', 'DC-ROUT-02e', 'DC-ROUT-02f'],
  sections: [
    {
      id: 'maintainer',
      title: t('手册负责人', 'Manual owner'),
      hint: t(
        '负责持续更新和完善本手册的人员，以及更新的时机。',
        'The person who keeps this manual up to date and improves it, and when it is updated.',
      ),
      element: 'DC-ROUT-02',
    },
    {
      id: 'tasks',
      title: t('任务清单', 'Task list'),
      hint: t(
        '供方须执行的全部例行任务、对象和频次。',
        'Every routine task the supplier performs, on what and how often.',
      ),
      element: 'DC-ROUT-02a',
    },
    {
      id: 'procedures',
      title: t('操作步骤及说明', 'Procedures'),
      hint: t(
        '每项任务的操作步骤和必要说明，合格人员可据此独立完成。',
        'The steps and explanations for each task, enough for a qualified person to do it unaided.',
      ),
      element: 'DC-ROUT-02b',
    },
    {
      id: 'criteria',
      title: t('运行状态判定标准', 'Normal-state criteria'),
      hint: t(
        '每个检查项正常与否的判定标准，如阈值、取值范围或预期输出。',
        'For each check, how to tell a normal state: thresholds, value ranges or expected output.',
      ),
      element: 'DC-ROUT-02c',
    },
    {
      id: 'recording',
      title: t('状态信息记录要求', 'Recording requirements'),
      hint: t(
        '记录哪些运行状态信息、采用何种格式、记在何处、保存多久。',
        'What operating-state information is recorded, in what format, where and for how long.',
      ),
      element: 'DC-ROUT-02d',
    },
    {
      id: 'exceptions',
      title: t('异常状况处置流程', 'Exception-handling flow'),
      hint: t(
        '发现异常后由哪些角色处置、怎样处置、如何流转、满足什么条件才算结束。',
        'When something is abnormal: which roles act, how, how the case passes between people, and when it is closed.',
      ),
      element: 'DC-ROUT-02e',
    },
    {
      id: 'reports',
      title: t('报告模板', 'Report templates'),
      hint: t(
        '例行操作所用的报告，如巡检报告、定期运行报告，及其频次、接收方和主要内容。',
        'The reports routine operation uses, such as inspection and periodic operating reports, with frequency, recipient and contents.',
      ),
      element: 'DC-ROUT-02f',
    },
    {
      id: 'revisions',
      title: t('修订记录', 'Revision history'),
      hint: t('每次更新的版本、日期和修订内容。', 'Version, date and change of each update.'),
      ...ourSuggestion,
    },
  ],
});
