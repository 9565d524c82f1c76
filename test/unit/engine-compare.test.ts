import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadPractice } from '../../src/loader/load.ts';
import {
  bestOf,
  buildPlan,
  checkAssessment,
  commonScopeOf,
  compareAssessments,
  CompareError,
  compareProblem,
  comparisonToCsv,
  comparisonToMarkdown,
  elementRows,
  EQUAL_PRIORITIES,
  filterElementRows,
  fitRanking,
  fitScore,
  keyElementMatrix,
  prioritiesAreEqual,
  rankOf,
  scopeBeyond,
  scoreAssessment,
  scoreRows,
  toCompareSummary,
  toScoreSummary,
  type Assessment,
  type CompareInput,
  type Priorities,
  withAnswer,
} from '../../src/engine/index.ts';
import { SCOPE_CONTENTS, SCOPE_MODES } from '../../src/engine/scope.ts';
import { readCsv } from './fixtures/csv.ts';
import { buildAssessment } from './fixtures/engine-catalog.ts';
import { COMPARE_DICTIONARIES, compareText } from '../../src/i18n/compare-export.ts';
import { reportText } from '../../src/i18n/report-export.ts';

const catalog = loadCatalog();
const CANDIDATES = ['yunling', 'qingshi', 'lanwan'] as const;

function readExample(path: string): Assessment {
  const checked = checkAssessment(catalog, JSON.parse(readFileSync(path, 'utf8')));
  if (!checked.success) throw new Error(`${path}: ${JSON.stringify(checked.issues)}`);
  return checked.assessment;
}
const candidate = (name: string, locale: 'zh-CN' | 'en' = 'zh-CN'): CompareInput => {
  const file = `assessments/examples/candidates/${name}.${locale}.json`;
  return { file, assessment: readExample(file) };
};
const examples = (locale: 'zh-CN' | 'en' = 'zh-CN') => CANDIDATES.map((n) => candidate(n, locale));

/** The fields of `score --format json` that compare prints. */
const scoreFields = (a: Assessment) => {
  const result = scoreAssessment(catalog, a);
  const { overall, chapters, clauses, customerReadiness } = toScoreSummary(result, buildPlan(catalog, a, result));
  return { overall, chapters, clauses, customerReadiness };
};

describe('the candidate examples', () => {
  it.each(CANDIDATES)('%s: zh-CN and en are valid, without warnings, and answer exactly alike', (name) => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const raw = JSON.parse(readFileSync(`assessments/examples/candidates/${name}.${locale}.json`, 'utf8')) as unknown;
      const checked = checkAssessment(catalog, raw);
      expect(checked.success && checked.issues).toEqual([]);
    }
    const zh = candidate(name, 'zh-CN').assessment;
    const en = candidate(name, 'en').assessment;
    expect(en.scope).toEqual(zh.scope);
    expect(en.perspective).toBe('customer-evaluation');
    const shape = (a: Assessment) =>
      Object.fromEntries(
        Object.entries(a.answers).map(([id, x]) => [
          id,
          [x.level, !!x.justification, !!x.notes, x.evidence.map((e) => e.url)],
        ]),
      );
    expect(shape(en)).toEqual(shape(zh));
    // Texts are translated, not copied.
    expect(en.subject).not.toBe(zh.subject);
    expect(en.subject).toMatch(/fictional/);
    expect(zh.subject).toMatch(/虚构/);
    for (const [id, answer] of Object.entries(en.answers)) {
      if (answer.notes) expect(answer.notes, id).not.toBe(zh.answers[id]!.notes);
      for (const e of answer.evidence) if (e.url) expect(new URL(e.url).hostname).toMatch(/(^|\.)example\.com$/);
    }
  });

  it('have three different scopes and grades, one of them provisional', () => {
    const c = compareAssessments(catalog, examples());
    expect(new Set(c.candidates.map((x) => JSON.stringify(x.assessment.scope))).size).toBe(3);
    expect(c.candidates.map((x) => x.own.summary.overall.grade)).toEqual(['largely', 'largely', 'nonconformant']);
    expect(c.candidates.map((x) => x.own.summary.overall.provisional)).toEqual([false, false, true]);
    expect(c.commonScope).toEqual({ contents: ['6.2', '6.3'], modes: ['7.2'] });
    expect(c.sameScope).toBe(false);
  });
});

describe('compareAssessments', () => {
  it('scores each candidate as score does, on its own scope and on the common scope', () => {
    const c = compareAssessments(catalog, examples());
    const summary = toCompareSummary(c);
    expect(Object.keys(summary)).toEqual(['assessments', 'commonScope', 'common']);
    summary.assessments.forEach((entry, i) => {
      const { file, assessment } = examples()[i]!;
      expect(entry).toEqual({ file, subject: assessment.subject, ...scoreFields(assessment) });
      expect(Object.keys(entry)).toEqual(['file', 'subject', 'overall', 'chapters', 'clauses', 'customerReadiness']);
      expect(summary.common[i]).toEqual({
        file,
        subject: assessment.subject,
        ...scoreFields({ ...assessment, scope: summary.commonScope }),
      });
    });
  });

  it('states what each scope has beyond the common one', () => {
    const c = compareAssessments(catalog, examples());
    expect(c.candidates.map((x) => x.beyondCommon)).toEqual([
      { contents: ['6.4', '6.5'], modes: ['7.3'] },
      { contents: ['6.4'], modes: ['7.3'] },
      { contents: ['6.5'], modes: [] },
    ]);
  });

  it('refuses fewer than two and more than ten', () => {
    expect(compareProblem(catalog, [])).toEqual({ code: 'too-few', count: 0 });
    expect(compareProblem(catalog, examples().slice(0, 1))).toEqual({ code: 'too-few', count: 1 });
    const eleven = Array.from({ length: 11 }, (_, i) => ({ ...candidate('qingshi'), file: `f${i}.json` }));
    expect(compareProblem(catalog, eleven)).toEqual({ code: 'too-many', count: 11 });
    expect(compareProblem(catalog, eleven.slice(0, 10))).toBeUndefined();
    expect(() => compareAssessments(catalog, [])).toThrow(CompareError);
  });

  it('refuses assessments of different catalogs, naming both files', () => {
    const handover = JSON.parse(
      readFileSync('assessments/practices/handover/examples/partly-ready-project.json', 'utf8'),
    ) as unknown;
    const practice = loadPractice('assessments/practices/handover', catalog);
    const checked = checkAssessment(practice, handover);
    if (!checked.success) throw new Error('handover example');
    const inputs = [candidate('yunling'), { file: 'handover.json', assessment: checked.assessment }];
    const error = (() => {
      try {
        compareAssessments(catalog, inputs);
      } catch (err) {
        return err as CompareError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CompareError);
    expect(error!.problem.code).toBe('different-catalogs');
    expect(error!.message).toContain('yunling.zh-CN.json');
    expect(error!.message).toContain('handover.json');
    expect(error!.message).toContain('GB/T 28827.2');
    expect(error!.message).toContain('handover');
  });

  it('uses the same result for both views when every scope is the same', () => {
    const a = candidate('qingshi');
    const c = compareAssessments(catalog, [a, { ...a, file: 'copy.json' }]);
    expect(c.sameScope).toBe(true);
    expect(c.candidates[0]!.common).toBe(c.candidates[0]!.own);
  });
});

describe('arrangement', () => {
  it('bestOf marks the highest shown score, all of a tie, and never a missing score', () => {
    expect(bestOf([50, 70, 60])).toEqual([1]);
    expect(bestOf([70.001, 70.004, 10])).toEqual([0, 1]);
    expect(bestOf([null, 10, 10])).toEqual([1, 2]);
    expect(bestOf([null, null])).toEqual([]);
  });

  it('rankOf ranks highest first, ties share a rank, missing scores get none', () => {
    expect(rankOf([50, 70, 70, null, 10])).toEqual([3, 1, 1, null, 4]);
  });

  it('scoreRows gives every chapter and clause with its best candidates', () => {
    const rows = scoreRows(compareAssessments(catalog, examples()), 'own');
    expect(rows.chapters.map((r) => r.number)).toEqual(['5', '6', '7', '8']);
    expect(rows.clauses).toHaveLength(15);
    const c64 = rows.clauses.find((r) => r.number === '6.4')!;
    expect(c64.scores[2]).toBeNull(); // Lanwan does not offer 6.4
    expect(c64.best).toEqual([0]);
    expect(rows.overall.best).toEqual([0]);
  });

  it('the key-element matrix lists only key elements with their standing for the grade', () => {
    const matrix = keyElementMatrix(compareAssessments(catalog, examples()));
    expect(matrix.every((r) => r.key)).toBe(true);
    const lanwan = matrix.map((r) => r.cells[2]!);
    expect(lanwan.filter((c) => c.state === 'failed').length).toBe(
      compareAssessments(catalog, examples()).candidates[2]!.own.result.supplier.overall.keyElements.notOrUnanswered +
        // the customer's key element counts in customer readiness, not in the supplier's key elements
        matrix.filter((r) => r.party === 'customer' && r.cells[2]!.state === 'failed').length,
    );
    const plan13 = matrix.find((r) => r.id === 'DM-PLAN-13')!;
    expect(plan13.cells[2]).toMatchObject({ level: 'N', state: 'failed' });
    const remote = matrix.find((r) => r.id === 'DW-REMOTE-BEFORE-02')!;
    expect(remote.cells[2]).toMatchObject({ state: 'excluded', exclusion: 'out-of-scope' });
  });

  it('element differences filter by differing, key and clause', () => {
    const a = candidate('qingshi').assessment;
    const b = withAnswer(a, 'DM-PLAN-02', { level: 'N' });
    const rows = elementRows(
      compareAssessments(catalog, [
        { file: 'a', assessment: a },
        { file: 'b', assessment: b },
      ]),
    );
    const differing = filterElementRows(rows, { onlyDiffering: true });
    expect(differing.map((r) => r.id)).toEqual(['DM-PLAN-02']);
    expect(filterElementRows(rows, { onlyDiffering: true, onlyKey: true })).toEqual([]);
    expect(filterElementRows(rows, { clause: '5.3' }).every((r) => r.clause === '5.3')).toBe(true);
    expect(filterElementRows(rows, { clause: '5.3' }).length).toBeGreaterThan(0);
    expect(filterElementRows(rows, {})).toHaveLength(rows.length);
  });
});

describe('fit to the customer priorities', () => {
  const c = compareAssessments(catalog, examples());

  it('equals the overall score with no priorities set', () => {
    for (const x of c.candidates) {
      expect(fitScore(x.common.result.supplier, EQUAL_PRIORITIES).fit).toBe(x.common.result.supplier.overall.score);
    }
    expect(prioritiesAreEqual(catalog, EQUAL_PRIORITIES)).toBe(true);
  });

  it('weighs each chapter by its importance, by the stated formula', () => {
    const only6: Priorities = { basis: 'chapter', weights: { '5': 0, '6': 1, '7': 0, '8': 0 } };
    for (const x of c.candidates) {
      expect(fitScore(x.common.result.supplier, only6).fit).toBe(x.common.result.supplier.chapters['6']!.score);
    }
    const p: Priorities = { basis: 'clause', weights: { '6.3': 5, '5.2': 0 } };
    const s = c.candidates[0]!.common.result.supplier;
    let num = 0;
    let den = 0;
    for (const [n, set] of Object.entries(s.clauses)) {
      const u = n === '6.3' ? 5 : n === '5.2' ? 0 : 1;
      num += u * set.weightedPoints;
      den += u * set.weightTotal;
    }
    expect(fitScore(s, p)).toEqual({ fit: (100 * num) / (3 * den), weightedPoints: num, weightTotal: den });
    expect(prioritiesAreEqual(catalog, p)).toBe(false);
  });

  it('has no fit when every importance is 0, and clamps importances to whole numbers 0–5', () => {
    const zero: Priorities = { basis: 'chapter', weights: { '5': 0, '6': 0, '7': 0, '8': 0 } };
    expect(fitScore(c.candidates[0]!.common.result.supplier, zero).fit).toBeNull();
    expect(fitRanking(c, zero).every((f) => f.rank === null)).toBe(true);
    const odd: Priorities = { basis: 'chapter', weights: { '5': 9, '6': -2, '7': 1.4, '8': Number.NaN } };
    const clamped: Priorities = { basis: 'chapter', weights: { '5': 5, '6': 0, '7': 1, '8': 1 } };
    expect(fitScore(c.candidates[1]!.common.result.supplier, odd)).toEqual(
      fitScore(c.candidates[1]!.common.result.supplier, clamped),
    );
  });

  it('can reorder candidates that the overall score orders otherwise', () => {
    // On 6.3 alone Qingshi is ahead of Yunling.
    const ranking = fitRanking(c, {
      basis: 'clause',
      weights: Object.fromEntries(scoreRows(c, 'common').clauses.map((r) => [r.number, r.number === '6.3' ? 1 : 0])),
    });
    expect(ranking[0]!.index).toBe(1);
    expect(ranking[0]!.overallRank).toBe(2);
  });
});

describe('text exports', () => {
  const c = compareAssessments(catalog, examples('en'));

  it('Markdown: both views, best marks, key matrix, differences; --common-scope leaves the own view out', () => {
    const md = comparisonToMarkdown(c, reportText('en'), compareText('en'));
    expect(md).toContain('# Comparison of candidate suppliers');
    expect(md).toContain('## Scores on each candidate’s own scope');
    expect(md).toContain('## Rescored on the common scope');
    expect(md).toContain('| Overall score | **83.33** ★ | 62.11 | 35.50 |');
    expect(md).toContain('## Key elements side by side');
    expect(md).toContain('| DM-PLAN-13 |');
    expect(md).not.toContain('## Fit');
    const common = comparisonToMarkdown(c, reportText('en'), compareText('en'), { commonScopeOnly: true });
    expect(common).not.toContain('## Scores on each candidate');
    expect(common).toContain('## Rescored on the common scope');
    const zh = comparisonToMarkdown(
      compareAssessments(catalog, examples('zh-CN')),
      reportText('zh-CN'),
      compareText('zh-CN'),
      {
        priorities: EQUAL_PRIORITIES,
      },
    );
    expect(zh).toContain('# 候选供方比较');
    expect(zh).toContain('不是标准的得分');
    expect(zh).toContain('fit = 100 × Σᵤ u·Σ(w·p)ᵤ / (3 × Σᵤ u·Σwᵤ)');
  });

  it('Markdown escapes what a candidate wrote', () => {
    const a = candidate('qingshi', 'en');
    const evil = { ...a.assessment, subject: 'Evil | <script>alert(1)</script> *Ltd*' };
    const md = comparisonToMarkdown(
      compareAssessments(catalog, [a, { file: 'evil.json', assessment: evil }]),
      reportText('en'),
      compareText('en'),
    );
    expect(md).not.toContain('<script>');
    expect(md).toContain('Evil \\| \\<script\\>');
  });

  it('CSV: BOM and CRLF, a column per candidate, numbers as the JSON has them, formula-safe', () => {
    const a = candidate('qingshi', 'en');
    const evil = { ...a.assessment, subject: '=HYPERLINK("http://x.example.com","click")' };
    const cmp = compareAssessments(catalog, [a, { file: 'evil.json', assessment: evil }]);
    const csv = comparisonToCsv(cmp, reportText('en'), compareText('en'), { priorities: EQUAL_PRIORITIES });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual(['View', 'Kind', 'Number', 'Name', a.assessment.subject, `'${evil.subject}`, 'Best']);
    const overall = rows.find((r) => r[0] === 'Own scope' && r[3] === 'Overall score')!;
    expect(overall.slice(4, 6)).toEqual([
      String(toScoreSummary(cmp.candidates[0]!.own.result, []).overall.score),
      String(cmp.candidates[1]!.own.summary.overall.score),
    ]);
    expect(rows.filter((r) => r[1] === 'Element' || r[1] === 'Key element')).toHaveLength(92);
    const fit = rows.find((r) => r[1] === 'Fit')!;
    expect(fit[4]).toBe(overall[4]);
  });

  it('has every string in both languages', () => {
    expect(Object.keys(COMPARE_DICTIONARIES.en).sort()).toEqual(Object.keys(COMPARE_DICTIONARIES['zh-CN']).sort());
    for (const value of Object.values(COMPARE_DICTIONARIES.en)) expect(value).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(['zh-CN', 'en'] as const)('gives a %s translator that knows its language', (locale) => {
    const t = compareText(locale);
    expect(t.locale).toBe(locale);
    expect(t('compare.candidates')).toBe(COMPARE_DICTIONARIES[locale]['compare.candidates']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties over random assessments of the real catalog

const ids = scoreAssessment(catalog, buildAssessment()).elements.map((e) => e.id);
const answerArb = fc.oneof(
  fc.constantFrom('N', 'P', 'L', 'F').map((level) => ({ level })),
  fc.constant({ level: 'NA', justification: 'Not in the contract' }),
);
const scopeArb = fc.record({ contents: fc.subarray([...SCOPE_CONTENTS]), modes: fc.subarray([...SCOPE_MODES]) });
const assessmentArb = fc
  .record({
    answers: fc.dictionary(fc.constantFrom(...ids), answerArb, { maxKeys: ids.length }),
    scope: scopeArb,
    subject: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
  })
  .map(({ answers, scope, subject }) => buildAssessment(answers as never, { scope, subject }));
const inputsArb = fc
  .array(assessmentArb, { minLength: 2, maxLength: 5 })
  .map((list) => list.map((assessment, i): CompareInput => ({ file: `c${i}.json`, assessment })));

describe('properties', () => {
  it('compare and common-scope rescoring agree with scoring each file alone', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const summary = toCompareSummary(compareAssessments(catalog, inputs));
        const common = commonScopeOf(inputs.map((i) => i.assessment.scope));
        expect(summary.commonScope).toEqual(common);
        inputs.forEach(({ file, assessment }, i) => {
          // The common scope lies within every scope.
          expect(scopeBeyond(common, assessment.scope)).toEqual({ contents: [], modes: [] });
          expect(summary.assessments[i]).toEqual({ file, subject: assessment.subject, ...scoreFields(assessment) });
          expect(summary.common[i]).toEqual({
            file,
            subject: assessment.subject,
            ...scoreFields({ ...assessment, scope: common }),
          });
        });
      }),
      { numRuns: 40 },
    );
  });

  it('with equal priorities the fit is the overall score and the fit ranking is the overall ranking', () => {
    fc.assert(
      fc.property(
        inputsArb,
        fc.constantFrom('chapter', 'clause'),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom<'own' | 'common'>('own', 'common'),
        (inputs, basis, u, view) => {
          const c = compareAssessments(catalog, inputs);
          const units = basis === 'chapter' ? ['5', '6', '7', '8'] : scoreRows(c, 'own').clauses.map((r) => r.number);
          const priorities: Priorities = { basis, weights: Object.fromEntries(units.map((n) => [n, u])) };
          expect(prioritiesAreEqual(catalog, priorities)).toBe(true);
          const ranking = fitRanking(c, priorities, view);
          for (const row of ranking) {
            expect(row.fit).toBe(row.overall);
            expect(row.rank).toBe(row.overallRank);
          }
          const byOverall = rankOf(c.candidates.map((x) => x[view].result.supplier.overall.score));
          expect(ranking.map((r) => r.rank)).toEqual(ranking.map((r) => byOverall[r.index]));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('an element differs exactly when two candidates answer it differently', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const c = compareAssessments(catalog, inputs);
        for (const row of elementRows(c)) {
          const shown = row.cells.map((cell) => cell.exclusion ?? (cell.answered ? cell.level : 'none'));
          expect(row.differs).toBe(new Set(shown).size > 1);
        }
      }),
      { numRuns: 20 },
    );
  });
});
