/**
 * The plans, manual and reports the standard names, as data: one file per kind in `plan-kinds/`, written against
 * `PlanKindSchema` (`plan-kind-schema.ts`, which the unit tests and the build parse every kind with). For each kind
 * its clause, the catalog elements a filled-in copy is evidence for, and its sections in order, each with a
 * bilingual title and hint, the clause (its kind's unless it names another) and element it comes from and its field
 * (free text, a list of items, or a table with named columns; `plan-sections.ts`). One editor, one Markdown writer
 * and one printout serve every kind. Titles and hints are our own words; a section the standard does not ask for is
 * marked `suggested`. How to add a kind: CONTRIBUTING.md.
 *
 * The browser never loads this module: the build splits the kinds into their shapes (`planKindShapes`) and each
 * language's words (`planKindWords`), which the page receives for its own language and
 * `/template-strings.<locale>.json` serves for each (`plan-structure.ts` puts them together). Pure: no DOM.
 */
import type { Locale } from '../catalog/locales.ts';
import { valueAt } from '../engine/invariant.ts';
import type { PlanKind } from './plan-kind-schema.ts';
import { COLUMN_TITLES, withSectionClauses } from './plan-sections.ts';
import {
  planKindShape,
  resolvePlanKinds,
  type PlanKindId,
  type PlanKindShape,
  type PlanKindWords,
  type ResolvedPlanKinds,
} from './plan-structure.ts';
import checkPlan from './plan-kinds/check-plan.ts';
import deliveryImplementationPlan from './plan-kinds/delivery-implementation-plan.ts';
import improvementPlan from './plan-kinds/improvement-plan.ts';
import investigationPlan from './plan-kinds/investigation-plan.ts';
import investigationReport from './plan-kinds/investigation-report.ts';
import optimizationPlan from './plan-kinds/optimization-plan.ts';
import routineOperationManual from './plan-kinds/routine-operation-manual.ts';
import serviceReport from './plan-kinds/service-report.ts';

export type { PlanKind } from './plan-kind-schema.ts';

/** The kind files as written, in the order the editor lists them (`PLAN_KIND_IDS`, which a unit test compares). */
export const PLAN_KIND_FILES = [
  deliveryImplementationPlan,
  checkPlan,
  improvementPlan,
  routineOperationManual,
  optimizationPlan,
  investigationPlan,
  investigationReport,
  serviceReport,
] satisfies readonly { id: PlanKindId }[];

/** The kinds as the build and the tests read them (what `PlanKindSchema` parses each file to), in both languages. */
export const PLAN_KINDS: readonly (PlanKind & { id: PlanKindId })[] = PLAN_KIND_FILES.map((kind) => ({
  ...withSectionClauses(kind),
  id: kind.id,
}));

const KIND_BY_ID = new Map(PLAN_KINDS.map((k) => [k.id, k]));
export const planKind = (id: PlanKindId): PlanKind => valueAt(KIND_BY_ID, id);

/** Every kind without its words, as the page receives it. */
export const planKindShapes = (): PlanKindShape[] => PLAN_KINDS.map(planKindShape);

/** The words of every kind and column in `locale` (`PlanKindWords` names the keys). */
export function planKindWords(locale: Locale): PlanKindWords {
  const words: PlanKindWords = {};
  for (const kind of PLAN_KINDS) {
    words[`kind.${kind.id}.name`] = kind.name[locale];
    words[`kind.${kind.id}.purpose`] = kind.purpose[locale];
    if (kind.note) words[`kind.${kind.id}.note`] = kind.note[locale];
    for (const section of kind.sections) {
      words[`kind.${kind.id}.${section.id}.title`] = section.title[locale];
      words[`kind.${kind.id}.${section.id}.hint`] = section.hint[locale];
    }
  }
  for (const [id, title] of Object.entries(COLUMN_TITLES)) words[`column.${id}`] = title[locale];
  return words;
}

/** Every kind with its words in `locale`, as the page receives them and the exports read them. */
export const resolvedPlanKinds = (locale: Locale): ResolvedPlanKinds =>
  resolvePlanKinds(planKindShapes(), planKindWords(locale));
