/**
 * The report's words in another language (`/report-strings.<locale>.json`, fetched when the report is shown in it):
 * the file's check, one fetch per language, and the report drawn in the other language from them.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { fetchReportWords, parseReportWords, reportStringsUrl } from '../../src/app/report-strings-client.ts';
import { reportStrings } from '../../src/i18n/report.ts';
import { reviewStrings } from '../../src/i18n/review.ts';
import { createReportModel } from '../../src/app/report-model.ts';
import { translator } from '../../src/app/report-format.ts';
import { ReportPage } from '../../src/islands/ReportApp.tsx';
import { AssessmentRepository, memoryStore } from '../../src/storage/storage.ts';
import { buildAssessment, mini } from './fixtures/engine-catalog.ts';

/** What `/report-strings.<locale>.json` serves (src/pages/report-strings.[locale].json.ts). */
const served = (locale: 'zh-CN' | 'en') =>
  JSON.parse(JSON.stringify({ report: reportStrings(locale), review: reviewStrings(locale) })) as unknown;

describe('the report words of another language', () => {
  it('are read from the file and checked, naming the file', () => {
    expect(parseReportWords(served('en'), 'en')).toEqual({ report: reportStrings('en'), review: reviewStrings('en') });
    expect(() => parseReportWords({ report: reportStrings('en') }, 'en')).toThrow(
      /^report-strings\.en\.json: review: not a dictionary of strings$/,
    );
    expect(() => parseReportWords(null, 'zh-CN')).toThrow(/^report-strings\.zh-CN\.json: report: /);
    expect(reportStringsUrl('en')).toBe('/report-strings.en.json');
  });

  it('are fetched once per language, and again after a failure', async () => {
    const asked: string[] = [];
    let fail = true;
    const fetcher = async (url: string) => {
      asked.push(url);
      return fail
        ? { ok: false, status: 503, json: async () => null }
        : { ok: true, status: 200, json: async () => served('en') };
    };
    await expect(fetchReportWords('en', fetcher)).rejects.toThrow(/^\/report-strings\.en\.json: HTTP 503$/);
    fail = false;
    const words = await fetchReportWords('en', fetcher);
    expect(await fetchReportWords('en', fetcher)).toBe(words);
    expect(asked).toEqual(['/report-strings.en.json', '/report-strings.en.json']);
  });

  it('draw the report in that language on a page of the other', async () => {
    const repository = new AssessmentRepository(memoryStore());
    await repository.save('a', buildAssessment({ 'DM-PLAN-01': 'P' }));
    const model = createReportModel({ catalog: mini, repository, newId: () => 'b', locale: 'zh-CN' });
    await model.load('a');
    await model.setReportLocale('en');
    const page = (fetchedWords = {}) =>
      renderToString(
        h(ReportPage, {
          model,
          t: translator(reportStrings('zh-CN')),
          uiLocale: 'zh-CN',
          strings: reportStrings('zh-CN'),
          assessHref: '/assess/',
          scoringHref: { 'zh-CN': '/scoring/', en: '/en/scoring/' },
          reviewStrings: reviewStrings('zh-CN'),
          reviewHref: '/review/',
          fetchedWords,
        }),
      );
    const html = page({ en: parseReportWords(served('en'), 'en') });
    const [toolbar, report] = html.split('<article');
    expect(report).toMatch(/^ class="report" lang="en"/);
    expect(report).toContain(reportStrings('en')['plan.heading']);
    expect(report).not.toMatch(/[\u4e00-\u9fff]/);
    // The toolbar stays in the page's language.
    expect(toolbar).toContain(reportStrings('zh-CN')['toolbar.language']);
  });
});
