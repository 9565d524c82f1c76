/**
 * The priority page's edits (src/templates/priority-edits.ts): worked examples on the Appendix C example, then
 * fast-check properties of the invariants over random schemes and random sequences of edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namedMemoryStore } from '../../src/storage/browser-store.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { documentIssues } from '../../src/templates/document.ts';
import { DocumentModel } from '../../src/templates/model.ts';
import {
  MAX_LEVELS,
  MAX_PRIORITIES,
  newPriorityDocument,
  priorityDefaults,
  type Level,
  type PriorityDocument,
} from '../../src/templates/priority-document.ts';
import { priorityTemplate } from '../../src/templates/priority-schema.ts';
import {
  freshId,
  insertLevel,
  insertPriority,
  removeLevel,
  removePriority,
  setCell,
  setLevel,
  setPriority,
  setRequest,
  setServiceDay,
  setServiceHours,
  setThreshold,
  type LevelField,
} from '../../src/templates/priority-edits.ts';

const NOW = '2025-03-07T10:30:00.000Z';
const scheme = priorityDefaults(loadCatalog().appendixC.example, 'zh-CN');
const example = (): PriorityDocument => newPriorityDocument(scheme, '示例方案', NOW);
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
const newName = (id: string) => `${id} 新优先级`;

/** The invariants every edit keeps; the schema checks them too, so a valid document stays valid. */
function expectConsistent(doc: PriorityDocument) {
  expect(doc.matrix).toHaveLength(doc.impacts.length);
  for (const row of doc.matrix) expect(row).toHaveLength(doc.urgencies.length);
  const priorities = new Set(ids(doc.priorities));
  for (const cell of doc.matrix.flat()) expect(priorities).toContain(cell);
  for (const list of [doc.impacts, doc.urgencies, doc.priorities]) expect(new Set(ids(list)).size).toBe(list.length);
  if (doc.request.impact) expect(ids(doc.impacts)).toContain(doc.request.impact);
  if (doc.request.urgency) expect(ids(doc.urgencies)).toContain(doc.request.urgency);
  expect(documentIssues(doc, priorityTemplate)).toEqual([]);
}

describe('the example scheme', () => {
  // Impacts high, medium, low; urgencies high, medium, low; priorities P1…P4.
  it('starts consistent', () => {
    expect(example().matrix).toEqual([
      ['P1', 'P2', 'P3'],
      ['P2', 'P3', 'P4'],
      ['P3', 'P4', 'P4'],
    ]);
    expectConsistent(example());
  });

  it('inserts an impact level in the middle: a new row at the lowest priority', () => {
    const doc = insertLevel(example(), 'impacts', 1, '新级别 2');
    expect(ids(doc.impacts)).toEqual(['high', 'impact-4', 'medium', 'low']);
    expect(doc.impacts[1]).toEqual({ id: 'impact-4', name: '新级别 2', description: '' });
    expect(doc.matrix).toEqual([
      ['P1', 'P2', 'P3'],
      ['P4', 'P4', 'P4'],
      ['P2', 'P3', 'P4'],
      ['P3', 'P4', 'P4'],
    ]);
    expectConsistent(doc);
  });

  it('inserts an urgency level at the top: a new first column', () => {
    const doc = insertLevel(example(), 'urgencies', 0, 'New level 1');
    expect(ids(doc.urgencies)).toEqual(['urgency-4', 'high', 'medium', 'low']);
    expect(doc.matrix.map((row) => row[0])).toEqual(['P4', 'P4', 'P4']);
    expect(doc.matrix.map((row) => row.slice(1))).toEqual(example().matrix);
    expectConsistent(doc);
  });

  it('appends a level at index = length, as the "add" button does', () => {
    const doc = insertLevel(example(), 'urgencies', 3, 'x');
    expect(ids(doc.urgencies).at(-1)).toBe('urgency-4');
    expect(doc.matrix.map((row) => row.at(-1))).toEqual(['P4', 'P4', 'P4']);
  });

  it('removes a level in the middle with its row or column', () => {
    const rows = removeLevel(example(), 'impacts', 1);
    expect(ids(rows.impacts)).toEqual(['high', 'low']);
    expect(rows.matrix).toEqual([
      ['P1', 'P2', 'P3'],
      ['P3', 'P4', 'P4'],
    ]);
    const columns = removeLevel(example(), 'urgencies', 0);
    expect(columns.matrix).toEqual([
      ['P2', 'P3'],
      ['P3', 'P4'],
      ['P4', 'P4'],
    ]);
    expectConsistent(rows);
    expectConsistent(columns);
  });

  it('clears the request when its level goes, and only then', () => {
    const doc = setRequest(example(), { impact: 'medium', urgency: 'low' });
    expect(removeLevel(doc, 'impacts', 1).request).toEqual({ impact: '', urgency: 'low', reported: '' });
    expect(removeLevel(doc, 'impacts', 0).request).toEqual(doc.request);
    expect(removeLevel(doc, 'urgencies', 2).request.urgency).toBe('');
  });

  it('inserts a priority in the middle with the targets of the one above it', () => {
    const before = example();
    const doc = insertPriority(before, 2, newName);
    expect(ids(doc.priorities)).toEqual(['P1', 'P2', 'P5', 'P3', 'P4']);
    expect(doc.priorities[2]).toEqual({ ...before.priorities[1], id: 'P5', name: 'P5 新优先级' });
    expect(doc.matrix).toEqual(before.matrix);
    expect(insertPriority(before, 0, newName).priorities[0]).toEqual({
      ...before.priorities[0],
      id: 'P5',
      name: 'P5 新优先级',
    });
    expectConsistent(doc);
  });

  it('moves the cells of a removed priority to the next lower one', () => {
    const doc = removePriority(example(), 1);
    expect(ids(doc.priorities)).toEqual(['P1', 'P3', 'P4']);
    expect(doc.matrix).toEqual([
      ['P1', 'P3', 'P3'],
      ['P3', 'P3', 'P4'],
      ['P3', 'P4', 'P4'],
    ]);
    expectConsistent(doc);
  });

  it('moves the cells of the removed lowest priority to the new lowest', () => {
    const doc = removePriority(example(), 3);
    expect(ids(doc.priorities)).toEqual(['P1', 'P2', 'P3']);
    expect(doc.matrix).toEqual([
      ['P1', 'P2', 'P3'],
      ['P2', 'P3', 'P3'],
      ['P3', 'P3', 'P3'],
    ]);
  });

  it('keeps the limits of the schema: the document comes back unchanged', () => {
    let full = example();
    while (full.impacts.length < MAX_LEVELS) full = insertLevel(full, 'impacts', 0, 'x');
    expect(insertLevel(full, 'impacts', 0, 'y')).toBe(full);
    while (full.priorities.length < MAX_PRIORITIES) full = insertPriority(full, 0, newName);
    expect(insertPriority(full, 0, newName)).toBe(full);
    expectConsistent(full);

    let single = example();
    while (single.priorities.length > 1) single = removePriority(single, 0);
    expect(removePriority(single, 0)).toBe(single);
    expect(single.matrix.flat().every((c) => c === 'P4')).toBe(true);
    while (single.urgencies.length > 1) single = removeLevel(single, 'urgencies', 1);
    expect(removeLevel(single, 'urgencies', 0)).toBe(single);
    expectConsistent(single);
  });

  it('refuses an index outside the list', () => {
    expect(() => insertLevel(example(), 'impacts', 4, 'x')).toThrow(RangeError);
    expect(() => insertLevel(example(), 'impacts', -1, 'x')).toThrow(RangeError);
    expect(() => removeLevel(example(), 'urgencies', 3)).toThrow(RangeError);
    expect(() => removePriority(example(), 4)).toThrow(RangeError);
    expect(() => insertPriority(example(), 1.5, newName)).toThrow(RangeError);
    expect(() => setCell(example(), 3, 0, 'P1')).toThrow(RangeError);
    expect(() => setCell(example(), 0, 3, 'P1')).toThrow(RangeError);
  });

  it('edits one field and leaves the input alone', () => {
    const before = example();
    const frozen = structuredClone(before);
    expect(setCell(before, 1, 0, 'P1').matrix[1]).toEqual(['P1', 'P3', 'P4']);
    expect(setLevel(before, 'urgencies', 2, { name: '不急' }).urgencies[2]).toMatchObject({ id: 'low', name: '不急' });
    expect(setPriority(before, 0, { responseMinutes: 5 }).priorities[0]).toMatchObject({
      id: 'P1',
      responseMinutes: 5,
    });
    expect(setThreshold(before, 'alarm', 110).thresholds).toEqual({ preWarning: 75, alarm: 110, escalation: 125 });
    expect(setServiceHours(before, { mode: '24x7' }).serviceHours.mode).toBe('24x7');
    expect(setRequest(before, { reported: '2025-03-07T18:30' }).request.reported).toBe('2025-03-07T18:30');
    expect(before).toEqual(frozen);
  });

  it('keeps service days in week order, each once', () => {
    const doc = example(); // Monday to Friday
    expect(setServiceDay(doc, 7, true).serviceHours.days).toEqual([1, 2, 3, 4, 5, 7]);
    expect(setServiceDay(doc, 3, true).serviceHours.days).toEqual([1, 2, 3, 4, 5]);
    expect(setServiceDay(doc, 5, false).serviceHours.days).toEqual([1, 2, 3, 4]);
  });

  it('finds a fresh ID past the ones in use', () => {
    expect(freshId([], 'P')).toBe('P1');
    expect(freshId([{ id: 'P2' }, { id: 'P3' }], 'P')).toBe('P4');
    expect(freshId([{ id: 'P1' }, { id: 'P3' }], 'P')).toBe('P4');
    expect(freshId([{ id: 'P5' }], 'P')).toBe('P2');
  });
});

describe('through the document model, as the page calls them', () => {
  it('saves a priority and a level inserted in the middle, and opens them again', async () => {
    const store = namedMemoryStore();
    const open = async () => {
      const model = new DocumentModel<PriorityDocument>({
        definition: priorityTemplate,
        create: (title, now) => newPriorityDocument(scheme, title, now),
        defaultTitle: (n) => `方案 ${n}`,
        saveDelay: 0,
      });
      await model.attach(store);
      return model;
    };
    const model = await open();
    model.update((d) => insertPriority(d, 1, newName));
    model.update((d) => insertLevel(d, 'urgencies', 1, '新级别 2'));
    model.update((d) => setCell(d, 0, 1, 'P5'));
    await model.flush();
    expect(model.status.value.state).toBe('saved');
    const again = (await open()).document.value;
    expect(ids(again.priorities)).toEqual(['P1', 'P5', 'P2', 'P3', 'P4']);
    expect(ids(again.urgencies)).toEqual(['high', 'urgency-4', 'medium', 'low']);
    expect(again.matrix[0]).toEqual(['P1', 'P5', 'P2', 'P3']);
    expectConsistent(again);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

const levelIds = (prefix: string) =>
  fc.uniqueArray(
    fc.integer({ min: 1, max: 9 }).map((n) => `${prefix}${n}`),
    { minLength: 1, maxLength: MAX_LEVELS },
  );

/** A valid scheme of any size the schema allows, with IDs that may collide with the fresh ones. */
const schemeArb: fc.Arbitrary<PriorityDocument> = fc
  .record({
    impacts: levelIds('impact-'),
    urgencies: levelIds('urgency-'),
    priorities: fc.uniqueArray(
      fc.integer({ min: 1, max: 12 }).map((n) => `P${n}`),
      { minLength: 1, maxLength: MAX_PRIORITIES },
    ),
    seed: fc.array(fc.nat(), { minLength: 36, maxLength: 36 }),
    minutes: fc.integer({ min: 1, max: 10_000 }),
    pick: fc.tuple(fc.nat(), fc.nat(), fc.boolean()),
  })
  .map(({ impacts, urgencies, priorities, seed, minutes, pick }) => {
    const level = (id: string): Level => ({ id, name: `名称 ${id}`, description: '' });
    const [i, u, blank] = pick;
    return {
      ...example(),
      impacts: impacts.map(level),
      urgencies: urgencies.map(level),
      priorities: priorities.map((id, k) => ({
        id,
        name: id,
        responseMinutes: minutes + k,
        resolutionMinutes: 2 * minutes + k,
      })),
      matrix: impacts.map((_, r) => urgencies.map((_, c) => priorities[seed[r * 6 + c]! % priorities.length]!)),
      request: {
        impact: blank ? '' : impacts[i % impacts.length]!,
        urgency: urgencies[u % urgencies.length]!,
        reported: '',
      },
    };
  });

const field = fc.constantFrom<LevelField>('impacts', 'urgencies');
/** An index scaled onto a list of `n` items (0 … n - 1), or onto its gaps (0 … n) when `gaps`. */
const at = (fraction: number, n: number, gaps = false) => Math.min(Math.floor(fraction * (n + (gaps ? 1 : 0))), n);

type Edit = (doc: PriorityDocument) => PriorityDocument;
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(field, fraction).map(
    ([f, x]): Edit =>
      (d) =>
        insertLevel(d, f, at(x, d[f].length, true), 'new'),
  ),
  fc.tuple(field, fraction).map(
    ([f, x]): Edit =>
      (d) =>
        removeLevel(d, f, at(x, d[f].length)),
  ),
  fraction.map(
    (x): Edit =>
      (d) =>
        insertPriority(d, at(x, d.priorities.length, true), newName),
  ),
  fraction.map(
    (x): Edit =>
      (d) =>
        removePriority(d, at(x, d.priorities.length)),
  ),
  fc.tuple(fraction, fraction, fraction).map(
    ([a, b, c]): Edit =>
      (d) =>
        setCell(d, at(a, d.impacts.length), at(b, d.urgencies.length), d.priorities[at(c, d.priorities.length)]!.id),
  ),
);

describe('properties', () => {
  it('random schemes are valid to begin with', () => {
    fc.assert(fc.property(schemeArb, (doc) => expectConsistent(doc)));
  });

  it('any sequence of edits keeps the matrix levels × levels, every cell an existing priority, the document valid', () => {
    fc.assert(
      fc.property(schemeArb, fc.array(editArb, { maxLength: 25 }), (doc, edits) => {
        for (const edit of edits) {
          doc = edit(doc);
          expectConsistent(doc);
        }
      }),
    );
  });

  it('inserting a level then removing it at the same index gives back the document', () => {
    fc.assert(
      fc.property(schemeArb, field, fraction, (doc, f, x) => {
        fc.pre(doc[f].length < MAX_LEVELS);
        const index = at(x, doc[f].length, true);
        const inserted = insertLevel(doc, f, index, 'new');
        expect(inserted[f]).toHaveLength(doc[f].length + 1);
        expect(removeLevel(inserted, f, index)).toEqual(doc);
      }),
    );
  });

  it('inserting a priority then removing it at the same index gives back the document', () => {
    fc.assert(
      fc.property(schemeArb, fraction, (doc, x) => {
        fc.pre(doc.priorities.length < MAX_PRIORITIES);
        const index = at(x, doc.priorities.length, true);
        expect(removePriority(insertPriority(doc, index, newName), index)).toEqual(doc);
      }),
    );
  });

  it('removing a priority moves its cells to a neighbour that still exists and touches no other cell', () => {
    fc.assert(
      fc.property(schemeArb, fraction, (doc, x) => {
        fc.pre(doc.priorities.length > 1);
        const index = at(x, doc.priorities.length);
        const removed = doc.priorities[index]!.id;
        const after = removePriority(doc, index);
        const neighbours = [doc.priorities[index - 1]?.id, doc.priorities[index + 1]?.id];
        doc.matrix.forEach((row, r) =>
          row.forEach((cell, c) => {
            const now = after.matrix[r]![c]!;
            if (cell === removed) expect(neighbours).toContain(now);
            else expect(now).toBe(cell);
          }),
        );
        expect(ids(after.priorities)).toEqual(ids(doc.priorities).filter((id) => id !== removed));
      }),
    );
  });

  it('removing a level removes exactly its row or column', () => {
    fc.assert(
      fc.property(schemeArb, field, fraction, (doc, f, x) => {
        fc.pre(doc[f].length > 1);
        const index = at(x, doc[f].length);
        const after = removeLevel(doc, f, index);
        const expected =
          f === 'impacts'
            ? doc.matrix.filter((_, r) => r !== index)
            : doc.matrix.map((row) => row.filter((_, c) => c !== index));
        expect(after.matrix).toEqual(expected);
      }),
    );
  });
});
