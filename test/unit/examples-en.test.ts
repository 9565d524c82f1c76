/**
 * The English example assessments that /en/ pages offer (issue 10, section 1): the same answers, scope, plan and
 * scores as the Chinese originals, with English titles, names, notes and evidence titles only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadPractices } from '../../src/loader/load.ts';
import { scoreAssessment } from '../../src/engine/score.ts';
import { checkAssessment } from '../../src/engine/validate.ts';
import type { EngineCatalog } from '../../src/engine/catalog-index.ts';

const delivery = loadCatalog();
const handover = loadPractices(delivery).find((p) => p.structure.practice.id === 'handover')!;

type Raw = {
  answers: Record<string, { level?: string; notes?: string; justification?: string; evidence?: { url?: string }[] }>;
  plan?: Record<string, { owner?: string; due?: string; status?: string }>;
} & Record<string, unknown>;

const pairs: [string, string, EngineCatalog][] = [
  ['assessments/examples/strong-supplier.json', 'assessments/examples/strong-supplier.en.json', delivery],
  ['assessments/examples/weak-supplier.json', 'assessments/examples/weak-supplier.en.json', delivery],
  [
    'assessments/practices/handover/examples/partly-ready-project.json',
    'assessments/practices/handover/examples/partly-ready-project.en.json',
    handover,
  ],
];
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Raw;
const CJK = /[\u3400-\u9fff]/;

describe.each(pairs)('%s in English', (zhFile, enFile, catalog) => {
  const zh = read(zhFile);
  const en = read(enFile);

  it('has no Chinese text left', () => {
    expect(readFileSync(enFile, 'utf8')).not.toMatch(CJK);
    expect(String(en.title)).toMatch(/\(example\)$/);
    expect(String(en.subject)).toMatch(/\(fictional\)$/);
  });
  it('translates titles and names; keeps every level, scope, date, link and plan entry', () => {
    for (const key of ['title', 'subject', 'assessor']) expect(en[key], key).not.toEqual(zh[key]);
    for (const key of ['schemaVersion', 'catalog', 'catalogVersion', 'perspective', 'scope', 'created', 'updated'])
      expect(en[key], key).toEqual(zh[key]);
    expect(Object.keys(en.answers)).toEqual(Object.keys(zh.answers));
    for (const [id, answer] of Object.entries(zh.answers)) {
      const other = en.answers[id]!;
      expect(other.level, id).toEqual(answer.level);
      expect(Boolean(other.notes), id).toBe(Boolean(answer.notes));
      expect(Boolean(other.justification), id).toBe(Boolean(answer.justification));
      expect(
        other.evidence?.map((e) => e.url),
        id,
      ).toEqual(answer.evidence?.map((e) => e.url));
    }
    expect(Object.keys(en.plan ?? {})).toEqual(Object.keys(zh.plan ?? {}));
    for (const [id, item] of Object.entries(zh.plan ?? {})) {
      expect(en.plan![id]!.due).toEqual(item.due);
      expect(en.plan![id]!.status).toEqual(item.status);
    }
  });
  it('is valid without warnings and scores exactly as the original', () => {
    const checkedZh = checkAssessment(catalog, zh);
    const checkedEn = checkAssessment(catalog, en);
    if (!checkedZh.success || !checkedEn.success) throw new Error(JSON.stringify(checkedEn.issues));
    expect(checkedEn.issues).toEqual([]);
    expect(scoreAssessment(catalog, checkedEn.assessment)).toEqual(scoreAssessment(catalog, checkedZh.assessment));
  });
});

describe('the questionnaire offers the examples of its language', () => {
  const panel = readFileSync('src/islands/assess/ImportPanel.tsx', 'utf8');
  it.each(pairs)('%s and its English twin', (zhFile, enFile) => {
    expect(panel).toContain(`import('../../../${zhFile}')`);
    expect(panel).toContain(`import('../../../${enFile}')`);
  });
});
