/**
 * The quiz's item bank: items generated from the catalog (which clause, key or not, whose obligation, which
 * evidence, which level of the rubric) plus the hand-written items of `assessments/training/quiz-items.yaml`.
 * Pure and deterministic: the same catalog and items give the same bank, item for item, so a seed picks the same
 * quiz on every build of the same version.
 *
 * Wrong options are drawn only where they cannot also be right: another clause's title is offered only when no
 * element of that clause is related to the element asked about or shares its family (`DC-ROUT` and `DR-ROUT`), and
 * chapter 8's results clauses only for results elements;
 * another element's evidence only from elements at least two `related` steps away, in another clause and family.
 */
import type { LocalQuizBank, LocalQuizItem, QuizItem, WrittenQuizItem } from '../catalog/quiz.ts';
import type { Catalog, Element, Level, Locale, LocalizedText } from '../catalog/schema.ts';
import { chapterOfClause } from './catalog-index.ts';
import { seededRandom, shuffled } from './quiz.ts';
import { itemAt, valueAt } from './invariant.ts';

type QuizCatalog = Pick<Catalog, 'structure' | 'elements'>;

const lt = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** The family of an element: its ID without the number and the `DM`/`DC`/`DR`/`DW` area (`ROUT` for DC-ROUT-03). */
export function elementFamily(id: string): string {
  return id.split('-')[1] ?? id;
}

interface Context {
  catalog: QuizCatalog;
  byId: Map<string, Element>;
  /** Neighbours in `related`, in both directions. */
  neighbours: Map<string, Set<string>>;
  clauses: { number: string; title: LocalizedText; purpose: LocalizedText }[];
}

function contextOf(catalog: QuizCatalog): Context {
  const byId = new Map(catalog.elements.map((e) => [e.id, e]));
  const neighbours = new Map<string, Set<string>>(catalog.elements.map((e) => [e.id, new Set<string>()]));
  for (const e of catalog.elements) {
    for (const r of e.related) {
      if (!byId.has(r)) continue;
      valueAt(neighbours, e.id).add(r);
      valueAt(neighbours, r).add(e.id);
    }
  }
  const clauses = catalog.structure.chapters.flatMap((c) => c.clauses);
  return { catalog, byId, neighbours, clauses };
}

/** Elements within `steps` related-links of an element, itself included. */
function near(ctx: Context, id: string, steps: number): Set<string> {
  let frontier = new Set([id]);
  const seen = new Set([id]);
  for (let s = 0; s < steps; s++) {
    const next = new Set<string>();
    for (const x of frontier)
      for (const y of ctx.neighbours.get(x) ?? [])
        if (!seen.has(y)) {
          seen.add(y);
          next.add(y);
        }
    frontier = next;
  }
  return seen;
}

const requirements = (ctx: Context) => ctx.catalog.elements.filter((e) => e.kind === 'requirement');
const clauseLabel = (c: { number: string; title: LocalizedText }) =>
  lt(`${c.number} ${c.title['zh-CN']}`, `${c.number} ${c.title.en}`);
const named = (e: Element) => lt(`${e.id}「${e.title['zh-CN']}」`, `${e.id} “${e.title.en}”`);

const METHOD_NOTE = lt('（本门户的方法，非标准内容。）', "(This portal's method, not the standard.)");

function withNote(text: LocalizedText, note: LocalizedText): LocalizedText {
  return lt(`${text['zh-CN']}${note['zh-CN']}`, `${text.en} ${note.en}`);
}

/** Which clause states a requirement. Needs three clauses that cannot also be right. */
function clauseItem(ctx: Context, el: Element): QuizItem | undefined {
  // A requirement that names element IDs (`see DC-ROUT-02a to 02f`) gives its clause away.
  if (/\bD[MCWR]-[A-Z]/.test(el.requirement.en)) return undefined;
  const own = ctx.clauses.find((c) => c.number === el.clause);
  if (!own) return undefined;
  const neighbourClauses = new Set([...near(ctx, el.id, 1)].map((id) => valueAt(ctx.byId, id).clause));
  const family = elementFamily(el.id);
  const familyClauses = new Set(
    ctx.catalog.elements.filter((e) => elementFamily(e.id) === family).map((e) => e.clause),
  );
  // Chapter 8 restates delivery as results (records, reports), close to what chapter 5 asks: results clauses are
  // offered only for results elements, and the other way round only chapters 6 and 7.
  const chapter = chapterOfClause(el.clause);
  const chapters = chapter === '8' ? ['6', '7', '8'] : ['5', '6', '7'];
  const candidates = ctx.clauses.filter(
    (c) =>
      chapters.includes(chapterOfClause(c.number)) && !neighbourClauses.has(c.number) && !familyClauses.has(c.number),
  );
  if (candidates.length < 3) return undefined;
  const distractors = shuffled(candidates, seededRandom(`clause/${el.id}`)).slice(0, 3);
  return {
    id: `g-clause-${el.id}`,
    origin: 'generated',
    kind: 'clause',
    difficulty: chapter === '5' ? 2 : 1,
    element: el.id,
    clause: el.clause,
    method: false,
    fixedOrder: false,
    prompt: lt(
      `下面这条要求出自 GB/T 28827.2 的哪一条？\n“${el.requirement['zh-CN']}”`,
      `Which clause of GB/T 28827.2 states this requirement?\n“${el.requirement.en}”`,
    ),
    options: [own, ...distractors].map(clauseLabel),
    answer: 0,
    explanation: lt(
      `这是 ${el.id}「${el.title['zh-CN']}」，属于 ${own.number}「${own.title['zh-CN']}」。该条的目的：${own.purpose['zh-CN']}`,
      `This is ${el.id} “${el.title.en}”, in ${own.number} ${own.title.en}. The clause's purpose: ${own.purpose.en}`,
    ),
  };
}

const KEY_OPTIONS = [
  lt('关键要素，权重 2', 'Key element, weight 2'),
  lt('一般要素，权重 1', 'Ordinary element, weight 1'),
  lt(
    '不单独计分（资料性的注，或上级要求的组成部分）',
    'Not scored on its own (an informative note, or a part of a parent requirement)',
  ),
];

/** Key element (weight 2) or not, and why. Every element has one: the key set is this portal's method. */
function keyItem(el: Element): QuizItem {
  let answer: number;
  let why: LocalizedText;
  if (el.kind === 'note') {
    answer = 2;
    why = lt(
      `${el.id} 是资料性的注：只供阅读，不评估，也不计分。`,
      `${el.id} is an informative note: it is for reading, never assessed and never scored.`,
    );
  } else if (el.kind === 'sub-item') {
    answer = 2;
    why = lt(
      `${el.id} 是 ${el.parent} 的组成部分，随上级要求一起判断，不单独计分。`,
      `${el.id} is a part of ${el.parent}; it is judged together with that requirement and not scored on its own.`,
    );
  } else if (el.key) {
    // The catalog schema refuses a key element without one.
    if (!el.keyReason) throw new Error(`${el.id}: a key element needs keyReason`);
    answer = 0;
    why = lt(
      `${el.id} 是关键要素。理由：${el.keyReason['zh-CN']}`,
      `${el.id} is a key element. Why: ${el.keyReason.en}`,
    );
  } else {
    answer = 1;
    why = lt(
      `${el.id} 不在关键要素之列，权重为 1。本门户只把失败会危及需方服务、数据或系统的要素定为关键要素：依据服务目录确认的服务级别协议、各环节的安全要求、风险与应急准备、按授权行事、规范地结束服务，以及需方提出需求并确认协议。`,
      `${el.id} is not a key element; its weight is 1. This portal makes key only the elements whose failure puts the customer's service, data or systems at risk: the SLA agreed from the catalogue, the security requirements of each stage, risk and emergency preparedness, acting only with authority, closing the service properly, and the customer stating its needs and agreeing the SLA.`,
    );
  }
  return {
    id: `g-key-${el.id}`,
    origin: 'generated',
    kind: 'key',
    difficulty: el.kind === 'requirement' ? 2 : 3,
    element: el.id,
    clause: el.clause,
    method: true,
    fixedOrder: true,
    prompt: lt(
      `按本门户的评分方法，下面这个要素的权重如何？\n${el.id}「${el.title['zh-CN']}」：${el.requirement['zh-CN']}`,
      `In this portal's scoring method, what weight does this element carry?\n${el.id} “${el.title.en}”: ${el.requirement.en}`,
    ),
    options: KEY_OPTIONS,
    answer,
    explanation: withNote(why, METHOD_NOTE),
  };
}

const PARTY_WORDS = {
  supplier: { zh: /供方/g, en: /\b[Tt]he supplier\b/g, enWord: /supplier/i },
  customer: { zh: /需方/g, en: /\b[Tt]he customer\b/g, enWord: /customer/i },
} as const;
const BLANK = lt('＿＿', '___');

/**
 * Whose obligation a requirement is: its text with the obliged party blanked out. Left out when the party is not
 * named in the text, or named in a way the blank would not hide.
 */
function partyItem(el: Element): QuizItem | undefined {
  if (el.party === 'both') return undefined;
  const words = PARTY_WORDS[el.party];
  const zh = el.requirement['zh-CN'].replace(words.zh, BLANK['zh-CN']);
  const en = el.requirement.en.replace(words.en, BLANK.en);
  if (zh === el.requirement['zh-CN'] || en === el.requirement.en || words.enWord.test(en)) return undefined;
  const partyName = el.party === 'supplier' ? lt('供方', 'the supplier') : lt('需方', 'the customer');
  return {
    id: `g-party-${el.id}`,
    origin: 'generated',
    kind: 'party',
    difficulty: 1,
    element: el.id,
    clause: el.clause,
    method: false,
    fixedOrder: true,
    prompt: lt(`下面这条要求中的“＿＿”是谁？\n“${zh}”`, `Who is the blank (___) in this requirement?\n“${en}”`),
    options: [lt('供方', 'The supplier'), lt('需方', 'The customer')],
    answer: el.party === 'supplier' ? 0 : 1,
    explanation: lt(
      `这是 ${el.id}「${el.title['zh-CN']}」（${el.clause}），由${partyName['zh-CN']}承担：${el.requirement['zh-CN']}`,
      `This is ${el.id} “${el.title.en}” (${el.clause}), an obligation of ${partyName.en}: ${el.requirement.en}`,
    ),
  };
}

/** Evidence an option can be made of: a document or record, not an interview or a note on another standard. */
const usableEvidence = (e: LocalizedText) =>
  !e['zh-CN'].startsWith('访谈') && !/^(An )?interview/i.test(e.en) && !e.en.includes('ITSS');

/** Words too common in the catalog's English to tell one element's evidence from another's. */
const COMMON_WORDS = new Set(
  (
    'a an and are as at be by e.g each for from how in into is it its of on or such that the their them they this to ' +
    'was what when where which who with within without both all any other one two three its customer supplier ' +
    'service party parties staff record list'
  ).split(' '),
);

/** The content words of an English text, crudely stemmed (`reviews`, `reviewed` → `review`). */
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .map((w) => w.replace(/(ies|es|s|ed|ing)$/, (m) => (m === 'ies' ? 'y' : '')))
      .filter((w) => w.length > 2 && !COMMON_WORDS.has(w)),
  );
}

/**
 * Which evidence belongs to a requirement. The wrong options are other elements' evidence, from elements two
 * `related` steps away or more, in another clause and family, and sharing no content word with anything the element
 * says (title, requirement, rationale, evidence, guidance): a wrong option must not also show the requirement. A
 * wrong option must also name at least two words of its own element's title and requirement, so that it reads as
 * about that element out of its context ("the rules for these links" does not).
 */
function evidenceItem(ctx: Context, el: Element): QuizItem | undefined {
  const right = el.evidence.find(usableEvidence);
  if (!right) return undefined;
  const excluded = near(ctx, el.id, 2);
  const family = elementFamily(el.id);
  const pool = requirements(ctx).filter(
    (e) => !excluded.has(e.id) && e.clause !== el.clause && elementFamily(e.id) !== family,
  );
  const vocabulary = contentWords(
    [el.title, el.requirement, el.rationale, ...el.evidence, ...el.guidance].map((t) => t.en).join(' '),
  );
  const random = seededRandom(`evidence/${el.id}`);
  const picked: { from: Element; text: LocalizedText }[] = [];
  for (const other of shuffled(pool, random)) {
    if (picked.length === 3) break;
    if (picked.some((p) => p.from.clause === other.clause)) continue;
    const own = contentWords(`${other.title.en} ${other.requirement.en}`);
    const text = other.evidence.find((e) => {
      const words = [...contentWords(e.en)];
      return usableEvidence(e) && !words.some((w) => vocabulary.has(w)) && words.filter((w) => own.has(w)).length >= 2;
    });
    if (text && ![right, ...picked.map((p) => p.text)].some((t) => t['zh-CN'] === text['zh-CN'] || t.en === text.en))
      picked.push({ from: other, text });
  }
  if (picked.length < 3) return undefined;
  const all = el.evidence.map((e) => e['zh-CN']).join('；');
  const allEn = el.evidence.map((e) => e.en).join('; ');
  const others = picked.map((p) => named(p.from));
  return {
    id: `g-evidence-${el.id}`,
    origin: 'generated',
    kind: 'evidence',
    difficulty: 2,
    element: el.id,
    clause: el.clause,
    method: true,
    fixedOrder: false,
    prompt: lt(
      `评估 ${el.id}「${el.title['zh-CN']}」（${el.requirement['zh-CN']}）时，下列哪一项是该要素的评估证据？`,
      `Assessing ${el.id} “${el.title.en}” (${el.requirement.en}), which of these is evidence for this element?`,
    ),
    options: [right, ...picked.map((p) => p.text)],
    answer: 0,
    explanation: withNote(
      lt(
        `本门户为 ${el.id} 列出的评估证据：${all}。其余选项分别是 ${others.map((o) => o['zh-CN']).join('、')} 的证据。`,
        `The evidence this portal lists for ${el.id}: ${allEn}. The other options are evidence for ${others.map((o) => o.en).join(', ')}.`,
      ),
      METHOD_NOTE,
    ),
  };
}

const LEVEL_ORDER: Level[] = ['N', 'P', 'L', 'F'];
const LEVEL_NAMES: Record<Level, LocalizedText> = {
  N: lt('N 未实施', 'N Not implemented'),
  P: lt('P 部分实施', 'P Partially implemented'),
  L: lt('L 大部分实施', 'L Largely implemented'),
  F: lt('F 完全实施', 'F Fully implemented'),
};

/** What an assessor finds, in the words of one level of the element's rubric: which level is it? */
function scenarioItem(el: Element, index: number): QuizItem | undefined {
  const levels = el.levels;
  if (!levels) return undefined;
  const level = itemAt(LEVEL_ORDER, index % 4);
  const found = levels[level];
  const rubric = (locale: 'zh-CN' | 'en') =>
    LEVEL_ORDER.map((l) => `${l}: ${levels[l][locale]}`).join(locale === 'en' ? ' ' : '；');
  return {
    id: `g-scenario-${el.id}`,
    origin: 'generated',
    kind: 'scenario',
    difficulty: level === 'N' || level === 'F' ? 2 : 3,
    element: el.id,
    clause: el.clause,
    method: true,
    fixedOrder: true,
    prompt: lt(
      `评估 ${el.id}「${el.title['zh-CN']}」时，评估人看到：“${found['zh-CN']}”按本门户的四级评分细则，应评为哪一级？`,
      `Assessing ${el.id} “${el.title.en}”, the assessor finds: “${found.en}” Which level does this portal's rubric give?`,
    ),
    options: LEVEL_ORDER.map((l) => LEVEL_NAMES[l]),
    answer: LEVEL_ORDER.indexOf(level),
    explanation: withNote(
      lt(
        `所见情况与 ${level} 级的描述一致。${el.id} 的四级细则——${rubric('zh-CN')}`,
        `What was found matches level ${level}. The rubric of ${el.id}: ${rubric('en')}`,
      ),
      METHOD_NOTE,
    ),
  };
}

/** Every item generated from the catalog, kind by kind in catalog order. */
export function generateQuizItems(catalog: QuizCatalog): QuizItem[] {
  const ctx = contextOf(catalog);
  const reqs = requirements(ctx);
  const items: (QuizItem | undefined)[] = [
    ...reqs.map((el) => clauseItem(ctx, el)),
    ...catalog.elements.map(keyItem),
    ...reqs.map(partyItem),
    ...reqs.map((el) => evidenceItem(ctx, el)),
    ...reqs.map((el, i) => scenarioItem(el, i)),
  ];
  return items.filter((i): i is QuizItem => i !== undefined);
}

/** A hand-written item that does not fit the catalog: its element is unknown, or its ID is not `w-…`. */
export interface WrittenItemProblem {
  id: string;
  field: 'id' | 'element';
  message: string;
}

export function checkWrittenItems(catalog: QuizCatalog, written: readonly WrittenQuizItem[]): WrittenItemProblem[] {
  const ids = new Set(catalog.elements.map((e) => e.id));
  const seen = new Set<string>();
  const problems: WrittenItemProblem[] = [];
  for (const item of written) {
    if (!item.id.startsWith('w-'))
      problems.push({ id: item.id, field: 'id', message: 'a hand-written item ID starts with w-' });
    if (seen.has(item.id)) problems.push({ id: item.id, field: 'id', message: 'duplicate item ID' });
    seen.add(item.id);
    if (!ids.has(item.element))
      problems.push({ id: item.id, field: 'element', message: `unknown element ${item.element}` });
  }
  return problems;
}

/**
 * The whole bank: generated items, then the hand-written ones with their element's clause. Throws when a
 * hand-written item does not fit the catalog (the loader checks this first, naming the file).
 */
export function buildQuizBank(catalog: QuizCatalog, written: readonly WrittenQuizItem[]): QuizItem[] {
  const problems = checkWrittenItems(catalog, written);
  if (problems.length) throw new Error(problems.map((p) => `${p.id} › ${p.field}: ${p.message}`).join('\n'));
  const clauseOf = new Map(catalog.elements.map((e) => [e.id, e.clause]));
  return [
    ...generateQuizItems(catalog),
    ...written.map((item): QuizItem => ({ ...item, origin: 'written', clause: valueAt(clauseOf, item.element) })),
  ];
}

/** An item in one language. */
function localizeQuizItem(item: QuizItem, locale: Locale): LocalQuizItem {
  return {
    id: item.id,
    kind: item.kind,
    difficulty: item.difficulty,
    element: item.element,
    method: item.method,
    origin: item.origin,
    clause: item.clause,
    prompt: item.prompt[locale],
    options: item.options.map((o) => o[locale]),
    answer: item.answer,
    fixedOrder: item.fixedOrder,
    explanation: item.explanation[locale],
  };
}

/** The bank in one language, as the quiz page fetches it. */
export function localQuizBank(
  catalog: QuizCatalog,
  written: readonly WrittenQuizItem[],
  locale: Locale,
): LocalQuizBank {
  return {
    locale,
    catalogVersion: catalog.structure.version,
    items: buildQuizBank(catalog, written).map((item) => localizeQuizItem(item, locale)),
  };
}
