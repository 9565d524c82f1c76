import { definePlanKind, ourSuggestion, t } from '../plan-sections.ts';

export default definePlanKind({
  id: 'service-report',
  name: t('服务报告', 'Service report'),
  purpose: t(
    '按管理要求和服务承诺定期提交给需方的报告，说明交付了什么、达到了怎样的服务级别。',
    'The report submitted to the customer as management rules and service commitments require: what was delivered and which service levels were met.',
  ),
  clause: '5.3',
  elements: ['DM-IMPL-05', 'DM-IMPL-04', 'DR-MGMT-01'],
  note: t(
    '标准要求提交服务报告，但没有规定其结构。以下章节由本门户整理，依据 5.3 的记录要求和第8章的交付成果。',
    'The standard asks for service reports but does not set their structure. The sections below are ours, drawn from the records 5.3 asks for and the delivery results of chapter 8.',
  ),
  sections: [
    {
      id: 'period',
      title: t('报告期', 'Reporting period'),
      hint: t('报告覆盖的起止日期和服务范围。', 'The dates and services the report covers.'),
      ...ourSuggestion,
    },
    {
      id: 'summary',
      title: t('服务概况', 'Overview'),
      hint: t(
        '本期服务的总体情况和需要需方关注的事项。',
        'How the service went this period, and what the customer should note.',
      ),
      element: 'DM-IMPL-05',
    },
    {
      id: 'slaResults',
      title: t('服务级别达成情况', 'Service levels achieved'),
      hint: t(
        '服务级别协议中各项指标的目标值和实际值，如响应时间、现场支持时间。',
        'Target and actual value of each SLA measure, such as response time and on-site support time.',
      ),
      element: 'DM-IMPL-04',
    },
    {
      id: 'work',
      title: t('服务工作量', 'Work done'),
      hint: t(
        '按例行操作、响应支持、优化改善、调研评估分别列出本期工作。',
        'This period’s work, by routine operation, responsive support, optimization and investigation.',
      ),
      element: 'DM-IMPL-02',
    },
    {
      id: 'results',
      title: t('交付成果', 'Delivery results'),
      hint: t(
        '每行一项：无形成果（如状态恢复、性能提升）和有形成果（如过程记录、现场备件）。',
        'One per line: intangible results (such as restored service or better performance) and tangible ones (such as process records or on-site spares).',
      ),
      clause: '8.2',
      element: 'DR-MGMT-01',
    },
    {
      id: 'risks',
      title: t('风险与处置', 'Risks and how they were handled'),
      hint: t(
        '本期出现的风险和安全问题、影响及处置措施。',
        'Risks and security issues that arose, their impact and what was done.',
      ),
      element: 'DM-IMPL-08',
    },
    {
      id: 'outstanding',
      title: t('遗留问题', 'Outstanding issues'),
      hint: t('尚未解决的问题、责任人和状态。', 'Open issues, their owners and status.'),
      clause: '5.2',
      element: 'DM-PLAN-12',
    },
    {
      id: 'satisfaction',
      title: t('需方反馈与满意度', 'Customer feedback and satisfaction'),
      hint: t(
        '本期收到的投诉、表扬和满意度结果。',
        'Complaints, praise and satisfaction results received this period.',
      ),
      clause: '5.4',
      element: 'DM-CHECK-02',
      required: false,
    },
    {
      id: 'improvements',
      title: t('改进建议', 'Proposed improvements'),
      hint: t(
        '针对未达标项、投诉和风险提出的改进建议。',
        'Improvements proposed for missed service levels, complaints and risks.',
      ),
      clause: '5.5',
      element: 'DM-IMPR-01',
      required: false,
    },
    {
      id: 'nextPeriod',
      title: t('下期计划', 'Plans for the next period'),
      hint: t('下期的重点工作和计划变更。', 'Main work and changes planned for the next period.'),
      ...ourSuggestion,
    },
  ],
});
