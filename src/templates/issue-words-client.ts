/**
 * `/template-issues.<locale>.json`: the words of the template pages' problems in one language (`issue.*`, `type.*`,
 * built from the dictionary by `src/pages/template-issues.[locale].json.ts`), fetched when a page first shows a
 * problem (`issueWords`, issue-words.ts). Checked on arrival; a broken file fails with a message that names it.
 */
import type { Locale } from '../catalog/locales.ts';
import { localeWords } from '../lib/locale-words.ts';
import type { IssueMessages } from './issues.ts';

const words = localeWords<{ messages: IssueMessages }>('template-issues', ['messages']);

/** Where one language's file is served, below the site's base path: `/template-issues.en.json`. */
export const templateIssuesUrl = words.url;

/** The problem words in `locale`, fetched once per page and language (a failed request is tried again next time). */
export const fetchIssueMessages = (locale: Locale, fetcher?: Parameters<typeof words.fetch>[1]) =>
  words.fetch(locale, fetcher).then((file) => file.messages);
