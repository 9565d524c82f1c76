/**
 * The quiz island (`/training/quiz/`): fetches the item bank of the page's language, sets up a quiz (filters,
 * number of items, seed), follows the quiz the address names (`?seed=…&n=…`), takes the answers, scores them and
 * reviews the wrong ones. Every decision is the model's (`src/app/quiz-model.ts`); this view only renders it and
 * moves focus. Nothing is stored or sent anywhere.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { QuizDifficulty, QuizKind } from '../catalog/quiz.ts';
import { QUIZ_DIFFICULTIES, QUIZ_KINDS } from '../catalog/quiz.ts';
import type { Locale } from '../catalog/schema.ts';
import { createQuizModel, optionLetter, parseQuizBank, type QuizModel } from '../app/quiz-model.ts';
import { newSeed, type QuizQueryProblem } from '../engine/quiz.ts';
import { itemAt } from '../engine/invariant.ts';
import type { QuizStringKey, QuizStrings } from '../i18n/quiz.ts';
import { elementAnchorHref } from '../lib/paths.ts';
import { formatMessage } from '../i18n/format.ts';

export interface QuizAppProps {
  locale: Locale;
  strings: QuizStrings;
  /** Where the bank of the page's language is served. */
  bankUrl: string;
  /** The clauses in catalog order, with their labels in the page's language (`5.2 交付策划`). */
  clauses: { number: string; label: string }[];
}

type Translate = (key: QuizStringKey, params?: Record<string, string | number>) => string;

const translator =
  (strings: QuizStrings): Translate =>
  (key, params = {}) =>
    formatMessage(strings[key], params);

export default function QuizApp(props: QuizAppProps) {
  const t = useMemo(() => translator(props.strings), [props.strings]);
  const [model, setModel] = useState<QuizModel>();
  const [version, setVersion] = useState('');
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let alive = true;
    fetch(props.bankUrl)
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.json() as Promise<unknown>;
      })
      .then((raw) => {
        if (!alive) return;
        const bank = parseQuizBank(raw, props.locale);
        setVersion(bank.catalogVersion);
        setModel(
          createQuizModel({
            items: bank.items,
            clauses: props.clauses.map((c) => c.number),
            search: window.location.search,
            newSeed: () => newSeed(),
          }),
        );
      })
      .catch((err: unknown) => alive && setFailure(err instanceof Error ? err.message : String(err)));
    return () => {
      alive = false;
    };
  }, [props.bankUrl, props.locale, props.clauses]);

  useEffect(() => {
    if (!model) return;
    const follow = () => model.applyQuery(window.location.search);
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, [model]);

  if (failure) {
    return (
      <div class="quiz-app" data-ready="false">
        <p class="quiz-error" role="alert">
          {t('quiz.loadFailed', { reason: failure })}
        </p>
      </div>
    );
  }
  if (!model) {
    return (
      <div class="quiz-app" data-ready="false">
        <p role="status">{t('quiz.loading')}</p>
      </div>
    );
  }
  return <Quiz model={model} t={t} locale={props.locale} clauses={props.clauses} version={version} />;
}

interface ViewProps {
  model: QuizModel;
  t: Translate;
  locale: Locale;
  clauses: QuizAppProps['clauses'];
  version: string;
}

function Quiz({ model, t, locale, clauses, version }: ViewProps) {
  const sheetHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const [printKey, setPrintKey] = useState(false);
  const config = model.config.value;
  const result = model.result.value;

  const started = () => {
    if (!model.start()) return;
    window.history.pushState(null, '', `${window.location.pathname}${model.query.value}`);
    requestAnimationFrame(() => sheetHeading.current?.focus());
  };
  const handIn = () => {
    model.submit();
    requestAnimationFrame(() => resultHeading.current?.focus());
  };
  const retry = () => {
    model.retry();
    requestAnimationFrame(() => sheetHeading.current?.focus());
  };

  return (
    <div class="quiz-app" data-ready="true">
      <AddressProblems problems={model.addressProblems.value} t={t} />
      <Setup model={model} t={t} clauses={clauses} open={!config} onStart={started} />
      {config && (
        <section class="quiz-sheet" aria-labelledby="quiz-sheet-heading">
          <h2 id="quiz-sheet-heading" tabIndex={-1} ref={sheetHeading}>
            {t('quiz.sheet.heading')}
          </h2>
          <p class="quiz-meta">
            {t('quiz.sheet.meta', {
              seed: config.seed,
              count: model.questions.value.length,
              clauses: config.clauses.join(', ') || t('quiz.all'),
              kinds: config.kinds.map((k) => t(`quiz.kind.${k}`)).join(', ') || t('quiz.all'),
              difficulties: config.difficulties.map((d) => t(`quiz.difficulty.${d}`)).join(', ') || t('quiz.all'),
            })}
          </p>
          <p class="quiz-print-only">{t('quiz.sheet.nameLine')}</p>
          <p class="quiz-hint quiz-screen-only">{t('quiz.sheet.version', { version })}</p>
          <Share query={model.query.value} t={t} />
          <div class="quiz-toolbar quiz-screen-only">
            <label class="quiz-check">
              <input
                type="checkbox"
                checked={printKey}
                onChange={(e) => setPrintKey(e.currentTarget.checked)}
                data-testid="quiz-print-key"
              />
              {t('quiz.sheet.printKey')}
            </label>
            <button type="button" onClick={() => window.print()}>
              {t('quiz.sheet.print')}
            </button>
          </div>
          {model.questions.value.length === 0 ? (
            <p>{t('quiz.empty')}</p>
          ) : (
            <form
              class="quiz-form"
              onSubmit={(e) => {
                e.preventDefault();
                handIn();
              }}
            >
              <ol class="quiz-questions">
                {model.questions.value.map((q, index) => (
                  <Question key={q.item.id} model={model} t={t} locale={locale} index={index} />
                ))}
              </ol>
              <div class="quiz-toolbar quiz-screen-only">
                <p role="status" class="quiz-hint" data-testid="quiz-progress">
                  {t('quiz.answered', { answered: model.answered.value, total: model.questions.value.length })}
                </p>
                {!result && (
                  <button type="submit" data-testid="quiz-submit">
                    {t('quiz.submit')}
                  </button>
                )}
              </div>
              {!result && model.answered.value < model.questions.value.length && model.answered.value > 0 && (
                <p class="quiz-hint quiz-screen-only">
                  {t('quiz.unansweredWarning', { count: model.questions.value.length - model.answered.value })}
                </p>
              )}
            </form>
          )}
          <p class="quiz-hint quiz-screen-only">{t('quiz.privacy')}</p>
        </section>
      )}
      {config && result && (
        <section class="quiz-result" aria-labelledby="quiz-result-heading" data-testid="quiz-result">
          <h2 id="quiz-result-heading" tabIndex={-1} ref={resultHeading}>
            {t('quiz.result.heading')}
          </h2>
          <p class="quiz-score" data-testid="quiz-score">
            {t('quiz.result.score', { correct: result.correct, total: result.total, percent: result.percent })}
            {result.wrong.length === 0 && ` ${t('quiz.result.allRight')}`}
          </p>
          {result.wrong.length > 0 && (
            <>
              <h3>{t('quiz.result.reviewHeading', { count: result.wrong.length })}</h3>
              <ul class="quiz-review" data-testid="quiz-review">
                {result.wrong.map(({ index, question, chosen }) => (
                  <li key={question.item.id} data-item-id={question.item.id}>
                    <p class="quiz-review__q">
                      <strong>{t('quiz.question', { n: index + 1 })}</strong> <Prompt text={question.item.prompt} />
                    </p>
                    <p>
                      {t('quiz.result.yourAnswer')}
                      {chosen === undefined
                        ? t('quiz.result.noAnswer')
                        : `${optionLetter(chosen)}. ${question.item.options[itemAt(question.order, chosen)]}`}
                    </p>
                    <p>
                      {t('quiz.result.rightAnswer')}
                      <strong>{`${optionLetter(question.correct)}. ${question.item.options[question.item.answer]}`}</strong>
                    </p>
                    <p>
                      {t('quiz.result.why')}
                      {question.item.explanation}
                    </p>
                    <p>
                      <a href={elementAnchorHref(question.item.element, question.item.clause, locale)}>
                        {t('quiz.result.element', { id: question.item.element })}
                      </a>
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" onClick={retry}>
            {t('quiz.result.retry')}
          </button>
        </section>
      )}
      {config && printKey && <AnswerKey model={model} t={t} />}
    </div>
  );
}

function AddressProblems({ problems, t }: { problems: QuizQueryProblem[]; t: Translate }) {
  if (problems.length === 0) return null;
  const items = problems.map((p) => t(`quiz.address.${p.kind}`, { value: p.value })).join(', ');
  return (
    <p class="quiz-error" role="alert">
      {t('quiz.address.problem', { items })}
    </p>
  );
}

function Setup({
  model,
  t,
  clauses,
  open,
  onStart,
}: {
  model: QuizModel;
  t: Translate;
  clauses: QuizAppProps['clauses'];
  open: boolean;
  onStart: () => void;
}) {
  const draft = model.draft.value;
  const problem = model.setupProblem.value;
  const available = model.available.value;
  const [tried, setTried] = useState(false);
  const count = Number(draft.count);
  return (
    <details class="quiz-setup quiz-screen-only" open={open}>
      <summary>
        <h2>{open ? t('quiz.setup.heading') : t('quiz.setup.newHeading')}</h2>
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          onStart();
        }}
      >
        <p class="quiz-hint">{t('quiz.setup.intro')}</p>
        <fieldset class="quiz-filter">
          <legend>{t('quiz.setup.clauses')}</legend>
          {clauses.map((c) => (
            <label key={c.number} class="quiz-check">
              <input
                type="checkbox"
                checked={draft.clauses.includes(c.number)}
                onChange={(e) => model.toggle('clauses', c.number, e.currentTarget.checked)}
              />
              {c.label}
            </label>
          ))}
        </fieldset>
        <fieldset class="quiz-filter">
          <legend>{t('quiz.setup.kinds')}</legend>
          {QUIZ_KINDS.map((k: QuizKind) => (
            <label key={k} class="quiz-check">
              <input
                type="checkbox"
                checked={draft.kinds.includes(k)}
                onChange={(e) => model.toggle('kinds', k, e.currentTarget.checked)}
              />
              {t(`quiz.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <fieldset class="quiz-filter">
          <legend>{t('quiz.setup.difficulties')}</legend>
          {QUIZ_DIFFICULTIES.map((d: QuizDifficulty) => (
            <label key={d} class="quiz-check">
              <input
                type="checkbox"
                checked={draft.difficulties.includes(d)}
                onChange={(e) => model.toggle('difficulties', d, e.currentTarget.checked)}
              />
              {t(`quiz.difficulty.${d}`)}
            </label>
          ))}
        </fieldset>
        <div class="quiz-fields">
          <label>
            {t('quiz.setup.count')}
            <input
              type="number"
              min={1}
              max={50}
              value={draft.count}
              aria-invalid={tried && problem === 'count'}
              onInput={(e) => model.setDraft({ count: e.currentTarget.value })}
              data-testid="quiz-count"
            />
          </label>
          <label>
            {t('quiz.setup.seed')}
            <input
              type="text"
              value={draft.seed}
              maxLength={32}
              autoComplete="off"
              spellcheck={false}
              aria-invalid={tried && problem === 'seed'}
              onInput={(e) => model.setDraft({ seed: e.currentTarget.value })}
              data-testid="quiz-seed"
            />
          </label>
          <button type="button" onClick={() => model.rollSeed()}>
            {t('quiz.setup.newSeed')}
          </button>
        </div>
        <p role="status" class="quiz-hint" data-testid="quiz-available">
          {available > 0 && available < count && problem !== 'count'
            ? t('quiz.setup.fewer', { count: available })
            : t('quiz.setup.available', { count: available })}
        </p>
        {tried && problem && (
          <p class="quiz-error" role="alert">
            {t(`quiz.setup.problem.${problem}`)}
          </p>
        )}
        <button type="submit" data-testid="quiz-start">
          {t('quiz.setup.start')}
        </button>
      </form>
    </details>
  );
}

function Share({ query, t }: { query: string; t: Translate }) {
  const [note, setNote] = useState('');
  const url = `${window.location.origin}${window.location.pathname}${query}`;
  return (
    <div class="quiz-share quiz-screen-only">
      <label>
        {t('quiz.sheet.share')}
        <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="quiz-link" />
      </label>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard
            .writeText(url)
            .then(() => setNote(t('quiz.sheet.copied')))
            .catch(() => setNote(t('quiz.sheet.copyFailed')))
        }
      >
        {t('quiz.sheet.copy')}
      </button>
      <span role="status" class="quiz-hint">
        {note}
      </span>
    </div>
  );
}

/** The prompt's lines: the question, then the quoted requirement or the situation. */
function Prompt({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        <span key={i} class={i === 0 ? 'quiz-prompt' : 'quiz-prompt quiz-prompt--quote'}>
          {line}
        </span>
      ))}
    </>
  );
}

function Question({ model, t, locale, index }: { model: QuizModel; t: Translate; locale: Locale; index: number }) {
  const question = itemAt(model.questions.value, index);
  const { item, order, correct } = question;
  const chosen = model.answers.value[item.id];
  const result = model.result.value;
  const name = `quiz-q${index + 1}`;
  const mark =
    result &&
    (chosen === correct
      ? t('quiz.mark.right')
      : chosen === undefined
        ? t('quiz.mark.unanswered', { letter: optionLetter(correct) })
        : t('quiz.mark.wrong', { letter: optionLetter(correct) }));
  return (
    <li class="quiz-question" data-testid="quiz-question">
      <fieldset>
        <legend>
          <span class="quiz-number">{t('quiz.question', { n: index + 1 })}</span>
          {item.method && <span class="quiz-badge">{t('quiz.method')}</span>}
          <Prompt text={item.prompt} />
        </legend>
        <div class="quiz-options">
          {order.map((optionIndex, position) => (
            <label key={position} class="quiz-option">
              <input
                type="radio"
                name={name}
                value={String(position)}
                checked={chosen === position}
                onChange={() => model.choose(item.id, position)}
              />
              <span>
                <span class="quiz-letter">{optionLetter(position)}.</span> {item.options[optionIndex]}
              </span>
            </label>
          ))}
        </div>
        {mark && (
          <p class={`quiz-mark ${chosen === correct ? 'quiz-mark--right' : 'quiz-mark--wrong'}`}>
            {mark}{' '}
            {chosen !== correct && (
              <a href={elementAnchorHref(item.element, item.clause, locale)}>
                {t('quiz.result.element', { id: item.element })}
              </a>
            )}
          </p>
        )}
      </fieldset>
    </li>
  );
}

function AnswerKey({ model, t }: { model: QuizModel; t: Translate }) {
  return (
    <section class="quiz-key" aria-labelledby="quiz-key-heading" data-testid="quiz-key">
      <h2 id="quiz-key-heading">{t('quiz.key.heading')}</h2>
      <p>{t('quiz.key.intro', { seed: model.config.value?.seed ?? '' })}</p>
      <ol>
        {model.questions.value.map(({ item, correct }) => (
          <li key={item.id}>
            <strong>{`${optionLetter(correct)}. ${item.options[item.answer]}`}</strong>
            <br />
            {item.explanation} ({item.element}, {item.clause})
          </li>
        ))}
      </ol>
    </section>
  );
}
