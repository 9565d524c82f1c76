/**
 * The questionnaire's import from Excel (src/app/xlsx-import-model.ts): preview, conflicts with a choice, confirm
 * and cancel, problems in the UI language; the office module is passed in as the page would load it.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { assessmentFromJson, createAssessment, type Assessment } from '../../src/engine/index.ts';
import { assessmentToXlsx } from '../../src/office/index.ts';
import {
  createXlsxImportModel,
  type NewAssessmentFields,
  type WorkbookSource,
} from '../../src/app/xlsx-import-model.ts';
import type { CreateResult } from '../../src/app/assessment-model.ts';

const catalog = loadCatalog();
const parsed = assessmentFromJson(readFileSync('assessments/examples/weak-supplier.json', 'utf8'));
if (!parsed.success) throw new Error('example does not parse');
const weak = parsed.assessment;

const source = (name: string, bytes: Uint8Array): WorkbookSource => ({
  name,
  size: bytes.length,
  arrayBuffer: async () => bytes.slice().buffer,
});

async function withLevels(bytes: Uint8Array, levels: Record<string, string>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  wb.getWorksheet('elements')!.eachRow((row) => {
    const id = String(row.getCell(1).value);
    if (Object.hasOwn(levels, id)) row.getCell(6).value = levels[id]!;
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function setup() {
  let stored: Assessment = weak;
  let loads = 0;
  const model = createXlsxImportModel({
    locale: 'en',
    target: () => ({ assessment: stored, catalog }),
    save: async (apply) => {
      const next = apply(stored);
      if (!next) return false;
      stored = next;
      return true;
    },
    loadOffice: () => {
      loads++;
      return import('../../src/office/index.ts');
    },
    now: () => new Date('2026-02-01T00:00:00Z'),
  });
  return { model, stored: () => stored, loads: () => loads };
}

let exported: Uint8Array;
beforeAll(async () => {
  exported = await assessmentToXlsx(catalog, weak, 'en');
}, 60_000);

describe('xlsx import model', { timeout: 60_000 }, () => {
  it('previews the changes, changes nothing until confirm, then applies them', async () => {
    const { model, stored, loads } = setup();
    expect(loads()).toBe(0);
    await model.read([source('a.xlsx', await withLevels(exported, { 'DM-PLAN-01': 'F' }))]);
    expect(loads()).toBe(1);
    const s = model.state.value;
    if (s.status !== 'preview') throw new Error(`state ${s.status}`);
    const changed = s.rows.filter((r) => r.status !== 'unchanged');
    expect(changed).toMatchObject([
      { id: 'DM-PLAN-01', status: 'changed', before: 'P', after: 'F', fields: ['level'] },
    ]);
    expect(changed[0]!.title).toBe(catalog.elements.find((e) => e.id === 'DM-PLAN-01')!.title.en);
    expect(model.changeCount.value).toBe(1);
    expect(stored()).toBe(weak);
    expect(await model.confirm()).toBe(true);
    expect(stored().answers['DM-PLAN-01']!.level).toBe('F');
    expect(stored().updated).toBe('2026-02-01T00:00:00.000Z');
    expect(model.state.value).toMatchObject({ status: 'applied', count: 1 });
  });

  it('holds confirm until every conflict has a choice, and cancel changes nothing', async () => {
    const { model, stored } = setup();
    await model.read([
      source('alice.xlsx', await withLevels(exported, { 'DM-PLAN-01': 'L' })),
      source('bob.xlsx', await withLevels(exported, { 'DM-PLAN-01': 'F' })),
    ]);
    const s = model.state.value;
    if (s.status !== 'preview') throw new Error(`state ${s.status}`);
    expect(s.conflicts).toMatchObject([
      {
        id: 'DM-PLAN-01',
        options: [
          { file: 'alice.xlsx', level: 'L' },
          { file: 'bob.xlsx', level: 'F' },
        ],
      },
    ]);
    expect(s.conflicts[0]!.line).toMatch(/^element DM-PLAN-01: alice\.xlsx/);
    expect(model.unresolved.value).toBe(1);
    expect(await model.confirm()).toBe(false);
    expect(stored()).toBe(weak);
    model.choose('DM-PLAN-01', 0);
    expect(model.unresolved.value).toBe(0);
    model.cancel();
    expect(model.state.value).toEqual({ status: 'idle' });
    expect(stored()).toBe(weak);
    await model.read([
      source('alice.xlsx', await withLevels(exported, { 'DM-PLAN-01': 'L' })),
      source('bob.xlsx', await withLevels(exported, { 'DM-PLAN-01': 'F' })),
    ]);
    model.choose('DM-PLAN-01', 0);
    expect(await model.confirm()).toBe(true);
    expect(stored().answers['DM-PLAN-01']!.level).toBe('L');
  });

  it('shows every problem with sheet, row and column, and refuses a large file unread', async () => {
    const { model } = setup();
    await model.read([source('bad.xlsx', await withLevels(exported, { 'DM-PLAN-01': 'Q' }))]);
    const s = model.state.value;
    expect(s.status).toBe('problems');
    if (s.status !== 'problems') return;
    expect(s.messages[0]).toMatch(/^bad\.xlsx: Sheet “elements”, row \d+, column F: level “Q” is not on the list/);
    let read = false;
    await model.read([
      { name: 'big.xlsx', size: 6 * 1024 * 1024, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) },
    ]);
    expect(model.state.value).toMatchObject({
      status: 'problems',
      messages: ['big.xlsx: the file is 6 MB, over the 5 MB limit.'],
    });
    expect(read).toBe(false);
  });
});

describe('xlsx import model, into a new assessment', { timeout: 60_000 }, () => {
  function setupNew(offered = true) {
    const created: { fields: NewAssessmentFields; assessment: Assessment }[] = [];
    const opened: string[] = [];
    const model = createXlsxImportModel({
      locale: 'en',
      start: {
        catalog: async (id) => (offered && id === 'gbt28827.2' ? catalog : undefined),
        create: async (fields, fill): Promise<CreateResult> => {
          const missing = (['title', 'subject'] as const).filter((f) => fields[f].trim() === '');
          if (missing.length) return { success: false, missing };
          const fresh = createAssessment({
            ...fields,
            catalogVersion: catalog.structure.version,
            now: new Date('2026-02-01T00:00:00Z'),
          });
          created.push({ fields, assessment: fill(fresh) });
          return { success: true, id: `new-${created.length}` };
        },
      },
      loadOffice: async () => {
        const office = await import('../../src/office/index.ts');
        // Counts the workbooks opened; the one-file entries would open a workbook again.
        return {
          ...office,
          openWorkbooks: (inputs) => {
            opened.push(...inputs.map((i) => i.name));
            return office.openWorkbooks(inputs);
          },
          readAboutFile: () => Promise.reject(new Error('a workbook opened a second time (about)')),
          readAnswerFile: () => Promise.reject(new Error('a workbook opened a second time (answers)')),
          previewXlsxImport: () => Promise.reject(new Error('a workbook opened a second time (preview)')),
        };
      },
      now: () => new Date('2026-02-01T00:00:00Z'),
    });
    return { model, created, opened };
  }

  it('reads the details from the workbook, previews every answer as new, and creates nothing until confirm', async () => {
    const { model, created } = setupNew();
    await model.read([source('supplier.xlsx', exported)]);
    const s = model.state.value;
    if (s.status !== 'preview') throw new Error(`state ${s.status}`);
    expect(model.details.value).toEqual({
      title: weak.title,
      subject: weak.subject,
      assessor: weak.assessor,
      perspective: weak.perspective,
      scope: weak.scope,
    });
    expect(s.notices).toEqual([]);
    expect(s.rows.filter((r) => r.status === 'new')).toHaveLength(Object.keys(weak.answers).length);
    expect(created).toEqual([]);
    model.setDetail('title', 'Returned by the supplier');
    model.setDetail('perspective', 'supplier-self');
    expect(await model.confirm()).toBe(true);
    expect(model.state.value).toMatchObject({
      status: 'created',
      id: 'new-1',
      title: 'Returned by the supplier',
      count: Object.keys(weak.answers).length,
    });
    const [{ fields, assessment }] = created as [(typeof created)[0]];
    expect(fields).toMatchObject({ catalog: 'gbt28827.2', title: 'Returned by the supplier', subject: weak.subject });
    expect(assessment.perspective).toBe('supplier-self');
    expect(assessment.scope).toEqual(weak.scope);
    for (const [id, answer] of Object.entries(weak.answers)) {
      expect(assessment.answers[id]?.level, id).toBe(answer.level);
      expect(assessment.answers[id]?.justification ?? '', id).toBe(answer.justification ?? '');
    }
  });

  it('opens each workbook once: the details and the answers come from the same read', async () => {
    const { model, opened } = setupNew();
    await model.read([source('a.xlsx', exported), source('b.xlsx', exported)]);
    expect(model.state.value.status).toBe('preview');
    expect(model.details.value?.subject).toBe(weak.subject);
    expect(opened).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('holds confirm while the title or subject is blank, naming them', async () => {
    const { model, created } = setupNew();
    await model.read([source('supplier.xlsx', exported)]);
    model.setDetail('subject', '  ');
    model.setDetail('title', '');
    expect(await model.confirm()).toBe(false);
    expect(model.missing.value).toEqual(['title', 'subject']);
    expect(created).toEqual([]);
    model.setDetail('title', 'T');
    expect(model.missing.value).toEqual(['subject']);
    model.setDetail('subject', 'S');
    expect(await model.confirm()).toBe(true);
    expect(created).toHaveLength(1);
  });

  it('says which catalog a workbook needs when the site does not offer it, and what is wrong with a file that is not ours', async () => {
    const { model } = setupNew(false);
    await model.read([source('supplier.xlsx', exported)]);
    expect(model.state.value).toMatchObject({
      status: 'problems',
      messages: ['supplier.xlsx: this workbook answers catalog gbt28827.2, which this site does not offer.'],
    });
    expect(model.details.value).toBeNull();
    const { model: other } = setupNew();
    await other.read([source('notes.xlsx', new TextEncoder().encode('not a workbook'))]);
    expect(other.state.value).toMatchObject({
      status: 'problems',
      messages: ['notes.xlsx: this is not an Excel workbook (.xlsx) and cannot be read.'],
    });
  });

  it('merges several files into the new assessment, with conflicts to choose', async () => {
    const { model, created } = setupNew();
    await model.read([
      source('alice.xlsx', await withLevels(exported, { 'DM-PLAN-01': 'L' })),
      source('bob.xlsx', await withLevels(exported, { 'DM-PLAN-01': 'F' })),
    ]);
    expect(model.unresolved.value).toBe(1);
    expect(await model.confirm()).toBe(false);
    model.choose('DM-PLAN-01', 1);
    expect(await model.confirm()).toBe(true);
    expect(created[0]!.assessment.answers['DM-PLAN-01']!.level).toBe('F');
  });
});
