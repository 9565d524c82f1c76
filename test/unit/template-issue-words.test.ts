/**
 * A template page's problem words (`issue.*`, `type.*`, the toolbar's notices) come from
 * `/template-issues.<locale>.json` the first time the page shows a problem: the file holds exactly those words of the
 * dictionary, and the island's toolbar words are the others; until they arrive a problem reads as
 * the pending sentence the island carries, and if they cannot be fetched as the unavailable one with its code; a
 * failed fetch is tried again, but not more than once per pause.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/catalog/locales.ts';
import { issueWording, pickStrings, templateDictionaries, toolbarStrings } from '../../src/i18n/templates.ts';
import { GET } from '../../src/pages/template-issues.[locale].json.ts';
import { fetchIssueMessages, templateIssuesUrl } from '../../src/templates/issue-words-client.ts';
import { createIssueWords, type IssueWording } from '../../src/templates/issue-words.ts';
import { formatIssue, ISSUE_CODES, type IssueMessages, type TemplateIssue } from '../../src/templates/issues.ts';

const LOCALES: Locale[] = ['zh-CN', 'en'];

async function served(locale: Locale): Promise<{ messages: Record<string, string> }> {
  const res = await GET({ params: { locale } } as unknown as Parameters<typeof GET>[0]);
  return JSON.parse(await res.text()) as { messages: Record<string, string> };
}

describe('/template-issues.<locale>.json', () => {
  it.each(LOCALES)(
    'serves the dictionary’s problem words and the toolbar’s notices, nothing else (%s)',
    async (locale) => {
      const { messages } = await served(locale);
      const dict = templateDictionaries[locale] as Record<string, string>;
      for (const [key, value] of Object.entries(messages)) expect(dict[key], key).toBe(value);
      expect(messages).toMatchObject(pickStrings(locale, ['issue.', 'type.', 'toolbar.problem.']));
      for (const code of ISSUE_CODES) expect(messages[`issue.${code}`], code).toBeTruthy();
      for (const key of ['toolbar.storage.fallback.memory', 'toolbar.changedElsewhere', 'toolbar.fieldInRow'])
        expect(messages[key], key).toBeTruthy();
      expect(Object.keys(messages).filter((k) => !/^(issue|type|toolbar)\./.test(k))).toEqual([]);
    },
  );

  it.each(LOCALES)('holds every toolbar word the island does not carry, and only those (%s)', async (locale) => {
    const { messages } = await served(locale);
    const carried = toolbarStrings(locale) as Record<string, string>;
    const toolbar = pickStrings(locale, ['toolbar.', 'common.privacy']) as Record<string, string>;
    for (const key of Object.keys(toolbar)) expect(key in carried !== key in messages, key).toBe(true);
    // What must show when the words cannot be fetched stays with the island.
    for (const key of ['toolbar.status.error', 'toolbar.wordsFailed', 'toolbar.markdownFailed', 'toolbar.dismiss'])
      expect(carried[key], key).toBeTruthy();
  });

  it('is fetched once per language and checked, naming the file', async () => {
    const file = await served('en');
    const asked: string[] = [];
    let body: unknown = { messages: { a: 1 } };
    const fetcher = async (url: string) => {
      asked.push(url);
      return { ok: true, status: 200, json: async () => body };
    };
    await expect(fetchIssueMessages('en', fetcher)).rejects.toThrow(
      /^template-issues\.en\.json: messages: not a dictionary of strings$/,
    );
    body = file;
    const messages = await fetchIssueMessages('en', fetcher);
    expect(messages).toEqual(file.messages);
    expect(await fetchIssueMessages('en', fetcher)).toBe(messages);
    expect(asked).toEqual(['/template-issues.en.json', '/template-issues.en.json']);
    expect(templateIssuesUrl('zh-CN')).toBe('/template-issues.zh-CN.json');
  });
});

describe('issue wording carried by the islands', () => {
  it.each(LOCALES)('is the two sentences of the page’s language (%s)', (locale) => {
    const wording = issueWording(locale);
    expect(wording.locale).toBe(locale);
    expect(wording.pending).toBe(templateDictionaries[locale]['issue.pending']);
    expect(wording.unavailable).toContain('{code}');
  });
});

describe('createIssueWords', () => {
  const wording: IssueWording = { locale: 'en', pending: 'loading…', unavailable: 'unavailable ({code})' };
  const messages: IssueMessages = { 'issue.empty': 'must not be empty', 'issue.where': '{path}: {message}' };
  const field: TemplateIssue = { code: 'empty', path: '' };
  const nested: TemplateIssue = { code: 'empty', path: 'title' };

  /** A loader whose calls are counted and settled by the test. */
  function loader() {
    const calls: { resolve: (m: IssueMessages) => void; reject: (e: Error) => void }[] = [];
    const load = () =>
      new Promise<IssueMessages>((resolve, reject) => {
        calls.push({ resolve, reject });
      });
    return { calls, load };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('reads as pending until the words arrive, then as the message; fetches once', async () => {
    const { calls, load } = loader();
    const words = createIssueWords(load);
    expect(words.state.value.state).toBe('idle');
    expect(words.format(field, wording)).toBe('loading…');
    expect(words.format(nested, wording)).toBe('title: loading…');
    words.request();
    words.request();
    expect(calls).toHaveLength(1);
    expect(words.state.value.state).toBe('loading');
    calls[0]!.resolve(messages);
    await settle();
    expect(words.state.value.state).toBe('ready');
    expect(words.format(field, wording)).toBe('must not be empty');
    expect(words.format(nested, wording)).toBe(formatIssue(nested, messages));
    words.request();
    expect(calls).toHaveLength(1);
  });

  it('words a notice by its key once the words are here, and in the meantime like a problem', async () => {
    const { calls, load } = loader();
    const words = createIssueWords(load);
    expect(words.text('toolbar.unreadable', { n: 2 }, wording, 'unreadable')).toBe('loading…');
    words.request();
    calls[0]!.reject(new Error('offline'));
    await settle();
    expect(words.text('toolbar.unreadable', { n: 2 }, wording, 'unreadable')).toBe('unavailable (unreadable)');
    const retry = createIssueWords(async () => ({ 'toolbar.unreadable': '{n} documents could not be read' }));
    retry.request();
    await settle();
    expect(retry.text('toolbar.unreadable', { n: 2 }, wording, 'unreadable')).toBe('2 documents could not be read');
  });

  it('says that the words could not be loaded, with the code, and tries again after a pause', async () => {
    const { calls, load } = loader();
    let clock = 1_000;
    const words = createIssueWords(load, () => clock, 5_000);
    words.request();
    calls[0]!.reject(new Error('offline'));
    await settle();
    expect(words.state.value.state).toBe('failed');
    expect(words.format(field, wording)).toBe('unavailable (empty)');
    expect(words.format(nested, wording)).toBe('title: unavailable (empty)');
    // Every keystroke asks again; within the pause nothing is fetched.
    clock += 4_999;
    words.request();
    expect(calls).toHaveLength(1);
    clock += 1;
    words.request();
    expect(calls).toHaveLength(2);
    // While it is tried again, the page keeps saying that the words could not be loaded.
    expect(words.format(field, wording)).toBe('unavailable (empty)');
    calls[1]!.resolve(messages);
    await settle();
    expect(words.format(field, wording)).toBe('must not be empty');
  });
});
