/**
 * The review page's model: a customer verifies a supplier's self-assessment (verified level, verdict, comment
 * per element), the supplier replies per element, and either exports the file for the other side. Claimed and
 * verified scores come from the engine (`reviewAssessment`), exactly as `assess review` computes them. No DOM:
 * storage, clock and hash function are passed in.
 */
import { computed, effect, signal } from '@preact/signals';
import type { Locale } from '../catalog/schema.ts';
import {
  answerFingerprints,
  fingerprintAnswer,
  reviewAssessment,
  sha256Hex,
  withReply,
  withReviewer,
  withVerdict,
  type HashText,
  type VerdictPatch,
} from '../engine/review.ts';
import { assessmentToJson } from '../engine/assessment-file.ts';
import { EXPORT_SNAPSHOT_LABEL, withExportSnapshot } from '../engine/history.ts';
import { indexCatalog } from '../engine/catalog-index.ts';
import { reviewToCsv, reviewToMarkdown } from '../engine/review-export.ts';
import type { Assessment, Snapshot } from '../engine/assessment-schema.ts';
import { createRecordEditor } from './record-editor.ts';
import { createReportModel, type ExportFile, type ReportModelOptions } from './report-model.ts';
import { fileBaseName } from './report-format.ts';
import { reportText } from '../i18n/report-export.ts';
import { reviewText } from '../i18n/review-export.ts';

/** Who is working on the review: the customer giving verdicts, or the supplier replying to them. */
export type ReviewRole = 'reviewer' | 'supplier';

/** Which elements the list shows. */
export type ReviewFilter = 'all' | 'disputed' | 'unreviewed' | 'changed';

export interface ReviewModelOptions extends ReportModelOptions {
  /** SHA-256 to hex; the platform's SubtleCrypto by default. */
  hash?: HashText;
}

/** The export of a reviewed file and the snapshots it pushed out of the history. */
export interface ReviewedExport extends ExportFile {
  dropped: Snapshot[];
}

export function createReviewModel(options: ReviewModelOptions) {
  const base = createReportModel(options);
  const editor = createRecordEditor(base, options.repository);
  const hash = options.hash ?? sha256Hex;
  const now = options.now ?? (() => new Date());

  const role = signal<ReviewRole>('reviewer');
  const filter = signal<ReviewFilter>('all');
  /** Fingerprints of the current answers, by element; undefined until computed for the shown assessment. */
  const fingerprints = signal<{ of: Assessment; values: Record<string, string> } | undefined>(undefined);

  const shown = computed(() => {
    const s = base.state.value;
    return s.status === 'ready' ? s : undefined;
  });

  // Hashing is asynchronous: recompute whenever the shown assessment changes; a later run wins.
  let ticket = 0;
  const dispose = effect(() => {
    const s = shown.value;
    if (!s) return;
    const mine = ++ticket;
    const ids = indexCatalog(s.catalog).answerable.map((e) => e.id);
    void answerFingerprints(s.assessment, ids, hash).then((values) => {
      if (mine === ticket) fingerprints.value = { of: s.assessment, values };
    });
  });

  /** Claimed vs verified, per element and per score; undefined while loading or hashing. */
  const review = computed(() => {
    const s = shown.value;
    const fp = fingerprints.value;
    if (!s || !fp || fp.of !== s.assessment) return undefined;
    return reviewAssessment(s.catalog, s.assessment, fp.values);
  });

  /** The elements the list shows under the current filter, in catalog order. */
  const visible = computed(() => {
    const r = review.value;
    if (!r) return [];
    const inScope = new Set(r.claimed.elements.filter((e) => e.exclusion !== 'out-of-scope').map((e) => e.id));
    const f = filter.value;
    return r.elements.filter(
      (e) =>
        inScope.has(e.id) &&
        (f === 'all' ||
          (f === 'disputed' && e.disputed) ||
          (f === 'unreviewed' && e.state === 'unreviewed') ||
          (f === 'changed' && e.state === 'changed-since-review')),
    );
  });

  /** The customer's verdict on one element, given on the answer as it is now. */
  async function setVerdict(elementId: string, patch: VerdictPatch): Promise<boolean> {
    const s = shown.value;
    if (!s) return false;
    const answer = Object.hasOwn(s.assessment.answers, elementId) ? s.assessment.answers[elementId] : undefined;
    const fingerprint = await fingerprintAnswer(answer, hash);
    return editor.change((a) => withVerdict(a, elementId, patch, fingerprint, now()));
  }

  const setReply = (elementId: string, reply: string) => editor.change((a) => withReply(a, elementId, reply, now()));
  const setReviewer = (reviewer: string) => editor.change((a) => withReviewer(a, reviewer, now()));

  /**
   * The reviewed file to send to the other side. Exporting takes a snapshot (unless nothing changed since the
   * last one), which is saved here too; the oldest snapshot is dropped past the bound and returned.
   */
  async function exportReviewed(locale: Locale): Promise<ReviewedExport | undefined> {
    const s = shown.value;
    if (!s) return undefined;
    const { assessment, dropped } = withExportSnapshot(s.assessment, EXPORT_SNAPSHOT_LABEL[locale], now());
    await editor.change(() => assessment);
    return {
      name: `${fileBaseName(assessment.title)}.json`,
      type: 'application/json',
      text: assessmentToJson(assessment),
      dropped,
    };
  }

  /** The review as Markdown or CSV in the report language. */
  function exportReview(kind: 'markdown' | 'csv'): ExportFile | undefined {
    const s = shown.value;
    const r = review.value;
    if (!s || !r) return undefined;
    const locale = base.reportLocale.value;
    const name = `${fileBaseName(s.assessment.title)}-review.${locale}`;
    const t = reportText(locale);
    const v = reviewText(locale);
    return kind === 'markdown'
      ? {
          name: `${name}.md`,
          type: 'text/markdown;charset=utf-8',
          text: reviewToMarkdown(s.catalog, s.assessment, r, t, v),
        }
      : { name: `${name}.csv`, type: 'text/csv;charset=utf-8', text: reviewToCsv(s.catalog, r, t, v) };
  }

  return {
    ...base,
    role,
    filter,
    review,
    visible,
    editStatus: editor.status,
    setVerdict,
    setReply,
    setReviewer,
    exportReviewed,
    exportReview,
    setRole: (next: ReviewRole) => void (role.value = next),
    setFilter: (next: ReviewFilter) => void (filter.value = next),
    /** Stops recomputing fingerprints (tests; the page lives as long as the model). */
    dispose,
  };
}

export type ReviewModel = ReturnType<typeof createReviewModel>;
