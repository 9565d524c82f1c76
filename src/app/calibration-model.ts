/**
 * The calibration page's model (`/training/calibration/`): the instructor key and the trainees' files the user
 * opened, the problems found in them, and the calibration the engine computes from them (`calibrate`, exactly as
 * `assess agreement` computes it). Files are only read here, never stored. No DOM: sources are plain objects with
 * `text()`, and the built-in keys are fetched through the function passed in.
 *
 * A file that cannot be used is refused with a problem naming it; what was open before stays open. A trainee
 * file that does not fit a key opened later (another catalog or case) is set aside with a problem the same way.
 */
import { computed, signal } from '@preact/signals';
import type { Locale } from '../catalog/schema.ts';
import { agreementProblem, calibrate, type AgreementInput, type Calibration } from '../engine/agreement.ts';
import { agreementToCsv, agreementToMarkdown } from '../engine/agreement-export.ts';
import { agreementText } from '../i18n/agreement-export.ts';
import { assessmentFromJson, MAX_IMPORT_BYTES } from '../engine/assessment-file.ts';
import { describeCatalogId, type EngineCatalog } from '../engine/catalog-index.ts';
import { formatIssue } from '../engine/issues.ts';
import { validateAssessment } from '../engine/validate.ts';

/** What the file inputs give: a `File` fits, and so does a plain object in tests. */
export interface FileSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

type CalibrationProblemCode = 'not-a-key' | 'other-catalog' | 'other-case' | 'unreadable' | 'invalid' | 'tooLarge';

/** A file refused, with the values its translated sentence names. */
export interface CalibrationProblem {
  code: CalibrationProblemCode;
  params: Record<string, string>;
}

export type CalibrationExportKind = 'csv' | 'markdown';

export interface CalibrationModelOptions {
  /** The delivery catalog (keys and exercises are of GB/T 28827.2). */
  catalog: EngineCatalog;
  /** The language of the exports. */
  locale: Locale;
  /** The text of a built-in key file (`<case>.<locale>.json`). */
  fetchKey?: (file: string) => Promise<string>;
}

const catalogName = (id: string) => describeCatalogId(id as Parameters<typeof describeCatalogId>[0]);

export function createCalibrationModel(options: CalibrationModelOptions) {
  const { catalog, locale } = options;
  const key = signal<AgreementInput | undefined>(undefined);
  const trainees = signal<AgreementInput[]>([]);
  const problems = signal<CalibrationProblem[]>([]);

  const calibration = computed((): Calibration | undefined => {
    const k = key.value;
    if (!k || trainees.value.length === 0) return undefined;
    return calibrate(catalog, k, trainees.value);
  });

  /** Reads and checks one file; a problem is returned instead of thrown. */
  async function read(source: FileSource): Promise<AgreementInput | CalibrationProblem> {
    const file = source.name;
    if (source.size > MAX_IMPORT_BYTES) return { code: 'tooLarge', params: { file } };
    let text: string;
    try {
      text = await source.text();
    } catch (err) {
      return { code: 'unreadable', params: { file, reason: err instanceof Error ? err.message : String(err) } };
    }
    const parsed = assessmentFromJson(text);
    if (!parsed.success) {
      // A failed parse names at least one issue; the first is the one shown.
      const [issue] = parsed.issues;
      return { code: 'unreadable', params: { file, reason: issue ? formatIssue(issue) : '' } };
    }
    return { file, assessment: parsed.assessment };
  }

  /** Why a file does not fit the catalog, or undefined. */
  function invalid(input: AgreementInput): CalibrationProblem | undefined {
    const error = validateAssessment(catalog, input.assessment).find((i) => i.severity === 'error');
    return error ? { code: 'invalid', params: { file: input.file, reason: formatIssue(error) } } : undefined;
  }

  /** Why a trainee file does not fit the key, or undefined. */
  function misfit(k: AgreementInput, trainee: AgreementInput): CalibrationProblem | undefined {
    const problem = agreementProblem(k, [trainee]);
    if (problem?.code === 'other-catalog')
      return {
        code: 'other-catalog',
        params: {
          file: trainee.file,
          catalog: catalogName(problem.catalog),
          keyCatalog: catalogName(problem.keyCatalog),
        },
      };
    if (problem?.code === 'other-case')
      return {
        code: 'other-case',
        params: { file: trainee.file, case: problem.case, keyCase: problem.keyCase ?? '—' },
      };
    return undefined;
  }

  /** Opens a key file; a file that is not a key is refused and the key open before stays. */
  async function openKey(source: FileSource): Promise<void> {
    const found = await read(source);
    if ('code' in found) {
      problems.value = [found];
      return;
    }
    if (found.assessment.role !== 'key') {
      problems.value = [{ code: 'not-a-key', params: { file: found.file } }];
      return;
    }
    const bad = invalid(found);
    if (bad) {
      problems.value = [bad];
      return;
    }
    const kept: AgreementInput[] = [];
    const setAside: CalibrationProblem[] = [];
    for (const trainee of trainees.value) {
      const problem = misfit(found, trainee);
      if (problem) setAside.push(problem);
      else kept.push(trainee);
    }
    key.value = found;
    trainees.value = kept;
    problems.value = setAside;
  }

  /** Opens a built-in key by file name (`bank-dc.zh-CN.json`). */
  async function openBuiltInKey(file: string): Promise<void> {
    if (!options.fetchKey) return;
    try {
      const text = await options.fetchKey(file);
      await openKey({ name: file, size: text.length, text: async () => text });
    } catch (err) {
      problems.value = [
        { code: 'unreadable', params: { file, reason: err instanceof Error ? err.message : String(err) } },
      ];
    }
  }

  /** Adds trainees' files; each one that cannot be used is refused with a problem, the others are added. */
  async function addTrainees(sources: readonly FileSource[]): Promise<void> {
    const added: AgreementInput[] = [];
    const refused: CalibrationProblem[] = [];
    for (const source of sources) {
      const found = await read(source);
      if ('code' in found) {
        refused.push(found);
        continue;
      }
      const problem = (key.value && misfit(key.value, found)) || invalid(found);
      if (problem) refused.push(problem);
      else added.push(found);
    }
    trainees.value = [...trainees.value, ...added];
    problems.value = refused;
  }

  function removeTrainee(index: number): void {
    trainees.value = trainees.value.filter((_, i) => i !== index);
  }

  function clear(): void {
    key.value = undefined;
    trainees.value = [];
    problems.value = [];
  }

  /** The calibration as a file to download, or undefined when there is none yet. */
  function exportFile(kind: CalibrationExportKind): { name: string; text: string; type: string } | undefined {
    const current = calibration.value;
    if (!current) return undefined;
    const base = `calibration-${current.key.assessment.case ?? 'key'}`;
    return kind === 'csv'
      ? { name: `${base}.csv`, text: agreementToCsv(current, agreementText(locale)), type: 'text/csv' }
      : { name: `${base}.md`, text: agreementToMarkdown(current, agreementText(locale)), type: 'text/markdown' };
  }

  return {
    catalog,
    key,
    trainees,
    problems,
    calibration,
    openKey,
    openBuiltInKey,
    addTrainees,
    removeTrainee,
    clear,
    exportFile,
  };
}

export type CalibrationModel = ReturnType<typeof createCalibrationModel>;
