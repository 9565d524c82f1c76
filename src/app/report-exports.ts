/**
 * The writers of the report's file exports (the assessment as JSON with its export snapshot, the plan and element
 * CSVs) and the report's export words: the report model loads this module with `import()` on the first export, so
 * a report is drawn without them (the page shows its words from the strings its host resolved). Pure.
 */
import type { Locale } from '../catalog/schema.ts';
import { assessmentToJson } from '../engine/assessment-file.ts';
import type { Assessment } from '../engine/assessment-schema.ts';
import type { EngineCatalog } from '../engine/catalog-index.ts';
import { elementsToCsv } from '../engine/csv.ts';
import { EXPORT_SNAPSHOT_LABEL, withExportSnapshot } from '../engine/history.ts';
import type { PlanItem } from '../engine/plan.ts';
import type { AssessmentResult } from '../engine/score.ts';
import { reportText } from '../i18n/report-export.ts';
import { planToCsv } from './plan-csv.ts';
import { fileBaseName } from './report-format.ts';

export { reportText };

export type ExportKind = 'json' | 'plan-csv' | 'elements-csv';

/** A file to download. */
export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** What an export is written from: the shown assessment as the engine sees it. */
interface Shown {
  assessment: Assessment;
  catalog: EngineCatalog;
  result: AssessmentResult;
  plan: PlanItem[];
}

/**
 * One file export of the shown assessment in `locale`. The JSON file takes a snapshot for the history (unless
 * nothing changed since the last one): `snapshot` is then the assessment with it, and `take` adds the same snapshot
 * to another version of the assessment (the latest stored one).
 */
export function reportExportFile(
  kind: ExportKind,
  r: Shown,
  locale: Locale,
  at: Date,
): { file: ExportFile; snapshot?: { assessment: Assessment; take: (a: Assessment) => Assessment } } {
  const base = fileBaseName(r.assessment.title);
  switch (kind) {
    case 'json': {
      const label = EXPORT_SNAPSHOT_LABEL[locale];
      const { assessment } = withExportSnapshot(r.assessment, label, at);
      const file = { name: `${base}.json`, type: 'application/json', text: assessmentToJson(assessment) };
      if (assessment === r.assessment) return { file };
      return { file, snapshot: { assessment, take: (a) => withExportSnapshot(a, label, at).assessment } };
    }
    case 'plan-csv':
      return {
        file: {
          name: `${base}-plan.${locale}.csv`,
          type: 'text/csv;charset=utf-8',
          text: planToCsv(r.catalog, r.assessment, reportText(locale), r.plan),
        },
      };
    case 'elements-csv':
      return {
        file: {
          name: `${base}-elements.${locale}.csv`,
          type: 'text/csv;charset=utf-8',
          text: elementsToCsv(r.catalog, r.assessment, reportText(locale), r.result),
        },
      };
  }
}
