/**
 * The plan kinds in the browser: the page receives the kinds with the words of its own language only, and an export
 * in the other language puts the same shapes together with that language's words from
 * `/template-strings.<locale>.json`. Shapes and each language's words recombine to exactly the kind files, the file
 * of each language carries its words, and nothing the plans island loads, at once or later, imports the bilingual
 * kind files.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../src/catalog/base-schemas.ts';
import { LOCALES, type Locale } from '../../src/catalog/locales.ts';
import { GET } from '../../src/pages/template-strings.[locale].json.ts';
import { COLUMN_TITLES } from '../../src/templates/plan-sections.ts';
import {
  PLAN_KIND_FILES,
  PLAN_KINDS,
  planKindShapes,
  planKindWords,
  resolvedPlanKinds,
  type PlanKind,
} from '../../src/templates/plan-kinds.ts';
import { PLAN_KIND_IDS, resolvePlanKinds } from '../../src/templates/plan-structure.ts';
import { parseTemplateWords } from '../../src/templates/template-strings-client.ts';

/** A kind of `PLAN_KINDS` with every text in one language: what the page and the exports should read. */
function inLanguage(kind: PlanKind, locale: Locale) {
  const text = (t: LocalizedText) => t[locale];
  return {
    ...kind,
    name: text(kind.name),
    purpose: text(kind.purpose),
    ...(kind.note && { note: text(kind.note) }),
    sections: kind.sections.map((s) => ({ ...s, title: text(s.title), hint: text(s.hint) })),
  };
}

const other = (locale: Locale): Locale => (locale === 'en' ? 'zh-CN' : 'en');

describe('plan kinds: shapes and one language’s words', () => {
  it('lists the kind files in the order of PLAN_KIND_IDS (the editor’s order)', () => {
    expect(PLAN_KIND_FILES.map((k) => k.id)).toEqual([...PLAN_KIND_IDS]);
  });

  it.each(LOCALES)('recombine to exactly the kind files, for every kind (%s)', (locale) => {
    const { kinds, columns } = resolvePlanKinds(planKindShapes(), planKindWords(locale));
    expect(kinds.map((k) => k.id)).toEqual(PLAN_KINDS.map((k) => k.id));
    PLAN_KINDS.forEach((kind, i) => expect(kinds[i], kind.id).toStrictEqual(inLanguage(kind, locale)));
    expect(columns).toStrictEqual(Object.fromEntries(Object.entries(COLUMN_TITLES).map(([c, t]) => [c, t[locale]])));
    expect(resolvedPlanKinds(locale)).toStrictEqual({ kinds, columns });
  });

  it.each(LOCALES)('shapes carry no words (%s)', (locale) => {
    const shapes = JSON.stringify(planKindShapes());
    for (const kind of PLAN_KINDS) {
      expect(shapes).not.toContain(JSON.stringify(kind.name[locale]));
      for (const section of kind.sections) expect(shapes).not.toContain(JSON.stringify(section.title[locale]));
    }
  });

  it.each(LOCALES)('a page’s kinds take the other language’s words and become that language’s kinds (%s)', (l) => {
    const page = resolvedPlanKinds(l);
    expect(resolvePlanKinds(page.kinds, planKindWords(other(l)))).toStrictEqual(resolvedPlanKinds(other(l)));
  });

  it('names the word that is missing', () => {
    const words = planKindWords('en');
    delete words['kind.check-plan.audit.hint'];
    expect(() => resolvePlanKinds(planKindShapes(), words)).toThrow(
      'plan kinds: no words for kind.check-plan.audit.hint',
    );
    delete words['column.role'];
    expect(() => resolvePlanKinds([], words)).toThrow('plan kinds: no words for column.role');
  });
});

describe('/template-strings.<locale>.json carries the plan kinds’ words', () => {
  it.each(LOCALES)('%s: every kind’s name, purpose, note, section titles and hints, and every column', async (l) => {
    const res = await GET({ params: { locale: l } } as unknown as Parameters<typeof GET>[0]);
    const file = parseTemplateWords(JSON.parse(await res.text()) as unknown, l);
    expect(file.planKinds).toStrictEqual(planKindWords(l));
    const served = Object.values(file.planKinds);
    for (const kind of PLAN_KINDS) {
      expect(served).toContain(kind.name[l]);
      expect(served).toContain(kind.purpose[l]);
      if (kind.note) expect(served).toContain(kind.note[l]);
      for (const s of kind.sections) expect(served).toEqual(expect.arrayContaining([s.title[l], s.hint[l]]));
      // The file of one language holds none of the other's names.
      expect(served).not.toContain(kind.name[other(l)]);
    }
    for (const title of Object.values(COLUMN_TITLES)) expect(served).toContain(title[l]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// What the browser loads

const root = resolve(import.meta.dirname, '../..');
/** Bilingual: the kind files and what they are written and checked with. The build reads them, never the browser. */
const BILINGUAL = [
  'src/templates/plan-kinds.ts',
  'src/templates/plan-sections.ts',
  'src/templates/plan-kind-schema.ts',
  'src/templates/plan-kinds/',
];

/**
 * Every source file reachable from `entry` through relative imports the bundler keeps: static imports and
 * re-exports, and `import()` (a chunk loaded later is loaded by the browser too), but not `import type` or
 * `export type`, which are erased.
 */
function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    const specifiers = [
      ...[...source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)]
        .filter((m) => !m[1])
        .map((m) => m[2]!),
      ...[...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!),
    ];
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) continue;
      const target = relative(root, resolve(root, dirname(file), specifier.replace(/\?.*$/, '')));
      if (/\.(ts|tsx)$/.test(target)) visit(target);
    }
  };
  visit(entry);
  return seen;
}

const bilingualIn = (graph: Set<string>) => [...graph].filter((f) => BILINGUAL.some((b) => f.startsWith(b)));

describe('the plans island’s module graph', () => {
  it('reaches the model, the structure and the schema, but not the bilingual kind files', () => {
    const graph = moduleGraph('src/islands/templates/PlansEditor.tsx');
    for (const file of [
      'src/templates/plans.ts',
      'src/templates/plan-structure.ts',
      'src/templates/plans-schema.ts',
      'src/templates/template-strings-client.ts',
    ])
      expect(graph, file).toContain(file);
    expect(bilingualIn(graph)).toEqual([]);
  });

  it('would see them if they came back (the build side reaches them)', () => {
    const graph = moduleGraph('src/pages/template-strings.[locale].json.ts');
    expect(bilingualIn(graph)).toEqual(expect.arrayContaining(['src/templates/plan-kinds.ts']));
    expect(bilingualIn(graph).filter((f) => f.startsWith('src/templates/plan-kinds/'))).toHaveLength(
      PLAN_KIND_FILES.length,
    );
  });
});
