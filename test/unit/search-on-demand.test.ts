import { describe, expect, it } from 'vitest';
import { engineOptions } from '../../src/lib/search-engine.ts';
import { isSearchShortcut, SEARCH_TUNING } from '../../src/lib/search-on-demand.ts';

describe('search on demand (src/lib/search-on-demand.ts, search-engine.ts)', () => {
  // As Starlight's Search.astro builds them, with the portal's tuning applied over them.
  const starlight = {
    ranking: { pageLength: 0, metaWeights: { title: 20 } },
    element: '#starlight__search',
    baseUrl: '/gbt28827/',
    bundlePath: '/gbt28827/pagefind/',
    showImages: false,
    translations: { placeholder: '搜索' },
    showSubResults: true,
    processResult: () => undefined,
    ...SEARCH_TUNING,
  };

  // The UI passes the engine the options it does not keep, noWorker among them: whichever starts the engine first,
  // it runs on the main thread.
  it('starts the engine with what the UI would pass it, on the main thread', () => {
    expect(engineOptions(starlight)).toEqual({
      ranking: starlight.ranking,
      baseUrl: '/gbt28827/',
      excerptLength: SEARCH_TUNING.excerptLength,
      noWorker: true,
    });
  });

  it('opens on Ctrl+K and ⌘K only', () => {
    expect(isSearchShortcut({ key: 'k', ctrlKey: true, metaKey: false })).toBe(true);
    expect(isSearchShortcut({ key: 'K', ctrlKey: false, metaKey: true })).toBe(true);
    expect(isSearchShortcut({ key: 'k', ctrlKey: false, metaKey: false })).toBe(false);
    expect(isSearchShortcut({ key: 'j', ctrlKey: true, metaKey: false })).toBe(false);
  });
});
