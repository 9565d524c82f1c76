/**
 * Saving changes to the assessment a page shows (the review and history pages), on top of the report model's
 * loading and file opening. Every change is a pure transform of an assessment: it is shown at once, then applied
 * to the latest stored version in one transaction (so what another tab saved meanwhile is kept), and undone (with
 * the reason shown) if the browser refuses to store it.
 */
import { batch, signal } from '@preact/signals';
import type { Assessment } from '../engine/assessment-schema.ts';
import type { ReportModel } from './report-model.ts';
import type { AssessmentRepository } from '../storage/storage.ts';

/** Where the last change stands. */
export type EditStatus =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; reason: string };

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();

export function createRecordEditor(base: ReportModel, repository: AssessmentRepository) {
  const status = signal<EditStatus>({ state: 'idle' });

  /** Applies `transform` to the shown assessment and saves the result; false when nothing is shown or saving failed. */
  async function change(transform: (current: Assessment) => Assessment): Promise<boolean> {
    const s = base.state.value;
    if (s.status !== 'ready') return false;
    let after: Assessment;
    try {
      after = transform(s.assessment);
    } catch (err) {
      status.value = { state: 'failed', reason: reasonOf(err) };
      return false;
    }
    if (after === s.assessment) return true;
    batch(() => {
      base.state.value = { ...s, assessment: after };
      status.value = { state: 'saving' };
    });
    try {
      const stored = await repository.update(s.id, transform);
      batch(() => {
        const latest = base.state.value;
        if (latest.status === 'ready' && latest.id === s.id && latest.assessment === after)
          base.state.value = { ...latest, assessment: stored };
        status.value = { state: 'saved' };
      });
      return true;
    } catch (err) {
      batch(() => {
        const latest = base.state.value;
        if (latest.status === 'ready' && latest.assessment === after)
          base.state.value = { ...latest, assessment: s.assessment };
        status.value = { state: 'failed', reason: reasonOf(err) };
      });
      return false;
    }
  }

  return { status, change };
}
