/**
 * Fuzzing every importer with fast-check: assessment files and the document of every template. Inputs start from
 * the committed examples and the templates' defaults, then are mutated (keys deleted, renamed or added, values
 * retyped or replaced by hostile strings, huge numbers, deep nesting, `__proto__`/`constructor`/`prototype` keys,
 * text truncated or spliced), and valid files are also generated whole. Properties:
 *
 * - reading never throws: it succeeds, or fails with issues that name a code and a path;
 * - a file that reads is written back (export) and read again (import) unchanged, deep-equal;
 * - what reads also validates, scores and exports (Markdown without a stray carriage return) without throwing;
 * - nothing leaks onto Object.prototype.
 *
 * `npm test` runs 1,000 cases per property (FUZZ_RUNS to change it); `npm run fuzz` runs 20,000.
 */
/// <reference types="vite/client" />
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadPractice } from '../../src/loader/load.ts';
import { PRACTICE_IDS, type Locale } from '../../src/catalog/schema.ts';
import {
  AssessmentSchema,
  assessmentFromJson,
  assessmentToJson,
  buildPlan,
  DELIVERY_CATALOG_ID,
  elementsToCsv,
  hasErrors,
  indexCatalog,
  reportToMarkdown,
  SCHEMA_VERSION,
  scoreAssessment,
  validateAssessment,
  type Assessment,
  type CatalogId,
  type EngineCatalog,
} from '../../src/engine/index.ts';
import { templateDictionaries } from '../../src/i18n/templates.ts';
import {
  CHECKLIST_KINDS,
  checklistItems,
  checklistTemplate,
  checklistToMarkdown,
  ITEM_STATUSES,
  newChecklistDocument,
  type ChecklistKind,
} from '../../src/templates/checklist.ts';
import {
  documentFromJson,
  documentIssues,
  documentToJson,
  type TemplateDefinition,
  type TemplateDocument,
} from '../../src/templates/document.ts';
import { formatIssue, ISSUE_CODES } from '../../src/templates/issues.ts';
import { PLAN_KINDS, resolvedPlanKinds } from '../../src/templates/plan-kinds.ts';
import { SECTION_FIELDS, type SectionField } from '../../src/templates/plan-structure.ts';
import { newPlansDocument, type PlansDocument } from '../../src/templates/plans.ts';
import { plansToMarkdown } from '../../src/templates/plans-outline.ts';
import { plansTemplate } from '../../src/templates/plans-schema.ts';
import { newPriorityDocument, priorityDefaults } from '../../src/templates/priority-document.ts';
import { priorityToMarkdown } from '../../src/templates/priority-outline.ts';
import { priorityTemplate } from '../../src/templates/priority-schema.ts';
import {
  catalogueTemplate,
  catalogueToMarkdown,
  EXAMPLE_SERVICES,
  exampleToService,
  newCatalogueDocument,
} from '../../src/templates/service-catalogue.ts';
import { newSlaDocument, type CategoryNames } from '../../src/templates/sla.ts';
import { slaToMarkdown } from '../../src/templates/sla-outline.ts';
import { slaTemplate } from '../../src/templates/sla-schema.ts';
import { reportText } from '../../src/i18n/report-export.ts';

const RUNS = Number(process.env.FUZZ_RUNS) || (import.meta.env.MODE === 'fuzz' ? 20_000 : 1_000);
/** Generous: the suite shares a busy machine; larger runs get time in proportion. */
const TIMEOUT = Math.max(120_000, RUNS * 60);
const NOW = '2025-03-07T10:30:00.000Z';

// ---------------------------------------------------------------------------------------------------------------
// Mutations of a JSON value

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every place a value sits in a JSON tree (container and key), and every object, without recursion. */
function placesOf(root: unknown) {
  const slots: { parent: Container; key: string }[] = [];
  const objects: Record<string, unknown>[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isContainer(node)) continue;
    if (!Array.isArray(node)) objects.push(node);
    for (const key of Object.keys(node)) {
      slots.push({ parent: node, key });
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return { slots, objects };
}

/** Sets an own property, even `__proto__` (plain assignment would change the prototype instead). */
function setOwn(target: Container, key: string, value: unknown) {
  if (Array.isArray(target) && /^\d+$/.test(key)) target[Number(key)] = value;
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|/c calc',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '＝1＋1',
  'ok\r| injected | row |\r# h\r- injected list',
  'line\nbreak',
  'a\u0000b',
  '\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧',
  '{path}{message}{key}',
  '%s%n%x',
  'DM-PLAN-01',
  'HO-APP-01',
  'NA',
  'F',
  '2025-02-30',
  '2025-03-07T25:00:00Z',
  '9999-12-31T23:59:59.999Z',
  'x'.repeat(20_000),
];
const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
);
const hugeNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1, -0, 1e21, 0.1 + 0.2, -1, 0),
  fc.double({ noNaN: true }),
  fc.integer(),
);
/** An array or object nested `depth` levels deep. */
const deepNest = fc.tuple(fc.integer({ min: 50, max: 300 }), fc.boolean()).map(([depth, arrays]) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
});
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hugeNumber },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deepNest },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
);
const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'DM-PLAN-99', 'DC-ROUT-02a', 'HO-APP-01', 'x'),
  hostileString,
);

type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'insert'; pick: number; key: string; value: unknown }
  | { kind: 'rename'; pick: number; key: string }
  | { kind: 'retype'; pick: number }
  /** A string replaced by another string: often still a valid file, so export → import gets exercised. */
  | { kind: 'restring'; pick: number; value: string };

const pick = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick }),
  fc.record({ kind: fc.constant('set' as const), pick, value: hostileValue }),
  fc.record({ kind: fc.constant('insert' as const), pick, key: hostileKey, value: hostileValue }),
  fc.record({ kind: fc.constant('rename' as const), pick, key: hostileKey }),
  fc.record({ kind: fc.constant('retype' as const), pick }),
  fc.record({ kind: fc.constant('restring' as const), pick, value: hostileString }),
);

/** Another JSON type for the same value: the kind of slip a hand-edited file has. */
function retyped(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (value === null) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  return Object.values(value as Record<string, unknown>);
}

function applyMutation(root: unknown, mutation: Mutation): unknown {
  // A fresh copy of the value each time: fast-check hands out the same `[]` and `{}` instances again (constantFrom),
  // and inserting one instance into itself made a circular value that no JSON file can hold.
  const m = 'value' in mutation ? { ...mutation, value: structuredClone(mutation.value) } : mutation;
  const { slots: all, objects } = placesOf(root);
  const slots =
    m.kind === 'restring' ? all.filter((s) => typeof (s.parent as Record<string, unknown>)[s.key] === 'string') : all;
  if (m.kind === 'insert') {
    const target = objects[m.pick % Math.max(objects.length, 1)];
    if (target) setOwn(target, m.key, m.value);
    return root;
  }
  const slot = slots[m.pick % Math.max(slots.length, 1)];
  if (!slot) return m.kind === 'set' ? m.value : root;
  const { parent, key } = slot;
  const current = (parent as Record<string, unknown>)[key];
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'set':
    case 'restring':
      setOwn(parent, key, m.value);
      break;
    case 'retype':
      setOwn(parent, key, retyped(current));
      break;
    case 'rename':
      if (Array.isArray(parent)) break;
      delete parent[key];
      setOwn(parent, m.key, current);
      break;
  }
  return root;
}

/** Changes to the text itself, after the value is written. */
type TextEdit = { kind: 'none' } | { kind: 'truncate'; at: number } | { kind: 'splice'; at: number; text: string };
const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('splice' as const),
      at: fc.double({ min: 0, max: 1 }),
      text: fc.constantFrom(',', '}', ']', '"', '\\', ':', '{"a":1}', '\uFEFF', '\u0000', ' '),
    }),
  },
);
function applyTextEdit(text: string, edit: TextEdit): string {
  if (edit.kind === 'none') return text;
  const at = Math.floor(edit.at * text.length);
  return edit.kind === 'truncate' ? text.slice(0, at) : text.slice(0, at) + edit.text + text.slice(at);
}

/** A mutated copy of one of `seeds`, as file text. */
const mutatedFile = (seeds: readonly unknown[]) =>
  fc
    .tuple(
      fc.nat({ max: seeds.length - 1 }),
      fc.oneof(
        // One string changed, or several changes of any kind.
        {
          weight: 1,
          arbitrary: fc.array(
            mutation.filter((m) => m.kind === 'restring'),
            { minLength: 1, maxLength: 3 },
          ),
        },
        { weight: 1, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }) },
      ),
      textEdit,
    )
    .map(([seedIndex, mutations, edit]) => {
      let value: unknown = structuredClone(seeds[seedIndex]);
      for (const m of mutations) value = applyMutation(value, m);
      // Compact: indenting a deeply nested value would make the text grow with the square of its depth.
      return applyTextEdit(JSON.stringify(value) ?? 'null', edit);
    });

/** Nothing the importers read may end up on Object.prototype. */
function expectNoPollution() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

// ---------------------------------------------------------------------------------------------------------------
// Assessments

const delivery = loadCatalog();
const catalogs = new Map<CatalogId, EngineCatalog>([[DELIVERY_CATALOG_ID, delivery]]);
for (const id of PRACTICE_IDS) catalogs.set(id, loadPractice(`assessments/practices/${id}`, delivery));

const ASSESSMENT_SEEDS = [
  'assessments/examples/strong-supplier.json',
  'assessments/examples/weak-supplier.json',
  'assessments/practices/handover/examples/partly-ready-project.json',
].map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown);

/** Reads an assessment file and checks every property; returns whether it was accepted. */
function checkAssessmentFile(text: string): boolean {
  const read = assessmentFromJson(text);
  expectNoPollution();
  if (!read.success) {
    expect(read.issues.length).toBeGreaterThan(0);
    for (const issue of read.issues) {
      expect(issue.severity).toBe('error');
      expect(typeof issue.code).toBe('string');
      expect(typeof issue.path).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
    }
    return false;
  }
  const { assessment } = read;
  expect(assessmentFromJson(assessmentToJson(assessment))).toEqual({ success: true, assessment });
  const catalog = catalogs.get(assessment.catalog)!;
  const issues = validateAssessment(catalog, assessment);
  if (!hasErrors(issues)) {
    const result = scoreAssessment(catalog, assessment);
    const plan = buildPlan(catalog, assessment, result);
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(reportToMarkdown(catalog, assessment, reportText(locale), result, plan)).not.toContain('\r');
      expect(elementsToCsv(catalog, assessment, reportText(locale), result).startsWith('\uFEFF')).toBe(true);
    }
  }
  return true;
}

/** A valid assessment generated whole: any answerable elements, any levels, hostile free text. */
function assessmentArb(catalogId: CatalogId): fc.Arbitrary<Assessment> {
  const catalog = catalogs.get(catalogId)!;
  const ids = indexCatalog(catalog).answerable.map((e) => e.id);
  const text = fc.option(hostileString, { nil: undefined });
  const answer = fc.record(
    {
      level: fc.constantFrom('N', 'P', 'L', 'F', 'NA'),
      justification: text,
      target: fc.option(fc.constantFrom('P', 'L', 'F'), { nil: undefined }),
      notes: text,
      evidence: fc.array(
        fc.record(
          { title: hostileString.filter((s) => s.trim() !== ''), url: fc.option(fc.webUrl(), { nil: undefined }) },
          { requiredKeys: ['title'] },
        ),
        { maxLength: 3 },
      ),
      flagged: fc.boolean(),
    },
    { requiredKeys: ['level'] },
  );
  const planEdit = fc.record(
    {
      owner: text,
      due: fc.option(
        fc
          .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        { nil: undefined },
      ),
      status: fc.constantFrom('open', 'in-progress', 'done'),
    },
    { requiredKeys: [] },
  );
  const idSubset = fc.subarray(ids, { maxLength: Math.min(30, ids.length) });
  return fc
    .record({
      title: hostileString.filter((s) => s.trim() !== ''),
      subject: hostileString.filter((s) => s.trim() !== ''),
      assessor: hostileString,
      perspective: fc.constantFrom('supplier-self', 'customer-evaluation'),
      contents: fc.subarray(['6.2', '6.3', '6.4', '6.5']),
      modes: fc.subarray(['7.2', '7.3']),
      answers: idSubset.chain((chosen) => fc.tuple(...chosen.map((id) => answer.map((a) => [id, a] as const)))),
      plan: idSubset.chain((chosen) => fc.tuple(...chosen.map((id) => planEdit.map((p) => [id, p] as const)))),
    })
    .map((f) =>
      AssessmentSchema.parse({
        schemaVersion: SCHEMA_VERSION,
        catalog: catalogId,
        catalogVersion: catalog.structure.version,
        title: f.title,
        subject: f.subject,
        assessor: f.assessor,
        perspective: f.perspective,
        scope: { contents: f.contents, modes: f.modes },
        created: NOW,
        updated: NOW,
        answers: Object.fromEntries(f.answers),
        plan: Object.fromEntries(f.plan),
      }),
    );
}

describe('fuzz: assessment import', { timeout: TIMEOUT }, () => {
  it('the seeds are valid files', () => {
    for (const seed of ASSESSMENT_SEEDS) expect(checkAssessmentFile(JSON.stringify(seed))).toBe(true);
  });

  it('a file nested 100,000 levels deep is refused, not a crash', () => {
    const deep = `{"schemaVersion": 1, "answers": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const read = assessmentFromJson(deep);
    expect(read.success).toBe(false);
  });

  it(`mutated example files: never throws, a file that reads survives export → import (${RUNS} runs)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutatedFile(ASSESSMENT_SEEDS), (text) => {
        if (checkAssessmentFile(text)) accepted++;
      }),
      { numRuns: RUNS },
    );
    // Both outcomes must be exercised, or the mutations say nothing.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(RUNS);
  });

  it(`generated valid files survive export → import unchanged (${Math.ceil(RUNS / 4)} runs per catalog kind)`, () => {
    for (const id of [DELIVERY_CATALOG_ID, 'handover'] as const)
      fc.assert(
        fc.property(assessmentArb(id), (assessment) => {
          expect(assessmentFromJson(assessmentToJson(assessment))).toEqual({ success: true, assessment });
        }),
        { numRuns: Math.ceil(RUNS / 4) },
      );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Template documents

interface Fuzzed<D extends TemplateDocument> {
  name: string;
  definition: TemplateDefinition<D>;
  seeds: D[];
  /** The document's Markdown export in `locale`. */
  markdown: (doc: D, locale: Locale) => string;
}

const strings = (locale: Locale) => templateDictionaries[locale];
const categories = (locale: Locale) =>
  Object.fromEntries(delivery.appendixA.categories.map((c) => [c.id, c.name[locale]])) as CategoryNames;

function checklistCase(kind: ChecklistKind): Fuzzed<ReturnType<typeof newChecklistDocument>> {
  const items = checklistItems(kind, delivery.elements);
  const filled = {
    ...newChecklistDocument(kind, '机房巡检 2025-03', NOW),
    job: {
      ticket: 'INC-0042',
      engineer: '王工',
      customerContact: '李经理 138-0000-0000',
      date: '2025-03-07',
      start: '09:00',
      end: '17:30',
      signOff: '李经理',
    },
    items: Object.fromEntries(
      items
        .slice(0, 6)
        .map((item, i) => [item.id, { status: ITEM_STATUSES[i % ITEM_STATUSES.length]!, note: `备注 ${i}\n第二行` }]),
    ),
  };
  return {
    name: kind,
    definition: checklistTemplate(
      kind,
      items.map((i) => i.id),
    ),
    seeds: [newChecklistDocument(kind, 'empty', NOW), filled],
    markdown: (doc, locale) => checklistToMarkdown(doc, items, locale, strings(locale)),
  };
}

const sectionValue = (field: SectionField) => {
  switch (field.type) {
    case 'text':
      return '第一段\n第二段';
    case 'list':
      return ['一', 'two'];
    case 'table':
      return [Object.fromEntries(field.columns.map((c) => [c, `${c} 1`]))];
  }
};
const plansSeeds: PlansDocument[] = PLAN_KINDS.map((kind) => ({
  ...newPlansDocument(kind.name['zh-CN'], NOW, kind.id),
  organisation: '某运维公司',
  customer: '某银行',
  date: '2025-03-07',
  sections: Object.fromEntries(kind.sections.map((s) => [s.id, sectionValue(SECTION_FIELDS[s.id])])),
}));

const scheme = (locale: Locale) => priorityDefaults(delivery.appendixC.example, locale);
const services = (locale: Locale) => EXAMPLE_SERVICES.map((e) => exampleToService(e, locale));
const exampleTargets = delivery.appendixC.example.priorities.map((p) => ({
  priority: p.name['zh-CN'],
  responseMinutes: p.responseMinutes,
  resolutionMinutes: p.resolutionMinutes,
}));

const TEMPLATES = [
  {
    name: 'priority',
    definition: priorityTemplate,
    seeds: [newPriorityDocument(scheme('zh-CN'), '示例方案', NOW), newPriorityDocument(scheme('en'), 'Example', NOW)],
    markdown: (doc, locale) => priorityToMarkdown(doc, strings(locale)),
  } satisfies Fuzzed<ReturnType<typeof newPriorityDocument>>,
  ...CHECKLIST_KINDS.map(checklistCase),
  {
    name: 'plans',
    definition: plansTemplate,
    seeds: plansSeeds,
    markdown: (doc, locale) => plansToMarkdown(doc, resolvedPlanKinds(locale), strings(locale)),
  } satisfies Fuzzed<PlansDocument>,
  {
    name: 'service-catalogue',
    definition: catalogueTemplate,
    seeds: [
      newCatalogueDocument('empty', NOW),
      { ...newCatalogueDocument('服务目录', NOW), services: services('zh-CN') },
    ],
    markdown: (doc, locale) => catalogueToMarkdown(doc, strings(locale), categories(locale)),
  } satisfies Fuzzed<ReturnType<typeof newCatalogueDocument>>,
  {
    name: 'sla',
    definition: slaTemplate,
    seeds: [
      newSlaDocument('empty', NOW),
      {
        ...newSlaDocument('数据中心运维 SLA', NOW, exampleTargets),
        supplier: '某运维公司',
        customer: '某银行',
        services: services('en'),
        serviceHours: '工作日 9:00–18:00\n重点时段 7×24',
        indicators: [{ name: '系统可用率', target: '≥ 99.9%', calculation: '(总时间 − 停机时间) ÷ 总时间' }],
        deliverables: [{ name: '月度服务报告', frequency: '每月', recipient: '信息科技部' }],
        term: { start: '2025-04-01', end: '2026-03-31' },
      },
    ],
    markdown: (doc, locale) => slaToMarkdown(doc, locale, strings(locale), categories(locale)),
  } satisfies Fuzzed<ReturnType<typeof newSlaDocument>>,
] as unknown as Fuzzed<TemplateDocument>[];

/** Reads a template file and checks every property; returns whether it was accepted. */
function checkDocumentFile<D extends TemplateDocument>(t: Fuzzed<D>, text: string): boolean {
  const read = documentFromJson(text, t.definition);
  expectNoPollution();
  if (!read.success) {
    expect(read.issues.length).toBeGreaterThan(0);
    for (const issue of read.issues) {
      expect(ISSUE_CODES).toContain(issue.code);
      expect(typeof issue.path).toBe('string');
      // Every problem has a message in both languages, and each of its placeholders has a value.
      for (const locale of ['zh-CN', 'en'] as const) {
        const template = (strings(locale) as Record<string, string>)[`issue.${issue.code}`];
        expect(template, issue.code).toBeDefined();
        for (const [, name] of template!.matchAll(/\{(\w+)\}/g)) expect(issue.params ?? {}).toHaveProperty(name!);
        expect(formatIssue(issue, strings(locale)).length).toBeGreaterThan(0);
      }
    }
    return false;
  }
  const { document } = read;
  expect(documentFromJson(documentToJson(document), t.definition)).toEqual({ success: true, document });
  expect(documentIssues(document, t.definition)).toEqual([]);
  for (const locale of ['zh-CN', 'en'] as const) expect(t.markdown(document, locale)).not.toContain('\r');
  return true;
}

describe.each(TEMPLATES)('fuzz: $name import', (t) => {
  it('the seeds are valid files', () => {
    for (const seed of t.seeds) expect(checkDocumentFile(t, documentToJson(seed))).toBe(true);
  });

  it('a file nested 100,000 levels deep is refused, not a crash', () => {
    const seed = JSON.parse(documentToJson(t.seeds[0]!)) as Record<string, unknown>;
    const text = JSON.stringify({ ...seed, title: 'deep' }).replace(
      '"title":"deep"',
      `"title":"deep","deep":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
    );
    expect(documentFromJson(text, t.definition).success).toBe(false);
  });

  it(
    `mutated files: never throws, a file that reads survives export → import (${RUNS} runs)`,
    { timeout: TIMEOUT },
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(mutatedFile(t.seeds), (text) => {
          if (checkDocumentFile(t, text)) accepted++;
        }),
        { numRuns: RUNS },
      );
      expect(accepted).toBeGreaterThan(0);
      expect(accepted).toBeLessThan(RUNS);
    },
  );
});
