/**
 * The plans, manual and reports the standard names, as data: one file per kind in `plan-kinds/`, written against
 * `PlanKindSchema` (`plan-kind-schema.ts`, which the unit tests and the build parse every kind with). For each kind
 * its clause, the catalog elements a filled-in copy is evidence for, and its sections in order, each with a
 * bilingual title and hint, the clause (its kind's unless it names another) and element it comes from and its field
 * (free text, a list of items, or a table with named columns; `plan-sections.ts`). One editor, one Markdown writer
 * and one printout serve every kind. Titles and hints are our own words; a section the standard does not ask for is
 * marked `suggested`. How to add a kind: CONTRIBUTING.md. Pure: no DOM.
 */
import { valueAt } from '../engine/invariant.ts';
import type { PlanKind, PlanSection } from './plan-kind-schema.ts';
import { withSectionClauses } from './plan-sections.ts';
import checkPlan from './plan-kinds/check-plan.ts';
import deliveryImplementationPlan from './plan-kinds/delivery-implementation-plan.ts';
import improvementPlan from './plan-kinds/improvement-plan.ts';
import investigationPlan from './plan-kinds/investigation-plan.ts';
import investigationReport from './plan-kinds/investigation-report.ts';
import optimizationPlan from './plan-kinds/optimization-plan.ts';
import routineOperationManual from './plan-kinds/routine-operation-manual.ts';
import serviceReport from './plan-kinds/service-report.ts';

export type { PlanKind, PlanSection } from './plan-kind-schema.ts';
export {
  COLUMN_TITLES,
  LONG_COLUMNS,
  SECTION_FIELDS,
  SECTION_IDS,
  type ColumnId,
  type SectionField,
  type SectionId,
} from './plan-sections.ts';

/** The kind files as written, in the order the editor lists them. */
export const PLAN_KIND_FILES = [
  deliveryImplementationPlan,
  checkPlan,
  improvementPlan,
  routineOperationManual,
  optimizationPlan,
  investigationPlan,
  investigationReport,
  serviceReport,
];

export type PlanKindId = (typeof PLAN_KIND_FILES)[number]['id'];

/** The kinds as the editor and the writers read them (what `PlanKindSchema` parses each file to). */
export const PLAN_KINDS: readonly (PlanKind & { id: PlanKindId })[] = PLAN_KIND_FILES.map((kind) => ({
  ...withSectionClauses(kind),
  id: kind.id,
}));
export const PLAN_KIND_IDS = PLAN_KINDS.map((k) => k.id) as [PlanKindId, ...PlanKindId[]];

const KIND_BY_ID = new Map(PLAN_KINDS.map((k) => [k.id, k]));
export const planKind = (id: PlanKindId): PlanKind => valueAt(KIND_BY_ID, id);

/** Whether a section warns before export while it is empty. */
export const sectionRequired = (section: PlanSection) => section.required ?? !section.suggested;
