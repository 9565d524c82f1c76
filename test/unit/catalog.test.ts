import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadCatalog } from '../../src/loader/load.ts';
import { CatalogError } from '../../src/catalog/check.ts';
import { LOCALES, LEVELS, type LocalizedText } from '../../src/catalog/schema.ts';

const catalog = loadCatalog();
const requirements = catalog.elements.filter((e) => e.kind === 'requirement');
const seedRequirements = requirements.filter((e) => e.source === 'seed');

describe('element counts per clause (research map, section 2)', () => {
  // [clause, supplier requirements, customer requirements, sub-items, notes]
  const expected: [string, number, number, number, number][] = [
    ['5.2', 13, 1, 0, 0],
    ['5.3', 8, 1, 0, 0],
    ['5.4', 5, 1, 0, 0],
    ['5.5', 4, 1, 0, 1],
    ['6.2', 4, 1, 6, 0],
    ['6.3', 10, 1, 0, 0],
    ['6.4', 7, 1, 0, 0],
    ['6.5', 6, 1, 0, 0],
    ['7.2', 10, 0, 0, 0],
    ['7.3', 12, 0, 0, 0],
    ['8.2', 1, 0, 0, 0],
    ['8.3', 1, 0, 0, 0],
    ['8.4', 1, 0, 0, 0],
    ['8.5', 1, 0, 0, 0],
    ['8.6', 1, 0, 0, 0],
  ];
  it.each(expected)('%s has %i supplier, %i customer, %i sub-items, %i notes', (clause, sup, cus, sub, notes) => {
    const inClause = catalog.elements.filter((e) => e.clause === clause);
    const req = inClause.filter((e) => e.kind === 'requirement');
    expect(req.filter((e) => e.party === 'supplier')).toHaveLength(sup);
    expect(req.filter((e) => e.party === 'customer')).toHaveLength(cus);
    expect(inClause.filter((e) => e.kind === 'sub-item')).toHaveLength(sub);
    expect(inClause.filter((e) => e.kind === 'note')).toHaveLength(notes);
  });

  it('has the 87 normative elements of the source: 79 supplier and 8 customer', () => {
    expect(seedRequirements).toHaveLength(87);
    expect(seedRequirements.filter((e) => e.party === 'supplier')).toHaveLength(79);
    expect(seedRequirements.filter((e) => e.party === 'customer')).toHaveLength(8);
  });

  it('marks the chapter 8 elements as built from the official lead-ins', () => {
    const ch8 = catalog.elements.filter((e) => e.clause.startsWith('8.'));
    expect(ch8.map((e) => e.id)).toEqual(['DR-MGMT-01', 'DR-ROUT-01', 'DR-RESP-01', 'DR-OPT-01', 'DR-EVAL-01']);
    for (const e of ch8) expect(e.source).toBe('official-lead-in');
  });

  it('keeps the informative note of 5.5 out of scoring', () => {
    const note = catalog.elements.find((e) => e.id === 'DM-IMPR-N01');
    expect(note).toMatchObject({ kind: 'note', party: 'both', key: false });
  });
});

describe('IDs and references', () => {
  it('has unique element IDs', () => {
    const ids = catalog.elements.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('orders elements as structure.yaml lists them', () => {
    const listed = catalog.structure.chapters.flatMap((c) => c.clauses.flatMap((cl) => cl.elements));
    expect(catalog.elements.map((e) => e.id)).toEqual(listed);
  });

  it('resolves every related element, parent and term', () => {
    const ids = new Set(catalog.elements.map((e) => e.id));
    const terms = new Set(catalog.terms.map((t) => t.id));
    for (const e of catalog.elements) {
      for (const r of e.related) expect(ids, `${e.id} related ${r}`).toContain(r);
      for (const t of e.terms) expect(terms, `${e.id} term ${t}`).toContain(t);
      if (e.parent) expect(ids).toContain(e.parent);
    }
  });

  it('gives every element of the six manual parts to DC-ROUT-02', () => {
    const parts = catalog.elements.filter((e) => e.parent === 'DC-ROUT-02').map((e) => e.id);
    expect(parts).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((s) => `DC-ROUT-02${s}`));
  });

  it('defines the nine terms of chapter 3', () => {
    const standard = catalog.terms.filter((t) => t.basis === 'standard');
    expect(standard.map((t) => t.number)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9']);
  });
});

describe('key elements and weights', () => {
  const keyIds = requirements.filter((e) => e.key).map((e) => e.id);
  it('includes the elements the foundation issue names as key', () => {
    for (const id of ['DM-PLAN-01', 'DM-PLAN-09', 'DM-PLAN-13', 'DC-RESP-08', 'DW-REMOTE-END-02', 'DW-REMOTE-END-03']) {
      expect(keyIds).toContain(id);
    }
  });
  it('weights key elements 2 and the others 1 unless set', () => {
    for (const e of requirements) expect(e.weight).toBe(e.key ? 2 : 1);
  });
  it('justifies every key element', () => {
    for (const e of requirements.filter((r) => r.key)) expect(e.keyReason, e.id).toBeDefined();
  });
});

describe('complete zh-CN and en text', () => {
  const texts = (e: (typeof catalog.elements)[number]): [string, LocalizedText][] => [
    ['title', e.title],
    ['requirement', e.requirement],
    ['rationale', e.rationale],
    ...e.evidence.map((t, i): [string, LocalizedText] => [`evidence.${i}`, t]),
    ...e.guidance.map((t, i): [string, LocalizedText] => [`guidance.${i}`, t]),
    ...(e.levels ? LEVELS.map((l): [string, LocalizedText] => [`levels.${l}`, e.levels![l]]) : []),
  ];
  it.each(catalog.elements.map((e) => [e.id, e] as const))('%s has text in both languages', (_id, e) => {
    for (const [field, text] of texts(e)) {
      for (const locale of LOCALES) expect(text[locale].trim(), `${field} ${locale}`).not.toBe('');
      // English text should not be Chinese copied over, and the Chinese text should be Chinese.
      expect(/[\u4e00-\u9fff]/.test(text.en), `${field} en contains Chinese`).toBe(false);
      expect(/[\u4e00-\u9fff]/.test(text['zh-CN']), `${field} zh-CN has no Chinese`).toBe(true);
    }
  });
  it('gives every requirement four distinct level descriptions', () => {
    for (const e of requirements) {
      const zh = new Set(LEVELS.map((l) => e.levels![l]['zh-CN']));
      expect(zh.size, e.id).toBe(4);
    }
  });
});

describe('invalid catalogs fail with a message naming file, ID and field', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  function brokenCopy(edit: (dir: string) => void): string {
    dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    cpSync('assessments', dir, { recursive: true });
    edit(dir);
    try {
      loadCatalog(dir);
    } catch (err) {
      expect(err).toBeInstanceOf(CatalogError);
      return (err as Error).message;
    }
    throw new Error('the broken catalog loaded without error');
  }
  function editElement(d: string, id: string, change: (data: Record<string, unknown>) => void) {
    const file = join(d, 'elements', `${id}.yaml`);
    const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    change(data);
    writeFileSync(file, stringify(data));
  }

  it('names a missing English text', () => {
    const msg = brokenCopy((d) => editElement(d, 'DM-PLAN-02', (x) => ((x.title as LocalizedText).en = '')));
    expect(msg).toContain('elements/DM-PLAN-02.yaml › DM-PLAN-02 › title.en');
  });
  it('names an unknown related element', () => {
    const msg = brokenCopy((d) => editElement(d, 'DM-PLAN-03', (x) => (x.related = ['DM-PLAN-99'])));
    expect(msg).toContain('DM-PLAN-03 › related.0: unknown element DM-PLAN-99');
  });
  it('names a key element without a reason', () => {
    const msg = brokenCopy((d) => editElement(d, 'DM-PLAN-01', (x) => delete x.keyReason));
    expect(msg).toContain('DM-PLAN-01 › keyReason');
  });
  it('names an element missing from the clause tree', () => {
    const msg = brokenCopy((d) =>
      editElement(d, 'DM-PLAN-04', (x) => {
        x.id = 'DM-PLAN-14';
      }),
    );
    expect(msg).toContain('ID does not match the file name');
    expect(msg).toContain('DM-PLAN-14 › id: not listed under any clause');
  });
  it('names a wrong clause', () => {
    const msg = brokenCopy((d) => editElement(d, 'DC-OPT-02', (x) => (x.clause = '6.5')));
    expect(msg).toContain('elements/DC-OPT-02.yaml › DC-OPT-02 › clause: says 6.5');
  });
  it('names YAML that does not parse', () => {
    const msg = brokenCopy((d) => writeFileSync(join(d, 'terms.yaml'), 'terms: [unclosed'));
    expect(msg).toContain('terms.yaml:');
  });
});
