// @ts-check
/**
 * The size of the search index's chunks (the portal's choice, measured by `npm run bench`).
 *
 * Pagefind splits each language's word index into chunks, and a search fetches the one chunk that holds each word
 * of its query (as the reader types, the chunk of each word typed so far). By default a chunk covers 20,000 of its
 * entries, about 32 KB gzip here, so a Chinese query (whose words often fall in two or three chunks) fetched 60–100
 * KB of index before its results. At 2,000 a chunk is about 4 KB (the largest, one very frequent word, 12 KB), and
 * the chunk list in each language's metadata grows by about 1.5 KB.
 *
 * Bytes fetched from /pagefind/ for the bench's five queries (three Chinese, two English), the query pasted:
 * 128–192 KB at 20,000, 105–131 KB at 5,000, 101–121 KB at 2,000, 100–119 KB at 1,000; typed a letter at a time:
 * 148–201 KB at 20,000, 117–151 KB at 2,000.
 *
 * Smaller is not free. Pagefind also matches longer words that begin with the last word of a query, but only those
 * in the chunk it fetched, so the smaller the chunks the more such words fall outside it. The top five results of
 * 417 queries (every glossary term and element title in both languages, the bench's queries, and the first letters
 * of each as typed), compared with the default: at 2,000 the first result was the same for 416 (the other swapped
 * two pages on the same subject: 5.2 and Appendix B for 服务级别协议) and the top three the same for 411; at 1,000
 * the first result changed for 5, and 运维 no longer found the home page in the top three (an e2e test in
 * search.spec.ts fails). So 2,000.
 *
 * Pagefind 1.6 takes this size only from its environment (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, named unstable by
 * Pagefind), and Starlight starts Pagefind from the build's own process, so astro.config.mjs sets it there before
 * the build. `npm run budgets` fails if the built index still has chunks of the default size.
 */

/** Pagefind's name for the setting. */
export const INDEX_CHUNK_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** The portal's chunk size, in Pagefind's unit. */
export const INDEX_CHUNK_SIZE = 2000;

/**
 * Sets the chunk size for the Pagefind index built in this process. A value already in the environment is kept,
 * so a chunk size can still be tried from the command line.
 * @param {Record<string, string | undefined>} env
 */
export function useSmallIndexChunks(env = process.env) {
  env[INDEX_CHUNK_ENV] ??= String(INDEX_CHUNK_SIZE);
}
