import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { templateDictionaries } from '../../src/i18n/templates.ts';
import {
  checklistItems,
  checklistTemplate,
  CHECKLIST_KINDS,
  ITEM_STATUSES,
  newChecklistDocument,
  type ChecklistDocument,
  type ChecklistKind,
} from '../../src/templates/checklist.ts';
import {
  documentFileName,
  documentFromJson,
  documentToJson,
  MAX_IMPORT_CHARS,
  setTitle,
  type TemplateDefinition,
  type TemplateDocument,
} from '../../src/templates/document.ts';
import { formatIssue, type TemplateIssue } from '../../src/templates/issues.ts';
import { newPriorityDocument, priorityDefaults, type PriorityDocument } from '../../src/templates/priority-document.ts';
import { priorityTemplate } from '../../src/templates/priority-schema.ts';

const catalog = loadCatalog();
const NOW = '2025-03-07T10:30:00.000Z';
const scheme = priorityDefaults(catalog.appendixC.example, 'zh-CN');
const priorityDoc = (): PriorityDocument => newPriorityDocument(scheme, '示例方案', NOW);
const itemsOf = (kind: ChecklistKind) => checklistItems(kind, catalog.elements);
const checklistDef = (kind: ChecklistKind) =>
  checklistTemplate(
    kind,
    itemsOf(kind).map((i) => i.id),
  );

const issuesOf = <D extends TemplateDocument>(text: string, def: TemplateDefinition<D>) => {
  const result = documentFromJson(text, def);
  return result.success ? [] : result.issues.map((i) => `${i.path} ${i.code}`);
};

describe('the example defaults', () => {
  it('come from Appendix C as whole percents and give a valid document', () => {
    expect(scheme.thresholds).toEqual({ preWarning: 75, alarm: 100, escalation: 125 });
    expect(scheme.matrix).toEqual(catalog.appendixC.example.matrix);
    expect(scheme.impacts.map((l) => l.name)).toEqual(['影响大', '影响中', '影响小']);
    expect(priorityDefaults(catalog.appendixC.example, 'en').priorities[0]!.name).toBe('P1 Critical');
    expect(documentFromJson(documentToJson(priorityDoc()), priorityTemplate).success).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Round trip of every template's export and import

const text = (max = 40) => fc.string({ maxLength: max });
const nonBlank = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0 && s.trim() === s);
const timestamp = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) })
  .map((t) => new Date(t).toISOString());
const hhmm = (min: number, max: number) =>
  fc
    .integer({ min, max })
    .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const isoDate = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((t) => new Date(t).toISOString().slice(0, 10));

const priorityArb: fc.Arbitrary<PriorityDocument> = fc
  .record({
    title: nonBlank,
    created: timestamp,
    updated: timestamp,
    names: fc.array(nonBlank, { minLength: 3, maxLength: 3 }),
    cells: fc.array(fc.array(fc.constantFrom('P1', 'P2', 'P3', 'P4'), { minLength: 3, maxLength: 3 }), {
      minLength: 3,
      maxLength: 3,
    }),
    minutes: fc.array(fc.integer({ min: 1, max: 525_600 }), { minLength: 8, maxLength: 8 }),
    percents: fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 3, maxLength: 3 }),
    mode: fc.constantFrom('24x7' as const, 'weekly' as const),
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    start: hhmm(0, 719),
    end: hhmm(720, 1439),
    closed: fc.uniqueArray(isoDate, { maxLength: 3 }),
    offset: fc.constantFrom(480, 0, -300, 330, 345),
    description: text(),
    request: fc.record({
      impact: fc.constantFrom('', 'high', 'low'),
      urgency: fc.constantFrom('', 'medium'),
      reported: fc.constantFrom('', '2025-03-07T18:30', '2024-02-29T00:00:59'),
    }),
  })
  .map((r) => {
    const doc = priorityDoc();
    const [preWarning, alarm, escalation] = [...r.percents].sort((a, b) => a - b) as [number, number, number];
    return {
      ...doc,
      title: r.title,
      created: r.created,
      updated: r.updated,
      impacts: doc.impacts.map((l, i) => ({
        ...l,
        name: r.names[i]!,
        description: i === 0 ? r.description : l.description,
      })),
      matrix: r.cells,
      priorities: doc.priorities.map((p, i) => ({
        ...p,
        responseMinutes: r.minutes[2 * i]!,
        resolutionMinutes: r.minutes[2 * i + 1]!,
      })),
      thresholds: { preWarning, alarm, escalation },
      serviceHours: {
        mode: r.mode,
        days: r.days,
        start: r.start,
        end: r.end,
        closedDates: r.closed,
        extraDates: [],
        utcOffsetMinutes: r.offset,
      },
      request: r.request,
    };
  });

const checklistArb = (kind: ChecklistKind): fc.Arbitrary<ChecklistDocument> => {
  const ids = itemsOf(kind).map((i) => i.id);
  return fc
    .record({
      title: nonBlank,
      updated: timestamp,
      job: fc.record({
        ticket: text(),
        engineer: text(),
        customerContact: text(),
        date: fc.constantFrom('', '2025-03-07'),
        start: fc.oneof(fc.constant(''), hhmm(0, 1439)),
        end: fc.oneof(fc.constant(''), hhmm(0, 1439)),
        signOff: text(),
      }),
      items: fc.dictionary(
        fc.constantFrom(...ids),
        fc.record({ status: fc.constantFrom(...ITEM_STATUSES), note: text(100) }),
      ),
    })
    .map((r) => ({ ...newChecklistDocument(kind, r.title, NOW), updated: r.updated, job: r.job, items: r.items }));
};

describe('export and import round trip', () => {
  it('priority: every generated document comes back the same', () => {
    fc.assert(
      fc.property(priorityArb, (doc) => {
        const back = documentFromJson(documentToJson(doc), priorityTemplate);
        expect(back).toEqual({ success: true, document: doc });
      }),
    );
  });
  it.each(CHECKLIST_KINDS)('%s: every generated document comes back the same', (kind) => {
    fc.assert(
      fc.property(checklistArb(kind), (doc) => {
        const back = documentFromJson(documentToJson(doc), checklistDef(kind));
        expect(back).toEqual({ success: true, document: doc });
      }),
    );
  });
  it('tolerates a byte-order mark and fills defaults a hand-written file leaves out', () => {
    const doc = newChecklistDocument('checklist-remote', 'Job 42', NOW);
    const bare: Partial<ChecklistDocument> = { ...doc };
    delete bare.job;
    delete bare.items;
    const back = documentFromJson(`\uFEFF${JSON.stringify(bare)}`, checklistDef('checklist-remote'));
    expect(back).toEqual({ success: true, document: doc });
  });
});

describe('a bad file gets a message naming the field', () => {
  const good = priorityDoc();
  const json = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });
  it.each<[string, string, string[]]>([
    ['not JSON', '{"schemaVersion": 1,', [' not-json']],
    ['an array', '[]', [' not-an-object']],
    ['a checklist file', json({ template: 'checklist-onsite' }), ['template wrong-template']],
    ['no template', json({ template: undefined }), ['template template-missing']],
    ['a newer version', json({ schemaVersion: 2 }), ['schemaVersion version-newer']],
    ['no version', json({ schemaVersion: undefined }), ['schemaVersion version-missing']],
    ['a version that is text', json({ schemaVersion: '1' }), ['schemaVersion version-invalid']],
    ['an empty title', json({ title: '  ' }), ['title empty']],
    ['an unknown field', json({ colour: 'red' }), [' unknown-fields']],
    [
      'thresholds out of order',
      json({ thresholds: { preWarning: 80, alarm: 80, escalation: 70 } }),
      ['thresholds.alarm thresholds-order', 'thresholds.escalation thresholds-order'],
    ],
    [
      'a zero target',
      json({ priorities: good.priorities.map((p, i) => (i === 1 ? { ...p, responseMinutes: 0 } : p)) }),
      ['priorities.1.responseMinutes too-small'],
    ],
    [
      'a fractional target',
      json({ priorities: good.priorities.map((p, i) => (i === 0 ? { ...p, resolutionMinutes: 1.5 } : p)) }),
      ['priorities.0.resolutionMinutes not-integer'],
    ],
    [
      'a cell naming no priority',
      json({ matrix: [['P1', 'P2', 'P9'], ...good.matrix.slice(1)] }),
      ['matrix.0.2 unknown-priority'],
    ],
    ['a short matrix', json({ matrix: good.matrix.slice(1) }), ['matrix matrix-rows']],
    ['a missing field', json({ thresholds: undefined }), ['thresholds missing']],
    [
      'weekly hours without a day',
      json({ serviceHours: { ...good.serviceHours, days: [] } }),
      ['serviceHours.days no-service-days'],
    ],
    [
      'closing before opening',
      json({ serviceHours: { ...good.serviceHours, end: '08:00' } }),
      ['serviceHours.end hours-order'],
    ],
    [
      'a bad report time',
      json({ request: { impact: 'high', urgency: 'high', reported: '2025-02-30T10:00' } }),
      ['request.reported bad-datetime'],
    ],
    [
      'an unknown level in the request',
      json({ request: { impact: 'huge', urgency: '', reported: '' } }),
      ['request.impact unknown-level'],
    ],
    [
      'a duplicate priority',
      json({ priorities: [...good.priorities, good.priorities[0]] }),
      ['priorities.4.id duplicate-id'],
    ],
  ])('%s', (_, file, expected) => expect(issuesOf(file, priorityTemplate)).toEqual(expected));

  it.each([
    ['__proto__', 'at the top', (t: string) => t.replace('{', '{"__proto__": {"x": 1},'), '__proto__'],
    [
      'constructor',
      'in the matrix',
      (t: string) => t.replace('"thresholds": {', '"thresholds": {"constructor": 1,'),
      'thresholds.constructor',
    ],
    [
      'prototype',
      'in a priority',
      (t: string) => t.replace('"priorities": [\n    {', '"priorities": [{"prototype": {},'),
      'priorities.0.prototype',
    ],
  ])('refuses a %s key %s, naming it', (key, _, edit, path) => {
    const text = edit(documentToJson(good));
    expect(text).toContain(`"${key}"`);
    expect(issuesOf(text, priorityTemplate)).toEqual([`${path} forbidden-key`]);
    const read = documentFromJson(text, priorityTemplate);
    expect(!read.success && formatIssue(read.issues[0]!, templateDictionaries['zh-CN'])).toBe(
      `${path}：不能使用“${key}”作为键名，请删除或改名`,
    );
  });

  it('refuses a huge file before parsing it', () => {
    expect(issuesOf(' '.repeat(MAX_IMPORT_CHARS + 1), priorityTemplate)).toEqual([' too-large']);
  });

  it('names an unknown checklist item and a bad time', () => {
    const doc = newChecklistDocument('checklist-onsite', 'x', NOW);
    const file = JSON.stringify({
      ...doc,
      job: { ...doc.job, start: '9:5' },
      items: { 'DW-REMOTE-END-02': { status: 'done' } },
    });
    expect(issuesOf(file, checklistDef('checklist-onsite'))).toEqual([
      'job.start bad-time',
      'items.DW-REMOTE-END-02 unknown-item',
    ]);
    const onsite = JSON.stringify(doc);
    expect(issuesOf(onsite, checklistDef('checklist-remote'))).toEqual(['template wrong-template']);
    const status = JSON.stringify({ ...doc, items: { 'DW-ONSITE-BEFORE-01': { status: 'maybe' } } });
    expect(issuesOf(status, checklistDef('checklist-onsite'))).toEqual([
      'items.DW-ONSITE-BEFORE-01.status not-allowed',
    ]);
  });
});

describe('issue messages', () => {
  const issue: TemplateIssue = { code: 'too-small', path: 'priorities.1.responseMinutes', params: { minimum: 1 } };
  it.each([
    ['zh-CN', 'priorities.1.responseMinutes：不能小于 1'],
    ['en', 'priorities.1.responseMinutes: must be at least 1'],
  ] as const)('read well in %s', (locale, expected) => {
    expect(formatIssue(issue, templateDictionaries[locale])).toBe(expected);
  });
  it('translate the expected type and fall back to the code', () => {
    const en = templateDictionaries.en;
    expect(formatIssue({ code: 'wrong-type', path: 'title', params: { expected: 'string' } }, en)).toBe(
      'title: has the wrong type; expected text',
    );
    expect(
      formatIssue({ code: 'wrong-template', path: 'template', params: { found: 'sla', expected: 'priority' } }, en),
    ).toBe('template: this is a file of the "sla" template; this page needs "priority"');
    expect(formatIssue({ code: 'empty', path: '' }, {})).toBe('empty');
  });
  it('have a message for every code in both languages', async () => {
    const { ISSUE_CODES } = await import('../../src/templates/issues.ts');
    for (const dict of Object.values(templateDictionaries))
      for (const code of ISSUE_CODES) expect(dict, code).toHaveProperty(`issue.${code}`);
  });
});

describe('file names', () => {
  it.each([
    ['优先级方案 1', 'priority', '优先级方案 1.priority.json'],
    ['a/b:c*?', 'priority', 'a-b-c--.priority.json'],
    ['   ', 'priority', 'priority.priority.json'],
  ] as const)('%j → %s', (title, _template, expected) => {
    expect(documentFileName({ ...priorityDoc(), title }, 'json')).toBe(expected);
  });
});

describe('the title edit', () => {
  it('renames a document of any template and changes nothing else', () => {
    const priority = priorityDoc();
    const renamed = setTitle(priority, '新方案');
    expect(renamed).toEqual({ ...priority, title: '新方案' });
    expect(priority.title).toBe('示例方案');
    const checklist = setTitle(newChecklistDocument('checklist-remote', '远程', NOW), '远程 2');
    expect(checklist.title).toBe('远程 2');
    expect(checklist.template).toBe('checklist-remote');
  });
  it('leaves a blank title to the schema, which names the field', () => {
    expect(issuesOf(documentToJson(setTitle(priorityDoc(), '  ')), priorityTemplate)).toEqual(['title empty']);
  });
});
