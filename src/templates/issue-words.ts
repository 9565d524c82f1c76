/**
 * The words of a template page's problems (`issue.*`, `type.*`, and the toolbar's notices of storage problems,
 * other tabs and unreadable files), fetched the first time the page shows one rather than carried in every page's
 * HTML: a first visit shows none, and every field's inline error would otherwise bring all of them (issue 12). The island carries only the two sentences shown meanwhile (`IssueWording`): one
 * while the words are on their way, one if they cannot be fetched (offline before they were ever loaded), which
 * names the problem's code; a later problem tries again. Signals and no DOM: the islands read `state` while they
 * render, so a problem's text appears once its words arrive.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { Locale } from '../catalog/locales.ts';
import { formatMessage } from '../i18n/format.ts';
import { formatIssue, type IssueMessages, type TemplateIssue } from './issues.ts';

/** What an island carries for its problems: the page's language and the two sentences shown in place of one. */
export interface IssueWording {
  locale: Locale;
  /** `issue.pending`: while the words are fetched. */
  pending: string;
  /** `issue.unavailable`: when they could not be, with the problem's `{code}`. */
  unavailable: string;
}

type IssueWordsState =
  { state: 'idle' | 'loading' } | { state: 'ready'; messages: IssueMessages } | { state: 'failed'; at: number };

export interface IssueWords {
  readonly state: ReadonlySignal<IssueWordsState>;
  /** Starts fetching the words unless they are here, on their way, or failed less than `retryAfterMs` ago. */
  request: () => void;
  /** One problem as a sentence: its message once the words are here, else the pending or unavailable sentence. */
  format: (issue: TemplateIssue, wording: IssueWording) => string;
  /** The fetched sentence `key` with its `{name}` placeholders filled; until then, as `format` does for `code`. */
  text: (key: string, vars: Record<string, string | number>, wording: IssueWording, code: string) => string;
}

/** Wait before a failed fetch is tried again, so that every keystroke offline does not fetch again. */
const RETRY_AFTER_MS = 5_000;

export function createIssueWords(
  load: () => Promise<IssueMessages>,
  now: () => number = Date.now,
  retryAfterMs = RETRY_AFTER_MS,
): IssueWords {
  const state = signal<IssueWordsState>({ state: 'idle' });
  let inFlight = false;
  const request = () => {
    const current = state.peek();
    if (inFlight || current.state === 'ready') return;
    if (current.state === 'failed' && now() - current.at < retryAfterMs) return;
    inFlight = true;
    // A retry keeps saying that the words could not be loaded until they are.
    if (current.state === 'idle') state.value = { state: 'loading' };
    load().then(
      (messages) => {
        inFlight = false;
        state.value = { state: 'ready', messages };
      },
      () => {
        inFlight = false;
        state.value = { state: 'failed', at: now() };
      },
    );
  };
  const format = (issue: TemplateIssue, wording: IssueWording) => {
    const current = state.value;
    if (current.state === 'ready') return formatIssue(issue, current.messages);
    const text =
      current.state === 'failed' ? formatMessage(wording.unavailable, { code: issue.code }) : wording.pending;
    return issue.path ? `${issue.path}: ${text}` : text;
  };
  const text = (key: string, vars: Record<string, string | number>, wording: IssueWording, code: string) => {
    const current = state.value;
    if (current.state === 'ready') return formatMessage(current.messages[key] ?? key, vars);
    return current.state === 'failed' ? formatMessage(wording.unavailable, { code }) : wording.pending;
  };
  return { state, request, format, text };
}

const byLocale = new Map<Locale, IssueWords>();

/** The page's problem words in `locale`, one fetch per page and language (`/template-issues.<locale>.json`). */
export function issueWords(locale: Locale): IssueWords {
  let words = byLocale.get(locale);
  if (!words) {
    words = createIssueWords(() =>
      import('./issue-words-client.ts').then(({ fetchIssueMessages }) => fetchIssueMessages(locale)),
    );
    byLocale.set(locale, words);
  }
  return words;
}
