import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { planKindProblems, PlanKindSchema, type PlanKindInput } from '../../src/templates/plan-kind-schema.ts';
import { COLUMN_TITLES } from '../../src/templates/plan-sections.ts';
import { PLAN_KINDS } from '../../src/templates/plan-kinds.ts';
import { LONG_COLUMNS, PLAN_KIND_IDS, SECTION_FIELDS, type SectionField } from '../../src/templates/plan-structure.ts';

/** Every file in `src/templates/plan-kinds/`, read as its author wrote it (before the schema's defaults). */
const folder = new URL('../../src/templates/plan-kinds/', import.meta.url);
const files = await Promise.all(
  readdirSync(folder)
    .sort()
    .map(async (file) => {
      const module = (await import(new URL(file, folder).href)) as { default: PlanKindInput };
      return [basename(file, '.ts'), module.default] as const;
    }),
);

const minimal = (): PlanKindInput => ({
  id: 'test-plan',
  name: { 'zh-CN': '测试计划', en: 'Test plan' },
  purpose: { 'zh-CN': '测试。', en: 'Tests.' },
  clause: '5.2',
  elements: ['DM-PLAN-03'],
  sections: [
    { id: 'scope', title: { 'zh-CN': '范围', en: 'Scope' }, hint: { 'zh-CN': '范围。', en: 'Scope.' } },
    {
      id: 'goals',
      title: { 'zh-CN': '目标', en: 'Goals' },
      hint: { 'zh-CN': '目标。', en: 'Goals.' },
      clause: '6.4',
    },
  ],
});

describe('plan kind files', () => {
  it('are one file per kind, named by its ID, each listed once', () => {
    expect(files.map(([name]) => name)).toEqual([...PLAN_KIND_IDS].sort());
    for (const [name, data] of files) expect(data.id, name).toBe(name);
    expect(new Set(PLAN_KIND_IDS).size).toBe(PLAN_KIND_IDS.length);
  });

  it.each(files)('%s parses with PlanKindSchema, to what the editor reads', (id, data) => {
    expect(planKindProblems(`${id}.ts`, data)).toEqual([]);
    expect(PLAN_KINDS.find((k) => k.id === id)).toEqual(z.parse(PlanKindSchema, data));
  });

  it.each(files)('%s: unique section IDs, every column known, clauses default to the kind’s', (id, data) => {
    const ids = data.sections.map((s) => s.id);
    expect(new Set(ids).size, id).toBe(ids.length);
    const kind = PLAN_KINDS.find((k) => k.id === id)!;
    data.sections.forEach((written, i) => {
      const field: SectionField = SECTION_FIELDS[written.id];
      if (field.type === 'table')
        for (const column of field.columns) expect(COLUMN_TITLES, column).toHaveProperty(column);
      // The data names a clause only where it differs from the kind's.
      expect(written.clause, `${id} ${written.id}`).not.toBe(data.clause);
      expect(kind.sections[i]!.clause).toBe(written.clause ?? data.clause);
    });
  });

  it('long columns are known columns', () => {
    for (const column of LONG_COLUMNS) expect(COLUMN_TITLES, column).toHaveProperty(column);
  });
});

describe('PlanKindSchema', () => {
  it('fills in a section’s clause from its kind and keeps one it names', () => {
    const kind = z.parse(PlanKindSchema, minimal());
    expect(kind.sections.map((s) => s.clause)).toEqual(['5.2', '6.4']);
  });

  it.each([
    ['a section ID twice', (k: PlanKindInput) => void k.sections.push({ ...k.sections[0]! })],
    ['an unknown section ID', (k: PlanKindInput) => void (k.sections[0]!.id = 'nope' as 'scope')],
    ['an unknown field', (k: PlanKindInput) => void Object.assign(k.sections[0]!, { columns: ['role'] })],
    ['a bad clause', (k: PlanKindInput) => void (k.sections[1]!.clause = 'B.1')],
    ['a bad element', (k: PlanKindInput) => void (k.elements = ['plan-03'])],
    ['a blank title', (k: PlanKindInput) => void (k.sections[0]!.title.en = ' ')],
    ['no sections', (k: PlanKindInput) => void (k.sections = [])],
  ])('refuses %s', (_, spoil) => {
    const kind = minimal();
    spoil(kind);
    expect(z.safeParse(PlanKindSchema, kind).success).toBe(false);
  });

  it('names the file, the section and the field of a problem', () => {
    const kind = minimal();
    kind.sections[1]!.element = 'dm-plan-03';
    expect(planKindProblems('test-plan.ts', kind)).toEqual([
      'test-plan.ts: sections[goals].element: not an element ID of the form DM-PLAN-01 (or HO-APP-01 in a related practice)',
    ]);
    expect(planKindProblems('test-plan.ts', { ...minimal(), clause: 'five' })).toEqual([
      'test-plan.ts: clause: not a clause number like 5.2',
    ]);
  });
});
