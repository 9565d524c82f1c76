/**
 * `npm run assess -- score <file.json> [--format json|md|csv] [--lang zh-CN|en]`
 * `npm run assess -- validate <file.json>`
 * `npm run assess -- compare <a.json> <b.json> [...] [--format json|md|csv] [--lang zh-CN|en] [--common-scope]`
 *   (see scripts/assess-compare.ts)
 * Both take `--catalog <dir>` (the delivery catalog, `assessments/`) and `--practices <dir>` (the folder of the
 * related-practice catalogs, `<catalog dir>/practices`).
 *
 * Scores or checks an assessment file against the catalog the file names in its `catalog` field: GB/T 28827.2
 * (`assessments/`) or a related practice (`assessments/practices/<id>/`). Bad input ends with exit code 1
 * and one line on stderr naming the problem (never a stack trace); a wrong command line ends with exit code 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CatalogError } from '../src/catalog/check.ts';
import { loadCatalog, loadPractice } from '../src/catalog/load.ts';
import type { Catalog, Locale, PracticeId } from '../src/catalog/schema.ts';
import {
  assessmentFromJson,
  DELIVERY_CATALOG_ID,
  describeCatalogId,
  type EngineCatalog,
  buildPlan,
  elementsToCsv,
  formatIssue,
  reportToMarkdown,
  scoreAssessment,
  toScoreSummary,
  validateAssessment,
  type AssessmentIssue,
} from '../src/engine/index.ts';
import { compareCommand } from './assess-compare.ts';

const USAGE =
  'usage: npm run assess -- score <file.json> [--format json|md|csv] [--lang zh-CN|en] | validate <file.json> | compare <a.json> <b.json> [...] [--format json|md|csv] [--lang zh-CN|en] [--common-scope]  [--catalog <dir>] [--practices <dir>]';
const FORMATS = ['json', 'md', 'csv'] as const;
const LANGS = ['zh-CN', 'en'] as const;

/** A problem to report on one line, with its exit code. */
class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        lang: { type: 'string', default: 'zh-CN' },
        catalog: { type: 'string' },
        practices: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        'common-scope': { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new CliError(`${oneLine((err as Error).message)}; ${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true as const };
  const [command, file, ...rest] = positionals;
  if (command !== 'score' && command !== 'validate' && command !== 'compare') {
    throw new CliError(`${command ? `unknown command "${command}"` : 'no command given'}; ${USAGE}`, 2);
  }
  if (!file) throw new CliError(`${command}: no assessment file given; ${USAGE}`, 2);
  if (rest.length && command !== 'compare') throw new CliError(`unexpected argument "${rest[0]}"; ${USAGE}`, 2);
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new CliError(`--format must be json, md or csv, not "${values.format}"`, 2);
  const lang = values.lang as Locale;
  if (!(LANGS as readonly string[]).includes(lang))
    throw new CliError(`--lang must be zh-CN or en, not "${values.lang}"`, 2);
  return {
    help: false as const,
    command,
    file,
    /** Every file named (compare takes several). */
    files: [file, ...rest],
    commonScope: values['common-scope'],
    format,
    lang,
    catalogDir: values.catalog,
    practicesDir: values.practices,
  };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : oneLine((err as Error).message);
    throw new CliError(`${file}: cannot read the file (${reason})`);
  }
}

const DEFAULT_CATALOG_DIR = fileURLToPath(new URL('../assessments', import.meta.url));

function catalogProblem(err: unknown): CliError {
  if (err instanceof CatalogError) {
    const first = err.problems[0];
    return new CliError(
      `the requirement catalog is invalid (${err.problems.length} problem${err.problems.length === 1 ? '' : 's'}${first ? `, first: ${oneLine(first.message)} in ${first.file}` : ''}); run npm run check:catalog`,
    );
  }
  return new CliError(`cannot load the requirement catalog: ${oneLine((err as Error).message)}`);
}

/** The related-practice catalog `id` from the practices folder; it may refer to the delivery catalog. */
function readPractice(id: PracticeId, dir: string, delivery: Catalog): EngineCatalog {
  const folder = join(dir, id);
  if (!existsSync(join(folder, 'structure.yaml')))
    throw new CliError(`no catalog for ${describeCatalogId(id)} in ${dir} (expected ${id}/structure.yaml)`);
  try {
    return loadPractice(folder, delivery);
  } catch (err) {
    throw catalogProblem(err);
  }
}

function readCatalog(dir: string | undefined): Catalog {
  try {
    return loadCatalog(dir ?? DEFAULT_CATALOG_DIR);
  } catch (err) {
    throw catalogProblem(err);
  }
}

/** The first error of a file on one line, with how many more there are. */
function errorLine(file: string, errors: AssessmentIssue[]): string {
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  return `${file}: ${formatIssue(errors[0]!)}${more}`;
}

function main(argv: string[]): number {
  const args = parseCommandLine(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'compare') return runCompare(args);
  const text = readText(args.file);
  const parsed = assessmentFromJson(text);
  if (!parsed.success) throw new CliError(errorLine(args.file, parsed.issues));
  const { assessment } = parsed;
  // The file says which catalog its answers are for; a practice may refer to the delivery catalog, so load both.
  const delivery = readCatalog(args.catalogDir);
  const catalog =
    assessment.catalog === DELIVERY_CATALOG_ID
      ? delivery
      : readPractice(
          assessment.catalog,
          args.practicesDir ?? join(args.catalogDir ?? DEFAULT_CATALOG_DIR, 'practices'),
          delivery,
        );
  const issues = validateAssessment(catalog, assessment);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');

  if (args.command === 'validate') {
    for (const issue of errors) process.stderr.write(`${args.file}: error: ${formatIssue(issue)}\n`);
    for (const issue of warnings) process.stderr.write(`${args.file}: warning: ${formatIssue(issue)}\n`);
    if (errors.length) return 1;
    const answered = Object.keys(assessment.answers).length;
    process.stdout.write(
      `${args.file}: valid (schema ${assessment.schemaVersion}, catalog ${assessment.catalog === DELIVERY_CATALOG_ID ? '' : `${assessment.catalog} `}${assessment.catalogVersion}, ${answered} answer${answered === 1 ? '' : 's'}${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''})\n`,
    );
    return 0;
  }

  if (errors.length)
    throw new CliError(`${errorLine(args.file, errors)}; run "npm run assess -- validate ${args.file}"`);
  for (const issue of warnings) process.stderr.write(`${args.file}: warning: ${formatIssue(issue)}\n`);
  const result = scoreAssessment(catalog, assessment);
  const plan = buildPlan(catalog, assessment, result);
  if (args.format === 'json') process.stdout.write(`${JSON.stringify(toScoreSummary(result, plan), null, 2)}\n`);
  else if (args.format === 'csv') process.stdout.write(elementsToCsv(catalog, assessment, args.lang, result));
  else process.stdout.write(reportToMarkdown(catalog, assessment, args.lang, result, plan));
  return 0;
}

/** `compare`: the command's text goes to stdout and stderr; files and catalogs are read as `score` reads them. */
function runCompare(args: Exclude<ReturnType<typeof parseCommandLine>, { help: true }>): number {
  const practicesDir = args.practicesDir ?? join(args.catalogDir ?? DEFAULT_CATALOG_DIR, 'practices');
  let delivery: Catalog | undefined;
  const deliveryCatalog = () => (delivery ??= readCatalog(args.catalogDir));
  const out = compareCommand(
    { files: args.files, format: args.format, lang: args.lang, commonScope: args.commonScope },
    {
      readText,
      catalogFor: (id) =>
        id === DELIVERY_CATALOG_ID ? deliveryCatalog() : readPractice(id, practicesDir, deliveryCatalog()),
    },
  );
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  return out.exitCode;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (err instanceof CliError) {
    process.stderr.write(`assess: ${err.message}\n`);
    process.exitCode = err.exitCode;
  } else {
    process.stderr.write(`assess: internal error: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
    process.exitCode = 1;
  }
}
