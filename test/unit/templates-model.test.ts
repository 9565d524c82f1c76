import { describe, expect, it } from 'vitest';
import { namedMemoryStore } from '../../src/storage/browser-store.ts';
import type { RecordStore } from '../../src/storage/browser-store.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { pickStrings } from '../../src/i18n/templates.ts';
import { documentToJson } from '../../src/templates/document.ts';
import { DocumentModel } from '../../src/templates/model.ts';
import {
  calculate,
  newPriorityDocument,
  priorityDefaults,
  type PriorityDocument,
} from '../../src/templates/priority-document.ts';
import { priorityToMarkdown } from '../../src/templates/priority-outline.ts';
import { priorityTemplate } from '../../src/templates/priority-schema.ts';
import { TemplateRepository } from '../../src/templates/repository.ts';

const scheme = priorityDefaults(loadCatalog().appendixC.example, 'zh-CN');

function setup(store: RecordStore = namedMemoryStore()) {
  let tick = 0;
  const model = new DocumentModel<PriorityDocument>({
    definition: priorityTemplate,
    create: (title, now) => newPriorityDocument(scheme, title, now),
    defaultTitle: (n) => `方案 ${n}`,
    now: () => new Date(Date.UTC(2025, 2, 7, 10, 0, tick++)).toISOString(),
    saveDelay: 0,
  });
  return { model, store, repo: new TemplateRepository(store, priorityTemplate) };
}

describe('DocumentModel', () => {
  it('creates and saves a first document, and opens it again after a "reload"', async () => {
    const { model, store, repo } = setup();
    await model.attach(store);
    expect(model.status.value.state).toBe('saved');
    model.update((d) => ({ ...d, thresholds: { ...d.thresholds, preWarning: 60 } }));
    await model.flush();
    const again = setup(store).model;
    await again.attach(store);
    expect(again.document.value.thresholds.preWarning).toBe(60);
    expect(again.documentId.value).toBe(model.documentId.value);
    expect((await repo.list()).saved).toHaveLength(1);
  });

  it('does not save a document that breaks a rule, and keeps the last saved one', async () => {
    const { model, store, repo } = setup();
    await model.attach(store);
    model.update((d) => ({ ...d, thresholds: { preWarning: 90, alarm: 80, escalation: 125 } }));
    await model.flush();
    expect(model.status.value).toEqual({ state: 'invalid', count: 1 });
    expect(model.exportJson()).toBeUndefined();
    expect((await repo.get(model.documentId.value))!.thresholds.alarm).toBe(100);
    model.update((d) => ({ ...d, thresholds: { preWarning: 70, alarm: 80, escalation: 125 } }));
    await model.flush();
    expect(model.status.value.state).toBe('saved');
    expect((await repo.get(model.documentId.value))!.thresholds.alarm).toBe(80);
  });

  it('counts fields holding unusable text as problems and refuses to export meanwhile', async () => {
    const { model, store } = setup();
    await model.attach(store);
    model.setFieldProblem('pr-threshold-alarm', true);
    model.setFieldProblem('pr-threshold-alarm', true);
    expect(model.problemCount.value).toBe(1);
    expect(model.exportJson()).toBeUndefined();
    model.setFieldProblem('pr-threshold-alarm', false);
    expect(model.exportJson()).toContain('"template": "priority"');
  });

  it('imports a valid file as a new document and refuses a bad one without changing anything', async () => {
    const { model, store, repo } = setup();
    await model.attach(store);
    const exported = model.exportJson()!;
    const firstId = model.documentId.value;

    expect(await model.importJson('{"template": "priority"', 'broken.json')).toBe(false);
    expect(model.notice.value).toMatchObject({
      kind: 'import-failed',
      file: 'broken.json',
      issues: [{ code: 'not-json' }],
    });
    expect(model.documentId.value).toBe(firstId);
    expect((await repo.list()).saved).toHaveLength(1);

    const edited = JSON.stringify({ ...JSON.parse(exported), title: '导入的方案' });
    expect(await model.importJson(edited, 'good.json')).toBe(true);
    expect(model.documentId.value).not.toBe(firstId);
    expect(model.document.value.title).toBe('导入的方案');
    const { saved } = await repo.list();
    expect(saved.map((s) => s.document.title).sort()).toEqual(['导入的方案', '方案 1']);
    // Export → import gives the same document.
    expect(documentToJson(model.document.value)).toBe(`${JSON.stringify(JSON.parse(edited), null, 2)}\n`);
  });

  it('creates, switches between and deletes documents', async () => {
    const { model, store, repo } = setup();
    await model.attach(store);
    const first = model.documentId.value;
    await model.createNew();
    expect(model.document.value.title).toBe('方案 2');
    expect(model.documents.value).toHaveLength(2);
    await model.open(first);
    expect(model.document.value.title).toBe('方案 1');
    await model.removeCurrent();
    expect(model.notice.value).toEqual({ kind: 'deleted', title: '方案 1' });
    expect(model.document.value.title).toBe('方案 2');
    expect((await repo.list()).saved.map((s) => s.document.title)).toEqual(['方案 2']);
    await model.removeCurrent();
    expect(model.document.value.title).toBe('方案 1');
    expect((await repo.list()).saved).toHaveLength(1);
  });

  it('reports a corrupt record and still opens the others', async () => {
    const store = namedMemoryStore();
    await store.put('doc:priority:broken', { template: 'priority', schemaVersion: 1, title: '' });
    await store.put('doc:checklist-onsite:other', { template: 'checklist-onsite' });
    const { model } = setup(store);
    await model.attach(store);
    expect(model.unreadable.value.map((u) => u.id)).toEqual(['broken']);
    expect(model.documents.value).toHaveLength(1);
    expect(await store.get('doc:priority:broken')).toBeDefined();
  });

  it('reports a failing store instead of losing the edit silently', async () => {
    const store = namedMemoryStore();
    const { model } = setup(store);
    await model.attach(store);
    store.put = store.update = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    model.update((d) => ({ ...d, title: 'x' }));
    await model.flush();
    expect(model.status.value).toEqual({
      state: 'error',
      problem: 'quota',
      detail: 'QuotaExceededError: The quota has been exceeded',
    });
    expect(model.document.value.title).toBe('x');
  });
});

describe('priority Markdown', () => {
  const doc: PriorityDocument = {
    ...newPriorityDocument(scheme, '示例方案', '2025-03-07T10:30:00.000Z'),
    request: { impact: 'medium', urgency: 'high', reported: '2025-03-07T18:30' },
  };
  it('includes the matrix, targets, thresholds, hours and the worked request (zh-CN)', () => {
    const md = priorityToMarkdown(doc, pickStrings('zh-CN', ['md.', 'common.', 'priority.']));
    expect(md).toContain('# 示例方案');
    expect(md).toContain('并非标准规定');
    expect(md).toContain('| 影响大 | P1 紧急 | P2 高 | P3 中 |');
    expect(md).toContain('| P2 高 | 30 分钟 | 8 小时 |');
    expect(md).toContain('| 预警 | 75% |');
    expect(md).toContain('- 周一、周二、周三、周四、周五 09:00–18:00（UTC+8）');
    expect(md).toContain('- 优先级：**P2 高**');
    expect(md).toContain('| 2025-03-10 周一 09:00 | 开始计时（服务时间开始） | 0 分钟 |');
    expect(md).toContain('| 2025-03-10 周一 09:30 | 响应时限 | 30 分钟 |');
    expect(md).toContain('| 2025-03-11 周二 10:00 | 解决升级 | 10 小时 |');
  });
  it('is written in English on request and leaves the request out while it is incomplete', () => {
    const md = priorityToMarkdown(
      { ...doc, request: { ...doc.request, reported: '' } },
      pickStrings('en', ['md.', 'common.', 'priority.']),
    );
    expect(md).toContain('not figures from the standard');
    expect(md).toContain('| Priority | Response | Resolution |');
    expect(md).toContain('- Mon, Tue, Wed, Thu, Fri 09:00–18:00 (UTC+8)');
    expect(md).not.toContain('## Request');
  });
  it('calculates only with a complete request and a valid scheme', () => {
    expect(calculate(doc, true).status).toBe('ready');
    expect(calculate(doc, false).status).toBe('invalid');
    expect(calculate({ ...doc, request: { ...doc.request, urgency: '' } }, true).status).toBe('incomplete');
  });
});
