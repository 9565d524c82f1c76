/**
 * Reads the quiz's hand-written items (`assessments/training/quiz-items.yaml`, Node only) and checks them against
 * the schema and the catalog. Any problem throws a CatalogError naming the file, the item ID and the field, so a
 * bad item fails the build, the CLI and the tests with the same message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkWrittenItems } from '../engine/quiz-bank.ts';
import { CatalogError, type CatalogProblem } from '../catalog/check.ts';
import { DEFAULT_CATALOG_DIR } from './load.ts';
import { QuizItemsFileSchema, type WrittenQuizItem } from '../catalog/quiz.ts';
import type { Catalog } from '../catalog/schema.ts';

/** The file, relative to the catalog folder. */
const QUIZ_ITEMS_FILE = 'training/quiz-items.yaml';

export function loadQuizItems(
  catalog: Pick<Catalog, 'structure' | 'elements'>,
  dir: string = DEFAULT_CATALOG_DIR,
): WrittenQuizItem[] {
  const file = QUIZ_ITEMS_FILE;
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(dir, file), 'utf8'));
  } catch (err) {
    throw new CatalogError([
      { file, message: err instanceof Error ? err.message.replace(/\n[\s\S]*/, '') : String(err) },
    ]);
  }
  const result = QuizItemsFileSchema.safeParse(raw);
  if (!result.success) {
    const items = (raw as { items?: unknown[] } | null)?.items;
    const problems: CatalogProblem[] = result.error.issues.map((issue) => {
      const [, index, ...rest] = issue.path;
      const item = typeof index === 'number' ? items?.[index] : undefined;
      const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : undefined;
      const field = (id ? rest : issue.path).map(String).join('.');
      return { file, id, field: field || undefined, message: issue.message };
    });
    throw new CatalogError(problems);
  }
  const problems = checkWrittenItems(catalog, result.data.items);
  if (problems.length) throw new CatalogError(problems.map((p) => ({ file, ...p })));
  return result.data.items;
}
