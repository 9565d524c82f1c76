import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../../src/engine/assessment-schema.ts';
import { withAnswer } from '../../src/engine/assessment.ts';
import { assessmentFromJson, assessmentToJson } from '../../src/engine/assessment-file.ts';
import { elementsToCsv } from '../../src/engine/csv.ts';
import { SCOPE_CONTENTS, SCOPE_MODES } from '../../src/engine/scope.ts';
import {
  explainScore,
  GRADES,
  scoreAssessment,
  scoreSet,
  type AssessmentResult,
  type Grade,
} from '../../src/engine/score.ts';
import { readCsv } from './fixtures/csv.ts';
import { buildAssessment, buildCatalog, mini } from './fixtures/engine-catalog.ts';
import { reportText } from '../../src/i18n/report-export.ts';

const answerableIds = mini.elements.filter((e) => e.kind === 'requirement').map((e) => e.id);
const LEVELS_UP = ['N', 'P', 'L', 'F'] as const;

/** Catalogs shaped like `mini` with random weights 1–5. */
const catalogArb = fc
  .array(fc.integer({ min: 1, max: 5 }), { minLength: answerableIds.length, maxLength: answerableIds.length })
  .map((weights) => {
    const specs: Record<string, { id: string; key?: boolean; weight?: number; parent?: string }[]> = {};
    for (const el of mini.elements) {
      const i = answerableIds.indexOf(el.id);
      (specs[el.clause] ??= []).push({
        id: el.id,
        key: el.key,
        ...(i >= 0 && { weight: weights[i] }),
        ...(el.parent && { parent: el.parent }),
      });
    }
    return buildCatalog(specs);
  });

const text = fc.string({ unit: 'binary', maxLength: 30 });
const answerArb = fc.record(
  {
    level: fc.constantFrom('N', 'P', 'L', 'F', 'NA'),
    justification: fc.oneof(text, fc.constant('Not in the contract')),
    target: fc.constantFrom('P', 'L', 'F'),
    notes: text,
    evidence: fc.array(
      fc.record({ title: text.filter((s) => s.trim() !== ''), url: fc.webUrl() }, { requiredKeys: ['title'] }),
      {
        maxLength: 2,
      },
    ),
    flagged: fc.boolean(),
  },
  { requiredKeys: ['level'] },
);
const scopeArb = fc.record({ contents: fc.subarray([...SCOPE_CONTENTS]), modes: fc.subarray([...SCOPE_MODES]) });
const assessmentArb = fc
  .record({
    answers: fc.dictionary(fc.constantFrom(...answerableIds), answerArb, { maxKeys: answerableIds.length }),
    scope: scopeArb,
    title: text.filter((s) => s.trim() !== ''),
    planEdits: fc.dictionary(
      fc.constantFrom(...answerableIds),
      fc.record({ owner: text, status: fc.constantFrom('open', 'in-progress', 'done') }, { requiredKeys: [] }),
      {
        maxKeys: 3,
      },
    ),
  })
  .map(({ answers, scope, title, planEdits }) => buildAssessment(answers, { scope, title, plan: planEdits }));

/** Every score of a result, labelled. */
function allScores(result: AssessmentResult): [string, number | null][] {
  const of = (party: 'supplier' | 'customer') => [
    [`${party} overall`, result[party].overall.score] as [string, number | null],
    ...Object.entries(result[party].chapters).map(([n, s]): [string, number | null] => [
      `${party} chapter ${n}`,
      s.score,
    ]),
    ...Object.entries(result[party].clauses).map(([n, s]): [string, number | null] => [
      `${party} clause ${n}`,
      s.score,
    ]),
  ];
  return [...of('supplier'), ...of('customer')];
}
const gradeRank = (g: Grade | null) => (g === null ? -1 : GRADES.length - GRADES.indexOf(g));

describe('properties of the score', () => {
  it('keeps every score within 0–100 or null, and every completeness within 0–1', () => {
    fc.assert(
      fc.property(catalogArb, assessmentArb, (catalog, assessment) => {
        const result = scoreAssessment(catalog, assessment);
        for (const [label, score] of allScores(result)) {
          if (score !== null) {
            expect(score, label).toBeGreaterThanOrEqual(0);
            expect(score, label).toBeLessThanOrEqual(100);
          }
        }
        for (const party of ['supplier', 'customer'] as const) {
          const c = result[party].overall.completeness;
          expect(c >= 0 && c <= 1).toBe(true);
        }
      }),
    );
  });

  it("scores every chapter and clause from exactly that part's elements, in catalog order", () => {
    fc.assert(
      fc.property(catalogArb, assessmentArb, (catalog, assessment) => {
        const result = scoreAssessment(catalog, assessment);
        for (const party of ['supplier', 'customer'] as const) {
          const mine = result.elements.filter((e) => e.party === party);
          for (const [n, set] of Object.entries(result[party].chapters)) {
            expect(set, `${party} chapter ${n}`).toEqual(scoreSet(mine.filter((e) => e.chapter === n)));
          }
          for (const [n, set] of Object.entries(result[party].clauses)) {
            expect(set, `${party} clause ${n}`).toEqual(scoreSet(mine.filter((e) => e.clause === n)));
          }
        }
      }),
    );
  });

  it('never lowers any score or the grade when one answer is raised', () => {
    const raiseArb = fc.record({ id: fc.constantFrom(...answerableIds), step: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(catalogArb, assessmentArb, raiseArb, (catalog, assessment, { id, step }) => {
        const before = scoreAssessment(catalog, assessment);
        const element = before.elements.find((e) => e.id === id)!;
        if (element.exclusion === 'not-applicable') return; // a justified NA is not a level to raise
        // Unanswered (or an unjustified NA) counts like N but below it: raising gives N…F.
        const from = element.answered ? LEVELS_UP.indexOf(element.level as 'N') : -1;
        const to = Math.min(from + step, LEVELS_UP.length - 1);
        if (to === from) return;
        const raised = withAnswer(assessment, id, { ...assessment.answers[id], level: LEVELS_UP[to]! });
        const after = scoreAssessment(catalog, raised);
        const afterScores = new Map(allScores(after));
        for (const [label, score] of allScores(before)) {
          const next = afterScores.get(label)!;
          if (score === null) expect(next, label).toBeNull();
          else expect(next!, label).toBeGreaterThanOrEqual(score);
        }
        expect(gradeRank(after.supplier.overall.grade)).toBeGreaterThanOrEqual(
          gradeRank(before.supplier.overall.grade),
        );
      }),
    );
  });

  it('explains every score by its elements: 100 × Σ(w·p) / (3 × Σw)', () => {
    fc.assert(
      fc.property(catalogArb, assessmentArb, (catalog, assessment) => {
        const result = scoreAssessment(catalog, assessment);
        const targets = [
          { kind: 'overall' as const },
          { kind: 'customer-readiness' as const },
          ...Object.keys(result.supplier.clauses).map((number) => ({ kind: 'clause' as const, number })),
          ...Object.keys(result.supplier.chapters).map((number) => ({ kind: 'chapter' as const, number })),
        ];
        for (const target of targets) {
          const ex = explainScore(result, target);
          const wp = ex.contributions.reduce((s, c) => s + c.weight * c.points, 0);
          const w = ex.contributions.reduce((s, c) => s + c.weight, 0);
          expect(ex.score).toBe(w === 0 ? null : (100 * wp) / (3 * w));
          const expected =
            target.kind === 'overall'
              ? result.supplier.overall.score
              : target.kind === 'customer-readiness'
                ? result.customer.overall.score
                : target.kind === 'clause'
                  ? result.supplier.clauses[target.number]!.score
                  : result.supplier.chapters[target.number]!.score;
          expect(ex.score).toBe(expected);
        }
      }),
    );
  });
});

describe('properties of the exports', () => {
  it('gives back the same assessment after export and import', () => {
    fc.assert(
      fc.property(assessmentArb, (assessment) => {
        const read = assessmentFromJson(assessmentToJson(assessment));
        expect(read.success).toBe(true);
        if (read.success) expect(read.assessment).toEqual(assessment);
        // Canonical: parsing the canonical form changes nothing.
        expect(AssessmentSchema.parse(assessment)).toEqual(assessment);
      }),
    );
  });

  it('writes CSV that reads back with one cell per column and no cell a spreadsheet would run', () => {
    fc.assert(
      fc.property(assessmentArb, fc.constantFrom('zh-CN' as const, 'en' as const), (assessment, locale) => {
        const rows = readCsv(elementsToCsv(mini, assessment, reportText(locale)).slice(1));
        const width = rows[0]!.length;
        for (const row of rows) {
          expect(row).toHaveLength(width);
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
        }
      }),
      { numRuns: 50 },
    );
  });
});
