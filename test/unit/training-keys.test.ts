import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAINING_DIR, loadCatalog, loadTrainingCases } from '../../src/loader/load.ts';
import { LOCALES } from '../../src/catalog/schema.ts';
import {
  assessmentFromJson,
  elementsOfClauses,
  isClauseInScope,
  validateAssessment,
  type Assessment,
} from '../../src/engine/index.ts';
import { citedExcerpts, keyFile, keyProblems } from '../../src/lib/training.ts';

const delivery = loadCatalog();
const cases = loadTrainingCases();

function readKey(caseId: string, locale: string): Assessment {
  const parsed = assessmentFromJson(readFileSync(`${DEFAULT_TRAINING_DIR}/${keyFile(caseId, locale as 'en')}`, 'utf8'));
  if (!parsed.success) throw new Error(`${caseId}.${locale}: ${JSON.stringify(parsed.issues)}`);
  return parsed.assessment;
}

describe('training cases', () => {
  it('are the two fictional cases, each with its narrative, excerpts and instructor notes', () => {
    expect(cases.map((c) => c.id)).toEqual(['bank-dc', 'city-cloud']);
    for (const c of cases) {
      expect(c.title['zh-CN']).toContain('虚构');
      expect(c.title.en).toContain('fictional');
      expect(c.narrative.length).toBeGreaterThan(0);
      expect(c.excerpts.length).toBeGreaterThanOrEqual(2);
      for (const list of [c.instructor.strengths, c.instructor.gaps, c.instructor.traps])
        for (const item of list) for (const locale of LOCALES) expect(item[locale].trim()).not.toBe('');
    }
  });

  it('ask only about clauses inside the scope an exercise starts with', () => {
    for (const c of cases)
      for (const clause of c.clauses) expect(isClauseInScope(c.scope, clause), `${c.id} ${clause}`).toBe(true);
  });

  it('cite in their instructor notes only excerpts they have', () => {
    for (const c of cases) {
      const ids = new Set(c.excerpts.map((e) => e.id));
      const notes = [...c.instructor.strengths, ...c.instructor.gaps, ...c.instructor.traps];
      for (const note of notes)
        for (const locale of LOCALES)
          for (const id of citedExcerpts(note[locale])) expect(ids, `${c.id}: ${id}`).toContain(id);
    }
  });
});

describe.each(cases.map((c) => [c.id, c] as const))('the instructor key of %s', (_id, c) => {
  const keys = Object.fromEntries(LOCALES.map((locale) => [locale, readKey(c.id, locale)])) as Record<
    (typeof LOCALES)[number],
    Assessment
  >;
  const scopeIds = elementsOfClauses(delivery, c.clauses);

  it.each(LOCALES)('(%s) is a key of this case, valid against the catalog, with no problem found', (locale) => {
    const key = keys[locale];
    expect(key.role).toBe('key');
    expect(key.case).toBe(c.id);
    expect(key.scope).toEqual(c.scope);
    expect(validateAssessment(delivery, key).filter((i) => i.severity === 'error')).toEqual([]);
    expect(keyProblems(key, c, delivery)).toEqual([]);
  });

  it.each(LOCALES)('(%s) rates every answerable element of the case, and only those, each with a reason', (locale) => {
    const key = keys[locale];
    expect(scopeIds.length).toBeGreaterThan(0);
    expect(Object.keys(key.answers).sort()).toEqual([...scopeIds].sort());
    for (const id of scopeIds) {
      const answer = key.answers[id]!;
      expect(answer.notes?.trim(), `${id} has no reason`).toBeTruthy();
      expect(citedExcerpts(answer.notes ?? '').length, `${id} cites no excerpt`).toBeGreaterThan(0);
      if (answer.level === 'NA') expect(answer.justification?.trim(), `${id}: NA without a reason`).toBeTruthy();
    }
  });

  it('gives the same level, and cites the same excerpts, in zh-CN and en', () => {
    const levels = (key: Assessment) => Object.fromEntries(Object.entries(key.answers).map(([id, a]) => [id, a.level]));
    expect(levels(keys.en)).toEqual(levels(keys['zh-CN']));
    for (const id of scopeIds) {
      const cites = (key: Assessment) => new Set(citedExcerpts(key.answers[id]!.notes ?? ''));
      expect(cites(keys.en), id).toEqual(cites(keys['zh-CN']));
    }
    // Apart from the words (title, subject, assessor, reasons), the two files say the same.
    const frame = (key: Assessment): Record<string, unknown> => {
      const copy: Record<string, unknown> = { ...key };
      for (const field of ['title', 'subject', 'assessor', 'answers']) delete copy[field];
      return copy;
    };
    expect(frame(keys.en)).toEqual(frame(keys['zh-CN']));
  });

  it('is refused when it misses an element, names another case or cites an excerpt the case lacks', () => {
    const key = keys['zh-CN'];
    const [first, second] = scopeIds;
    const rest = { ...key.answers };
    delete rest[first!];
    const broken: Assessment = {
      ...key,
      case: 'another-case',
      answers: { ...rest, [second!]: { ...key.answers[second!]!, notes: 'see Z-99' } },
    };
    const problems = keyProblems(broken, c, delivery);
    expect(problems).toContain(`${first} has no answer`);
    expect(problems).toContain(`case is another-case, not ${c.id}`);
    expect(problems).toContain(`${second}: cites Z-99, which the case does not have`);
    expect(keyProblems({ ...key, role: undefined }, c, delivery)).toContain('role is not "key"');
  });
});
