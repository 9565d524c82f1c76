import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toAgreementBarConfig } from '../../src/app/calibration-chart.ts';
import { createCalibrationModel, type FileSource } from '../../src/app/calibration-model.ts';
import { exerciseAssessment, startCaseExercise } from '../../src/app/case-exercise.ts';
import { AssessmentRepository, memoryStore } from '../../src/storage/storage.ts';
import { loadCatalog, loadTrainingCases } from '../../src/loader/load.ts';
import { assessmentToJson, calibrate, validateAssessment, type Assessment } from '../../src/engine/index.ts';
import { TRAINING_DICTIONARIES } from '../../src/i18n/training.ts';

const delivery = loadCatalog();
const KEY_TEXT = readFileSync('assessments/training/keys/bank-dc.en.json', 'utf8');
const OTHER_KEY_TEXT = readFileSync('assessments/training/keys/city-cloud.en.json', 'utf8');
const bankDc = loadTrainingCases().find((c) => c.id === 'bank-dc')!;

const source = (name: string, text: string): FileSource => ({ name, size: text.length, text: async () => text });
const exercise = {
  caseId: bankDc.id,
  title: 'Case exercise: bank',
  subject: bankDc.supplier.en,
  scope: bankDc.scope,
  catalogVersion: delivery.structure.version,
};
/** A trainee's exercise with the given answers. */
const traineeText = (answers: Assessment['answers'], name = 'Ann') =>
  assessmentToJson({ ...exerciseAssessment(exercise, name, new Date('2025-10-02T10:00:00+08:00')), answers });

describe('the class exercise', () => {
  it('is a valid, empty assessment for the case, with the case scope and the trainee as assessor', async () => {
    const a = exerciseAssessment(exercise, '  Ann  ', new Date('2025-10-02T10:00:00+08:00'));
    expect(a).toMatchObject({
      case: 'bank-dc',
      assessor: 'Ann',
      title: 'Case exercise: bank · Ann',
      scope: bankDc.scope,
    });
    expect(a.role).toBeUndefined();
    expect(a.answers).toEqual({});
    expect(validateAssessment(delivery, a).filter((i) => i.severity === 'error')).toEqual([]);
    const repository = new AssessmentRepository(memoryStore());
    const id = await startCaseExercise(repository, exercise, '', { id: 'x1' });
    expect(id).toBe('x1');
    expect((await repository.get('x1'))?.assessment).toMatchObject({ case: 'bank-dc', title: 'Case exercise: bank' });
  });
});

describe('the calibration model', () => {
  it('computes exactly what the engine computes, and exports it', async () => {
    const model = createCalibrationModel({ catalog: delivery, locale: 'en' });
    await model.openKey(source('bank-dc.en.json', KEY_TEXT));
    const ann = traineeText({
      'DM-PLAN-01': { level: 'F', evidence: [], flagged: false, justification: undefined, notes: undefined },
    });
    await model.addTrainees([source('ann.json', ann)]);
    expect(model.problems.value).toEqual([]);
    const expected = calibrate(delivery, model.key.value!, model.trainees.value);
    expect(model.calibration.value?.trainees).toEqual(expected.trainees);
    expect(model.calibration.value?.trainees[0]).toMatchObject({ compared: 1, exact: 0, kappa: 0 });
    expect(model.exportFile('csv')?.name).toBe('calibration-bank-dc.csv');
    expect(model.exportFile('markdown')?.text).toContain('# Assessor calibration');
  });

  it('refuses a file that is not a key, and keeps the key open before', async () => {
    const model = createCalibrationModel({ catalog: delivery, locale: 'en' });
    await model.openKey(source('key.json', KEY_TEXT));
    await model.openKey(source('ann.json', traineeText({})));
    expect(model.problems.value).toEqual([{ code: 'not-a-key', params: { file: 'ann.json' } }]);
    expect(model.key.value?.file).toBe('key.json');
  });

  it('refuses trainee files of another case or unreadable ones, naming them, and adds the others', async () => {
    const model = createCalibrationModel({ catalog: delivery, locale: 'en' });
    await model.openKey(source('key.json', KEY_TEXT));
    await model.addTrainees([
      source('other.json', OTHER_KEY_TEXT),
      source('broken.json', '{'),
      source('ok.json', traineeText({})),
    ]);
    expect(model.problems.value.map((p) => [p.code, p.params['file']])).toEqual([
      ['other-case', 'other.json'],
      ['unreadable', 'broken.json'],
    ]);
    expect(model.trainees.value.map((t) => t.file)).toEqual(['ok.json']);
  });

  it('sets aside trainees that do not fit a key opened later', async () => {
    const model = createCalibrationModel({ catalog: delivery, locale: 'en' });
    await model.addTrainees([source('ok.json', traineeText({}))]);
    expect(model.calibration.value).toBeUndefined();
    await model.openKey(source('city.json', OTHER_KEY_TEXT));
    expect(model.trainees.value).toEqual([]);
    expect(model.problems.value[0]).toMatchObject({ code: 'other-case', params: { file: 'ok.json' } });
  });

  it('opens a built-in key through the fetch passed in, and names a failed fetch', async () => {
    const model = createCalibrationModel({
      catalog: delivery,
      locale: 'en',
      fetchKey: async (file) => {
        if (file === 'bank-dc.en.json') return KEY_TEXT;
        throw new Error('HTTP 404');
      },
    });
    await model.openBuiltInKey('bank-dc.en.json');
    expect(model.key.value?.assessment.case).toBe('bank-dc');
    await model.openBuiltInKey('nope.json');
    expect(model.problems.value).toEqual([{ code: 'unreadable', params: { file: 'nope.json', reason: 'HTTP 404' } }]);
  });

  it('has a sentence in both languages for every problem it can report', () => {
    for (const code of ['not-a-key', 'other-catalog', 'other-case', 'unreadable', 'invalid', 'tooLarge'] as const)
      for (const dict of Object.values(TRAINING_DICTIONARIES)) expect(dict[`cal.problem.${code}`]).toContain('{file}');
  });
});

describe('the calibration chart', () => {
  it('shows percentages to 2 decimals on a fixed 0–100 axis, without animation', () => {
    const config = toAgreementBarConfig(
      { labels: ['Ann', 'Bo'], exact: [2 / 3, null], withinOne: [1, 0.5] },
      { exact: 'Exact', withinOne: 'Within one' },
      { text: '#000', grid: '#ccc', accent: '#00f', fill: '#00f3', font: 'sans-serif' },
    );
    expect(config.data.datasets.map((d) => d.data)).toEqual([
      [66.67, null],
      [100, 50],
    ]);
    expect(config.options?.animation).toBe(false);
    expect(config.options?.scales?.['x']).toMatchObject({ min: 0, max: 100 });
  });
});
