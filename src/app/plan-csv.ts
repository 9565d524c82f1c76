/**
 * The improvement plan as CSV, for a spreadsheet that tracks the work: one row per plan item in the engine's
 * order (key first, then larger gap, then catalog order), with the user's owner, due date and status. Built on
 * the engine's CSV writer, so it has the same UTF-8 byte-order mark, CRLF line ends and neutralised formula
 * characters as the element table.
 */
import { buildPlan, type PlanItem } from '../engine/plan.ts';
import { scoreAssessment } from '../engine/score.ts';
import { toCsv } from '../engine/csv.ts';
import type { Assessment } from '../engine/assessment-schema.ts';
import type { EngineCatalog } from '../engine/catalog-index.ts';
import type { ReportTranslator } from '../i18n/report-export.ts';

export function planToCsv(
  catalog: EngineCatalog,
  assessment: Assessment,
  t: ReportTranslator,
  plan: readonly PlanItem[] = buildPlan(catalog, assessment, scoreAssessment(catalog, assessment)),
): string {
  const header = [
    t('col.phase'),
    t('col.id'),
    t('col.clause'),
    t('col.element'),
    t('col.key'),
    t('col.weight'),
    t('col.current'),
    t('col.target'),
    t('col.gap'),
    t('col.owner'),
    t('col.due'),
    t('col.status'),
    t('plan.guidance'),
    t('plan.evidence'),
  ];
  const rows = plan.map((item) => [
    item.phase,
    item.id,
    item.clause,
    item.title[t.locale],
    item.key ? t('yes') : t('no'),
    item.weight,
    item.level ? `${item.level} ${t(`level.${item.level}`)}` : t('level.none'),
    `${item.target} ${t(`level.${item.target}`)}`,
    item.gap,
    item.owner,
    item.due,
    t(`status.${item.status}`),
    item.guidance.map((g) => g[t.locale]).join('\n'),
    item.evidence.map((e) => e[t.locale]).join('\n'),
  ]);
  return toCsv([header, ...rows]);
}
