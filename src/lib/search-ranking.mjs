// @ts-check
/**
 * How the search dialog ranks results: Pagefind's ranking options, passed on by Starlight. Every option is set
 * here, so that the tests that query the built index with it (test/e2e/search.spec.ts) rank as the dialog does.
 * https://pagefind.app/docs/ranking/
 */
export const searchRanking = {
  // Long clause pages must not sink below short pages that merely mention the words.
  pageLength: 0,
  // Starlight's defaults: rank mostly by how often (and in what weighted element) the words occur.
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  metaWeights: {
    // Titles name the clause a user looks for: a query that matches a title puts that page first.
    title: 20,
    // The other names of a page's subject (SLA beside 服务级别协议; src/lib/search-synonyms.ts): half a title's
    // weight, so a page titled with the word still comes before one that only has it as a keyword.
    keywords: 10,
  },
};
