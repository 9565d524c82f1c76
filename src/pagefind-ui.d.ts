/** Pagefind's UI ships without types; the portal only constructs it (src/lib/search-engine.ts). */
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
