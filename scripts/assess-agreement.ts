/**
 * `npm run assess -- agreement KEY.json TRAINEE.json [...] [--format json|md|csv] [--lang zh-CN|en]`
 *
 * Calibrates trainees against a training case's instructor key with the engine's `calibrate`: per trainee the
 * elements compared, exact agreement and agreement within one level (fractions 0–1), the quadratically weighted
 * kappa (null when undefined) and the elements left out; per element the key's level and each trainee's. JSON is
 * `{ trainees: [{ file, compared, exact, withinOne, kappa, excluded: { na, unanswered } }], elements: { <id>:
 * { key, levels } } }`, numbers rounded to 4 decimals. This is the portal's training method, not the standard.
 *
 * Like `compare`, the command is a function of its arguments and of how files and catalogs are read, and returns
 * its output, so it runs in-process in tests.
 */
import type { Locale } from '../src/catalog/schema.ts';
import {
  agreementProblem,
  agreementToCsv,
  agreementToMarkdown,
  calibrate,
  describeAgreementProblem,
  formatIssue,
  toAgreementSummary,
  validateAssessment,
  type AgreementInput,
} from '../src/engine/index.ts';
import { agreementText } from '../src/i18n/agreement-export.ts';
import { readAssessmentFiles, type CommandOutput, type CompareIo } from './assess-compare.ts';

export interface AgreementArgs {
  /** The key first, then the trainees' files. */
  files: readonly string[];
  format: 'json' | 'md' | 'csv';
  lang: Locale;
}

export function agreementCommand(args: AgreementArgs, io: CompareIo): CommandOutput {
  const warnings: string[] = [];
  const fail = (exitCode: number, lines: string[]): CommandOutput => ({
    exitCode,
    stdout: '',
    stderr: [...warnings.map((l) => `${l}\n`), ...lines.map((l) => `assess: ${l}\n`)].join(''),
  });
  if (args.files.length < 2) return fail(2, [`agreement: ${describeAgreementProblem({ code: 'no-trainees' })}`]);

  // Every file is read and checked first, so one run names every file that is unusable.
  const { inputs, problems } = readAssessmentFiles(args.files, io);
  if (problems.length)
    return fail(1, [...problems, `agreement: ${problems.length} of ${args.files.length} files cannot be read`]);

  const [key, ...trainees] = inputs as [AgreementInput, ...AgreementInput[]];
  const problem = agreementProblem(key, trainees);
  if (problem) return fail(1, [`agreement: ${describeAgreementProblem(problem)}`]);

  const catalog = io.catalogFor(key.assessment.catalog);
  for (const { file, assessment } of inputs) {
    for (const issue of validateAssessment(catalog, assessment)) {
      const line = `${file}: ${issue.severity}: ${formatIssue(issue)}`;
      if (issue.severity === 'error') problems.push(line);
      else warnings.push(line);
    }
  }
  if (problems.length)
    return fail(1, [...problems, 'agreement: run "npm run assess -- validate FILE" on the files named']);

  const calibration = calibrate(catalog, key, trainees);
  const stdout =
    args.format === 'json'
      ? `${JSON.stringify(toAgreementSummary(calibration), null, 2)}\n`
      : args.format === 'csv'
        ? agreementToCsv(calibration, agreementText(args.lang))
        : agreementToMarkdown(calibration, agreementText(args.lang));
  return { exitCode: 0, stdout, stderr: warnings.map((l) => `${l}\n`).join('') };
}
