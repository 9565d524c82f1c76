/**
 * `npm run assess -- compare A.json B.json [...] [--format json|md|csv] [--lang zh-CN|en] [--common-scope]`
 *
 * Compares 2–10 assessments of the same catalog with the engine's `compareAssessments`. JSON is
 * `{ assessments, commonScope, common }`, each entry's fields exactly as `score FILE --format json` prints them
 * (for `common`, with the file's scope set to the common scope). `--common-scope` limits the Markdown and CSV
 * to the common-scope view; the JSON always carries both.
 *
 * The command is a function of its parsed arguments and of how files and catalogs are read, and returns its
 * output instead of writing it, so it runs in-process in tests and slots into any entry point.
 */
import type { Locale } from '../src/catalog/schema.ts';
import {
  assessmentFromJson,
  compareAssessments,
  compareProblem,
  comparisonToCsv,
  comparisonToMarkdown,
  describeCompareProblem,
  formatIssue,
  toCompareSummary,
  validateAssessment,
  type Assessment,
  type CatalogId,
  type EngineCatalog,
} from '../src/engine/index.ts';
import { compareText } from '../src/i18n/compare-export.ts';
import { reportText } from '../src/i18n/report-export.ts';

export interface CompareArgs {
  files: readonly string[];
  format: 'json' | 'md' | 'csv';
  lang: Locale;
  /** Markdown and CSV show only the common-scope view. */
  commonScope: boolean;
}

export interface CompareIo {
  /** The text of a file; throws an Error whose message names the file and why it cannot be read. */
  readText: (file: string) => string;
  /** The catalog an assessment names (errors loading it propagate: they are not about the files). */
  catalogFor: (id: CatalogId) => EngineCatalog;
}

export interface CommandOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads and parses every named assessment file (migrating older versions), so that one run names every file that
 * cannot be used: the files read, and one line per file that cannot be read or parsed.
 */
export function readAssessmentFiles(
  files: readonly string[],
  io: Pick<CompareIo, 'readText'>,
): { inputs: { file: string; assessment: Assessment }[]; problems: string[] } {
  const inputs: { file: string; assessment: Assessment }[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = io.readText(file);
    } catch (err) {
      problems.push(oneLine(err instanceof Error ? err.message : String(err)));
      continue;
    }
    const parsed = assessmentFromJson(text);
    if (!parsed.success) {
      const [first, ...more] = parsed.issues;
      problems.push(
        `${file}: ${first ? formatIssue(first) : 'not an assessment'}${more.length ? ` (and ${more.length} more)` : ''}`,
      );
      continue;
    }
    inputs.push({ file, assessment: parsed.assessment });
  }
  return { inputs, problems };
}

export function compareCommand(args: CompareArgs, io: CompareIo): CommandOutput {
  const stderr: string[] = [];
  const fail = (exitCode: number, lines: string[]): CommandOutput => ({
    exitCode,
    stdout: '',
    stderr: [...stderr.map((l) => `${l}\n`), ...lines.map((l) => `assess: ${l}\n`)].join(''),
  });
  if (args.files.length < 2)
    return fail(2, [`compare: ${describeCompareProblem({ code: 'too-few', count: args.files.length })}`]);

  // Every file is read and checked before anything is compared, so one run names every file that is unusable.
  const { inputs, problems } = readAssessmentFiles(args.files, io);
  if (problems.length)
    return fail(1, [...problems, `compare: ${problems.length} of ${args.files.length} files cannot be compared`]);

  const [first] = inputs;
  if (!first) return fail(2, [`compare: ${describeCompareProblem({ code: 'too-few', count: 0 })}`]);
  const catalog = io.catalogFor(first.assessment.catalog);
  const problem = compareProblem(catalog, inputs);
  if (problem)
    return fail(problem.code === 'different-catalogs' ? 1 : 2, [`compare: ${describeCompareProblem(problem)}`]);

  for (const { file, assessment } of inputs) {
    const issues = validateAssessment(catalog, assessment);
    for (const issue of issues) {
      const line = `${file}: ${issue.severity}: ${formatIssue(issue)}`;
      if (issue.severity === 'error') problems.push(line);
      else stderr.push(line);
    }
  }
  if (problems.length)
    return fail(1, [...problems, 'compare: run "npm run assess -- validate FILE" on the files named']);

  const comparison = compareAssessments(catalog, inputs);
  const options = { commonScopeOnly: args.commonScope };
  const stdout =
    args.format === 'json'
      ? `${JSON.stringify(toCompareSummary(comparison), null, 2)}\n`
      : args.format === 'csv'
        ? comparisonToCsv(comparison, reportText(args.lang), compareText(args.lang), options)
        : comparisonToMarkdown(comparison, reportText(args.lang), compareText(args.lang), options);
  return { exitCode: 0, stdout, stderr: stderr.map((l) => `${l}\n`).join('') };
}
