/**
 * The layers of README "Layout" are enforced by ESLint (eslint.config.js): these probes, linted as if they sat in
 * each folder, must be refused, and the same imports where they are allowed must pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rules (or messages) ESLint reports for `code` linted as if it were `filePath`. */
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

/** How many of the imports of `code`, linted as if it were `file`, the layer rules refuse. */
async function restrictedImports(file: string, code: string): Promise<number> {
  return (await ruleIds(file, code)).filter((id) => id === 'no-restricted-imports').length;
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
    expect(await restrictedImports('src/engine/probe.ts', code)).toBe(4);
    expect(await ruleIds('src/engine/probe.ts', code)).toContain('no-restricted-globals');
  });

  it('keep views and Node out of the models', { timeout: 60_000 }, async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import QuizApp from '../islands/QuizApp.tsx';",
      'export const probe = [readFileSync, QuizApp];',
    ].join('\n');
    for (const file of ['src/app/probe.ts', 'src/templates/probe.ts'])
      expect(await restrictedImports(file, code), file).toBe(2);
  });

  it('keep Node and the CLI out of the islands, and the CLI out of src/', { timeout: 60_000 }, async () => {
    const islands = "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;";
    expect(await restrictedImports('src/islands/probe.tsx', islands)).toBe(1);
    const cli =
      "import { compareCommand } from '../../scripts/assess-compare.ts';\nexport const probe = compareCommand;";
    expect(await restrictedImports('src/lib/probe/x.ts', cli)).toBe(1);
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
      expect(await restrictedImports(file, code), file).toBe(4);
  });

  it(
    'keep the Node-only loader out of the islands, and the CLI out of unit tests of src/',
    { timeout: 60_000 },
    async () => {
      const loader = "import { loadCatalog } from '../loader/load.ts';\nexport const probe = loadCatalog;";
      expect(await restrictedImports('src/islands/probe.tsx', loader)).toBe(1);
      const cli = "import { main } from '../../scripts/assess.ts';\nexport const probe = main;";
      expect(await restrictedImports('test/unit/probe.test.ts', cli)).toBe(1);
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
  it(
    "let the engine take the export translators' types, and nothing else, from src/i18n",
    { timeout: 60_000 },
    async () => {
      const type =
        "import type { ReportTranslator } from '../i18n/report-export.ts';\nexport const probe = (t: ReportTranslator) => t('yes');";
      expect(await ruleIds('src/engine/probe.ts', type)).toEqual([]);
      const value = "import { reportText } from '../i18n/report-export.ts';\nexport const probe = reportText;";
      expect(await restrictedImports('src/engine/probe.ts', value)).toBe(1);
      for (const [file, translator, factory] of [
        ['compare-export', 'CompareTranslator', 'compareText'],
        ['review-export', 'ReviewTranslator', 'reviewText'],
        ['agreement-export', 'AgreementTranslator', 'agreementText'],
      ]) {
        const types = `import type { ${translator} } from '../i18n/${file}.ts';\nexport const probe = (t: ${translator}) => t.locale;`;
        expect(await ruleIds('src/engine/probe.ts', types), file).toEqual([]);
        const values = `import { ${factory} } from '../i18n/${file}.ts';\nexport const probe = ${factory};`;
        expect(await restrictedImports('src/engine/probe.ts', values), file).toBe(1);
      }
      const other = "import type { OfficeKey } from '../i18n/office.ts';\nexport const probe = (k: OfficeKey) => k;";
      expect(await restrictedImports('src/engine/probe.ts', other)).toBe(1);
    },
  );
  it(
    'keep classic zod out of what the browser loads (zod/mini there), and allow it at build',
    { timeout: 60_000 },
    async () => {
      const classic = "import { z } from 'zod';\nexport const probe = z.string();";
      for (const file of [
        'src/engine/probe.ts',
        'src/app/probe.ts',
        'src/templates/probe.ts',
        'src/storage/probe.ts',
        'src/islands/probe.tsx',
        'src/lib/probe.ts',
        'src/catalog/quiz.ts',
        'src/catalog/base-schemas.ts',
      ])
        expect(await ruleIds(file, classic), file).toContain('no-restricted-imports');
      const mini = "import * as z from 'zod/mini';\nexport const probe = z.string();";
      for (const file of ['src/engine/probe.ts', 'src/templates/probe.ts', 'src/catalog/quiz.ts'])
        expect(await ruleIds(file, mini), file).toEqual([]);
      for (const file of ['src/catalog/schema.ts', 'src/loader/probe.ts', 'src/content.config.ts'])
        expect(await ruleIds(file, classic), file).toEqual([]);
    },
  );
  it('keep the Office writers free of Node, DOM, models and views', { timeout: 60_000 }, async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import { openBrowserStore } from '../storage/browser-store.ts';",
      "import QuizApp from '../islands/QuizApp.tsx';",
      'export const probe = [readFileSync, openBrowserStore, QuizApp, document.title];',
    ].join('\n');
    const ids = await ruleIds('src/office/probe.ts', code);
    expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(3);
    expect(ids).toContain('no-restricted-globals');
    const allowed =
      "import { outlineToMarkdown } from '../engine/outline.ts';\nexport const probe = outlineToMarkdown;";
    expect(await ruleIds('src/office/probe.ts', allowed)).toEqual([]);
  });
});
