import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { MAX_SNAPSHOTS } from '../../src/engine/assessment-schema.ts';
import { withAnswer, withPlanEdit } from '../../src/engine/assessment.ts';
import { assessmentFromJson } from '../../src/engine/assessment-file.ts';
import { roundScore, toScoreSummary, type ScoreSummary } from '../../src/engine/score-summary.ts';
import {
  assessmentAt,
  compareSnapshots,
  historyOf,
  withExportSnapshot,
  withSnapshot,
  type HistoryRow,
} from '../../src/engine/history.ts';
import { buildPlan } from '../../src/engine/plan.ts';
import { answerFingerprints, reviewAssessment, toReviewSummary, type ReviewSummary } from '../../src/engine/review.ts';
import { scoreAssessment } from '../../src/engine/score.ts';
import { validateAssessment } from '../../src/engine/validate.ts';
import { buildAssessment, mini } from './fixtures/engine-catalog.ts';

const at = (day: number) => new Date(Date.UTC(2025, 0, day));

describe('snapshots', () => {
  it('keep the scope, answers and plan of their time, unaffected by later changes', () => {
    const a = buildAssessment({ 'DM-PLAN-01': 'P' });
    const { assessment, dropped } = withSnapshot(a, 'Before', { now: at(1) });
    expect(dropped).toEqual([]);
    expect(assessment.snapshots).toEqual([
      { label: 'Before', taken: at(1).toISOString(), kind: 'manual', scope: a.scope, answers: a.answers, plan: {} },
    ]);
    const later = withAnswer(assessment, 'DM-PLAN-01', { level: 'F' }, at(2));
    expect(later.snapshots[0]!.answers['DM-PLAN-01']!.level).toBe('P');
  });

  it(`are bounded: past ${MAX_SNAPSHOTS} the oldest is dropped and returned so the user can be told`, () => {
    let a = buildAssessment();
    const dropped: string[] = [];
    for (let i = 1; i <= MAX_SNAPSHOTS + 2; i++) {
      const r = withSnapshot(a, `S${i}`, { now: at(i) });
      a = r.assessment;
      dropped.push(...r.dropped.map((s) => s.label));
    }
    expect(a.snapshots).toHaveLength(MAX_SNAPSHOTS);
    expect(dropped).toEqual(['S1', 'S2']);
    expect(a.snapshots[0]!.label).toBe('S3');
    expect(a.snapshots.at(-1)!.label).toBe(`S${MAX_SNAPSHOTS + 2}`);
  });

  it('are taken on export unless nothing changed since the last one', () => {
    const a = buildAssessment({ 'DM-PLAN-01': 'P' });
    const first = withExportSnapshot(a, 'Export', at(1)).assessment;
    expect(first.snapshots).toHaveLength(1);
    expect(first.snapshots[0]!.kind).toBe('export');
    expect(withExportSnapshot(first, 'Export', at(2)).assessment).toBe(first);
    const changed = withPlanEdit(first, 'DM-PLAN-01', { status: 'in-progress' }, at(3));
    expect(withExportSnapshot(changed, 'Export', at(4)).assessment.snapshots).toHaveLength(2);
  });
});

describe('history', () => {
  let a = buildAssessment({ 'DM-PLAN-01': 'P', 'DM-PLAN-02': 'L', 'DC-ROUT-01': 'F', 'DC-RESP-01': 'N' });
  a = withPlanEdit(a, 'DM-PLAN-02', { status: 'in-progress' }, at(1));
  a = withSnapshot(a, 'One', { now: at(1) }).assessment;
  a = withAnswer(a, 'DM-PLAN-01', { level: 'F' }, at(2));
  a = withAnswer(a, 'DC-ROUT-01', { level: 'L' }, at(2));
  a = withPlanEdit(a, 'DM-PLAN-02', { status: 'done' }, at(2));
  a = withSnapshot(a, 'Two', { now: at(2) }).assessment;

  it('has one row per snapshot with the overall and chapter scores of the engine', () => {
    const rows = historyOf(mini, a);
    expect(rows.map((r) => r.label)).toEqual(['One', 'Two']);
    rows.forEach((row, i) => {
      const summary = toScoreSummary(scoreAssessment(mini, assessmentAt(a, a.snapshots[i]!)), []);
      expect(row.overall).toEqual(summary.overall);
      expect(row.chapters).toEqual(summary.chapters);
    });
    expect(rows[1]!.overall.score).toBeGreaterThan(rows[0]!.overall.score!);
  });

  it('lists the plan items closed since the previous snapshot', () => {
    const rows = historyOf(mini, a);
    expect(rows[0]!.closed).toEqual([]);
    expect(rows[1]!.closed).toEqual([
      { id: 'DM-PLAN-01', reason: 'target-reached' },
      { id: 'DM-PLAN-02', reason: 'done' },
    ]);
  });

  it('tells improved, regressed and unchanged elements apart between any two snapshots', () => {
    const changes = new Map(compareSnapshots(mini, a, 0, 1).map((c) => [c.id, c]));
    expect(changes.get('DM-PLAN-01')).toMatchObject({ change: 'improved', from: { level: 'P' }, to: { level: 'F' } });
    expect(changes.get('DC-ROUT-01')!.change).toBe('regressed');
    expect(changes.get('DC-RESP-01')!.change).toBe('unchanged');
    // Backwards, improvements are regressions.
    expect(compareSnapshots(mini, a, 1, 0).find((c) => c.id === 'DM-PLAN-01')!.change).toBe('regressed');
    expect(() => compareSnapshots(mini, a, 0, 5)).toThrow(RangeError);
  });
});

describe('the reviewed self-assessment example', () => {
  const catalog = loadCatalog();
  it.each(['reviewed-self-assessment.json', 'reviewed-self-assessment.en.json'])(
    '%s is valid, reviewed, replied to and has a history',
    async (name) => {
      const parsed = assessmentFromJson(readFileSync(`assessments/examples/${name}`, 'utf8'));
      expect(parsed.success).toBe(true);
      if (!parsed.success) return;
      const { assessment } = parsed;
      expect(parsed.migratedFrom).toBeUndefined();
      expect(validateAssessment(catalog, assessment)).toEqual([]);
      expect(assessment.perspective).toBe('supplier-self');
      const review = reviewAssessment(catalog, assessment, await answerFingerprints(assessment));
      const statuses = new Set(review.elements.map((e) => e.status));
      expect(statuses).toEqual(new Set([null, 'accepted', 'challenged', 'evidence-requested']));
      expect(review.counts.changed).toBe(1);
      expect(review.elements.some((e) => e.reply)).toBe(true);
      expect(review.overall.direction).toBe('over');
      expect(Object.values(review.chapters).some((c) => c.direction === 'over')).toBe(true);
      expect(historyOf(catalog, assessment)).toHaveLength(3);
    },
  );
});

// The CLI runs as its own process: generous timeouts for a busy machine.
const CLI_TIMEOUT = 120_000;
const EXAMPLE = 'assessments/examples/reviewed-self-assessment.json';
function assess(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/assess.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('assess review and history', () => {
  const catalog = loadCatalog();
  const parsed = assessmentFromJson(readFileSync(EXAMPLE, 'utf8'));
  if (!parsed.success) throw new Error('example invalid');
  const { assessment } = parsed;

  it(
    'review --format json prints claimed, verified (both the score output) and the disputed elements',
    async () => {
      const run = assess('review', EXAMPLE, '--format', 'json');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as ReviewSummary;
      expect(Object.keys(out)).toEqual(['claimed', 'verified', 'disputed']);
      // "claimed" is exactly what `score FILE --format json` prints.
      const score = JSON.parse(assess('score', EXAMPLE, '--format', 'json').stdout) as ScoreSummary;
      expect(out.claimed).toEqual(score);
      const review = reviewAssessment(catalog, assessment, await answerFingerprints(assessment));
      expect(out).toEqual(JSON.parse(JSON.stringify(toReviewSummary(catalog, assessment, review))));
      expect(out.verified.overall.score).toBeLessThan(out.claimed.overall.score!);
      for (const d of out.disputed) expect(Object.keys(d)).toEqual(['id', 'claimed', 'verified', 'status']);
      expect(out.disputed).toContainEqual({
        id: 'DW-REMOTE-END-02',
        claimed: 'F',
        verified: 'L',
        status: 'changed-since-review',
      });
      // The verified score is the score of the file with the verified levels.
      const verifiedFile = review.verifiedFile;
      expect(out.verified.overall.score).toBe(
        roundScore(scoreAssessment(catalog, verifiedFile).supplier.overall.score),
      );
      expect(out.verified.plan).toEqual(
        buildPlan(catalog, verifiedFile).map((i) => ({ id: i.id, phase: i.phase, gap: i.gap })),
      );
    },
    CLI_TIMEOUT,
  );

  it(
    'review --format md and csv in both languages',
    () => {
      const md = assess('review', EXAMPLE, '--format', 'md', '--lang', 'en');
      expect(md.status).toBe(0);
      expect(md.stdout).toMatch(/^# Review of a self-assessment: /);
      expect(md.stdout).toContain('| Overall score | 95.89 | 91.32 | +4.57 | overstated |');
      expect(md.stdout).toContain('Changed since review');
      const csv = assess('review', EXAMPLE, '--format', 'csv');
      expect(csv.status).toBe(0);
      expect(csv.stdout.startsWith('\uFEFF编号,')).toBe(true);
      expect(csv.stdout).toContain('DM-PLAN-09,5.2,供方');
    },
    CLI_TIMEOUT,
  );

  it(
    'history --format json prints one row per snapshot with its overall and chapter scores',
    () => {
      const run = assess('history', EXAMPLE, '--format', 'json');
      expect(run.status).toBe(0);
      const rows = JSON.parse(run.stdout) as HistoryRow[];
      expect(rows).toHaveLength(assessment.snapshots.length);
      expect(rows).toEqual(JSON.parse(JSON.stringify(historyOf(catalog, assessment))));
      for (const row of rows) {
        expect(Object.keys(row)).toEqual(['label', 'taken', 'kind', 'overall', 'chapters', 'closed']);
        expect(Object.keys(row.chapters)).toEqual(['5', '6', '7', '8']);
      }
      const md = assess('history', EXAMPLE, '--format', 'md');
      expect(md.stdout.split('\n').filter((l) => l.startsWith('| 首次自评'))).toHaveLength(1);
      const csv = assess('history', EXAMPLE, '--format', 'csv');
      expect(csv.status).toBe(2);
      expect(csv.stderr).toMatch(/history: --format must be json or md/);
    },
    CLI_TIMEOUT,
  );
});
