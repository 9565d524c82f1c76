import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../src/app/assessment-model.ts';
import {
  applyRestore,
  backupFileName,
  exportBackup,
  localIsoTime,
  MAX_BACKUP_BYTES,
  readBackup,
  type BackupSource,
  type BackupStores,
  type RestorePlan,
} from '../../src/app/backup.ts';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/app/backup-format.ts';
import { backupChecker } from '../../src/app/backup-checks.ts';
import { namedMemoryStore } from '../../src/storage/browser-store.ts';
import { DataModel } from '../../src/app/data-model.ts';
import { Trash } from '../../src/storage/trash.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { parseAssessment, type Assessment } from '../../src/engine/index.ts';
import { pickStrings } from '../../src/i18n/templates.ts';
import { checklistItems, newChecklistDocument } from '../../src/templates/checklist.ts';
import { newCatalogueDocument } from '../../src/templates/service-catalogue.ts';
import { newSlaDocument } from '../../src/templates/sla.ts';

const elements = loadCatalog().elements;
const checker = backupChecker(
  {
    'checklist-onsite': checklistItems('checklist-onsite', elements).map((i) => i.id),
    'checklist-remote': checklistItems('checklist-remote', elements).map((i) => i.id),
  },
  pickStrings('en', ['issue.', 'type.']),
);
const example = (name: string): Assessment => {
  const parsed = parseAssessment(JSON.parse(readFileSync(`assessments/examples/${name}.json`, 'utf8')));
  if (!parsed.success) throw new Error(name);
  return parsed.assessment;
};
const weak = example('weak-supplier');
const strong = example('strong-supplier');
const NOW = '2026-03-07T10:30:00.000Z';
const sla = newSlaDocument('SLA 2026', NOW);

const file = (text: string, size = new TextEncoder().encode(text).length): BackupSource => ({
  name: 'backup.json',
  size,
  text: async () => text,
});

function setup() {
  let n = 0;
  const stores: BackupStores = { assessments: namedMemoryStore(), templates: namedMemoryStore() };
  const trash = new Trash(namedMemoryStore(), { now: () => new Date(NOW), newId: () => `new-${++n}` });
  return { stores, trash };
}

async function seed(stores: BackupStores) {
  await stores.assessments.put('a1', weak);
  await stores.assessments.put('a2', strong);
  await stores.templates.put('doc:sla:s1', sla);
  await stores.templates.put('current:sla', 's1');
}

async function backupOf(stores: BackupStores) {
  return (await exportBackup(stores, new Date(NOW))).text;
}

async function plan(text: string, stores: BackupStores): Promise<RestorePlan> {
  const read = await readBackup(file(text), checker, stores);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.plan;
}

describe('export everything', () => {
  it('writes one file with a format marker, a version and every assessment and template document', async () => {
    const { stores } = setup();
    await seed(stores);
    const out = await exportBackup(stores, new Date(NOW));
    const parsed = JSON.parse(out.text);
    expect(parsed.format).toBe(BACKUP_FORMAT);
    expect(parsed.version).toBe(BACKUP_VERSION);
    expect(parsed.assessments.map((a: { id: string }) => a.id)).toEqual(['a1', 'a2']);
    expect(parsed.templates).toEqual([{ template: 'sla', id: 's1', record: sla }]);
    expect(out).toMatchObject({ assessments: 2, templates: 1, skipped: [] });
  });

  it('names the file and stamps it in the local time zone', () => {
    const date = new Date(2026, 11, 5, 16, 4, 9); // local time
    expect(backupFileName(date)).toBe('gbt28827-backup-2026-12-05-1604.json');
    expect(localIsoTime(date)).toMatch(/^2026-12-05T16:04:09[+-]\d\d:\d\d$/);
    expect(new Date(localIsoTime(date)).getTime()).toBe(date.getTime());
  });

  it('leaves out, and names, a record JSON cannot hold', async () => {
    const { stores } = setup();
    const cyclic: Record<string, unknown> = { title: 'loop' };
    cyclic.self = cyclic;
    await stores.assessments.put('bad', cyclic);
    await stores.assessments.put('a1', weak);
    const out = await exportBackup(
      {
        assessments: {
          ...stores.assessments,
          all: async () => [
            ['bad', cyclic],
            ['a1', weak],
          ],
        },
        templates: stores.templates,
      },
      new Date(NOW),
    );
    expect(out.skipped).toEqual(['bad']);
    expect(out.assessments).toBe(1);
  });

  it('uses the same size limit as the questionnaire import', () => {
    expect(MAX_BACKUP_BYTES).toBe(MAX_IMPORT_BYTES);
  });
});

describe('restore from backup', () => {
  it('into an empty browser gives back identical records', async () => {
    const source = setup();
    await seed(source.stores);
    const text = await backupOf(source.stores);
    const { stores, trash } = setup();
    const p = await plan(text, stores);
    expect(p.candidates.map((c) => c.state)).toEqual(['new', 'new', 'new']);
    expect(await applyRestore(p, {}, stores, trash)).toMatchObject({ ok: true, summary: { added: 3 } });
    expect(Object.fromEntries(await stores.assessments.all())).toEqual({ a1: weak, a2: strong });
    expect(Object.fromEntries(await stores.templates.all())).toEqual({ 'doc:sla:s1': sla });
  });

  it('leaves identical records alone without asking', async () => {
    const { stores, trash } = setup();
    await seed(stores);
    const p = await plan(await backupOf(stores), stores);
    expect(p.candidates.every((c) => c.state === 'same')).toBe(true);
    expect(await applyRestore(p, {}, stores, trash)).toMatchObject({ ok: true, summary: { unchanged: 3, added: 0 } });
    expect(await trash.store.all()).toEqual([]);
  });

  describe('a conflicting ID', () => {
    async function conflict() {
      const ctx = setup();
      await seed(ctx.stores);
      const text = await backupOf(ctx.stores);
      await ctx.stores.assessments.put('a1', { ...weak, title: 'Changed since the backup' });
      return { ...ctx, p: await plan(text, ctx.stores) };
    }

    it('is found, named, and nothing is written until it has a choice', async () => {
      const { stores, trash, p } = await conflict();
      const c = p.candidates.find((x) => x.state === 'conflict')!;
      expect(c).toMatchObject({ ref: 'assessments:a1', title: weak.title, currentTitle: 'Changed since the backup' });
      const result = await applyRestore(p, {}, stores, trash);
      expect(result.ok).toBe(false);
      expect((await stores.assessments.get('a1')) as Assessment).toMatchObject({ title: 'Changed since the backup' });
    });

    it('replace: the one there now goes to the trash', async () => {
      const { stores, trash, p } = await conflict();
      expect(await applyRestore(p, { 'assessments:a1': 'replace' }, stores, trash)).toMatchObject({
        summary: { replaced: 1, unchanged: 2 },
      });
      expect(await stores.assessments.get('a1')).toEqual(weak);
      expect((await trash.list()).items.map((i) => i.title)).toEqual(['Changed since the backup']);
    });

    it('keep both: two records', async () => {
      const { stores, trash, p } = await conflict();
      await applyRestore(p, { 'assessments:a1': 'keep-both' }, stores, trash);
      const all = Object.fromEntries(await stores.assessments.all());
      expect(Object.keys(all).sort()).toEqual(['a1', 'a2', 'new-1']);
      expect(all['new-1']).toEqual(weak);
      expect((all.a1 as Assessment).title).toBe('Changed since the backup');
    });

    it('skip: nothing changes', async () => {
      const { stores, trash, p } = await conflict();
      const before = await stores.assessments.all();
      expect(await applyRestore(p, { 'assessments:a1': 'skip' }, stores, trash)).toMatchObject({
        summary: { skipped: 1 },
      });
      expect(await stores.assessments.all()).toEqual(before);
      expect(await trash.store.all()).toEqual([]);
    });
  });

  it('lists unreadable records by name with the reason, and restores the others', async () => {
    const { stores, trash } = setup();
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      exported: NOW,
      assessments: [
        { id: 'bad', record: { ...weak, title: 'Broken one', schemaVersion: 99 } },
        { id: 'ok', record: weak },
      ],
      templates: [
        { template: 'sla', id: 's', record: { ...sla, targets: 'nope' } },
        { template: 'no-such', id: 'n', record: { title: 'Mystery' } },
        { template: 'service-catalogue', id: 'c', record: newCatalogueDocument('Catalogue', NOW) },
        {
          template: 'checklist-remote',
          id: 'r',
          record: { ...newChecklistDocument('checklist-remote', 'Remote', NOW), items: { 'NOT-AN-ITEM': {} } },
        },
      ],
    });
    const p = await plan(text, stores);
    expect(p.unreadable.map((u) => [u.name, u.reason.code])).toEqual([
      ['Broken one', 'invalid'],
      ['SLA 2026', 'invalid'],
      ['Mystery', 'unknown-template'],
      ['Remote', 'invalid'],
    ]);
    expect(p.unreadable[0]!.reason).toMatchObject({ detail: expect.stringContaining('schemaVersion') });
    expect(p.unreadable[1]!.reason).toMatchObject({ detail: expect.stringContaining('targets') });
    expect(p.candidates.map((c) => c.key)).toEqual(['ok', 'doc:service-catalogue:c']);
    await applyRestore(p, {}, stores, trash);
    expect((await stores.assessments.all()).map(([k]) => k)).toEqual(['ok']);
  });

  it.each([
    ['too large', file('{}', MAX_BACKUP_BYTES + 1), 'too-large'],
    ['empty', file('  \n'), 'empty'],
    ['not JSON', file('{"format": '), 'not-json'],
    ['an assessment file', file(JSON.stringify(weak)), 'not-a-backup'],
    ['an array', file('[]'), 'not-a-backup'],
    ['of a newer version', file(JSON.stringify({ format: BACKUP_FORMAT, version: 2 })), 'version-newer'],
    [
      'malformed',
      file(JSON.stringify({ format: BACKUP_FORMAT, version: 1, exported: NOW, assessments: {}, templates: [] })),
      'invalid',
    ],
  ])('refuses a file that is %s with a clear reason, and changes nothing', async (_, source, code) => {
    const { stores } = setup();
    await seed(stores);
    const before = [await stores.assessments.all(), await stores.templates.all()];
    const read = await readBackup(source, checker, stores);
    expect(read).toMatchObject({ ok: false, problem: { code } });
    expect([await stores.assessments.all(), await stores.templates.all()]).toEqual(before);
  });

  it('the model asks for each conflict before it writes, and reloads the views after', async () => {
    const { stores, trash } = setup();
    await seed(stores);
    const text = await backupOf(stores);
    await stores.templates.put('doc:sla:s1', { ...sla, title: 'Edited' });
    let changes = 0;
    const model = new DataModel({ stores, trash, checker, onChange: () => void changes++ });
    await model.openBackup(file(text));
    expect(model.plan.value?.candidates.filter((c) => c.state === 'conflict')).toHaveLength(1);
    expect(await model.applyBackup()).toBe(false);
    expect(model.undecided.value).toEqual(['templates:doc:sla:s1']);
    expect(changes).toBe(0);
    model.chooseAll('keep-both');
    expect(await model.applyBackup()).toBe(true);
    expect(model.outcome.value).toMatchObject({ kind: 'restored', summary: { keptBoth: 1, unchanged: 2 } });
    expect(changes).toBe(1);
    expect((await stores.templates.all()).filter(([k]) => k.startsWith('doc:sla:'))).toHaveLength(2);
  });

  it('the model loads lazy checks only when a backup is opened, and then once per backup', async () => {
    const { stores, trash } = setup();
    await seed(stores);
    const text = await backupOf(stores);
    let loads = 0;
    const model = new DataModel({ stores, trash, checker: async () => (loads++, checker) });
    await model.refresh();
    expect(loads).toBe(0);
    await model.openBackup(file(text));
    expect(loads).toBe(1);
    expect(model.plan.value?.candidates.length).toBeGreaterThan(0);
  });

  it('the model refuses a corrupt file with its reason and keeps no plan', async () => {
    const { stores, trash } = setup();
    const model = new DataModel({ stores, trash, checker });
    await model.openBackup(file('not json'));
    expect(model.plan.value).toBeNull();
    expect(model.outcome.value).toMatchObject({ kind: 'refused', problem: { code: 'not-json' } });
  });
});

describe('export → restore round trip (property)', () => {
  const text = fc.string({ maxLength: 40 });
  const title = text.filter((s) => s.trim() !== '' && s.trim() === s && s.length <= 200);
  const id = fc.stringMatching(/^[A-Za-z0-9-]{1,36}$/);
  const assessmentArb = fc
    .record({ base: fc.constantFrom(weak, strong), title, subject: title, assessor: text })
    .map(({ base, ...fields }) => parseAssessment({ ...base, ...fields }))
    .filter((p) => p.success)
    .map((p) => (p as { assessment: Assessment }).assessment);
  const templateArb = fc.oneof(
    title.map((t) => newSlaDocument(t, NOW)),
    title.map((t) => newCatalogueDocument(t, NOW)),
    title.map((t) => newChecklistDocument('checklist-onsite', t, NOW)),
  );

  it('preserves every record', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(id, assessmentArb), { selector: ([k]) => k, maxLength: 4 }),
        fc.uniqueArray(fc.tuple(id, templateArb), { selector: ([k]) => k, maxLength: 4 }),
        async (assessments, templates) => {
          const source = setup();
          for (const [k, a] of assessments) await source.stores.assessments.put(k, a);
          for (const [k, d] of templates) await source.stores.templates.put(`doc:${d.template}:${k}`, d);
          const text = await backupOf(source.stores);
          const target = setup();
          const p = await plan(text, target.stores);
          expect(p.unreadable).toEqual([]);
          await applyRestore(p, {}, target.stores, target.trash);
          const sorted = (rows: [string, unknown][]) => [...rows].sort((a, b) => a[0].localeCompare(b[0]));
          expect(sorted(await target.stores.assessments.all())).toEqual(sorted(await source.stores.assessments.all()));
          expect(sorted(await target.stores.templates.all())).toEqual(sorted(await source.stores.templates.all()));
        },
      ),
      { numRuns: 60 },
    );
  });
});
