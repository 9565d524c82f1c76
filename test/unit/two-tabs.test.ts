/**
 * Two tabs on one store: each model is a tab, sharing one memory store and a channel hub that delivers messages
 * asynchronously like BroadcastChannel. A tab acting before the other's message arrives holds a stale copy, which
 * is exactly when a whole-record save would lose the other tab's work.
 */
import { describe, expect, it } from 'vitest';
import { AssessmentModel, changedFields } from '../../src/app/assessment-model.ts';
import { channelHub, namedMemoryStore, type RecordStore } from '../../src/storage/browser-store.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { FULL_SCOPE, type Assessment } from '../../src/engine/index.ts';
import { DocumentModel } from '../../src/templates/model.ts';
import { newSlaDocument, type SlaDocument } from '../../src/templates/sla.ts';
import { slaTemplate } from '../../src/templates/sla-schema.ts';

const catalog = loadCatalog();
let clock = Date.parse('2025-05-01T08:00:00Z');
const now = () => new Date((clock += 1000));

function assessmentTabs(store: RecordStore = namedMemoryStore()) {
  const hub = channelHub();
  const tab = () => {
    const channel = hub();
    const model = new AssessmentModel({ store, catalog, now, channel, newId: () => 'shared' });
    return { model, channel };
  };
  return { store, a: tab(), b: tab() };
}

const stored = async (store: RecordStore) => (await store.get('shared')) as Assessment;
const levelOf = (model: AssessmentModel, element: string) => model.find('shared')?.answers[element]?.level;

async function openInBoth() {
  const tabs = assessmentTabs();
  const made = await tabs.a.model.create({
    title: '两个标签页',
    subject: '供方',
    perspective: 'supplier-self',
    scope: FULL_SCOPE,
  });
  expect(made.success).toBe(true);
  await tabs.a.channel.delivered();
  await tabs.a.model.load();
  await tabs.b.model.load();
  return tabs;
}

describe('an assessment open in two tabs', () => {
  it('keeps different answers given in each (the reproduction of the lost update)', async () => {
    const { store, a, b } = await openInBoth();
    await a.model.setLevel('shared', 'DM-IMPL-04', 'F');
    // B has not heard of A's answer yet: its copy is stale.
    expect(levelOf(b.model, 'DM-IMPL-04')).toBeUndefined();
    await b.model.setLevel('shared', 'DM-IMPL-05', 'P');
    await a.model.setLevel('shared', 'DM-IMPL-07', 'N');
    const saved = await stored(store);
    expect(saved.answers['DM-IMPL-04']?.level).toBe('F');
    expect(saved.answers['DM-IMPL-05']?.level).toBe('P');
    expect(saved.answers['DM-IMPL-07']?.level).toBe('N');
    await a.channel.delivered();
    await b.channel.delivered();
    for (const tab of [a, b]) {
      expect(levelOf(tab.model, 'DM-IMPL-04')).toBe('F');
      expect(levelOf(tab.model, 'DM-IMPL-05')).toBe('P');
      expect(tab.model.changedElsewhere.value).toBeNull();
    }
  });

  it('lets the later answer to the same element win, and the overwritten tab says which element', async () => {
    const { store, a, b } = await openInBoth();
    await a.model.setLevel('shared', 'DM-IMPL-04', 'F');
    await b.model.setLevel('shared', 'DM-IMPL-04', 'L');
    expect((await stored(store)).answers['DM-IMPL-04']?.level).toBe('L');
    await a.channel.delivered();
    await b.channel.delivered();
    expect(levelOf(a.model, 'DM-IMPL-04')).toBe('L');
    expect(a.model.changedElsewhere.value).toEqual({ id: 'shared', title: '两个标签页', fields: ['DM-IMPL-04'] });
    // B's value won: it has nothing to report.
    expect(b.model.changedElsewhere.value).toBeNull();
  });

  it('keeps a note written in one tab when the other sets the level of the same element', async () => {
    const { store, a, b } = await openInBoth();
    await a.model.setLevel('shared', 'DM-IMPL-04', 'P');
    await a.channel.delivered();
    await a.model.updateAnswer('shared', 'DM-IMPL-04', { notes: '见 A 的记录' });
    await b.model.setLevel('shared', 'DM-IMPL-04', 'L');
    const answer = (await stored(store)).answers['DM-IMPL-04'];
    expect(answer?.level).toBe('L');
    expect(answer?.notes).toBe('见 A 的记录');
  });

  it('keeps a rename in one tab and an answer in the other', async () => {
    const { store, a, b } = await openInBoth();
    await a.model.rename('shared', '改过的名称');
    await b.model.setLevel('shared', 'DM-PLAN-01', 'F');
    const saved = await stored(store);
    expect(saved.title).toBe('改过的名称');
    expect(saved.answers['DM-PLAN-01']?.level).toBe('F');
    await a.channel.delivered();
    await b.channel.delivered();
    expect(b.model.find('shared')?.title).toBe('改过的名称');
  });

  it('does not bring back an assessment deleted in the other tab', async () => {
    const { store, a, b } = await openInBoth();
    await a.model.setLevel('shared', 'DM-PLAN-01', 'F');
    await a.model.remove('shared');
    await b.model.setLevel('shared', 'DM-PLAN-02', 'F');
    expect(await store.get('shared')).toBeUndefined();
    expect(b.model.saveState.value).toMatchObject({ status: 'error', problem: 'gone' });
    await a.channel.delivered();
    await b.channel.delivered();
    expect(b.model.find('shared')).toBeUndefined();
  });

  it('shows an assessment created in the other tab', async () => {
    const { a, b } = await openInBoth();
    await b.model.remove('shared');
    await b.channel.delivered();
    expect(a.model.saved.value).toHaveLength(0);
  });
});

describe('changedFields', () => {
  it('names answers by element and other changes by field, ignoring the time stamps', async () => {
    const { a } = await openInBoth();
    const before = a.model.find('shared')!;
    const after: Assessment = {
      ...before,
      title: 'x',
      updated: '2030-01-01T00:00:00.000Z',
      answers: {
        ...before.answers,
        'DM-PLAN-01': { level: 'F', justification: undefined, notes: undefined, evidence: [], flagged: false },
      },
    };
    expect(changedFields(before, after).sort()).toEqual(['DM-PLAN-01', 'title']);
    expect(changedFields(before, before)).toEqual([]);
  });
});

function slaTabs() {
  const store = namedMemoryStore();
  const hub = channelHub();
  let tick = 0;
  const tab = () => {
    const channel = hub();
    const model = new DocumentModel<SlaDocument>({
      definition: slaTemplate,
      create: (title, at) => newSlaDocument(title, at),
      defaultTitle: (n) => `SLA ${n}`,
      now: () => new Date(Date.UTC(2025, 2, 7, 10, 0, tick++)).toISOString(),
      saveDelay: 0,
    });
    return { model, channel };
  };
  return { store, a: tab(), b: tab() };
}

async function slaInBoth() {
  const tabs = slaTabs();
  await tabs.a.model.attach(tabs.store, { channel: tabs.a.channel });
  await tabs.b.model.attach(tabs.store, { channel: tabs.b.channel });
  expect(tabs.b.model.documentId.value).toBe(tabs.a.model.documentId.value);
  return tabs;
}

const storedSla = async (tabs: ReturnType<typeof slaTabs>) =>
  (await tabs.store.get(`doc:sla:${tabs.a.model.documentId.value}`)) as SlaDocument;

describe('a template document open in two tabs', () => {
  it('keeps a field typed in each (the reproduction of the lost update)', async () => {
    const tabs = await slaInBoth();
    const { a, b } = tabs;
    a.model.update((d) => ({ ...d, supplier: 'TAB-ONE-VALUE' }));
    await a.model.flush();
    // B's copy still has an empty supplier.
    expect(b.model.document.value.supplier).toBe('');
    b.model.update((d) => ({ ...d, customer: 'TAB-TWO-VALUE' }));
    await b.model.flush();
    const saved = await storedSla(tabs);
    expect(saved.supplier).toBe('TAB-ONE-VALUE');
    expect(saved.customer).toBe('TAB-TWO-VALUE');
    // B shows the merged document at once; A once B's message arrives.
    expect(b.model.document.value.supplier).toBe('TAB-ONE-VALUE');
    await b.channel.delivered();
    await a.channel.delivered();
    expect(a.model.document.value.customer).toBe('TAB-TWO-VALUE');
    expect(a.model.changedElsewhere.value).toBeNull();
    expect(b.model.changedElsewhere.value).toBeNull();
  });

  it('lets the later value of the same field win, and the overwritten tab names the field', async () => {
    const tabs = await slaInBoth();
    const { a, b } = tabs;
    a.model.update((d) => ({ ...d, supplier: 'FIRST' }));
    await a.model.flush();
    b.model.update((d) => ({ ...d, supplier: 'SECOND' }));
    await b.model.flush();
    expect((await storedSla(tabs)).supplier).toBe('SECOND');
    await b.channel.delivered();
    await a.channel.delivered();
    expect(a.model.document.value.supplier).toBe('SECOND');
    expect(a.model.changedElsewhere.value).toEqual(['supplier']);
    expect(b.model.changedElsewhere.value).toBeNull();
    a.model.dismissChangedElsewhere();
    expect(a.model.changedElsewhere.value).toBeNull();
  });

  it("keeps a tab's unsaved edit on screen when the other tab's change arrives", async () => {
    const tabs = await slaInBoth();
    const { a, b } = tabs;
    a.model.update((d) => ({ ...d, supplier: 'FROM-A' }));
    await a.model.flush();
    // B is typing in another field; its edit is not saved yet when A's message arrives.
    b.model.update((d) => ({ ...d, customer: 'TYPING' }));
    await a.channel.delivered();
    expect(b.model.document.value.supplier).toBe('FROM-A');
    expect(b.model.document.value.customer).toBe('TYPING');
    await b.model.flush();
    const saved = await storedSla(tabs);
    expect([saved.supplier, saved.customer]).toEqual(['FROM-A', 'TYPING']);
  });

  it('keeps edits to different rows of a table', async () => {
    const tabs = await slaInBoth();
    const { a, b } = tabs;
    a.model.update((d) => ({ ...d, services: [serviceOf('one'), serviceOf('two')] }));
    await a.model.flush();
    await a.channel.delivered();
    expect(b.model.document.value.services).toHaveLength(2);
    const rename = (i: number, name: string) => (d: SlaDocument) => ({
      ...d,
      services: d.services.map((s, j) => (j === i ? { ...s, name } : s)),
    });
    a.model.update(rename(0, 'ONE'));
    await a.model.flush();
    b.model.update(rename(1, 'TWO'));
    await b.model.flush();
    expect((await storedSla(tabs)).services.map((s) => s.name)).toEqual(['ONE', 'TWO']);
  });

  it('takes a table whose rows were added in the other tab whole from the later write', async () => {
    const tabs = await slaInBoth();
    const { a, b } = tabs;
    a.model.update((d) => ({ ...d, services: [serviceOf('one')] }));
    await a.model.flush();
    await a.channel.delivered();
    a.model.update((d) => ({ ...d, services: [...d.services, serviceOf('added in A')] }));
    await a.model.flush();
    // B edits row 0 of its one-row table: rows may have moved, so B's table is written whole.
    b.model.update((d) => ({ ...d, services: d.services.map((s) => ({ ...s, name: 'ONE' })) }));
    await b.model.flush();
    expect((await storedSla(tabs)).services.map((s) => s.name)).toEqual(['ONE']);
  });
});

/** A minimal valid SLA service row. */
const serviceOf = (name: string): SlaDocument['services'][number] => ({
  category: 'infrastructure',
  name,
  objects: '',
  contents: [],
  modes: [],
  description: '',
});
