/**
 * How a backup's records are checked before they are restored: assessments with the engine's `parseAssessment`,
 * template documents with their template's definition (the checklists with the items their pages show). The same
 * checks the questionnaire and the template pages apply when they read their stores.
 */
import { parseAssessment } from '../engine/assessment-schema.ts';
import { checklistTemplate, CHECKLIST_KINDS, type ChecklistKind } from '../templates/checklist.ts';
import { parseDocument, type TemplateDefinition, type TemplateDocument } from '../templates/document.ts';
import { formatIssue, type IssueMessages } from '../templates/issues.ts';
import { plansTemplate } from '../templates/plans-schema.ts';
import { priorityTemplate } from '../templates/priority-schema.ts';
import { catalogueTemplate } from '../templates/service-catalogue.ts';
import { slaTemplate } from '../templates/sla-schema.ts';
import { UNKNOWN_TEMPLATE, type BackupChecker } from './backup.ts';

/** The item IDs each checklist page shows (resolved from the catalog at build time). */
export type ChecklistItemIds = Record<ChecklistKind, readonly string[]>;

/** Every template that keeps documents, by ID. */
function templateDefinitions(checklists: ChecklistItemIds): Map<string, TemplateDefinition<TemplateDocument>> {
  const definitions: TemplateDefinition<TemplateDocument>[] = [
    slaTemplate,
    catalogueTemplate,
    priorityTemplate,
    plansTemplate,
    ...CHECKLIST_KINDS.map((kind) => checklistTemplate(kind, checklists[kind])),
  ] as TemplateDefinition<TemplateDocument>[];
  return new Map(definitions.map((d) => [d.id, d]));
}

/** The checks for a backup; template problems are worded with `messages` (the templates' `issue.*`, `type.*`). */
export function backupChecker(checklists: ChecklistItemIds, messages: IssueMessages): BackupChecker {
  const definitions = templateDefinitions(checklists);
  return {
    assessment(record) {
      const parsed = parseAssessment(record);
      return parsed.success
        ? { ok: true, value: parsed.assessment, title: parsed.assessment.title }
        : { ok: false, problem: parsed.issues.map((i) => `${i.path || '(file)'}: ${i.message}`).join('; ') };
    },
    template(template, record) {
      const definition = definitions.get(template);
      if (!definition) return { ok: false, problem: UNKNOWN_TEMPLATE };
      const parsed = parseDocument(record, definition);
      return parsed.success
        ? { ok: true, value: parsed.document, title: parsed.document.title }
        : { ok: false, problem: parsed.issues.map((i) => formatIssue(i, messages)).join('; ') };
    },
  };
}
