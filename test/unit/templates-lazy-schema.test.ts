/**
 * The template pages load their schema (and zod) only when a document has to be checked: a first visit with an
 * empty store loads none, while a saved document read back, a file imported, an edit and another tab's change
 * all load it and are checked as before (issue 12: no schema library on the first load of an app page).
 */
import { describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { pickStrings } from '../../src/i18n/templates.ts';
import { namedMemoryStore, type RecordStore } from '../../src/storage/browser-store.ts';
import { documentIssues, documentToJson, type TemplateKind } from '../../src/templates/document.ts';
import { formatIssue } from '../../src/templates/issues.ts';
import { DocumentModel } from '../../src/templates/model.ts';
import { newPlansDocument, plansKind } from '../../src/templates/plans.ts';
import { plansTemplate } from '../../src/templates/plans-schema.ts';
import { newPriorityDocument, priorityDefaults, priorityKind } from '../../src/templates/priority-document.ts';
import { priorityTemplate } from '../../src/templates/priority-schema.ts';
import { newSlaDocument, slaKind, type SlaDocument } from '../../src/templates/sla.ts';
import { slaTemplate } from '../../src/templates/sla-schema.ts';

const catalog = loadCatalog();
const NOW = '2025-03-07T10:00:00.000Z';
const targets = catalog.appendixC.example.priorities.map((p) => ({
  priority: p.name['zh-CN'],
  responseMinutes: p.responseMinutes,
  resolutionMinutes: p.resolutionMinutes,
}));

/** The SLA kind with its `load` counted. */
function countedSla() {
  const load = vi.fn(slaKind.load);
  const kind: TemplateKind<SlaDocument> = { ...slaKind, load };
  return { kind, load };
}

function slaModel(kind: TemplateKind<SlaDocument>) {
  let tick = 0;
  return new DocumentModel<SlaDocument>({
    definition: kind,
    create: (title, now) => newSlaDocument(title, now, targets),
    defaultTitle: (n) => `服务级别协议草案 ${n}`,
    now: () => new Date(Date.UTC(2025, 2, 7, 10, 0, tick++)).toISOString(),
    saveDelay: 0,
  });
}

const records = async (store: RecordStore) =>
  Object.fromEntries((await store.all()).filter(([key]) => key.startsWith('doc:sla:')));

describe('template pages load the schema only when a document has to be checked', () => {
  it('a first visit (empty store) stores the new document without loading the schema', async () => {
    const store = namedMemoryStore();
    const { kind, load } = countedSla();
    const model = slaModel(kind);
    await model.attach(store);
    expect(load).not.toHaveBeenCalled();
    expect(model.schema.value).toBeUndefined();
    expect(model.status.value.state).toBe('saved');
    expect(Object.values(await records(store))).toEqual([model.document.value]);
    expect(model.exportJson()).toBe(documentToJson(model.document.value));
  });

  it('a field taking the focus starts loading the schema once, before the first edit', async () => {
    const { kind, load } = countedSla();
    const model = slaModel(kind);
    await model.attach(namedMemoryStore());
    expect(load).not.toHaveBeenCalled();
    model.expectEdit();
    model.expectEdit();
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(model.schema.value).toBe(slaTemplate));
    model.expectEdit();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed early load is tried again by the next focus', async () => {
    const load = vi.fn<TemplateKind<SlaDocument>['load']>().mockRejectedValueOnce(new Error('offline'));
    load.mockImplementation(slaKind.load);
    const model = slaModel({ ...slaKind, load });
    await model.attach(namedMemoryStore());
    model.expectEdit();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(model.schema.value).toBeUndefined();
    model.expectEdit();
    await vi.waitFor(() => expect(model.schema.value).toBe(slaTemplate));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reading a saved document back loads the schema and validates it', async () => {
    const store = namedMemoryStore();
    await slaModel(countedSla().kind).attach(store);
    const { kind, load } = countedSla();
    const again = slaModel(kind);
    await again.attach(store);
    expect(load).toHaveBeenCalled();
    expect(again.schema.value).toBe(slaTemplate);
    expect(again.unreadable.value).toEqual([]);
    expect(again.documents.value).toHaveLength(1);
  });

  it('a corrupt saved document is reported with its problems in both languages and left untouched', async () => {
    const store = namedMemoryStore();
    const broken = { ...newSlaDocument('旧草案', NOW), title: '   ', services: 'none' };
    await store.put('doc:sla:broken', broken);
    const { kind, load } = countedSla();
    const model = slaModel(kind);
    await model.attach(store);
    expect(load).toHaveBeenCalled();
    const [unreadable] = model.unreadable.value;
    expect(unreadable?.id).toBe('broken');
    expect(unreadable?.issues.map((i) => `${i.path} ${i.code}`)).toEqual(
      expect.arrayContaining(['title empty', 'services wrong-type']),
    );
    const titleIssue = unreadable!.issues.find((i) => i.path === 'title')!;
    expect(formatIssue(titleIssue, pickStrings('zh-CN', ['issue.', 'type.']))).toBe('title：不能为空');
    expect(formatIssue(titleIssue, pickStrings('en', ['issue.', 'type.']))).toBe('title: must not be empty');
    // Nothing lost: the record is as it was, and a new draft was opened beside it.
    expect(await store.get('doc:sla:broken')).toEqual(broken);
    expect(model.documentId.value).not.toBe('broken');
  });

  it('an edit loads the schema, and an edit that breaks a rule is not saved', async () => {
    const store = namedMemoryStore();
    const { kind, load } = countedSla();
    const model = slaModel(kind);
    await model.attach(store);
    const saved = await records(store);
    model.update((d) => ({ ...d, title: ' ' }));
    expect(load).toHaveBeenCalledTimes(1);
    await model.flush();
    await vi.waitFor(() => expect(model.status.value.state).toBe('invalid'));
    expect(model.issues.value.map((i) => `${i.path} ${i.code}`)).toEqual(['title empty']);
    expect(model.exportJson()).toBeUndefined();
    expect(await records(store)).toEqual(saved);
  });

  it('an imported file loads the schema and is checked: a bad one changes nothing', async () => {
    const store = namedMemoryStore();
    const { kind, load } = countedSla();
    const model = slaModel(kind);
    await model.attach(store);
    const before = await records(store);
    const bad = JSON.stringify({ ...newSlaDocument('x', NOW), targets: [{ priority: 'P1' }] });
    expect(await model.importJson(bad, 'bad.json')).toBe(false);
    expect(load).toHaveBeenCalled();
    const notice = model.notice.value;
    expect(notice?.kind === 'import-failed' && notice.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'targets.0.responseMinutes missing',
      'targets.0.resolutionMinutes missing',
    ]);
    expect(await records(store)).toEqual(before);
    expect(await model.importJson(documentToJson(newSlaDocument('导入的', NOW, targets)), 'ok.json')).toBe(true);
    expect(model.document.value.title).toBe('导入的');
  });

  it("another tab's change loads the schema and is validated before it is shown", async () => {
    const store = namedMemoryStore();
    const { kind, load } = countedSla();
    const model = slaModel(kind);
    await model.attach(store);
    const id = model.documentId.value;
    await store.put(`doc:sla:${id}`, { ...model.document.value, title: '' });
    await model.refresh(`doc:sla:${id}`);
    expect(load).toHaveBeenCalled();
    expect(model.unreadable.value.map((u) => u.id)).toEqual([id]);
    const title = '另一标签页改的';
    await store.put(`doc:sla:${id}`, { ...model.document.value, title, updated: '2025-03-08T00:00:00.000Z' });
    await model.refresh(`doc:sla:${id}`);
    expect(model.document.value.title).toBe(title);
  });

  it('the page modules name the schema modules by TemplateKind, which load the full definitions', async () => {
    expect(await slaKind.load()).toBe(slaTemplate);
    expect(await priorityKind.load()).toBe(priorityTemplate);
    expect(await plansKind.load()).toBe(plansTemplate);
  });

  // A first visit stores create()'s document unchecked: every template's new document must pass its schema.
  it.each(['zh-CN', 'en'] as const)('a new document of each page is valid (%s)', (locale) => {
    const s = pickStrings(locale, ['sla.defaultTitle', 'priority.defaultTitle', 'plans.defaultTitle']);
    const localTargets = catalog.appendixC.example.priorities.map((p) => ({
      priority: p.name[locale],
      responseMinutes: p.responseMinutes,
      resolutionMinutes: p.resolutionMinutes,
    }));
    const title = (key: keyof typeof s) => s[key].replace('{n}', '1');
    expect(documentIssues(newSlaDocument(title('sla.defaultTitle'), NOW, localTargets), slaTemplate)).toEqual([]);
    const defaults = priorityDefaults(catalog.appendixC.example, locale);
    expect(
      documentIssues(newPriorityDocument(defaults, title('priority.defaultTitle'), NOW), priorityTemplate),
    ).toEqual([]);
    expect(documentIssues(newPlansDocument(title('plans.defaultTitle'), NOW), plansTemplate)).toEqual([]);
  });
});
