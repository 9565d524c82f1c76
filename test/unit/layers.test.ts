/**
 * The layers of README "Layout" are enforced by ESLint (eslint.config.js): these probes, linted as if they sat in
 * each folder, must be refused, and the same imports where they are allowed must pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it('keep the engine pure: no Node, astro:*, model, view or DOM global', { timeout: 60_000 }, async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import { getCollection } from 'astro:content';",
      "import { openBrowserStore } from '../storage/storage.ts';",
      "import QuizApp from '../islands/QuizApp.tsx';",
      'export const probe = [readFileSync, getCollection, openBrowserStore, QuizApp, document.title];',
    ].join('\n');
    const ids = await ruleIds('src/engine/probe.ts', code);
    expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(4);
    expect(ids).toContain('no-restricted-globals');
  });

  it('keep views and Node out of the models', { timeout: 60_000 }, async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import QuizApp from '../islands/QuizApp.tsx';",
      'export const probe = [readFileSync, QuizApp];',
    ].join('\n');
    for (const file of ['src/app/probe.ts', 'src/templates/probe.ts'])
      expect((await ruleIds(file, code)).filter((id) => id === 'no-restricted-imports')).toHaveLength(2);
  });

  it('keep Node and the CLI out of the islands, and the CLI out of src/', { timeout: 60_000 }, async () => {
    const islands = "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;";
    expect(await ruleIds('src/islands/probe.tsx', islands)).toContain('no-restricted-imports');
    const cli =
      "import { compareCommand } from '../../scripts/assess-compare.ts';\nexport const probe = compareCommand;";
    expect(await ruleIds('src/lib/probe/x.ts', cli)).toContain('no-restricted-imports');
  });

  it('keep Node, astro:* and views out of the catalog schema and the storage', { timeout: 60_000 }, async () => {
    const code = [
      "import { readFileSync } from 'fs';",
      "import { getCollection } from 'astro:content';",
      "import { loadCatalog } from '../loader/load.ts';",
      "import QuizApp from '../islands/QuizApp.tsx';",
      'export const probe = [readFileSync, getCollection, loadCatalog, QuizApp];',
    ].join('\n');
    for (const file of ['src/catalog/probe.ts', 'src/storage/probe.ts'])
      expect((await ruleIds(file, code)).filter((id) => id === 'no-restricted-imports')).toHaveLength(4);
  });

  it(
    'keep the Node-only loader out of the islands, and the CLI out of unit tests of src/',
    { timeout: 60_000 },
    async () => {
      const loader = "import { loadCatalog } from '../loader/load.ts';\nexport const probe = loadCatalog;";
      expect(await ruleIds('src/islands/probe.tsx', loader)).toContain('no-restricted-imports');
      const cli = "import { main } from '../../scripts/assess.ts';\nexport const probe = main;";
      expect(await ruleIds('test/unit/probe.test.ts', cli)).toContain('no-restricted-imports');
      expect(await ruleIds('test/unit/cli-assess.test.ts', cli)).toEqual([]);
    },
  );

  it(
    'keep the office formats pure: no Node, astro:*, model, loader, view or DOM global',
    { timeout: 60_000 },
    async () => {
      const code = [
        "import { readFileSync } from 'node:fs';",
        "import { getCollection } from 'astro:content';",
        "import { createReportModel } from '../app/report-model.ts';",
        "import { loadCatalog } from '../loader/load.ts';",
        "import ReportApp from '../islands/ReportApp.tsx';",
        'export const probe = [readFileSync, getCollection, createReportModel, loadCatalog, ReportApp, document.title];',
      ].join('\n');
      const ids = await ruleIds('src/office/probe.ts', code);
      expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(5);
      expect(ids).toContain('no-restricted-globals');
      const allowed = [
        "import ExcelJS from 'exceljs';",
        "import { scoreAssessment } from '../engine/index.ts';",
        "import { officeText } from '../i18n/office.ts';",
        'export const probe = [ExcelJS, scoreAssessment, officeText];',
      ].join('\n');
      expect(await ruleIds('src/office/probe.ts', allowed)).toEqual([]);
    },
  );

  it('let each layer import what it may', { timeout: 60_000 }, async () => {
    const engine = "import type { Locale } from '../catalog/schema.ts';\nexport const probe = (l: Locale) => l;";
    expect(await ruleIds('src/engine/probe.ts', engine)).toEqual([]);
    const model = "import { score } from '../engine/index.ts';\nexport const probe = score;";
    expect(await ruleIds('src/app/probe.ts', model)).toEqual([]);
    const island = "import { createQuizModel } from '../app/quiz-model.ts';\nexport const probe = createQuizModel;";
    expect(await ruleIds('src/islands/probe.tsx', island)).toEqual([]);
  });
});
