/**
 * The build under a base path that the e2e suite tests (`npm run build:base`): the site served from
 * `/gbt28827/`, as an intranet path or a repository's pages site would serve it, built into its own folder.
 */
export const BASE_PATH_BUILD = { base: '/gbt28827/', outDir: 'dist-base' } as const;
