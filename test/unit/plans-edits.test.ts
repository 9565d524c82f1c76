/** The plans page's edits (src/templates/plans-edits.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentIssues } from '../../src/templates/document.ts';
import {
  appendItem,
  appendRow,
  removeItem,
  removeRow,
  setCell,
  setItem,
  setPlansHeader,
  setPlansKind,
  setSection,
} from '../../src/templates/plans-edits.ts';
import { itemsOf, newPlansDocument, rowsOf, textOf } from '../../src/templates/plans.ts';
import { plansTemplate } from '../../src/templates/plans-schema.ts';

const NOW = '2025-03-07T10:30:00.000Z';
const plan = () => newPlansDocument('交付实施计划', NOW);

describe('plans edits', () => {
  it('sets the kind, a detail and a text section', () => {
    let doc = setPlansKind(plan(), 'service-report');
    doc = setPlansHeader(doc, 'author', '张三');
    doc = setSection(doc, 'scope', '核心网络');
    expect(doc).toMatchObject({ kind: 'service-report', author: '张三' });
    expect(textOf(doc, 'scope')).toBe('核心网络');
    expect(documentIssues(doc, plansTemplate)).toEqual([]);
  });

  it('adds, changes and removes the items of a list section not yet touched', () => {
    let doc = appendItem(plan(), 'resources');
    doc = appendItem(doc, 'resources');
    doc = setItem(doc, 'resources', 1, '备件库');
    expect(itemsOf(doc, 'resources')).toEqual(['', '备件库']);
    doc = removeItem(doc, 'resources', 0);
    expect(itemsOf(doc, 'resources')).toEqual(['备件库']);
    expect(() => setItem(plan(), 'resources', 0, 'x')).toThrow(RangeError);
  });

  it('adds blank rows to a table section and changes one cell', () => {
    let doc = appendRow(plan(), 'activities');
    expect(rowsOf(doc, 'activities')).toEqual([{ activity: '', owner: '', when: '' }]);
    doc = appendRow(doc, 'activities');
    doc = setCell(doc, 'activities', 1, 'owner', '李四');
    expect(rowsOf(doc, 'activities')[1]).toEqual({ activity: '', owner: '李四', when: '' });
    doc = removeRow(doc, 'activities', 0);
    expect(rowsOf(doc, 'activities')).toEqual([{ activity: '', owner: '李四', when: '' }]);
    expect(documentIssues(doc, plansTemplate)).toEqual([]);
  });

  it('appending then removing the last item or row gives back the section', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 5 }), { maxLength: 5 }), (items) => {
        const doc = setSection(plan(), 'resources', items);
        expect(removeItem(appendItem(doc, 'resources'), 'resources', items.length)).toEqual(doc);
        const rows = items.map((activity) => ({ activity, owner: '', when: '' }));
        const table = setSection(plan(), 'activities', rows);
        expect(removeRow(appendRow(table, 'activities'), 'activities', rows.length)).toEqual(table);
      }),
    );
  });
});
