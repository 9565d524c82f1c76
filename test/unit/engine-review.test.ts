import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { loadCatalog, loadPractice } from '../../src/loader/load.ts';
import {
  AnswerSchema,
  AssessmentSchema,
  MAX_SNAPSHOTS,
  SCHEMA_VERSION,
  migrate,
  parseAssessment,
} from '../../src/engine/assessment-schema.ts';
import { withAnswer } from '../../src/engine/assessment.ts';
import { assessmentFromJson, assessmentToJson } from '../../src/engine/assessment-file.ts';
import { toScoreSummary } from '../../src/engine/score-summary.ts';
import {
  answerFingerprints,
  answerFingerprintsWith,
  canonicalJson,
  fingerprintAnswer,
  reviewAssessment,
  sha256Hex,
  toReviewSummary,
  verifiedAssessment,
  withReply,
  withReviewer,
  withVerdict,
} from '../../src/engine/review.ts';
import { validateAssessment } from '../../src/engine/validate.ts';
import { buildPlan } from '../../src/engine/plan.ts';
import { scoreAssessment } from '../../src/engine/score.ts';
import { SCOPE_CONTENTS, SCOPE_MODES } from '../../src/engine/scope.ts';
import { buildAssessment, mini } from './fixtures/engine-catalog.ts';

const NOW = new Date('2025-04-01T08:00:00Z');
const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('fingerprints', () => {
  it('are SHA-256 of the canonical JSON, whatever the key order', async () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }] })).toBe('{"a":[{"c":"x"}],"b":1}');
    const answer = AnswerSchema.parse({ level: 'F', notes: 'n' });
    const reordered = { notes: 'n', flagged: false, evidence: [], level: 'F' as const };
    expect(await fingerprintAnswer(answer)).toBe(await fingerprintAnswer(reordered as unknown as typeof answer));
    expect(await fingerprintAnswer(answer)).toBe(nodeSha(canonicalJson(answer)));
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await fingerprintAnswer(undefined)).toBe(nodeSha('null'));
  });
  it('differ when the answer changes in any field', async () => {
    const a = buildAssessment({ 'DM-PLAN-01': { level: 'F', notes: 'seen' } });
    const before = await answerFingerprints(a, ['DM-PLAN-01']);
    const changed = withAnswer(a, 'DM-PLAN-01', { level: 'F', notes: 'seen, and more' });
    expect((await answerFingerprints(changed, ['DM-PLAN-01']))['DM-PLAN-01']).not.toBe(before['DM-PLAN-01']);
    // The synchronous form (the CLI's) gives the same digests.
    expect(answerFingerprintsWith(a, nodeSha, ['DM-PLAN-01'])).toEqual(before);
  });
});

describe('verified scoring', () => {
  const claimed = buildAssessment({ 'DM-PLAN-01': 'F', 'DM-PLAN-02': 'F', 'DC-ROUT-01': 'L', 'DC-RESP-08': 'F' });

  async function reviewed() {
    let a = withReviewer(claimed, 'Customer QA', NOW);
    const fp = await answerFingerprints(a, Object.keys(a.answers));
    a = withVerdict(
      a,
      'DM-PLAN-01',
      { verified: 'P', status: 'challenged', comment: 'No SLA link' },
      fp['DM-PLAN-01']!,
      NOW,
    );
    a = withVerdict(a, 'DM-PLAN-02', { verified: 'F', status: 'accepted' }, fp['DM-PLAN-02']!, NOW);
    a = withVerdict(a, 'DC-ROUT-01', { verified: 'F', status: 'accepted' }, fp['DC-ROUT-01']!, NOW);
    a = withVerdict(a, 'DC-RESP-08', { status: 'evidence-requested', comment: 'Show tickets' }, fp['DC-RESP-08']!, NOW);
    return a;
  }

  it('replaces each reviewed level by its verified level; unreviewed elements keep their claim', async () => {
    const a = await reviewed();
    const verified = verifiedAssessment(a);
    expect(verified.answers['DM-PLAN-01']!.level).toBe('P');
    expect(verified.answers['DC-ROUT-01']!.level).toBe('F');
    // Evidence requested without a verified level: the claim still counts.
    expect(verified.answers['DC-RESP-08']!.level).toBe('F');
    const review = reviewAssessment(mini, a, await answerFingerprints(a));
    // Same engine, same file with the verified levels: exactly scoreAssessment of the verified file.
    expect(review.verified).toEqual(scoreAssessment(mini, verified));
    expect(review.claimed).toEqual(scoreAssessment(mini, a));
    expect(review.disputed).toEqual([
      { id: 'DM-PLAN-01', claimed: 'F', verified: 'P', status: 'challenged' },
      { id: 'DC-ROUT-01', claimed: 'L', verified: 'F', status: 'accepted' },
      { id: 'DC-RESP-08', claimed: 'F', verified: null, status: 'evidence-requested' },
    ]);
    expect(review.chapters['5']!.direction).toBe('over');
    expect(review.chapters['6']!.direction).toBe('under');
    expect(review.chapters['5']!.difference).toBeGreaterThan(0);
    expect(review.counts).toMatchObject({ reviewed: 3, changed: 0, disputed: 3 });
  });

  it('a verified NA is justified and leaves the score, a verified level on an unanswered element counts', async () => {
    let a = buildAssessment({ 'DM-PLAN-01': 'F' });
    a = withVerdict(a, 'DM-PLAN-01', { verified: 'NA', comment: 'Not in our contract' }, 'f'.repeat(64), NOW);
    a = withVerdict(a, 'DM-PLAN-02', { verified: 'L', status: 'accepted' }, await fingerprintAnswer(undefined), NOW);
    const verified = verifiedAssessment(a);
    expect(verified.answers['DM-PLAN-01']).toMatchObject({ level: 'NA', justification: 'Not in our contract' });
    const result = scoreAssessment(mini, verified);
    expect(result.elements.find((e) => e.id === 'DM-PLAN-01')!.exclusion).toBe('not-applicable');
    expect(result.elements.find((e) => e.id === 'DM-PLAN-02')!.points).toBe(2);
  });

  it('an answer changed after review shows "changed since review" and its old verdict no longer counts', async () => {
    const a = await reviewed();
    const changed = withAnswer(a, 'DM-PLAN-01', { level: 'F', notes: 'SLA now links the catalogue' }, NOW);
    const review = reviewAssessment(mini, changed, await answerFingerprints(changed));
    const el = review.elements.find((e) => e.id === 'DM-PLAN-01')!;
    expect(el).toMatchObject({ state: 'changed-since-review', counts: false, disputed: true, verified: 'P' });
    expect(review.disputed[0]).toEqual({
      id: 'DM-PLAN-01',
      claimed: 'F',
      verified: 'P',
      status: 'changed-since-review',
    });
    expect(review.verifiedFile.answers['DM-PLAN-01']!.level).toBe('F');
    expect(review.counts.changed).toBe(1);
    // Unchanged answers keep their verdicts.
    expect(review.elements.find((e) => e.id === 'DC-ROUT-01')!.state).toBe('reviewed');
    // A new verdict on the new answer counts again.
    const fp = await fingerprintAnswer(changed.answers['DM-PLAN-01']);
    const again = withVerdict(changed, 'DM-PLAN-01', { verified: 'L' }, fp, NOW);
    const second = reviewAssessment(mini, again, await answerFingerprints(again));
    expect(second.elements.find((e) => e.id === 'DM-PLAN-01')).toMatchObject({ state: 'reviewed', counts: true });
  });

  it('keeps the supplier reply beside the verdict, and the review survives export and import', async () => {
    let a = await reviewed();
    a = withReply(a, 'DM-PLAN-01', 'The SLA annex links it; see v2.', NOW);
    const back = assessmentFromJson(assessmentToJson(a));
    expect(back.success).toBe(true);
    if (!back.success) return;
    expect(back.assessment.review!.elements['DM-PLAN-01']).toMatchObject({
      verified: 'P',
      status: 'challenged',
      comment: 'No SLA link',
      reply: 'The SLA annex links it; see v2.',
      replied: NOW.toISOString(),
    });
    expect(back.assessment.review!.reviewer).toBe('Customer QA');
    // Clearing everything removes the entry.
    const cleared = withVerdict(
      withReply(a, 'DC-RESP-08', '', NOW),
      'DC-RESP-08',
      { status: null, comment: '' },
      'a'.repeat(64),
      NOW,
    );
    expect(cleared.review!.elements['DC-RESP-08']).toBeUndefined();
  });

  it('refuses reviews of elements the catalog does not have or that cannot be answered', () => {
    const a = buildAssessment({}, { review: { reviewer: '', elements: { 'DM-PLAN-99': { status: 'accepted' } } } });
    expect(validateAssessment(mini, a)).toContainEqual(
      expect.objectContaining({ code: 'review-unknown-element', path: 'review.elements.DM-PLAN-99' }),
    );
    const parsed = parseAssessment({ ...a, review: { elements: { 'DM-PLAN-01': { verified: 'X' } } } });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues[0]).toMatchObject({ path: 'review.elements.DM-PLAN-01.verified', elementId: 'DM-PLAN-01' });
  });

  it('summarises as the CLI prints it: both score outputs and the disputed elements', async () => {
    const a = await reviewed();
    const review = reviewAssessment(mini, a, await answerFingerprints(a));
    const summary = toReviewSummary(mini, a, review);
    expect(Object.keys(summary)).toEqual(['claimed', 'verified', 'disputed']);
    expect(summary.claimed).toEqual(toScoreSummary(scoreAssessment(mini, a), buildPlan(mini, a)));
    const v = verifiedAssessment(a);
    expect(summary.verified).toEqual(toScoreSummary(scoreAssessment(mini, v), buildPlan(mini, v)));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Migration v1 → v2

const catalog = loadCatalog();
const handover = loadPractice('assessments/practices/handover', catalog);
const v1Examples = [
  ['assessments/examples/strong-supplier.json', catalog],
  ['assessments/examples/weak-supplier.json', catalog],
  ['assessments/practices/handover/examples/partly-ready-project.json', handover],
] as const;

/** Version 1 as it was: today's schema without the version-2 parts. */
const V1Schema = z.extend(z.omit(AssessmentSchema, { review: true, snapshots: true }), { schemaVersion: z.literal(1) });

describe('migration from version 1 to 2', () => {
  it.each(v1Examples)('%s opens migrated and scores exactly as before', (path, cat) => {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(raw.schemaVersion).toBe(1);
    const parsed = parseAssessment(raw);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.migratedFrom).toBe(1);
    expect(parsed.assessment.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parsed.assessment.snapshots).toEqual([]);
    expect(parsed.assessment.review).toBeUndefined();
    // Scored as the version-1 reading of the same file would be.
    const v1 = V1Schema.parse(raw);
    expect(scoreAssessment(cat, parsed.assessment)).toEqual(scoreAssessment(cat, { ...v1, schemaVersion: 2 } as never));
    // Exports write version 2, which reads back unchanged.
    const written = JSON.parse(assessmentToJson(parsed.assessment)) as Record<string, unknown>;
    expect(written.schemaVersion).toBe(2);
    expect(assessmentFromJson(assessmentToJson(parsed.assessment))).toEqual({
      success: true,
      assessment: parsed.assessment,
    });
  });

  const text = fc.string({ maxLength: 20 });
  const ids = mini.elements.filter((e) => e.kind === 'requirement').map((e) => e.id);
  const v1File = fc.record(
    {
      schemaVersion: fc.constant(1),
      catalog: fc.constant('gbt28827.2'),
      catalogVersion: fc.constant('1.0.0'),
      title: text.filter((s) => s.trim() !== ''),
      subject: text.filter((s) => s.trim() !== ''),
      assessor: text,
      perspective: fc.constantFrom('supplier-self', 'customer-evaluation'),
      scope: fc.record({ contents: fc.subarray([...SCOPE_CONTENTS]), modes: fc.subarray([...SCOPE_MODES]) }),
      created: fc.constant('2025-01-01'),
      updated: fc.constant('2025-02-01T10:00:00Z'),
      answers: fc.dictionary(
        fc.constantFrom(...ids),
        fc.record(
          {
            level: fc.constantFrom('N', 'P', 'L', 'F', 'NA'),
            justification: text,
            target: fc.constantFrom('P', 'L', 'F'),
            notes: text,
            evidence: fc.array(fc.record({ title: text.filter((s) => s.trim() !== '') }), { maxLength: 2 }),
            flagged: fc.boolean(),
          },
          { requiredKeys: ['level'] },
        ),
      ),
      plan: fc.dictionary(
        fc.constantFrom(...ids),
        fc.record({ owner: text, status: fc.constantFrom('open', 'in-progress', 'done') }, { requiredKeys: [] }),
      ),
    },
    {
      requiredKeys: [
        'schemaVersion',
        'catalogVersion',
        'title',
        'subject',
        'perspective',
        'scope',
        'created',
        'updated',
      ],
    },
  );

  it('loses nothing: every generated version-1 file keeps its fields and its scores', () => {
    fc.assert(
      fc.property(v1File, (file) => {
        const before = V1Schema.parse(file);
        const migrated = migrate(structuredClone(file));
        expect(migrated.success).toBe(true);
        const parsed = parseAssessment(file);
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        const { review, snapshots, schemaVersion, ...rest } = parsed.assessment;
        const { schemaVersion: oldVersion, ...old } = before;
        expect(oldVersion).toBe(1);
        expect(schemaVersion).toBe(2);
        expect(review).toBeUndefined();
        expect(snapshots).toEqual([]);
        expect(rest).toEqual(old);
        expect(scoreAssessment(mini, parsed.assessment)).toEqual(
          scoreAssessment(mini, { ...before, schemaVersion: 2, snapshots: [] } as never),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('keeps at most MAX_SNAPSHOTS snapshots in a file', () => {
    const snap = { label: 's', taken: '2025-01-01', scope: { contents: [], modes: [] } };
    const a = buildAssessment();
    const ok = parseAssessment({ ...a, snapshots: Array.from({ length: MAX_SNAPSHOTS }, () => snap) });
    expect(ok.success).toBe(true);
    const tooMany = parseAssessment({ ...a, snapshots: Array.from({ length: MAX_SNAPSHOTS + 1 }, () => snap) });
    expect(tooMany.success).toBe(false);
  });
});
