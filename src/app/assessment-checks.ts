/**
 * Everything the questionnaire's model does that needs the assessment schema (and zod): reading a file or a saved
 * record, creating and changing an assessment, checking what the user types against the file's rules. The model
 * loads this module with `import()` only when there is something to check (`AssessmentModel.loadChecks`), so a
 * first visit with nothing saved does not download the schema library. Pure: no DOM, no storage.
 */
import { EvidenceLinkSchema, AssessmentSchema, PerspectiveSchema } from '../engine/assessment-schema.ts';
import type { Assessment, EvidenceLink } from '../engine/assessment-schema.ts';
import type { AssessmentDetails, DetailsProblems } from './assessment-manage.ts';

export { assessmentFromJson, assessmentToJson } from '../engine/assessment-file.ts';
export { createAssessment, withAnswer, withScope } from '../engine/assessment.ts';
export { parseAssessment } from '../engine/assessment-schema.ts';
export { validateAssessment } from '../engine/validate.ts';
export { withExportSnapshot, EXPORT_SNAPSHOT_LABEL } from '../engine/history.ts';

/** Problems of an evidence link being added, by field. */
export interface EvidenceProblems {
  title?: 'required';
  url?: 'invalid';
}

/** Checks an evidence link the way the file schema will; a blank URL means none. */
export function checkEvidence(title: string, url: string): { link: EvidenceLink } | { problems: EvidenceProblems } {
  const input = { title, ...(url.trim() !== '' && { url: url.trim() }) };
  const parsed = EvidenceLinkSchema.safeParse(input);
  if (parsed.success) return { link: parsed.data };
  const problems: EvidenceProblems = {};
  for (const issue of parsed.error.issues) {
    if (issue.path[0] === 'title') problems.title = 'required';
    if (issue.path[0] === 'url') problems.url = 'invalid';
  }
  return { problems };
}

/** Checks details the way the file schema will: trimmed, subject required, the date a real ISO date or blank. */
export function checkDetails(
  details: AssessmentDetails,
): { details: AssessmentDetails } | { problems: DetailsProblems } {
  const subject = details.subject.trim();
  const date = details.date.trim();
  const problems: DetailsProblems = {};
  if (subject === '') problems.subject = 'required';
  if (date !== '' && !AssessmentSchema.shape.date.safeParse(date).success) problems.date = 'invalid';
  if (!PerspectiveSchema.safeParse(details.perspective).success) problems.perspective = 'invalid';
  if (Object.keys(problems).length > 0) return { problems };
  return { details: { subject, assessor: details.assessor.trim(), perspective: details.perspective, date } };
}

/**
 * A new, blank assessment for another supplier: the same catalog (and its version), scope, assessor, perspective
 * and date; no answers, plan, review or snapshots; created now. Undefined when the title or subject is blank.
 */
export function blankCopyOf(
  assessment: Assessment,
  fields: { title: string; subject: string },
  now: Date,
): Assessment | undefined {
  const title = fields.title.trim();
  const subject = fields.subject.trim();
  if (title === '' || subject === '') return undefined;
  const stamp = now.toISOString();
  return AssessmentSchema.parse({
    schemaVersion: assessment.schemaVersion,
    catalog: assessment.catalog,
    catalogVersion: assessment.catalogVersion,
    title,
    subject,
    assessor: assessment.assessor,
    perspective: assessment.perspective,
    ...(assessment.date !== undefined && { date: assessment.date }),
    scope: structuredClone(assessment.scope),
    created: stamp,
    updated: stamp,
    answers: {},
    plan: {},
    snapshots: [],
  });
}
