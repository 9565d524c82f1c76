/**
 * The quiz page's model, apart from its view: the setup (filters, number of items, seed), the quiz the address
 * names, the answers given, and the score with its review. Every choice of items and options comes from the
 * engine's `pickQuiz`, so a shared address shows every trainee the same quiz and the e2e suite can compute the
 * expected answers from the same bank.
 *
 * Nothing is stored: answers live in signals and go when the page does. No DOM; the seed source is passed in, so
 * the model runs in Node tests.
 */
import { batch, computed, signal } from '@preact/signals';
import {
  LocalQuizBankSchema,
  QUIZ_DIFFICULTIES,
  QUIZ_KINDS,
  type LocalQuizBank,
  type LocalQuizItem,
  type QuizDifficulty,
  type QuizKind,
} from '../catalog/quiz.ts';
import type { Locale } from '../catalog/schema.ts';
import {
  filterItems,
  parseQuizQuery,
  pickQuiz,
  QUIZ_COUNT,
  quizQuery,
  scoreQuiz,
  SEED_PATTERN,
  type QuizConfig,
  type QuizQueryProblem,
} from '../engine/quiz.ts';

export interface QuizModelOptions {
  items: readonly LocalQuizItem[];
  /** Clause numbers in catalog order: what the setup offers and the address may name. */
  clauses: readonly string[];
  /** The page address's query (`?seed=…`) when the page opens. */
  search?: string;
  /** A fresh seed (random in the browser, fixed in tests). */
  newSeed: () => string;
}

/** Why the setup cannot start a quiz. */
export type SetupProblem = 'seed' | 'count' | 'empty';

/** The setup form's values; `count` is kept as typed so a bad number can be named. */
export interface QuizDraft {
  seed: string;
  count: string;
  clauses: string[];
  kinds: QuizKind[];
  difficulties: QuizDifficulty[];
}

const byOrder =
  <T>(order: readonly T[]) =>
  (a: T, b: T) =>
    order.indexOf(a) - order.indexOf(b);

export function createQuizModel(options: QuizModelOptions) {
  const { items, clauses } = options;

  const draftOf = (config: QuizConfig): QuizDraft => ({
    seed: config.seed,
    count: String(config.count),
    clauses: [...config.clauses],
    kinds: [...config.kinds],
    difficulties: [...config.difficulties],
  });
  const freshDraft = (): QuizDraft => ({
    seed: options.newSeed(),
    count: String(QUIZ_COUNT.default),
    clauses: [],
    kinds: [],
    difficulties: [],
  });

  const initial = parseQuizQuery(options.search ?? '', clauses);
  /** The quiz being taken, or none (only the setup is shown). */
  const config = signal<QuizConfig | undefined>(initial.config);
  /** What the address asked for that was ignored. */
  const addressProblems = signal<QuizQueryProblem[]>(initial.problems);
  const draft = signal<QuizDraft>(initial.config ? draftOf(initial.config) : freshDraft());
  /** Answers as shown positions (0 = A), by item ID. */
  const answers = signal<Readonly<Record<string, number>>>({});
  const submitted = signal(false);

  const questions = computed(() => (config.value ? pickQuiz(items, config.value) : []));
  const available = computed(() => filterItems(items, draft.value).length);
  const setupProblem = computed<SetupProblem | undefined>(() => {
    const d = draft.value;
    if (!SEED_PATTERN.test(d.seed.trim())) return 'seed';
    const n = Number(d.count);
    if (!/^\s*\d+\s*$/.test(d.count) || n < QUIZ_COUNT.min || n > QUIZ_COUNT.max) return 'count';
    if (available.value === 0) return 'empty';
    return undefined;
  });
  const answered = computed(() => questions.value.filter((q) => answers.value[q.item.id] !== undefined).length);
  const result = computed(() => (submitted.value ? scoreQuiz(questions.value, answers.value) : undefined));
  /** The address query of the quiz being taken (`?seed=…&n=…`), or '' when there is none. */
  const query = computed(() => (config.value ? quizQuery(config.value) : ''));

  function setDraft(patch: Partial<Pick<QuizDraft, 'seed' | 'count'>>) {
    draft.value = { ...draft.value, ...patch };
  }

  /** Adds or removes one value of a filter, keeping the filter in a canonical order (so are addresses). */
  function toggle(field: 'clauses', value: string, on: boolean): void;
  function toggle(field: 'kinds', value: QuizKind, on: boolean): void;
  function toggle(field: 'difficulties', value: QuizDifficulty, on: boolean): void;
  function toggle(field: 'clauses' | 'kinds' | 'difficulties', value: string | number, on: boolean) {
    const current = draft.value[field] as (string | number)[];
    const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    const order: readonly (string | number)[] =
      field === 'clauses' ? clauses : field === 'kinds' ? QUIZ_KINDS : QUIZ_DIFFICULTIES;
    draft.value = { ...draft.value, [field]: next.filter((v) => order.includes(v)).sort(byOrder(order)) };
  }

  function rollSeed() {
    setDraft({ seed: options.newSeed() });
  }

  /** Starts the quiz the setup describes; false (and nothing changes) when the setup has a problem. */
  function start(): boolean {
    if (setupProblem.value) return false;
    const d = draft.value;
    batch(() => {
      config.value = {
        seed: d.seed.trim(),
        count: Number(d.count),
        clauses: d.clauses,
        kinds: d.kinds,
        difficulties: d.difficulties,
      };
      answers.value = {};
      submitted.value = false;
      addressProblems.value = [];
    });
    return true;
  }

  /** Records an answer; ignored once the quiz is handed in, or for an item or position not in the quiz. */
  function choose(itemId: string, position: number) {
    if (submitted.value) return;
    const question = questions.value.find((q) => q.item.id === itemId);
    if (!question || !Number.isInteger(position) || position < 0 || position >= question.order.length) return;
    answers.value = { ...answers.value, [itemId]: position };
  }

  function submit() {
    if (config.value) submitted.value = true;
  }

  /** Clears the answers of the same quiz. */
  function retry() {
    batch(() => {
      answers.value = {};
      submitted.value = false;
    });
  }

  /** Follows the address (back and forward): its quiz, or the setup alone when it names none. */
  function applyQuery(search: string) {
    const parsed = parseQuizQuery(search, clauses);
    if (parsed.config && config.value && quizQuery(parsed.config) === quizQuery(config.value)) return;
    batch(() => {
      config.value = parsed.config;
      addressProblems.value = parsed.problems;
      if (parsed.config) draft.value = draftOf(parsed.config);
      answers.value = {};
      submitted.value = false;
    });
  }

  return {
    config,
    draft,
    answers,
    submitted,
    addressProblems,
    questions,
    available,
    setupProblem,
    answered,
    result,
    query,
    setDraft,
    toggle,
    rollSeed,
    start,
    choose,
    submit,
    retry,
    applyQuery,
  };
}

export type QuizModel = ReturnType<typeof createQuizModel>;

/** The letter of a shown position: 0 → A. */
export const optionLetter = (position: number) => String.fromCharCode(65 + position);

/**
 * Checks the fetched bank file; throws an Error naming the first field that is wrong, or the language when the file
 * is another language's, so a stale or broken file fails here with a message instead of deep in the view.
 */
export function parseQuizBank(raw: unknown, locale: Locale): LocalQuizBank {
  const result = LocalQuizBankSchema.safeParse(raw);
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new Error(`${issue?.path.join('.') || '(file)'}: ${issue?.message}`);
  }
  if (result.data.locale !== locale) throw new Error(`locale: is ${result.data.locale}, not ${locale}`);
  return result.data;
}
