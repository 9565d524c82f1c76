/**
 * `npm run assess -- score <file.json> [--format json|md|csv] [--lang zh-CN|en]`
 * `npm run assess -- score <file.json> --format xlsx --out <file.xlsx> [--lang zh-CN|en]`: the Excel workbook
 *   (elements with a level drop-down, scores, plan); binary, so it needs --out
 * `npm run assess -- import-xlsx <a.xlsx> [<b.xlsx> ...] [--into <assessment.json>] --out <new.json> [--lang zh-CN|en]`:
 *   answers from filled workbooks, merged in order; elements answered differently by two files are conflicts
 *   (exit 1, nothing written). Without --into, a new assessment like the one the first workbook came from (its
 *   about sheet: catalog, title, subject, assessor, perspective, scope); `--title` and `--subject` override those.
 * `npm run assess -- validate <file.json>`
 * `npm run assess -- review <file.json> [--format json|md|csv] [--lang zh-CN|en]`: claimed vs verified scores
 * `npm run assess -- history <file.json> [--format json|md] [--lang zh-CN|en]`: one row per snapshot
 * `npm run assess -- compare <a.json> <b.json> [...] [--format json|md|csv] [--lang zh-CN|en] [--common-scope]`
 *   (see scripts/assess-compare.ts)
 * `npm run assess -- agreement <key.json> <trainee.json> [...] [--format json|md|csv] [--lang zh-CN|en]`: trainees
 *   against a training case's instructor key (see scripts/assess-agreement.ts)
 * Both take `--catalog <dir>` (the delivery catalog, `assessments/`) and `--practices <dir>` (the folder of the
 * related-practice catalogs, `<catalog dir>/practices`).
 *
 * Scores or checks an assessment file against the catalog the file names in its `catalog` field: GB/T 28827.2
 * (`assessments/`) or a related practice (`assessments/practices/<id>/`). Bad input ends with exit code 1
 * and one line on stderr naming the problem (never a stack trace); a wrong command line ends with exit code 2.
 * A key written twice in one object of the file is a warning on stderr (JSON keeps the last value).
 *
 * `main(argv, io)` runs the same command in-process (the tests call it) and returns the exit code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CatalogError } from '../src/catalog/check.ts';
import { loadCatalog, loadPractice } from '../src/loader/load.ts';
import type { Catalog, Locale, PracticeId } from '../src/catalog/schema.ts';
import { PRACTICE_IDS } from '../src/catalog/locales.ts';
import {
  assessmentFromJson,
  assessmentToJson,
  catalogIdOf,
  createAssessment,
  indexCatalog,
  DELIVERY_CATALOG_ID,
  describeCatalogId,
  duplicateKeyIssues,
  type EngineCatalog,
  buildPlan,
  elementsToCsv,
  formatIssue,
  reportToMarkdown,
  scoreAssessment,
  toScoreSummary,
  validateAssessment,
  type AssessmentIssue,
  type Assessment,
  answerFingerprintsWith,
  historyOf,
  historyToMarkdown,
  reviewAssessment,
  reviewToCsv,
  reviewToMarkdown,
  toReviewSummary,
} from '../src/engine/index.ts';
import {
  applyImport,
  assessmentToXlsx,
  formatConflict,
  formatNotice,
  formatXlsxProblem,
  detailsFromAbout,
  openWorkbooks,
  previewOpenedImport,
  readOpenedAbout,
  type ImportPreview,
  type OpenedWorkbook,
  type XlsxProblem,
} from '../src/office/index.ts';
import { officeText } from '../src/i18n/office.ts';
import { reportText } from '../src/i18n/report-export.ts';
import { reviewText } from '../src/i18n/review-export.ts';
import { agreementCommand } from './assess-agreement.ts';
import { compareCommand } from './assess-compare.ts';

const USAGE =
  'usage: npm run assess -- score <file.json> [--format json|md|csv] [--lang zh-CN|en] | score <file.json> --format xlsx --out <file.xlsx> [--lang zh-CN|en] | import-xlsx <a.xlsx> [<b.xlsx> ...] [--into <assessment.json> | --title <t> --subject <s>] --out <new.json> [--lang zh-CN|en] | validate <file.json> | review <file.json> [--format json|md|csv] [--lang zh-CN|en] | history <file.json> [--format json|md] [--lang zh-CN|en] | compare <a.json> <b.json> [...] [--format json|md|csv] [--lang zh-CN|en] [--common-scope] | agreement <key.json> <trainee.json> [...] [--format json|md|csv] [--lang zh-CN|en]  [--catalog <dir>] [--practices <dir>]';
const COMMANDS = ['score', 'validate', 'review', 'history', 'compare', 'agreement', 'import-xlsx'] as const;
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
        out: { type: 'string' },
        into: { type: 'string' },
        title: { type: 'string' },
        subject: { type: 'string' },
      },
    });
  } catch (err) {
    throw new CliError(`${oneLine((err as Error).message)}; ${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true as const };
  const [command, file, ...rest] = positionals;
  if (!(COMMANDS as readonly (string | undefined)[]).includes(command)) {
    throw new CliError(`${command ? `unknown command "${command}"` : 'no command given'}; ${USAGE}`, 2);
  }
  if (!file) throw new CliError(`${command}: no assessment file given; ${USAGE}`, 2);
  if (rest.length && command !== 'compare' && command !== 'agreement' && command !== 'import-xlsx')
    throw new CliError(`unexpected argument "${rest[0]}"; ${USAGE}`, 2);
  const xlsx = values.format === 'xlsx';
  const format = (xlsx ? 'json' : values.format) as (typeof FORMATS)[number];
  if (!FORMATS.includes(format) || (xlsx && command !== 'score'))
    throw new CliError(
      `--format must be json, md or csv${command === 'score' ? ' (or xlsx with --out)' : ''}, not "${values.format}"`,
      2,
    );
  if (xlsx && !values.out)
    throw new CliError('score --format xlsx writes a binary workbook: give the file with --out <file.xlsx>', 2);
  if (command === 'import-xlsx' && !values.out)
    throw new CliError('import-xlsx: give the file to write with --out <file.json>', 2);
  if ((values.title !== undefined || values.subject !== undefined) && (command !== 'import-xlsx' || values.into))
    throw new CliError('--title and --subject name a new assessment: use them with import-xlsx and without --into', 2);
  if (command === 'history' && format === 'csv') throw new CliError('history: --format must be json or md', 2);
  const lang = values.lang as Locale;
  if (!(LANGS as readonly string[]).includes(lang))
    throw new CliError(`--lang must be zh-CN or en, not "${values.lang}"`, 2);
  return {
    help: false as const,
    command: command as (typeof COMMANDS)[number],
    file,
    /** Every file named (compare takes several). */
    files: [file, ...rest],
    commonScope: values['common-scope'],
    format,
    /** `score --format xlsx`: the workbook, written to `out`. */
    xlsx,
    lang,
    catalogDir: values.catalog,
    practicesDir: values.practices,
    out: values.out,
    into: values.into,
    title: values.title,
    subject: values.subject,
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
  const [first, ...rest] = errors;
  if (!first) return `${file}: no problem found`;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return `${file}: ${formatIssue(first)}${more}`;
}

/** The file to write; the command line was refused earlier for a command that needs one and has none. */
function outOf(args: Args): string {
  if (args.out === undefined) throw new CliError(`${args.command}: give the file to write with --out <file>`, 2);
  return args.out;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * `review`: the claimed scores, the verified scores (each reviewed element at its verified level, the others at
 * their claimed level; a verdict on an answer changed since review does not count) and the disputed elements.
 */
export function reviewOutput(
  catalog: EngineCatalog,
  assessment: Assessment,
  format: (typeof FORMATS)[number],
  lang: Locale,
): string {
  const review = reviewAssessment(catalog, assessment, answerFingerprintsWith(assessment, sha256));
  if (format === 'json') return `${JSON.stringify(toReviewSummary(catalog, assessment, review), null, 2)}\n`;
  if (format === 'csv') return reviewToCsv(catalog, review, reportText(lang), reviewText(lang));
  return reviewToMarkdown(catalog, assessment, review, reportText(lang), reviewText(lang));
}

/** `history`: one row per snapshot, oldest first, with its overall and chapter scores. */
export function historyOutput(
  catalog: EngineCatalog,
  assessment: Assessment,
  format: 'json' | 'md' | 'csv',
  lang: Locale,
): string {
  const rows = historyOf(catalog, assessment);
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  return historyToMarkdown(catalog, assessment, rows, reportText(lang), reviewText(lang));
}

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

type Args = Exclude<ReturnType<typeof parseCommandLine>, { help: true }>;

/** An assessment file and the catalog it names, with the problems found checking one against the other. */
function readAssessment(file: string, args: Pick<Args, 'catalogDir' | 'practicesDir'>) {
  const text = readText(file);
  const parsed = assessmentFromJson(text);
  if (!parsed.success) throw new CliError(errorLine(file, parsed.issues));
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
  const issues = [...duplicateKeyIssues(text), ...validateAssessment(catalog, assessment)];
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');

  return { assessment, catalog, errors, warnings };
}

function run(argv: string[], io: CliIo): number | Promise<number> {
  const args = parseCommandLine(argv);
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'compare') return runCompare(args, io);
  if (args.command === 'agreement') return runAgreement(args, io);
  if (args.command === 'import-xlsx') return runImportXlsx(args, io);
  const { assessment, catalog, errors, warnings } = readAssessment(args.file, args);
  if (args.command === 'validate') {
    for (const issue of errors) io.stderr(`${args.file}: error: ${formatIssue(issue)}\n`);
    for (const issue of warnings) io.stderr(`${args.file}: warning: ${formatIssue(issue)}\n`);
    if (errors.length) return 1;
    const answered = Object.keys(assessment.answers).length;
    io.stdout(
      `${args.file}: valid (schema ${assessment.schemaVersion}, catalog ${assessment.catalog === DELIVERY_CATALOG_ID ? '' : `${assessment.catalog} `}${assessment.catalogVersion}, ${answered} answer${answered === 1 ? '' : 's'}${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''})\n`,
    );
    return 0;
  }

  if (errors.length)
    throw new CliError(`${errorLine(args.file, errors)}; run "npm run assess -- validate ${args.file}"`);
  for (const issue of warnings) io.stderr(`${args.file}: warning: ${formatIssue(issue)}\n`);
  if (args.command === 'review') {
    io.stdout(reviewOutput(catalog, assessment, args.format, args.lang));
    return 0;
  }
  if (args.command === 'history') {
    io.stdout(historyOutput(catalog, assessment, args.format, args.lang));
    return 0;
  }
  if (args.xlsx) return writeWorkbook(catalog, assessment, args.lang, outOf(args), io);
  const result = scoreAssessment(catalog, assessment);
  const plan = buildPlan(catalog, assessment, result);
  if (args.format === 'json') io.stdout(`${JSON.stringify(toScoreSummary(result, plan), null, 2)}\n`);
  else if (args.format === 'csv') io.stdout(elementsToCsv(catalog, assessment, reportText(args.lang), result));
  else io.stdout(reportToMarkdown(catalog, assessment, reportText(args.lang), result, plan));
  return 0;
}

function writeBytes(file: string, bytes: Uint8Array | string): void {
  try {
    writeFileSync(file, bytes);
  } catch (err) {
    throw new CliError(`${file}: cannot write the file (${oneLine((err as Error).message)})`);
  }
}

/** `score --format xlsx --out`: the workbook in the report language. */
async function writeWorkbook(
  catalog: EngineCatalog,
  assessment: Assessment,
  lang: Locale,
  out: string,
  io: CliIo,
): Promise<number> {
  writeBytes(out, await assessmentToXlsx(catalog, assessment, lang));
  io.stdout(`wrote ${out}\n`);
  return 0;
}

/** One line per element the import changes: `DM-PLAN-01: changed P → F (a.xlsx row 5)`. */
function previewLines(preview: ImportPreview, lang: Locale): string[] {
  const t = officeText(lang);
  return preview.changes.flatMap(({ id, status, before, after, fields, source }) => {
    // An unchanged element has no new answer and no source.
    if (status === 'unchanged' || !after || !source) return [];
    const level = `${before?.level ?? t('answer.none')} → ${after.level}`;
    const names = fields.map((f) => t(`field.${f}`)).join(', ');
    return [`${id}: ${t(`preview.${status}`)} ${level} [${names}] (${source.file} #${source.row})`];
  });
}

/** The workbooks named on the command line, read; one that cannot be read is the error. */
function readWorkbooks(files: readonly string[]) {
  return files.map((name) => {
    try {
      return { name, bytes: new Uint8Array(readFileSync(name)) };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new CliError(
        `${name}: cannot read the file (${code === 'ENOENT' ? 'no such file' : oneLine((err as Error).message)})`,
      );
    }
  });
}

/** The first problem of the workbooks on one line, with how many more there are. */
function problemsLine(problems: readonly XlsxProblem[], lang: Locale): string {
  const [first, ...more] = problems;
  if (!first) return 'import-xlsx: the workbooks cannot be read';
  const rest = more.length ? ` (and ${more.length} more problem${more.length > 1 ? 's' : ''})` : '';
  return `${formatXlsxProblem(first, lang)}${rest}`;
}

/**
 * Without --into: a new assessment like the one the first workbook came from, its catalog read as `score` reads
 * one; `--title` and `--subject` replace the workbook's.
 */
function newAssessmentFor(opened: readonly OpenedWorkbook[], args: Args) {
  const [first] = opened;
  if (!first) throw new CliError('import-xlsx: name at least one workbook');
  const about = readOpenedAbout(first);
  if (!about.ok) throw new CliError(problemsLine(about.problems, args.lang));
  const { meta } = about;
  const delivery = readCatalog(args.catalogDir);
  const practice = PRACTICE_IDS.find((p) => p === meta.catalog);
  if (meta.catalog !== DELIVERY_CATALOG_ID && !practice)
    throw new CliError(
      formatXlsxProblem({ file: first.name, code: 'unknown-catalog', params: { catalog: meta.catalog } }, args.lang),
    );
  const catalog = practice
    ? readPractice(practice, args.practicesDir ?? join(args.catalogDir ?? DEFAULT_CATALOG_DIR, 'practices'), delivery)
    : delivery;
  const details = detailsFromAbout(meta, first.name);
  const title = (args.title ?? details.title).trim();
  const subject = (args.subject ?? details.subject).trim();
  if (!title || !subject)
    throw new CliError(
      `${first.name}: the workbook names no ${title ? 'supplier' : 'title'} for the new assessment; give it with ${title ? '--subject' : '--title'}`,
    );
  const assessment = createAssessment({
    catalog: catalogIdOf(catalog),
    catalogVersion: indexCatalog(catalog).version,
    ...details,
    title,
    subject,
  });
  return { assessment, catalog, label: first.name };
}

/** `import-xlsx`: merge filled workbooks into an assessment (or a new one) and write the result; conflicts write nothing. */
async function runImportXlsx(args: Args, io: CliIo): Promise<number> {
  // Each workbook is opened once: a new assessment's details and the answers are read from the same parse.
  const opened = await openWorkbooks(readWorkbooks(args.files));
  let target;
  if (args.into) {
    const read = readAssessment(args.into, args);
    if (read.errors.length)
      throw new CliError(`${errorLine(args.into, read.errors)}; run "npm run assess -- validate ${args.into}"`);
    target = { ...read, label: args.into };
  } else target = newAssessmentFor(opened, args);
  const { assessment, catalog } = target;
  // A new assessment has no answers and no file yet: nothing to tell "exported from another assessment" against.
  const read = previewOpenedImport(catalog, args.into ? assessment : { answers: {} }, opened);
  if (!read.ok) throw new CliError(problemsLine(read.problems, args.lang));
  const { preview } = read;
  for (const notice of preview.notices) io.stderr(`assess: warning: ${formatNotice(notice, args.lang)}\n`);
  if (preview.conflicts.length) {
    for (const conflict of preview.conflicts) io.stderr(`assess: ${formatConflict(conflict, args.lang)}\n`);
    io.stderr(`assess: ${officeText(args.lang)('conflict.summary', { count: preview.conflicts.length })}\n`);
    return 1;
  }
  const applied = applyImport(catalog, assessment, preview);
  if (!applied.ok) throw new CliError(errorLine(target.label, applied.issues));
  writeBytes(outOf(args), assessmentToJson(applied.assessment));
  for (const line of previewLines(preview, args.lang)) io.stdout(`${line}\n`);
  io.stdout(
    `${applied.applied} answer${applied.applied === 1 ? '' : 's'} imported${args.into ? '' : ` into a new assessment, "${assessment.title}"`}; wrote ${args.out}\n`,
  );
  return 0;
}

/** `compare`: the command's text goes to stdout and stderr; files and catalogs are read as `score` reads them. */
function runCompare(args: Args, io: CliIo): number {
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
  io.stdout(out.stdout);
  io.stderr(out.stderr);
  return out.exitCode;
}

/** `agreement`: read as `compare` reads its files. */
function runAgreement(args: Args, io: CliIo): number {
  const practicesDir = args.practicesDir ?? join(args.catalogDir ?? DEFAULT_CATALOG_DIR, 'practices');
  let delivery: Catalog | undefined;
  const deliveryCatalog = () => (delivery ??= readCatalog(args.catalogDir));
  const out = agreementCommand(
    { files: args.files, format: args.format, lang: args.lang },
    {
      readText,
      catalogFor: (id) =>
        id === DELIVERY_CATALOG_ID ? deliveryCatalog() : readPractice(id, practicesDir, deliveryCatalog()),
    },
  );
  io.stdout(out.stdout);
  io.stderr(out.stderr);
  return out.exitCode;
}

function failure(err: unknown, io: CliIo): number {
  if (err instanceof CliError) {
    io.stderr(`assess: ${err.message}\n`);
    return err.exitCode;
  }
  io.stderr(`assess: internal error: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
  return 1;
}

/**
 * Runs one command; returns the exit code, as a promise for the commands that read or write a workbook
 * (`score --format xlsx`, `import-xlsx`). Bad input is one line on stderr, never a stack trace.
 */
export function main(argv: string[], io: CliIo): number | Promise<number> {
  try {
    const status = run(argv, io);
    return typeof status === 'number' ? status : status.catch((err: unknown) => failure(err, io));
  } catch (err) {
    return failure(err, io);
  }
}

/** Whether this module is the program Node was started with (not imported by a test). */
function isCommand(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isCommand()) {
  const status = main(process.argv.slice(2), {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  });
  if (typeof status === 'number') process.exitCode = status;
  else void status.then((code) => (process.exitCode = code));
}
