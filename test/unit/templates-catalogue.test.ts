import { describe, expect, it } from 'vitest';
import { namedMemoryStore } from '../../src/storage/browser-store.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { pickStrings } from '../../src/i18n/templates.ts';
import { documentFromJson, documentToJson } from '../../src/templates/document.ts';
import { formatIssue } from '../../src/templates/issues.ts';
import { TemplateRepository } from '../../src/templates/repository.ts';
import {
  catalogueTemplate,
  catalogueToMarkdown,
  EXAMPLE_SERVICES,
  exampleToService,
  filterServices,
  newCatalogueDocument,
} from '../../src/templates/service-catalogue.ts';
import { appendToOpenDraft, newSlaDocument, SERVICE_CATEGORIES, type CategoryNames } from '../../src/templates/sla.ts';
import { slaTemplate } from '../../src/templates/sla-schema.ts';

const NOW = '2025-03-07T10:30:00.000Z';
const catalog = loadCatalog();
const categories = (l: 'zh-CN' | 'en') =>
  Object.fromEntries(catalog.appendixA.categories.map((c) => [c.id, c.name[l]])) as CategoryNames;

describe('example services', () => {
  it('cover every category with unique IDs and both languages', () => {
    expect(new Set(EXAMPLE_SERVICES.map((e) => e.category))).toEqual(new Set(SERVICE_CATEGORIES));
    expect(new Set(EXAMPLE_SERVICES.map((e) => e.id)).size).toBe(EXAMPLE_SERVICES.length);
    for (const e of EXAMPLE_SERVICES)
      for (const field of [e.name, e.overview, e.objects, e.frequency, e.results])
        expect(field['zh-CN'] && field.en, e.id).toBeTruthy();
  });

  it('filter by category, delivery content and mode', () => {
    expect(filterServices(EXAMPLE_SERVICES, { category: '', content: '', mode: '' })).toHaveLength(
      EXAMPLE_SERVICES.length,
    );
    const found = filterServices(EXAMPLE_SERVICES, { category: 'software', content: 'optimization', mode: 'remote' });
    expect(found.map((e) => e.id)).toEqual(['sw-db']);
    expect(filterServices(EXAMPLE_SERVICES, { category: 'other', content: 'assessment', mode: '' })).toEqual([]);
  });

  it('become valid SLA services in either language', () => {
    for (const e of EXAMPLE_SERVICES) {
      const doc = { ...newSlaDocument('x', NOW), services: [exampleToService(e, 'en')] };
      expect(documentFromJson(documentToJson(doc), slaTemplate).success, e.id).toBe(true);
    }
    expect(exampleToService(EXAMPLE_SERVICES[0]!, 'zh-CN').name).toBe('机房环境巡检与维护');
  });
});

describe('adding a service to the open SLA draft', () => {
  it('appends to the draft the SLA page has open, or starts one', async () => {
    const store = namedMemoryStore();
    const svc = exampleToService(EXAMPLE_SERVICES[2]!, 'zh-CN');
    const first = await appendToOpenDraft(store, svc, NOW, () => newSlaDocument('草案 1', NOW));
    expect(first).toEqual({ title: '草案 1', created: true });
    const second = await appendToOpenDraft(store, svc, NOW, () => newSlaDocument('不应新建', NOW));
    expect(second).toEqual({ title: '草案 1', created: false });
    const repo = new TemplateRepository(store, slaTemplate);
    const { saved } = await repo.list();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.document.services.map((s) => s.name)).toEqual(['服务器与存储硬件维护', '服务器与存储硬件维护']);
    expect(await repo.currentId()).toBe(saved[0]!.id);
  });
});

describe('catalogue document', () => {
  const doc = {
    ...newCatalogueDocument('我的目录', NOW),
    services: [exampleToService(EXAMPLE_SERVICES[4]!, 'zh-CN')],
  };

  it('round-trips and refuses bad files by field', () => {
    expect(documentFromJson(documentToJson(doc), catalogueTemplate)).toEqual({ success: true, document: doc });
    const bad = documentFromJson(
      JSON.stringify({ ...doc, services: [{ ...doc.services[0], modes: ['mail'] }] }),
      catalogueTemplate,
    );
    expect(bad.success).toBe(false);
    if (!bad.success)
      expect(formatIssue(bad.issues[0]!, pickStrings('en', ['issue.', 'type.']))).toMatch(/^services\.0\.modes\.0: /);
    const sla = documentFromJson(documentToJson(newSlaDocument('x', NOW)), catalogueTemplate);
    expect(sla.success).toBe(false);
  });

  it('writes Markdown in both languages', () => {
    const zh = catalogueToMarkdown(
      doc,
      pickStrings('zh-CN', ['catalogue.', 'sla.', 'md.', 'common.']),
      categories('zh-CN'),
    );
    expect(zh).toContain('# 我的目录');
    expect(zh).toContain('| 数据库运维 | 软件运维 |');
    expect(zh).toContain('例行操作 (6.2)、响应支持 (6.3)、优化改善 (6.4)');
    const en = catalogueToMarkdown(doc, pickStrings('en', ['catalogue.', 'sla.', 'md.', 'common.']), categories('en'));
    expect(en).toContain('| 数据库运维 | Software O&M |');
    expect(en).toContain('Remote (7.3)');
  });
});
