/**
 * A customer's review of a supplier's self-assessment: what the supplier claimed, what the customer verified,
 * and what is disputed. The verified score is the same file scored by the same engine with each reviewed
 * element's level replaced by its verified level; elements not yet reviewed keep their claimed level.
 *
 * Each verdict records a fingerprint of the answer it was given on (SHA-256 of the answer's canonical JSON).
 * When the supplier changes that answer afterwards, the verdict is "changed since review": it is shown, but no
 * longer counts, so an old verdict is never silently kept for a new claim. Hashing is asynchronous
 * (SubtleCrypto), so fingerprints are computed apart (`answerFingerprints`) and passed in; everything else here
 * is synchronous and pure. The review itself is the portal's own device: GB/T 28827.2 does not prescribe one.
 */
import type { AnswerLevel, ReviewStatus } from './assessment-constants.ts';
import {
  AnswerSchema,
  ReviewEntrySchema,
  ReviewSchema,
  type Answer,
  type AnswerInput,
  type Assessment,
  type Review,
  type ReviewEntry,
  type ReviewEntryInput,
} from './assessment-schema.ts';
import type { EngineCatalog } from './catalog-index.ts';
import { toScoreSummary, type ScoreSummary, roundScore } from './score-summary.ts';
import { buildPlan } from './plan.ts';
import { scoreAssessment, type AssessmentResult } from './score.ts';
import { itemAt } from './invariant.ts';
import { canonicalJson } from './canonical-json.ts';

export { canonicalJson };

// ---------------------------------------------------------------------------------------------------------------
// Fingerprints

/** Hashes text to lowercase hex; SHA-256 unless a test passes another. */
export type HashText = (text: string) => Promise<string>;

/** SHA-256 of UTF-8 text as 64 hex digits, with the platform's SubtleCrypto (browsers, Node ≥ 20). */
export const sha256Hex: HashText = async (text) => {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
};

/** The fingerprint of a claimed answer (of `null` when the element is unanswered). */
export function fingerprintAnswer(answer: Answer | undefined, hash: HashText = sha256Hex): Promise<string> {
  return hash(canonicalJson(answer ?? null));
}

const answerOf = (assessment: Assessment, id: string): Answer | undefined =>
  Object.hasOwn(assessment.answers, id) ? assessment.answers[id] : undefined;

/** Fingerprints of the current answers of the given elements (every reviewed element by default). */
export async function answerFingerprints(
  assessment: Assessment,
  ids: Iterable<string> = Object.keys(assessment.review?.elements ?? {}),
  hash: HashText = sha256Hex,
): Promise<Record<string, string>> {
  const list = [...ids];
  const digests = await Promise.all(list.map((id) => fingerprintAnswer(answerOf(assessment, id), hash)));
  return Object.fromEntries(list.map((id, i) => [id, itemAt(digests, i)]));
}

/** The same with a synchronous hash (the CLI passes Node's SHA-256), for callers that cannot wait. */
export function answerFingerprintsWith(
  assessment: Assessment,
  hash: (text: string) => string,
  ids: Iterable<string> = Object.keys(assessment.review?.elements ?? {}),
): Record<string, string> {
  return Object.fromEntries([...ids].map((id) => [id, hash(canonicalJson(answerOf(assessment, id) ?? null))]));
}

// ---------------------------------------------------------------------------------------------------------------
// Analysis

/**
 * Where the review of one element stands: not reviewed (no verified level), reviewed, or changed since review
 * (the claimed answer no longer matches the one the verdict was given on).
 */
type ReviewState = 'unreviewed' | 'reviewed' | 'changed-since-review';

/** One element's claim and verdict. */
export interface ElementReview {
  id: string;
  clause: string;
  chapter: string;
  party: 'supplier' | 'customer';
  /** The supplier's level, null when unanswered. */
  claimed: AnswerLevel | null;
  /** The customer's level, null when not yet verified. */
  verified: AnswerLevel | null;
  status: ReviewStatus | null;
  comment?: string;
  reply?: string;
  state: ReviewState;
  /** Whether the verified level replaces the claimed one in the verified score. */
  counts: boolean;
  /** Challenged, evidence requested, verified at another level than claimed, or changed since review. */
  disputed: boolean;
}

/** A disputed element as the CLI prints it; `status` says `changed-since-review` when the claim moved on. */
interface DisputedElement {
  id: string;
  claimed: AnswerLevel | null;
  verified: AnswerLevel | null;
  status: ReviewStatus | 'changed-since-review' | null;
}

/** How far a chapter's claimed score is above (over-statement) or below (under-statement) its verified score. */
export interface Statement {
  claimed: number | null;
  verified: number | null;
  /** claimed − verified, rounded to 2 decimals; null when either score is null. */
  difference: number | null;
  direction: 'over' | 'under' | 'same' | null;
}

export interface ReviewResult {
  /** The file as the supplier answered it. */
  claimed: AssessmentResult;
  /** The same file with the verified levels that count. */
  verified: AssessmentResult;
  /** That file: the claimed answers with the verified levels that count. */
  verifiedFile: Assessment;
  /** Every requirement element, in catalog order. */
  elements: ElementReview[];
  disputed: DisputedElement[];
  /** Over- or under-statement of the supplier's scores by chapter, in catalog order. */
  chapters: Record<string, Statement>;
  /** The same for the overall score. */
  overall: Statement;
  /** Elements in scope by review state, and the number disputed. */
  counts: { reviewed: number; unreviewed: number; changed: number; disputed: number };
}

const entryOf = (assessment: Assessment, id: string): ReviewEntry | undefined => {
  const elements = assessment.review?.elements;
  return elements && Object.hasOwn(elements, id) ? elements[id] : undefined;
};

/** Whether a verdict was given on another answer than the current one. Unknown (false) without fingerprints. */
function isStale(entry: ReviewEntry, id: string, fingerprints: Readonly<Record<string, string>> | undefined) {
  if (!fingerprints || entry.fingerprint === undefined || !Object.hasOwn(fingerprints, id)) return false;
  return fingerprints[id] !== entry.fingerprint;
}

/** The answer the verified score counts for an element: the claimed one at the verified level. */
function verifiedAnswer(claimed: Answer | undefined, entry: ReviewEntry, level: AnswerLevel): Answer {
  const next: AnswerInput = { ...(claimed ?? { evidence: [] }), level };
  if (level === 'NA') {
    delete next.target;
    // A verified NA is justified by the claim's own reason or the reviewer's comment.
    next.justification = claimed?.justification ?? entry.comment ?? 'not applicable, as verified by the reviewer';
  } else {
    delete next.justification;
  }
  return AnswerSchema.parse(next);
}

/**
 * The same assessment with each reviewed element's level replaced by its verified level. Elements not yet
 * reviewed, and verdicts given on an answer that has changed since (when fingerprints are passed), keep the
 * claimed answer.
 */
export function verifiedAssessment(
  assessment: Assessment,
  fingerprints?: Readonly<Record<string, string>>,
): Assessment {
  const answers = { ...assessment.answers };
  for (const [id, entry] of Object.entries(assessment.review?.elements ?? {})) {
    if (entry.verified === undefined || isStale(entry, id, fingerprints)) continue;
    answers[id] = verifiedAnswer(answerOf(assessment, id), entry, entry.verified);
  }
  return { ...assessment, answers };
}

function statementOf(claimed: number | null, verified: number | null): Statement {
  const c = roundScore(claimed);
  const v = roundScore(verified);
  if (c === null || v === null) return { claimed: c, verified: v, difference: null, direction: null };
  const difference = Math.round((c - v) * 100) / 100;
  return {
    claimed: c,
    verified: v,
    difference,
    direction: difference > 0 ? 'over' : difference < 0 ? 'under' : 'same',
  };
}

/**
 * Claimed and verified scores of a reviewed self-assessment, every element's verdict, the disputed elements and
 * the over- or under-statement per chapter. Pass the fingerprints of the current answers
 * (`answerFingerprints`) to detect answers changed since review.
 */
export function reviewAssessment(
  catalog: EngineCatalog,
  assessment: Assessment,
  fingerprints?: Readonly<Record<string, string>>,
): ReviewResult {
  const claimed = scoreAssessment(catalog, assessment);
  const verifiedFile = verifiedAssessment(assessment, fingerprints);
  const verified = scoreAssessment(catalog, verifiedFile);
  const elements = claimed.elements.map((e): ElementReview => {
    const entry = entryOf(assessment, e.id);
    const claimedLevel = answerOf(assessment, e.id)?.level ?? null;
    const verifiedLevel = entry?.verified ?? null;
    const stale = entry ? isStale(entry, e.id, fingerprints) : false;
    const state: ReviewState = stale ? 'changed-since-review' : verifiedLevel === null ? 'unreviewed' : 'reviewed';
    const status = entry?.status ?? null;
    const disputed =
      stale ||
      status === 'challenged' ||
      status === 'evidence-requested' ||
      (verifiedLevel !== null && verifiedLevel !== claimedLevel);
    return {
      id: e.id,
      clause: e.clause,
      chapter: e.chapter,
      party: e.party,
      claimed: claimedLevel,
      verified: verifiedLevel,
      status,
      ...(entry?.comment !== undefined && { comment: entry.comment }),
      ...(entry?.reply !== undefined && { reply: entry.reply }),
      state,
      counts: state === 'reviewed',
      disputed,
    };
  });
  // Out-of-scope elements are neither reviewed nor waiting for review.
  const inScope = new Set(claimed.elements.filter((e) => e.exclusion !== 'out-of-scope').map((e) => e.id));
  const counted = elements.filter((e) => inScope.has(e.id));
  const chapters: Record<string, Statement> = {};
  for (const [n, set] of Object.entries(claimed.supplier.chapters)) {
    chapters[n] = statementOf(set.score, verified.supplier.chapters[n]?.score ?? null);
  }
  const disputed = elements
    .filter((e) => e.disputed)
    .map((e): DisputedElement => ({
      id: e.id,
      claimed: e.claimed,
      verified: e.verified,
      status: e.state === 'changed-since-review' ? 'changed-since-review' : e.status,
    }));
  return {
    claimed,
    verified,
    verifiedFile,
    elements,
    disputed,
    chapters,
    overall: statementOf(claimed.supplier.overall.score, verified.supplier.overall.score),
    counts: {
      reviewed: counted.filter((e) => e.state === 'reviewed').length,
      unreviewed: counted.filter((e) => e.state === 'unreviewed').length,
      changed: counted.filter((e) => e.state === 'changed-since-review').length,
      disputed: disputed.length,
    },
  };
}

/** What `assess review FILE --format json` prints. */
export interface ReviewSummary {
  claimed: ScoreSummary;
  verified: ScoreSummary;
  disputed: DisputedElement[];
}

/** The machine-readable review: both score outputs (as `score --format json` prints them) and the disputes. */
export function toReviewSummary(catalog: EngineCatalog, assessment: Assessment, review: ReviewResult): ReviewSummary {
  return {
    claimed: toScoreSummary(review.claimed, buildPlan(catalog, assessment, review.claimed)),
    verified: toScoreSummary(review.verified, buildPlan(catalog, review.verifiedFile, review.verified)),
    disputed: review.disputed,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Changing a review (pure: each returns a new assessment with `updated` moved on)

/** What the customer sets on one element; null clears a field, absent leaves it. */
export interface VerdictPatch {
  verified?: AnswerLevel | null;
  status?: ReviewStatus | null;
  comment?: string | null;
}

const isEmptyEntry = (e: ReviewEntry) =>
  e.verified === undefined && e.status === undefined && e.comment === undefined && e.reply === undefined;

function withEntry(
  assessment: Assessment,
  elementId: string,
  change: (prev: ReviewEntry | undefined) => ReviewEntryInput,
  now: Date,
  touchReview: boolean,
): Assessment {
  const review: Review = assessment.review ?? ReviewSchema.parse({});
  const elements = { ...review.elements };
  const next = ReviewEntrySchema.parse(change(Object.hasOwn(elements, elementId) ? elements[elementId] : undefined));
  if (isEmptyEntry(next)) delete elements[elementId];
  else elements[elementId] = next;
  const stamp = now.toISOString();
  return {
    ...assessment,
    review: { ...review, elements, ...(touchReview && { date: stamp }) },
    updated: stamp,
  };
}

const patched = <T>(value: T | null | undefined, prev: T | undefined): T | undefined =>
  value === undefined ? prev : value === null ? undefined : value;

/**
 * The customer's verdict on one element. `fingerprint` is that of the claimed answer as it is now
 * (`fingerprintAnswer`): the verdict is about this answer.
 */
export function withVerdict(
  assessment: Assessment,
  elementId: string,
  patch: VerdictPatch,
  fingerprint: string,
  now: Date = new Date(),
): Assessment {
  return withEntry(
    assessment,
    elementId,
    (prev) => {
      const comment = patched(patch.comment, prev?.comment);
      return {
        ...prev,
        verified: patched(patch.verified, prev?.verified),
        status: patched(patch.status, prev?.status),
        comment: comment?.trim() === '' ? undefined : comment,
        fingerprint,
        reviewed: now.toISOString(),
      };
    },
    now,
    true,
  );
}

/** The supplier's reply to the verdict on one element (blank removes it). */
export function withReply(
  assessment: Assessment,
  elementId: string,
  reply: string,
  now: Date = new Date(),
): Assessment {
  return withEntry(
    assessment,
    elementId,
    (prev) => ({
      ...prev,
      reply: reply.trim() === '' ? undefined : reply,
      replied: reply.trim() === '' ? undefined : now.toISOString(),
    }),
    now,
    false,
  );
}

/** Who reviewed. */
export function withReviewer(assessment: Assessment, reviewer: string, now: Date = new Date()): Assessment {
  const review: Review = assessment.review ?? ReviewSchema.parse({});
  return { ...assessment, review: { ...review, reviewer: reviewer.trim() }, updated: now.toISOString() };
}
