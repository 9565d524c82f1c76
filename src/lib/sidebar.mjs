// Sidebar of both locales. Links are locale-neutral slugs; Starlight prefixes /en/ for English. The chapters and
// clauses of the standard come from the catalog's structure (assessments/structure.yaml), so their titles are
// written once. Runs when Astro reads its config (Node).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** @param {string} zh @param {string} en */
const t = (zh, en) => ({ label: zh, translations: { en } });

/**
 * A group per chapter of the catalog's structure: its overview page, then a link per clause.
 * @param {string} [file] the structure file
 */
export function chapterGroups(file = new URL('../../assessments/structure.yaml', import.meta.url)) {
  /** @type {{ chapters: { number: string; title: Record<'zh-CN' | 'en', string>; clauses?: { number: string; title: Record<'zh-CN' | 'en', string> }[] }[] }} */
  const structure = parse(readFileSync(file, 'utf8'));
  return structure.chapters.map((chapter) => ({
    ...t(`第${chapter.number}章 ${chapter.title['zh-CN']}`, `Ch. ${chapter.number} ${chapter.title.en}`),
    items: [
      { ...t('概览', 'Overview'), slug: `chapter-${chapter.number}` },
      ...(chapter.clauses ?? []).map((c) => ({
        ...t(`${c.number} ${c.title['zh-CN']}`, `${c.number} ${c.title.en}`),
        slug: c.number.replace('.', '-'),
      })),
    ],
  }));
}

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
  ...chapterGroups(),
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
