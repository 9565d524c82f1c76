/**
 * Progress over time: snapshots of an assessment (its scope, answers and plan edits at one moment) kept inside
 * the file, scored by the same engine. A file keeps at most MAX_SNAPSHOTS; taking another drops the oldest and
 * says which. Snapshots and the history view are the portal's own; GB/T 28827.2 does not prescribe them.
 */
import { MAX_SNAPSHOTS, type AnswerLevel } from './assessment-constants.ts';
import { SnapshotSchema, type Assessment, type Snapshot } from './assessment-schema.ts';
import type { EngineCatalog } from './catalog-index.ts';
import { roundScore } from './score-summary.ts';
import { buildPlan } from './plan.ts';
import { canonicalJson } from './canonical-json.ts';
import { scoreAssessment, type AssessmentResult, type Grade } from './score.ts';
import { valueAt } from './invariant.ts';

/** Label of the snapshot taken on an export, in each language. */
export const EXPORT_SNAPSHOT_LABEL = { 'zh-CN': '导出时自动保存', en: 'Saved on export' } as const;

export interface SnapshotResult {
  assessment: Assessment;
  /** Snapshots dropped to stay within MAX_SNAPSHOTS (oldest first): tell the user. */
  dropped: Snapshot[];
}

/** The part of an assessment a snapshot keeps, in canonical form, to tell whether anything changed. */
const stateKey = (s: Pick<Assessment, 'scope' | 'answers' | 'plan'>) =>
  canonicalJson({ scope: s.scope, answers: s.answers, plan: s.plan });

/** The assessment with a snapshot of its current scope, answers and plan added (the oldest dropped past the bound). */
export function withSnapshot(
  assessment: Assessment,
  label: string,
  options: { kind?: Snapshot['kind']; now?: Date; max?: number } = {},
): SnapshotResult {
  const now = options.now ?? new Date();
  const max = options.max ?? MAX_SNAPSHOTS;
  const snapshot = SnapshotSchema.parse({
    label,
    taken: now.toISOString(),
    kind: options.kind ?? 'manual',
    scope: structuredClone(assessment.scope),
    answers: structuredClone(assessment.answers),
    plan: structuredClone(assessment.plan),
  });
  const all = [...assessment.snapshots, snapshot];
  const dropped = all.length > max ? all.slice(0, all.length - max) : [];
  return {
    assessment: { ...assessment, snapshots: all.slice(dropped.length), updated: now.toISOString() },
    dropped,
  };
}

/**
 * The snapshot taken automatically on an export, unless the latest snapshot already holds the same scope,
 * answers and plan (exporting twice does not fill the history with copies: the portal's own rule).
 */
export function withExportSnapshot(assessment: Assessment, label: string, now: Date = new Date()): SnapshotResult {
  const last = assessment.snapshots.at(-1);
  if (last && stateKey(last) === stateKey(assessment)) return { assessment, dropped: [] };
  return withSnapshot(assessment, label, { kind: 'export', now });
}

/** The assessment as it stood when the snapshot was taken (metadata of today, answers of then). */
export function assessmentAt(assessment: Assessment, snapshot: Snapshot): Assessment {
  return { ...assessment, scope: snapshot.scope, answers: snapshot.answers, plan: snapshot.plan, snapshots: [] };
}

/** A plan item closed between two snapshots: marked done, or its gap gone because the target was reached. */
interface ClosedPlanItem {
  id: string;
  reason: 'done' | 'target-reached';
}

/** One snapshot's scores: a row of the history. */
export interface HistoryRow {
  label: string;
  taken: string;
  kind: Snapshot['kind'];
  overall: { score: number | null; grade: Grade | null; provisional: boolean; completeness: number };
  /** The supplier's chapter scores, as `score --format json` prints them. */
  chapters: Record<string, { score: number | null; applicable: number; answered: number }>;
  /** Plan items closed since the previous snapshot (none for the first). */
  closed: ClosedPlanItem[];
}

function closedBetween(
  catalog: EngineCatalog,
  before: Assessment,
  beforeResult: AssessmentResult,
  after: Assessment,
  afterResult: AssessmentResult,
): ClosedPlanItem[] {
  const previous = buildPlan(catalog, before, beforeResult);
  const current = new Map(buildPlan(catalog, after, afterResult).map((item) => [item.id, item]));
  const closed: ClosedPlanItem[] = [];
  for (const item of previous) {
    const now = current.get(item.id);
    if (!now) closed.push({ id: item.id, reason: 'target-reached' });
    else if (now.status === 'done' && item.status !== 'done') closed.push({ id: item.id, reason: 'done' });
  }
  return closed;
}

/** One row per snapshot, oldest first: overall and chapter scores, and what was closed since the one before. */
export function historyOf(catalog: EngineCatalog, assessment: Assessment): HistoryRow[] {
  const states = assessment.snapshots.map((s) => {
    const at = assessmentAt(assessment, s);
    return { snapshot: s, at, result: scoreAssessment(catalog, at) };
  });
  return states.map(({ snapshot, at, result }, i) => {
    const { overall } = result.supplier;
    const prev = i > 0 ? states[i - 1] : undefined;
    return {
      label: snapshot.label,
      taken: snapshot.taken,
      kind: snapshot.kind,
      overall: {
        score: roundScore(overall.score),
        grade: overall.grade,
        provisional: overall.provisional,
        completeness: overall.completeness,
      },
      chapters: Object.fromEntries(
        Object.entries(result.supplier.chapters).map(([n, set]) => [
          n,
          { score: roundScore(set.score), applicable: set.applicable, answered: set.answered },
        ]),
      ),
      closed: prev ? closedBetween(catalog, prev.at, prev.result, at, result) : [],
    };
  });
}

type ElementChangeKind = 'improved' | 'regressed' | 'unchanged' | 'not-comparable';

/** How one element moved between two snapshots. */
export interface ElementChange {
  id: string;
  clause: string;
  party: 'supplier' | 'customer';
  from: { level: AnswerLevel | null; points: number | null };
  to: { level: AnswerLevel | null; points: number | null };
  /**
   * Improved or regressed by points (an unanswered applicable element counts 0); not comparable when it counts
   * in only one of the two (scope or NA changed).
   */
  change: ElementChangeKind;
}

/** Every requirement element's change between two snapshots (by position), in catalog order. */
export function compareSnapshots(
  catalog: EngineCatalog,
  assessment: Assessment,
  from: number,
  to: number,
): ElementChange[] {
  const a = assessment.snapshots[from];
  const b = assessment.snapshots[to];
  if (!a || !b) throw new RangeError(`no snapshot ${a ? to : from} (the file has ${assessment.snapshots.length})`);
  const before = scoreAssessment(catalog, assessmentAt(assessment, a));
  const after = new Map(scoreAssessment(catalog, assessmentAt(assessment, b)).elements.map((e) => [e.id, e]));
  return before.elements.map((e): ElementChange => {
    const next = valueAt(after, e.id);
    const change: ElementChangeKind =
      e.points === null && next.points === null
        ? 'unchanged'
        : e.points === null || next.points === null
          ? 'not-comparable'
          : next.points > e.points
            ? 'improved'
            : next.points < e.points
              ? 'regressed'
              : 'unchanged';
    return {
      id: e.id,
      clause: e.clause,
      party: e.party,
      from: { level: e.level, points: e.points },
      to: { level: next.level, points: next.points },
      change,
    };
  });
}
