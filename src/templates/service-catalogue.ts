/**
 * Service catalogue (Appendix A): example services per category, written by this portal (not the standard) with
 * the descriptive fields of Appendix A, and the user's own catalogue as a template document. Any service can be
 * turned into an SLA service and appended to the SLA draft open in the browser. Pure: no DOM.
 */
import * as z from 'zod/mini';
import type { Locale, LocalizedText } from '../catalog/schema.ts';
import type { KeysWithPrefix } from '../i18n/templates.ts';
import type { TemplateDefinition } from './document.ts';
import { documentHeader } from './document-schema.ts';
import { formatMessage } from '../i18n/format.ts';
import { outlineToMarkdown, type Block } from '../engine/outline.ts';
import { SlaServiceSchema } from './sla-schema.ts';
import {
  serviceTable,
  type CategoryNames,
  type DeliveryContent,
  type DeliveryMode,
  type ServiceCategory,
  type SlaService,
} from './sla.ts';
import { formatLocalTime, localTimeZone } from '../engine/time.ts';
import { defineTemplate } from './zod-issues.ts';

/** An example service with the descriptive fields of Appendix A. */
export interface ExampleService {
  id: string;
  category: ServiceCategory;
  name: LocalizedText;
  overview: LocalizedText;
  objects: LocalizedText;
  frequency: LocalizedText;
  results: LocalizedText;
  contents: readonly DeliveryContent[];
  modes: readonly DeliveryMode[];
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** Examples written by this portal to show how a catalogue might look; they are not from the standard. */
export const EXAMPLE_SERVICES: readonly ExampleService[] = [
  {
    id: 'infra-room',
    category: 'infrastructure',
    name: t('机房环境巡检与维护', 'Machine-room inspection and maintenance'),
    overview: t(
      '检查供配电、空调、消防和监控，及时发现并处理隐患。',
      'Check power, cooling, fire protection and monitoring, and deal with risks early.',
    ),
    objects: t(
      '机房 UPS、精密空调、配电柜、消防和门禁系统',
      'UPS, precision air conditioning, switchgear, fire and access control in the machine room',
    ),
    frequency: t('每日巡检，每季度预防性维护', 'Daily inspection, quarterly preventive maintenance'),
    results: t('巡检记录、季度维护报告', 'Inspection records, quarterly maintenance report'),
    contents: ['routine', 'responsive'],
    modes: ['onsite'],
  },
  {
    id: 'infra-assess',
    category: 'infrastructure',
    name: t('机房容量与能耗评估', 'Machine-room capacity and energy assessment'),
    overview: t(
      '评估空间、电力和制冷容量及能耗，给出改进建议。',
      'Assess space, power and cooling capacity and energy use, and recommend improvements.',
    ),
    objects: t('机房基础设施', 'Machine-room infrastructure'),
    frequency: t('每年一次', 'Once a year'),
    results: t('评估报告和改进建议', 'Assessment report and recommendations'),
    contents: ['assessment', 'optimization'],
    modes: ['onsite', 'remote'],
  },
  {
    id: 'hw-server',
    category: 'hardware',
    name: t('服务器与存储硬件维护', 'Server and storage hardware maintenance'),
    overview: t(
      '巡检服务器和存储设备，故障时诊断并更换备件。',
      'Inspect servers and storage, diagnose faults and replace parts.',
    ),
    objects: t('x86 服务器、磁盘阵列、备份设备', 'x86 servers, disk arrays, backup devices'),
    frequency: t('每月巡检，故障按需', 'Monthly inspection, faults on demand'),
    results: t('巡检记录、故障处理记录、备件更换记录', 'Inspection records, fault records, parts replacement records'),
    contents: ['routine', 'responsive'],
    modes: ['onsite', 'remote'],
  },
  {
    id: 'hw-network',
    category: 'hardware',
    name: t('网络设备运维', 'Network device O&M'),
    overview: t(
      '监控交换机、路由器和防火墙的运行状态，处理故障并备份配置。',
      'Monitor switches, routers and firewalls, handle faults and back up configurations.',
    ),
    objects: t('核心和接入交换机、路由器、无线控制器', 'Core and access switches, routers, wireless controllers'),
    frequency: t('7×24 监控，每周配置备份', '24×7 monitoring, weekly configuration backup'),
    results: t('监控报表、配置备份、月度网络报告', 'Monitoring reports, configuration backups, monthly network report'),
    contents: ['routine', 'responsive'],
    modes: ['remote', 'onsite'],
  },
  {
    id: 'sw-db',
    category: 'software',
    name: t('数据库运维', 'Database O&M'),
    overview: t(
      '保障数据库稳定运行：巡检、备份恢复演练、性能调优和故障处理。',
      'Keep databases running: health checks, backup and restore drills, tuning and fault handling.',
    ),
    objects: t('生产环境的关系型数据库实例', 'Relational database instances in production'),
    frequency: t('每日检查，每季度恢复演练', 'Daily checks, quarterly restore drill'),
    results: t('巡检记录、备份报告、性能优化方案', 'Check records, backup report, tuning plan'),
    contents: ['routine', 'responsive', 'optimization'],
    modes: ['remote'],
  },
  {
    id: 'sw-app',
    category: 'software',
    name: t('应用系统运维', 'Application O&M'),
    overview: t(
      '监控业务应用，处理故障和服务请求，配合版本发布。',
      'Monitor business applications, handle incidents and requests, support releases.',
    ),
    objects: t('核心业务系统及其中间件', 'Core business systems and their middleware'),
    frequency: t('服务时间内持续', 'Continuous during service hours'),
    results: t('事件记录、发布记录、月度服务报告', 'Incident records, release records, monthly service report'),
    contents: ['routine', 'responsive'],
    modes: ['remote', 'onsite'],
  },
  {
    id: 'sec-vuln',
    category: 'security',
    name: t('安全漏洞扫描与加固', 'Vulnerability scanning and hardening'),
    overview: t(
      '定期扫描漏洞，评估风险并实施加固。',
      'Scan for vulnerabilities regularly, assess the risk and harden systems.',
    ),
    objects: t('对外服务的主机、网络设备和应用', 'Internet-facing hosts, network devices and applications'),
    frequency: t('每季度扫描，高危漏洞按需', 'Quarterly scans, critical findings on demand'),
    results: t('扫描报告、加固记录', 'Scan reports, hardening records'),
    contents: ['assessment', 'optimization'],
    modes: ['remote'],
  },
  {
    id: 'sec-monitor',
    category: 'security',
    name: t('安全事件监测与响应', 'Security monitoring and incident response'),
    overview: t(
      '分析安全日志和告警，发现并处置安全事件。',
      'Analyze security logs and alerts, detect and handle security incidents.',
    ),
    objects: t('防火墙、入侵检测和主机安全日志', 'Firewall, intrusion detection and host security logs'),
    frequency: t('7×24', '24×7'),
    results: t('安全事件报告、月度安全报告', 'Security incident reports, monthly security report'),
    contents: ['routine', 'responsive'],
    modes: ['remote', 'onsite'],
  },
  {
    id: 'mgmt-desk',
    category: 'management',
    name: t('服务台', 'Service desk'),
    overview: t(
      '统一受理服务请求和故障申报，跟踪到关闭并回访。',
      'One point for requests and fault reports, tracked to closure with follow-up.',
    ),
    objects: t('需方全部用户', 'All of the customer’s users'),
    frequency: t('服务时间内持续', 'Continuous during service hours'),
    results: t('工单记录、月度统计和满意度报告', 'Ticket records, monthly statistics and satisfaction report'),
    contents: ['responsive'],
    modes: ['remote'],
  },
  {
    id: 'mgmt-report',
    category: 'management',
    name: t('服务报告与服务评审', 'Service reporting and review'),
    overview: t(
      '按协议统计服务级别达成情况，定期与需方评审并提出改进。',
      'Measure service levels against the SLA, review them with the customer and propose improvements.',
    ),
    objects: t('协议范围内的全部服务', 'All services within the SLA'),
    frequency: t('每月报告，每季度评审', 'Monthly report, quarterly review'),
    results: t('服务报告、评审纪要、改进计划', 'Service report, review minutes, improvement plan'),
    contents: ['assessment', 'optimization'],
    modes: ['onsite', 'remote'],
  },
  {
    id: 'other-move',
    category: 'other',
    name: t('设备搬迁与上下架', 'Equipment moves and racking'),
    overview: t('按计划完成设备搬迁、上下架和布线。', 'Move, rack and cable equipment to plan.'),
    objects: t('需搬迁或新增的设备', 'Equipment to be moved or added'),
    frequency: t('按需', 'On demand'),
    results: t('搬迁方案、实施记录', 'Move plan, work records'),
    contents: ['responsive'],
    modes: ['onsite'],
  },
];

/** An example as a service of an SLA, in one language. */
export function exampleToService(example: ExampleService, locale: Locale): SlaService {
  return {
    category: example.category,
    name: example.name[locale],
    objects: example.objects[locale],
    contents: [...example.contents],
    modes: [...example.modes],
    description: [example.overview[locale], example.frequency[locale], example.results[locale]].join(' / '),
  };
}

export interface CatalogueFilter {
  category: ServiceCategory | '';
  content: DeliveryContent | '';
  mode: DeliveryMode | '';
}

/** The services that match every set filter. */
export function filterServices<
  S extends { category: ServiceCategory; contents: readonly DeliveryContent[]; modes: readonly DeliveryMode[] },
>(services: readonly S[], filter: CatalogueFilter): S[] {
  return services.filter(
    (s) =>
      (!filter.category || s.category === filter.category) &&
      (!filter.content || s.contents.includes(filter.content)) &&
      (!filter.mode || s.modes.includes(filter.mode)),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Document: the user's own services

const CATALOGUE_VERSION = 1;

export const catalogueSchema = z.strictObject({
  ...documentHeader('service-catalogue', CATALOGUE_VERSION),
  services: z._default(z.array(SlaServiceSchema).check(z.maxLength(200)), []),
});
export type CatalogueDocument = z.infer<typeof catalogueSchema>;

export const catalogueTemplate: TemplateDefinition<CatalogueDocument> = defineTemplate({
  id: 'service-catalogue',
  version: CATALOGUE_VERSION,
  schema: catalogueSchema,
});

export const newCatalogueDocument = (title: string, now: string): CatalogueDocument => ({
  schemaVersion: CATALOGUE_VERSION,
  template: 'service-catalogue',
  title,
  created: now,
  updated: now,
  services: [],
});

export type CatalogueMarkdownStrings = Record<KeysWithPrefix<'catalogue.' | 'sla.' | 'md.' | 'common.'>, string>;

/** The user's catalogue as an outline: one table of services. */
export function catalogueOutline(
  doc: CatalogueDocument,
  s: CatalogueMarkdownStrings,
  categories: CategoryNames,
  /** Zone the last-changed time is shown in (the reader's); the environment's when absent. */
  timeZone: string = localTimeZone(),
): Block[] {
  const table = serviceTable(doc.services, s, categories, true);
  return [
    { kind: 'heading', level: 1, text: doc.title },
    { kind: 'note', content: [s['catalogue.md.basis']] },
    doc.services.length === 0 ? { kind: 'paragraph', content: [s['md.none']] } : { kind: 'table', ...table },
    { kind: 'colophon', text: formatMessage(s['md.generated'], { updated: formatLocalTime(doc.updated, timeZone) }) },
  ];
}

/** The user's catalogue as Markdown: one table of services. */
export const catalogueToMarkdown = (...args: Parameters<typeof catalogueOutline>) =>
  outlineToMarkdown(catalogueOutline(...args));
