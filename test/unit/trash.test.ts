import { describe, expect, it } from 'vitest';
import { namedMemoryStore, type RecordStore } from '../../src/storage/browser-store.ts';
import { AssessmentModel } from '../../src/app/assessment-model.ts';
import { moveToTrash, restoreFromTrash, Trash, TRASH_DAYS, TRASH_STORE } from '../../src/storage/trash.ts';
import { ASSESSMENT_STORE } from '../../src/storage/storage.ts';
import { TEMPLATE_STORE } from '../../src/storage/browser-store.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { FULL_SCOPE } from '../../src/engine/index.ts';
import { DocumentModel } from '../../src/templates/model.ts';
import { newSlaDocument, type SlaDocument } from '../../src/templates/sla.ts';
import { slaTemplate } from '../../src/templates/sla-schema.ts';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 0, 1, 9, 0, 0);

/** A clock the test moves by hand, and IDs from a counter. */
function setup() {
  let now = START;
  let n = 0;
  const trash = new Trash(namedMemoryStore(), { now: () => new Date(now), newId: () => `id-${++n}` });
  return { trash, advance: (ms: number) => (now += ms), store: namedMemoryStore() };
}

describe('Trash', () => {
  it('has a store name of its own, apart from the stores users already have', () => {
    expect(TRASH_STORE.database).not.toBe(ASSESSMENT_STORE.database);
    expect(TRASH_STORE.database).not.toBe(TEMPLATE_STORE.database);
    for (const prefix of [ASSESSMENT_STORE.prefix, TEMPLATE_STORE.prefix]) {
      expect(TRASH_STORE.prefix.startsWith(prefix)).toBe(false);
      expect(prefix.startsWith(TRASH_STORE.prefix)).toBe(false);
    }
  });

  it('moves a record into the trash with its deletion time, and nothing is left in its store', async () => {
    const { trash, store } = setup();
    await store.put('a1', { title: 'Supplier A', answers: {} });
    const entryId = await moveToTrash(trash, 'assessments', store, 'a1');
    expect(entryId).toBe('id-1');
    expect(await store.get('a1')).toBeUndefined();
    const { items } = await trash.list();
    expect(items).toEqual([
      {
        entryId: 'id-1',
        collection: 'assessments',
        key: 'a1',
        title: 'Supplier A',
        deletedAt: new Date(START).toISOString(),
        expires: new Date(START + TRASH_DAYS * DAY).toISOString(),
        record: { title: 'Supplier A', answers: {} },
      },
    ]);
  });

  it('moves nothing when there is no record, and keeps the record when the trash cannot be written', async () => {
    const { trash, store } = setup();
    expect(await moveToTrash(trash, 'assessments', store, 'missing')).toBeUndefined();
    await store.put('a1', { title: 'kept' });
    const broken: RecordStore = { ...namedMemoryStore(), put: () => Promise.reject(new Error('quota')) };
    await expect(moveToTrash(new Trash(broken), 'assessments', store, 'a1')).rejects.toThrow('quota');
    expect(await store.get('a1')).toEqual({ title: 'kept' });
  });

  it(`keeps entries ${TRASH_DAYS} days and purges them when listed after that`, async () => {
    const { trash, store, advance } = setup();
    await store.put('old', { title: 'old' });
    await moveToTrash(trash, 'assessments', store, 'old');
    advance(10 * DAY);
    await store.put('new', { title: 'new' });
    await moveToTrash(trash, 'assessments', store, 'new');
    advance(TRASH_DAYS * DAY - 10 * DAY); // exactly 30 days after the first delete: still kept
    expect((await trash.list()).items.map((i) => i.key)).toEqual(['new', 'old']);
    advance(1);
    expect((await trash.list()).items.map((i) => i.key)).toEqual(['new']);
    expect(await trash.store.all()).toHaveLength(1); // purged from storage, not only hidden
    advance(10 * DAY);
    expect((await trash.list()).items).toEqual([]);
  });

  it('lists an unreadable entry instead of dropping it, and empties everything', async () => {
    const { trash, store } = setup();
    await trash.store.put('garbage', 42);
    await store.put('a', { title: 'A' });
    await moveToTrash(trash, 'assessments', store, 'a');
    const listed = await trash.list();
    expect(listed.items).toHaveLength(1);
    expect(listed.unreadable.map((u) => u.entryId)).toEqual(['garbage']);
    expect(await trash.empty()).toBe(2);
    expect(await trash.store.all()).toEqual([]);
  });

  it('reads an empty trash and a missing entry without its schema, and says what is wrong with a bad entry', async () => {
    // The entry schema is loaded only when there is an entry to read (a first visit has none).
    const { trash } = setup();
    expect(await trash.list()).toEqual({ items: [], unreadable: [] });
    expect(await trash.get('none')).toBeUndefined();
    await trash.store.put('bad', { collection: 'assessments', key: 'a', title: 'A', deletedAt: 'yesterday' });
    const listed = await trash.list();
    expect(listed.items).toEqual([]);
    expect(listed.unreadable).toHaveLength(1);
    expect(listed.unreadable[0]!.problem).toMatch(/^deletedAt: .*; record: the deleted record is missing$/);
    expect(await trash.get('bad')).toBeUndefined();
  });

  it('restores an entry under its key and takes it out of the trash (undo)', async () => {
    const { trash, store } = setup();
    await store.put('a1', { title: 'A' });
    const entryId = (await moveToTrash(trash, 'assessments', store, 'a1'))!;
    expect(await restoreFromTrash(trash, entryId, { assessments: store })).toEqual({
      status: 'restored',
      collection: 'assessments',
      key: 'a1',
      title: 'A',
    });
    expect(await store.get('a1')).toEqual({ title: 'A' });
    expect((await trash.list()).items).toEqual([]);
    expect(await restoreFromTrash(trash, entryId, { assessments: store })).toEqual({ status: 'missing' });
  });

  describe('restoring onto a key that is in use again', () => {
    async function conflict() {
      const ctx = setup();
      await ctx.store.put('doc:sla:x', { title: 'Deleted' });
      const entryId = (await moveToTrash(ctx.trash, 'templates', ctx.store, 'doc:sla:x'))!;
      await ctx.store.put('doc:sla:x', { title: 'Newer' });
      return { ...ctx, entryId, stores: { templates: ctx.store } };
    }

    it('asks first and changes nothing', async () => {
      const { trash, store, entryId, stores } = await conflict();
      expect(await restoreFromTrash(trash, entryId, stores)).toMatchObject({
        status: 'conflict',
        title: 'Deleted',
        currentTitle: 'Newer',
      });
      expect(await store.get('doc:sla:x')).toEqual({ title: 'Newer' });
      expect((await trash.list()).items).toHaveLength(1);
    });

    it('replace: the record there now goes to the trash', async () => {
      const { trash, store, entryId, stores } = await conflict();
      await restoreFromTrash(trash, entryId, stores, 'replace');
      expect(await store.get('doc:sla:x')).toEqual({ title: 'Deleted' });
      expect((await trash.list()).items.map((i) => [i.key, i.title])).toEqual([['doc:sla:x', 'Newer']]);
    });

    it('keep both: restored under a new key of the same template', async () => {
      const { trash, store, entryId, stores } = await conflict();
      expect(await restoreFromTrash(trash, entryId, stores, 'keep-both')).toMatchObject({ key: 'doc:sla:id-2' });
      expect(await store.all()).toEqual([
        ['doc:sla:x', { title: 'Newer' }],
        ['doc:sla:id-2', { title: 'Deleted' }],
      ]);
      expect((await trash.list()).items).toEqual([]);
    });

    it('skip: nothing changes and the entry stays in the trash', async () => {
      const { trash, store, entryId, stores } = await conflict();
      expect(await restoreFromTrash(trash, entryId, stores, 'skip')).toEqual({ status: 'skipped' });
      expect(await store.all()).toEqual([['doc:sla:x', { title: 'Newer' }]]);
      expect((await trash.list()).items).toHaveLength(1);
    });
  });
});

describe('deleting in the models', () => {
  it('an assessment goes to the trash and the undo brings it back', async () => {
    const { trash, store } = setup();
    const catalog = loadCatalog();
    let n = 0;
    const model = new AssessmentModel({
      store,
      catalog,
      trash,
      now: () => new Date(START),
      newId: () => `a${++n}`,
    });
    await model.load();
    const created = await model.create({
      title: 'Supplier A',
      subject: 'A Ltd',
      perspective: 'customer-evaluation',
      scope: FULL_SCOPE,
    });
    expect(created.success).toBe(true);
    const before = await store.get('a1');
    const entryId = await model.remove('a1');
    expect(entryId).toBeDefined();
    expect(model.saved.value).toEqual([]);
    expect(await store.get('a1')).toBeUndefined();
    expect((await trash.list()).items.map((i) => i.title)).toEqual(['Supplier A']);
    expect(await model.undoRemove(entryId!)).toMatchObject({ status: 'restored' });
    expect(model.saved.value.map((s) => s.id)).toEqual(['a1']);
    expect(await store.get('a1')).toEqual(before);
  });

  it('a template document goes to the trash and the undo reopens it', async () => {
    const { trash, store } = setup();
    let tick = 0;
    const model = new DocumentModel<SlaDocument>({
      definition: slaTemplate,
      create: (title, now) => newSlaDocument(title, now),
      defaultTitle: (i) => `SLA ${i}`,
      now: () => new Date(START + tick++ * 1000).toISOString(),
      saveDelay: 0,
    });
    await model.attach(store, { trash });
    model.update((d) => ({ ...d, supplier: 'Kept supplier' }));
    await model.flush();
    const id = model.documentId.value;
    await model.removeCurrent();
    expect(model.notice.value).toMatchObject({ kind: 'deleted', title: 'SLA 1' });
    expect(model.documentId.value).not.toBe(id); // a fresh document took its place
    expect(await store.get(`doc:sla:${id}`)).toBeUndefined();
    await model.undoDelete();
    expect(model.notice.value).toEqual({ kind: 'restored', title: 'SLA 1' });
    expect(model.documentId.value).toBe(id);
    expect(model.document.value.supplier).toBe('Kept supplier');
    expect(model.documents.value.map((d) => d.id)).toContain(id);
    expect((await trash.list()).items).toEqual([]);
  });
});
