/**
 * Quizzes from the item bank: a seeded pseudo-random generator, the filters (clause, kind, difficulty), the
 * selection of N items with their option order, the address that shares a quiz, and scoring. Pure: the same seed
 * and filters give the same items in the same order with the same option order, in any browser and in Node, so a
 * class can take one quiz from a shared link and a trainer can print it.
 */
import { QUIZ_DIFFICULTIES, QUIZ_KINDS, type QuizDifficulty, type QuizKind } from '../catalog/quiz.ts';
import { itemAt } from './invariant.ts';

/** What selection needs of an item, in either shape (both languages, or one). */
export interface QuizItemLike {
  id: string;
  clause: string;
  kind: QuizKind;
  difficulty: QuizDifficulty;
  fixedOrder: boolean;
  answer: number;
  options: readonly unknown[];
}

/** A 32-bit hash of a text (cyrb53's mixing, folded to 32 bits), the start state of the generator. */
export function hashSeed(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/**
 * Mulberry32: a small, fast generator of numbers in [0, 1) from a 32-bit state. Not for secrets; it only has to
 * give every browser the same quiz.
 */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Numbers in [0, 1) whose sequence depends only on the seed text. */
export const seededRandom = (seed: string): (() => number) => mulberry32(hashSeed(seed));

/** A shuffled copy (Fisher–Yates) using the generator given; items may be anything but undefined. */
export function shuffled<T extends NonNullable<unknown> | null>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [itemAt(out, j), itemAt(out, i)];
  }
  return out;
}

/** Seeds are short and safe in an address: letters, digits, `-` and `_`. */
export const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** A new seed of six lower-case letters and digits (no look-alikes), from the generator given. */
export function newSeed(random: () => number = Math.random): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  let seed = '';
  for (let i = 0; i < 6; i++) seed += alphabet[Math.floor(random() * alphabet.length)];
  return seed;
}

/** Which items a quiz may draw from; an empty list means no restriction. */
export interface QuizFilter {
  clauses: string[];
  kinds: QuizKind[];
  difficulties: QuizDifficulty[];
}

export interface QuizConfig extends QuizFilter {
  seed: string;
  /** How many items to ask; fewer when fewer match the filters. */
  count: number;
}

export const QUIZ_COUNT = { min: 1, max: 50, default: 10 } as const;

/** Items that pass the filter, in ID order (so the bank's own order never changes a quiz). */
export function filterItems<T extends QuizItemLike>(items: readonly T[], filter: QuizFilter): T[] {
  return items
    .filter(
      (item) =>
        (filter.clauses.length === 0 || filter.clauses.includes(item.clause)) &&
        (filter.kinds.length === 0 || filter.kinds.includes(item.kind)) &&
        (filter.difficulties.length === 0 || filter.difficulties.includes(item.difficulty)),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One question of a quiz: the item and the order its options are shown in. */
export interface QuizQuestion<T extends QuizItemLike = QuizItemLike> {
  item: T;
  /** `order[shown position] = index in item.options`. */
  order: number[];
  /** Position (in the shown order) of the right answer. */
  correct: number;
}

/** The question of an item with its options in the order a seed gives (written order when `fixedOrder`). */
export function questionOf<T extends QuizItemLike>(item: T, seed: string): QuizQuestion<T> {
  const indices = item.options.map((_, i) => i);
  const order = item.fixedOrder ? indices : shuffled(indices, seededRandom(`${seed}/${item.id}`));
  return { item, order, correct: order.indexOf(item.answer) };
}

/**
 * The quiz of a configuration: the matching items shuffled by the seed, the first `count` of them, each with its
 * options in a seeded order. The option order depends on the seed and the item only, not on the other items.
 */
export function pickQuiz<T extends QuizItemLike>(items: readonly T[], config: QuizConfig): QuizQuestion<T>[] {
  const pool = shuffled(filterItems(items, config), seededRandom(config.seed));
  return pool.slice(0, Math.max(0, config.count)).map((item) => questionOf(item, config.seed));
}

/** A wrong (or unanswered) question in the review. */
interface WrongAnswer<T extends QuizItemLike = QuizItemLike> {
  /** Position in the quiz, from 0. */
  index: number;
  question: QuizQuestion<T>;
  /** The position chosen, or undefined when the question was left unanswered. */
  chosen: number | undefined;
}

export interface QuizScore<T extends QuizItemLike = QuizItemLike> {
  correct: number;
  total: number;
  /** Whole per cent of the questions answered right (0 for an empty quiz). */
  percent: number;
  unanswered: number;
  wrong: WrongAnswer<T>[];
}

/** Scores answers given as shown positions by item ID; unanswered questions count as wrong. */
export function scoreQuiz<T extends QuizItemLike>(
  questions: readonly QuizQuestion<T>[],
  answers: Readonly<Record<string, number>>,
): QuizScore<T> {
  const wrong: WrongAnswer<T>[] = [];
  let unanswered = 0;
  questions.forEach((question, index) => {
    const chosen = answers[question.item.id];
    if (chosen === undefined) unanswered++;
    if (chosen !== question.correct) wrong.push({ index, question, chosen });
  });
  const total = questions.length;
  const correct = total - wrong.length;
  return { correct, total, percent: total === 0 ? 0 : Math.round((100 * correct) / total), unanswered, wrong };
}

/** Something in a quiz address that was ignored, and why. */
export type QuizQueryProblem =
  | { kind: 'seed'; value: string }
  | { kind: 'count'; value: string }
  | { kind: 'clause'; value: string }
  | { kind: 'kind'; value: string }
  | { kind: 'difficulty'; value: string };

/**
 * The quiz an address asks for (`?seed=abc123&n=10&clause=5.2,6.3&kind=party&difficulty=1,2`), or none when it
 * has no seed. Unknown or malformed values are left out and reported; the rest still applies.
 */
export function parseQuizQuery(
  search: string,
  clauses: readonly string[],
): { config: QuizConfig | undefined; problems: QuizQueryProblem[] } {
  const params = new URLSearchParams(search);
  const problems: QuizQueryProblem[] = [];
  const list = (name: string) =>
    (params.get(name) ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  const pickKnown = <T extends string | number>(
    name: 'clause' | 'kind' | 'difficulty',
    known: readonly T[],
    read: (v: string) => T,
  ): T[] => {
    const out: T[] = [];
    for (const value of list(name)) {
      const parsed = read(value);
      if (known.includes(parsed)) {
        if (!out.includes(parsed)) out.push(parsed);
      } else problems.push({ kind: name, value });
    }
    return out;
  };
  const filter: QuizFilter = {
    clauses: pickKnown('clause', clauses, (v) => v),
    kinds: pickKnown('kind', QUIZ_KINDS, (v) => v as QuizKind),
    difficulties: pickKnown('difficulty', QUIZ_DIFFICULTIES, (v) => Number(v) as QuizDifficulty),
  };
  let count: number = QUIZ_COUNT.default;
  const n = params.get('n');
  if (n !== null) {
    const parsed = Number(n);
    if (/^\d+$/.test(n) && parsed >= QUIZ_COUNT.min && parsed <= QUIZ_COUNT.max) count = parsed;
    else problems.push({ kind: 'count', value: n });
  }
  const seed = params.get('seed');
  if (seed === null) return { config: undefined, problems };
  if (!SEED_PATTERN.test(seed)) {
    problems.push({ kind: 'seed', value: seed });
    return { config: undefined, problems };
  }
  return { config: { seed, count, ...filter }, problems };
}

/** The address query of a quiz, the inverse of `parseQuizQuery`: empty filters are left out. */
export function quizQuery(config: QuizConfig): string {
  const params = new URLSearchParams({ seed: config.seed, n: String(config.count) });
  if (config.clauses.length) params.set('clause', config.clauses.join(','));
  if (config.kinds.length) params.set('kind', config.kinds.join(','));
  if (config.difficulties.length) params.set('difficulty', config.difficulties.join(','));
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
