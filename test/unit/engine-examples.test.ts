import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { assessmentFromJson, assessmentToJson } from '../../src/engine/assessment-file.ts';
import { buildPlan } from '../../src/engine/plan.ts';
import { scoreAssessment } from '../../src/engine/score.ts';
import { checkAssessment } from '../../src/engine/validate.ts';

const catalog = loadCatalog();
const examples = ['strong-supplier', 'weak-supplier'].map((name) => {
  const text = readFileSync(`assessments/examples/${name}.json`, 'utf8');
  return [name, text, JSON.parse(text) as unknown] as const;
});

describe.each(examples)('example %s', (name, text, raw) => {
  const checked = checkAssessment(catalog, raw);
  if (!checked.success) throw new Error(`${name} is invalid: ${JSON.stringify(checked.issues)}`);
  const { assessment } = checked;

  it('is valid against the real catalog, without warnings, at its version', () => {
    expect(checked.issues).toEqual([]);
    expect(assessment.catalogVersion).toBe(catalog.structure.version);
  });
  it('reads back the same after export', () => {
    const again = assessmentFromJson(assessmentToJson(assessment));
    expect(again).toEqual({ success: true, assessment });
    // The committed examples are version-1 files: they open through the migration, unchanged in meaning.
    expect(assessmentFromJson(text)).toEqual({ success: true, assessment, migratedFrom: 1 });
  });
  it('shows notes, evidence and justified NA answers', () => {
    const answers = Object.values(assessment.answers);
    expect(answers.some((a) => a.notes)).toBe(true);
    expect(answers.some((a) => a.evidence.some((e) => e.url?.startsWith('https://')))).toBe(true);
    expect(answers.some((a) => a.level === 'NA' && a.justification)).toBe(true);
    expect(Object.keys(assessment.plan).length).toBeGreaterThan(0);
  });
  it('uses fictional, reserved example domains only', () => {
    for (const a of Object.values(assessment.answers)) {
      for (const e of a.evidence) if (e.url) expect(new URL(e.url).hostname).toMatch(/(^|\.)example\.com$/);
    }
  });
  it('has plan edits only for elements in its plan', () => {
    const planIds = buildPlan(catalog, assessment).map((i) => i.id);
    for (const id of Object.keys(assessment.plan)) expect(planIds).toContain(id);
  });
});

describe('what the examples show', () => {
  const result = (name: string) => {
    const checked = checkAssessment(catalog, examples.find(([n]) => n === name)![2]);
    if (!checked.success) throw new Error(name);
    return { assessment: checked.assessment, result: scoreAssessment(catalog, checked.assessment) };
  };
  it('strong: a supplier self-assessment over the full scope, conformant', () => {
    const { assessment, result: r } = result('strong-supplier');
    expect(assessment.perspective).toBe('supplier-self');
    expect(assessment.scope).toEqual({ contents: ['6.2', '6.3', '6.4', '6.5'], modes: ['7.2', '7.3'] });
    expect(r.supplier.overall).toMatchObject({ grade: 'conformant', provisional: false });
  });
  it('weak: a customer evaluation over a partial scope, nonconformant and provisional', () => {
    const { assessment, result: r } = result('weak-supplier');
    expect(assessment.perspective).toBe('customer-evaluation');
    expect(assessment.scope).toEqual({ contents: ['6.2', '6.3'], modes: ['7.3'] });
    expect(r.supplier.overall).toMatchObject({ grade: 'nonconformant', provisional: true });
    expect(r.supplier.overall.keyElements.notOrUnanswered).toBeGreaterThan(0);
  });
});
