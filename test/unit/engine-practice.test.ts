/**
 * A related practice is a catalog of its own: its assessments name it in `catalog`, score with the same engine,
 * ignore the delivery scope, and can never be read or scored against another catalog (nor the reverse).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRACTICE_IDS } from '../../src/catalog/schema.ts';
import {
  assertSameCatalog,
  buildPlan,
  CATALOG_IDS,
  CatalogMismatchError,
  catalogIdOf,
  checkAssessment,
  createAssessment,
  DELIVERY_CATALOG_ID,
  elementsToCsv,
  formatIssue,
  indexCatalog,
  parseAssessment,
  reportToMarkdown,
  scoreAssessment,
  toScoreSummary,
  validateAssessment,
  type CatalogId,
  type EngineCatalog,
} from '../../src/engine/index.ts';
import { readCsv } from './fixtures/csv.ts';
import { buildAssessment, buildPractice, mini, miniHandover } from './fixtures/engine-catalog.ts';
import { reportText } from '../../src/i18n/report-export.ts';

const handoverFile = (answers: Parameters<typeof buildAssessment>[0] = {}, overrides = {}) =>
  buildAssessment(answers, { catalog: 'handover', catalogVersion: '0.1.0', ...overrides });

describe('the catalog field', () => {
  it('defaults to the delivery standard, so files written before it keep their meaning', () => {
    const old: Record<string, unknown> = { ...buildAssessment({ 'DM-PLAN-01': 'F' }) };
    delete old.catalog;
    const parsed = parseAssessment(old);
    expect(parsed).toMatchObject({ success: true, assessment: { catalog: DELIVERY_CATALOG_ID } });
    expect(parsed).not.toHaveProperty('migratedFrom');
    expect(checkAssessment(mini, old)).toMatchObject({ success: true, issues: [] });
  });
  it.each(CATALOG_IDS)('accepts %s', (id) => {
    expect(parseAssessment({ ...buildAssessment(), catalog: id })).toMatchObject({
      success: true,
      assessment: { catalog: id },
    });
  });
  it.each([['gbt28827.1'], ['Handover'], [''], [3], [null]])(
    'refuses the unknown catalog %j, naming the choices',
    (id) => {
      const parsed = parseAssessment({ ...buildAssessment(), catalog: id });
      expect(parsed).toEqual({
        success: false,
        issues: [expect.objectContaining({ code: 'invalid-field', path: 'catalog' })],
      });
      if (!parsed.success)
        expect(parsed.issues[0]!.message).toMatch(/gbt28827\.2.*handover, software, quality, work-rules/);
    },
  );
  it('is recorded by createAssessment, with the catalog named by the index', () => {
    const created = createAssessment({
      catalog: indexCatalog(miniHandover).id,
      catalogVersion: miniHandover.structure.version,
      title: 'Handover of the billing system',
      subject: 'Project team',
      perspective: 'supplier-self',
    });
    expect(created).toMatchObject({ catalog: 'handover', catalogVersion: '0.1.0' });
    expect(checkAssessment(miniHandover, created)).toMatchObject({ success: true, issues: [] });
  });
  it('tells the catalogs apart', () => {
    expect(catalogIdOf(mini)).toBe('gbt28827.2');
    expect(catalogIdOf(miniHandover)).toBe('handover');
    // A PracticeCatalog is an EngineCatalog with no cast.
    const catalogs: EngineCatalog[] = [mini, miniHandover];
    expect(catalogs.map((c) => indexCatalog(c).answerable.length)).toEqual([18, 6]);
  });
});

describe('validation names a catalog mismatch', () => {
  it.each<[string, EngineCatalog, Record<string, unknown>, RegExp]>([
    [
      'a handover file against the delivery catalog',
      mini,
      { catalog: 'handover', answers: { 'HO-PREP-01': { level: 'F' } } },
      /^catalog: the answers are for related practice "handover" \(catalog handover\), not for GB\/T 28827\.2 \(catalog gbt28827\.2\)$/,
    ],
    [
      'a delivery file against the handover catalog',
      miniHandover,
      { answers: { 'DM-PLAN-01': { level: 'F' } } },
      /^catalog: the answers are for GB\/T 28827\.2 \(catalog gbt28827\.2\), not for related practice "handover"/,
    ],
    [
      'a software file against the handover catalog',
      miniHandover,
      { catalog: 'software', answers: {} },
      /related practice "software".*related practice "handover"/,
    ],
  ])('%s is one error on the catalog field', (_name, catalog, overrides, message) => {
    const result = checkAssessment(catalog, { ...buildAssessment(), ...overrides });
    expect(result.success).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ severity: 'error', code: 'catalog-mismatch', path: 'catalog' });
    expect(formatIssue(result.issues[0]!)).toMatch(message);
  });
  it.each([
    [
      'an element of the delivery standard',
      'DM-PLAN-01',
      /DM-PLAN-01 is an element of GB\/T 28827\.2, not of related practice "handover"/,
    ],
    [
      'an element of another practice',
      'SW-FLOW-01',
      /SW-FLOW-01 is an element of related practice "software", not of related practice "handover"/,
    ],
    [
      'an unknown handover element',
      'HO-PREP-99',
      /unknown element HO-PREP-99 \(not in the related practice "handover" catalog 0\.1\.0\)/,
    ],
  ])('answers to %s are named with the catalog they belong to', (_name, id, message) => {
    const issues = validateAssessment(miniHandover, handoverFile({ [id]: 'F' }));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'unknown-element', path: `answers.${id}`, elementId: id }),
    ]);
    expect(issues[0]!.message).toMatch(message);
  });
  it('names the catalog whose version differs', () => {
    const issues = validateAssessment(miniHandover, handoverFile({}, { catalogVersion: '0.0.9' }));
    expect(issues.map(formatIssue)).toEqual([
      'catalogVersion: answers were given against the related practice "handover" catalog 0.0.9; this catalog is 0.1.0',
    ]);
  });
  it('does not warn about an empty delivery scope on a practice', () => {
    const file = handoverFile({ 'HO-PREP-01': 'F' }, { scope: { contents: [], modes: [] } });
    expect(validateAssessment(miniHandover, file)).toEqual([]);
  });
});

describe('scoring a practice assessment', () => {
  it('scores sections, parts and the whole with the same formula, ignoring the delivery scope', () => {
    // Supplier elements: HO-PREP-01 (key, w2), HO-PREP-02 (w1), HO-DOC-01 (w1), HO-ACPT-01 (w3), HO-ACPT-02 (w1).
    const file = handoverFile(
      { 'HO-PREP-01': 'L', 'HO-PREP-02': 'F', 'HO-DOC-01': 'NA', 'HO-ACPT-01': 'P', 'HO-PREP-C01': 'F' },
      { scope: { contents: [], modes: [] } },
    );
    const result = scoreAssessment(miniHandover, file);
    // Σw = 2 + 1 + 3 + 1 = 7 (HO-DOC-01 is NA); Σ(w·p) = 4 + 3 + 3 + 0 = 10.
    expect(result.supplier.overall).toMatchObject({ weightTotal: 7, weightedPoints: 10, applicable: 4, answered: 3 });
    expect(result.supplier.overall.score).toBeCloseTo((100 * 10) / 21, 10);
    expect(result.supplier.overall.grade).toBe('nonconformant');
    expect(result.supplier.overall.provisional).toBe(true);
    expect(Object.keys(result.supplier.chapters)).toEqual(['1', '6', '7']);
    expect(result.supplier.clauses['6.2']).toMatchObject({ applicable: 1, weightedPoints: 3 });
    expect(result.supplier.clauses['7.3']).toMatchObject({ applicable: 1, answered: 0 });
    expect(result.supplier.clauses['1.2']!.score).toBeNull();
    expect(result.customer.overall).toMatchObject({ score: 100, completeness: 1 });
    expect(result.elements.find((e) => e.id === 'HO-DOC-01')).toMatchObject({ exclusion: 'not-applicable' });
    // Key first, then the larger gap.
    expect(buildPlan(miniHandover, file, result).map((p) => [p.id, p.gap, p.phase])).toEqual([
      ['HO-PREP-01', 2, 1],
      ['HO-ACPT-01', 6, 2],
      ['HO-ACPT-02', 3, 1],
    ]);
  });
  it('exports name the practice and say it is not part of GB/T 28827.2', () => {
    const file = handoverFile({ 'HO-PREP-01': 'F' });
    const zh = reportToMarkdown(miniHandover, file, reportText('zh-CN'));
    expect(zh).toContain('Practice handover（中文）');
    expect(zh).toContain('相关实践，不属于 GB/T 28827.2');
    expect(zh).not.toMatch(/交付内容：|GB\/T 28827\.2 交付规范符合性评估报告/);
    expect(zh).toContain('| 评估对象（移交方） |');
    expect(zh).toContain('## 接收方准备度');
    const en = reportToMarkdown(miniHandover, file, reportText('en'));
    expect(en).toContain('Practice handover');
    expect(en).toContain('Related practice — not part of GB/T 28827.2');
    expect(en).toMatch(/\| Section \|/);
    const csv = readCsv(elementsToCsv(miniHandover, file, reportText('en')));
    expect(csv[0]).toContain('Section');
    expect(csv[1]).toContain('Handing-over party');
    expect(csv[1]!.at(-1)).toBe('handover 0.1.0');
    expect(csv.find((row) => row[0] === 'HO-PREP-C01')).toContain('Receiving side');
    expect(toScoreSummary(scoreAssessment(miniHandover, file), [])).toMatchObject({
      catalog: { id: 'handover', version: '0.1.0' },
    });
  });
});

describe('a file of one catalog is never scored against another', () => {
  const catalogs: Record<CatalogId, EngineCatalog> = {
    'gbt28827.2': mini,
    handover: miniHandover,
    software: buildPractice('software', { '1.1': ['SW-FLOW-01'] }),
    quality: buildPractice('quality', { '1.1': ['QM-STD-01'] }),
    'work-rules': buildPractice('work-rules', { '1.1': ['WR-RULE-01'] }),
  };
  it('throws CatalogMismatchError from scoreAssessment, buildPlan and the exports', () => {
    const file = handoverFile({ 'HO-PREP-01': 'F' });
    expect(() => scoreAssessment(mini, file)).toThrow(CatalogMismatchError);
    expect(() => buildPlan(mini, file)).toThrow(CatalogMismatchError);
    expect(() => reportToMarkdown(mini, file, reportText('zh-CN'))).toThrow(/related practice "handover"/);
    expect(() => elementsToCsv(catalogs.quality, file, reportText('zh-CN'))).toThrow(CatalogMismatchError);
  });
  it('holds for every pair of catalogs and any answers (property)', () => {
    const ids = [...CATALOG_IDS];
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.constantFrom(...ids),
        fc.array(fc.constantFrom('N', 'P', 'L', 'F'), { maxLength: 5 }),
        (fileCatalog, scoredWith, levels) => {
          const own = catalogs[fileCatalog];
          const answers = Object.fromEntries(
            indexCatalog(own)
              .answerable.slice(0, levels.length)
              .map((el, i) => [el.id, levels[i]!]),
          );
          const file = buildAssessment(answers, { catalog: fileCatalog, catalogVersion: own.structure.version });
          const other = catalogs[scoredWith];
          const checked = checkAssessment(other, file);
          if (fileCatalog === scoredWith) {
            expect(checked.success).toBe(true);
            expect(() => assertSameCatalog(other, file)).not.toThrow();
            const result = scoreAssessment(other, file);
            expect(result.supplier.overall.answered).toBe(
              Object.keys(answers).filter((id) => indexCatalog(own).byId.get(id)!.party === 'supplier').length,
            );
          } else {
            expect(checked).toMatchObject({ success: false, issues: [{ code: 'catalog-mismatch' }] });
            expect(() => scoreAssessment(other, file)).toThrow(CatalogMismatchError);
          }
        },
      ),
    );
  });
  it('practice IDs are all catalogs', () => {
    expect(CATALOG_IDS).toEqual(['gbt28827.2', ...PRACTICE_IDS]);
  });
});
