import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CatalogError } from '../../src/catalog/check.ts';
import { loadCatalog, loadPractice, loadPractices } from '../../src/loader/load.ts';
import { PRACTICE_IDS, PRACTICE_PREFIXES } from '../../src/catalog/schema.ts';

const delivery = loadCatalog();
const text = (s: string) => ({ 'zh-CN': `${s}（中）`, en: s });
const party = (s: string) => ({ name: text(s), description: text(`who the ${s} is`) });
const levels = { N: text('none'), P: text('some'), L: text('most'), F: text('all') };

function element(id: string, clause: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    clause,
    party: 'supplier',
    title: text(`title ${id}`),
    requirement: text('requirement'),
    rationale: text('rationale'),
    evidence: [text('evidence')],
    guidance: [text('guidance')],
    levels,
    origin: text('Article 3'),
    ...extra,
  };
}

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Writes a practice folder `<root>/handover/` and returns its path. */
function writePractice(
  elements: Record<string, unknown>[],
  practice: Record<string, unknown> = {},
  folder = 'handover',
) {
  const root = mkdtempSync(join(tmpdir(), 'practice-'));
  roots.push(root);
  const dir = join(root, folder);
  mkdirSync(join(dir, 'elements'), { recursive: true });
  const structure = {
    version: '1.0.0',
    practice: {
      id: 'handover',
      title: text('Handover'),
      summary: text('summary'),
      source: text('source'),
      sourceNote: text('note'),
      parties: { supplier: party('handing-over party'), customer: party('receiving side') },
      ...practice,
    },
    chapters: [
      {
        number: '1',
        title: text('Agreements'),
        summary: text('summary'),
        clauses: [
          { number: '1.1', title: text('Timing'), purpose: text('purpose'), elements: ['HO-PRJ-02', 'HO-PRJ-01'] },
        ],
      },
    ],
  };
  writeFileSync(join(dir, 'structure.yaml'), stringify(structure));
  for (const el of elements) writeFileSync(join(dir, 'elements', `${String(el.id)}.yaml`), stringify(el));
  return dir;
}

const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof CatalogError) return err.message;
    throw err;
  }
  throw new Error('expected a CatalogError');
};

describe('related-practice catalogs', () => {
  it('loads a practice in the order of its structure, relating to GB/T 28827.2 elements', () => {
    const dir = writePractice([
      element('HO-PRJ-01', '1.1', { related: ['DM-PLAN-03', 'HO-PRJ-02'] }),
      element('HO-PRJ-02', '1.1'),
    ]);
    const practice = loadPractice(dir, delivery);
    expect(practice.elements.map((e) => e.id)).toEqual(['HO-PRJ-02', 'HO-PRJ-01']);
    expect(practice.elements[1]!.weight).toBe(1);
  });

  it('names file, ID and field of each problem', () => {
    const dir = writePractice([
      element('HO-PRJ-01', '1.1', { related: ['DM-PLAN-99'], origin: undefined }),
      element('HO-PRJ-02', '1.2'),
    ]);
    const message = problemsOf(() => loadPractice(dir, delivery));
    expect(message).toContain(
      'practices/handover/elements/HO-PRJ-01.yaml › HO-PRJ-01 › related.0: unknown element DM-PLAN-99',
    );
    expect(message).toContain('practices/handover/elements/HO-PRJ-01.yaml › HO-PRJ-01 › origin');
    expect(message).toContain('practices/handover/elements/HO-PRJ-02.yaml › HO-PRJ-02 › clause: says 1.2');
  });

  it('refuses IDs of another catalog and customer elements where the practice has no customer side', () => {
    const dir = writePractice(
      [element('HO-PRJ-01', '1.1'), element('HO-PRJ-02', '1.1'), element('SW-PRJ-C01', '1.1', { party: 'customer' })],
      { parties: { supplier: party('team') } },
    );
    const message = problemsOf(() => loadPractice(dir, delivery));
    expect(message).toContain('SW-PRJ-C01 › id: IDs of this practice start with HO-');
    expect(message).toContain('SW-PRJ-C01 › party: structure.yaml defines no customer-side party');
  });

  it('refuses a practice whose ID is not its folder name', () => {
    const dir = writePractice([element('HO-PRJ-01', '1.1'), element('HO-PRJ-02', '1.1')], {}, 'quality');
    expect(problemsOf(() => loadPractice(dir, delivery))).toContain(
      'practices/quality/structure.yaml › practice.id: does not match the folder quality',
    );
  });

  it('keeps practice IDs out of the GB/T 28827.2 catalog', () => {
    expect(delivery.elements.every((e) => /^D[MCWR]-/.test(e.id))).toBe(true);
  });

  it('loads every practice folder of assessments/practices with its own prefix and a source for every element', () => {
    const practices = loadPractices(delivery);
    for (const { structure, elements } of practices) {
      const prefix = PRACTICE_PREFIXES[structure.practice.id];
      expect(elements.length).toBeGreaterThan(0);
      for (const el of elements) {
        expect(el.id.startsWith(`${prefix}-`)).toBe(true);
        expect(el.origin).toBeDefined();
      }
    }
    expect(practices.map((p) => p.structure.practice.id)).toEqual(
      PRACTICE_IDS.filter((id) => practices.some((p) => p.structure.practice.id === id)),
    );
  });

  it('has the four practices of the source with their element counts and key elements', () => {
    const summary = Object.fromEntries(
      loadPractices(delivery).map(({ structure, elements }) => [
        structure.practice.id,
        {
          elements: elements.length,
          customer: elements.filter((e) => e.party === 'customer').map((e) => e.id),
          key: elements.filter((e) => e.key).map((e) => e.id),
        },
      ]),
    );
    expect(summary).toEqual({
      handover: {
        elements: 17,
        customer: ['HO-PRJ-C01'],
        key: ['HO-APP-05', 'HO-APP-06', 'HO-APP-07', 'HO-APP-08'],
      },
      software: {
        elements: 17,
        customer: ['SW-CONT-C01', 'SW-CONT-C02', 'SW-FB-C01'],
        key: ['SW-FLOW-02', 'SW-FLOW-05', 'SW-QUAL-03', 'SW-CONT-03'],
      },
      quality: { elements: 22, customer: [], key: ['QM-STD-04', 'QM-REQ-02', 'QM-MON-02'] },
      'work-rules': { elements: 16, customer: [], key: ['WR-RULE-06', 'WR-RULE-08', 'WR-CONDUCT-06'] },
    });
  });
});
