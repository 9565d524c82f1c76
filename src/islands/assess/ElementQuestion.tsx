/**
 * One requirement element as a question: a fieldset named by the element's ID and title, its requirement,
 * the four levels each with the element's own rubric, NA with its required justification, then notes,
 * evidence, the review flag and a way to clear the answer. Every change is saved at once by the model.
 *
 * Text areas are uncontrolled: the model trims what it saves, and feeding that back while someone types
 * would eat the space they just typed.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LEVELS } from '../../catalog/locales.ts';
import type { Element } from '../../catalog/schema.ts';
import type { AnswerableElement } from '../../engine/catalog-index.ts';
import type { Answer, TargetLevel } from '../../engine/assessment-schema.ts';
import { routeHash } from '../../app/hash-route.ts';
import { specHref, useAssess } from './context.ts';
import EvidenceEditor from './EvidenceEditor.tsx';
import { memo } from '../shared/memo.ts';

interface Props {
  /** The assessment's ID. */
  id: string;
  element: AnswerableElement;
  answer: Answer | undefined;
  /** Sub-items judged with this element (the six parts of the 6.2 manual). */
  parts: Element[];
}

/**
 * Shows in an uncontrolled text area a value changed elsewhere (another tab), unless the user is typing in it:
 * their text is not replaced under their cursor.
 */
function useShownValue(value: string): RefObject<HTMLTextAreaElement> {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const area = ref.current;
    if (area && area !== document.activeElement && area.value !== value) area.value = value;
  }, [value]);
  return ref;
}

function ElementQuestion({ id, element: el, answer, parts }: Props) {
  const { model, t, links, cat, notice } = useAssess();
  const base = `q-${el.id}`;
  const level = answer?.level;
  const naUnjustified = level === 'NA' && answer?.justification === undefined;
  const answered = answer !== undefined && !naUnjustified;
  const firstRadio = useRef<HTMLInputElement>(null);
  const justification = useShownValue(answer?.justification ?? '');

  const clear = async () => {
    await model.clearAnswer(id, el.id);
    notice.value = {
      text: t('element.cleared', { id: el.id }),
      hash: routeHash({ view: 'clause', id, clause: el.clause }),
    };
    firstRadio.current?.focus();
  };

  return (
    <fieldset
      class={`assess-element${el.key ? ' assess-element--key' : ''}`}
      id={base}
      data-element={el.id}
      data-answered={answered ? 'true' : 'false'}
    >
      <legend class="assess-element__legend">
        <code>{el.id}</code> {cat.text(el.title)}
      </legend>
      <ul class="assess-badges" role="list">
        {el.party === 'customer' && <li class="assess-badge assess-badge--customer">{t('element.customer')}</li>}
        {el.key && <li class="assess-badge assess-badge--key">{t('element.key')}</li>}
        {el.source === 'official-lead-in' && (
          <li class="assess-badge" data-testid="lead-in-badge">
            {t('element.leadIn')}
          </li>
        )}
        <li class="assess-badge">{t('element.weight', { n: el.weight })}</li>
        <li class={`assess-badge assess-badge--${answered ? 'answered' : 'unanswered'}`} data-testid="element-state">
          {answered ? t('element.answered') : t('element.unanswered')}
        </li>
      </ul>
      <p class="assess-element__requirement">
        <strong>{t('element.requirement')}</strong> {cat.text(el.requirement)}
      </p>
      {parts.length > 0 && (
        <div class="assess-parts">
          <p id={`${base}-parts`} class="assess-label">
            {t('element.parts')}
          </p>
          <ul aria-labelledby={`${base}-parts`}>
            {parts.map((part) => (
              <li key={part.id}>
                <code>{part.id}</code> <strong>{cat.text(part.title)}</strong>
                {' — '}
                {cat.text(part.requirement)}
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset class="assess-levels">
        <legend>{t('element.levels')}</legend>
        {LEVELS.map((lv) => (
          <div class={`assess-level${level === lv ? ' assess-level--chosen' : ''}`} key={lv}>
            <input
              type="radio"
              id={`${base}-${lv}`}
              name={`${base}-level`}
              value={lv}
              checked={level === lv}
              ref={lv === 'N' ? firstRadio : undefined}
              aria-describedby={`${base}-${lv}-rubric`}
              onChange={() => model.setLevel(id, el.id, lv)}
            />
            <label for={`${base}-${lv}`}>
              <span class={`level level--${lv}`}>{lv}</span> {t(`level.${lv}`)}
            </label>
            <p id={`${base}-${lv}-rubric`} class="assess-level__rubric">
              {el.levels && cat.text(el.levels[lv])}
            </p>
          </div>
        ))}
        <div class={`assess-level${level === 'NA' ? ' assess-level--chosen' : ''}`}>
          <input
            type="radio"
            id={`${base}-NA`}
            name={`${base}-level`}
            value="NA"
            checked={level === 'NA'}
            aria-describedby={`${base}-NA-rubric`}
            onChange={() => model.setLevel(id, el.id, 'NA')}
          />
          <label for={`${base}-NA`}>
            <span class="level level--NA">NA</span> {t('element.levelNA')}
          </label>
          <p id={`${base}-NA-rubric`} class="assess-level__rubric">
            {t('element.levelNAHint')}
          </p>
        </div>
      </fieldset>

      {level === 'NA' && (
        <div class="assess-field">
          <label for={`${base}-justification`}>
            {t('element.justification')}
            <span class="assess-required" aria-hidden="true">
              {' '}
              *
            </span>
          </label>
          <textarea
            id={`${base}-justification`}
            rows={3}
            required
            ref={justification}
            defaultValue={answer?.justification ?? ''}
            aria-invalid={naUnjustified ? 'true' : undefined}
            aria-describedby={naUnjustified ? `${base}-justification-error` : undefined}
            onInput={(e) => model.updateAnswer(id, el.id, { justification: e.currentTarget.value })}
          />
          {naUnjustified && (
            <p id={`${base}-justification-error`} class="assess-error" data-testid="justification-error">
              {t('element.justificationError')}
            </p>
          )}
        </div>
      )}

      {answer ? (
        <>
          <AnswerDetails id={id} element={el} answer={answer} base={base} />
          <div class="assess-actions">
            <button type="button" class="assess-button" onClick={clear}>
              {t('element.clear')}
            </button>
          </div>
        </>
      ) : (
        <p class="assess-hint">{t('element.detailsHint')}</p>
      )}
      <p class="assess-element__spec">
        <a href={specHref(links, el.clause, el.id)}>{t('element.specLink', { id: el.id })}</a>
      </p>
    </fieldset>
  );
}

/** Notes, evidence and the review flag of an answer, folded away until used. */
function AnswerDetails({
  id,
  element: el,
  answer,
  base,
}: {
  id: string;
  element: AnswerableElement;
  answer: Answer;
  base: string;
}) {
  const { model, t } = useAssess();
  // Notes, evidence and the flag fold away until used, so a clause of fourteen questions stays scannable.
  const hasDetails = Boolean(answer.notes || answer.evidence.length > 0 || answer.flagged);
  // Open at first when something is filled in; after that the user decides (a prop that changed later would
  // snap it shut while they clear a note).
  const [openAtFirst] = useState(hasDetails);
  const notes = useShownValue(answer.notes ?? '');
  const summary = [
    answer.notes && t('element.moreNotes'),
    answer.evidence.length > 0 && t('element.moreEvidence', { n: answer.evidence.length }),
    answer.flagged && t('element.flag'),
  ]
    .filter(Boolean)
    .join(t('element.moreSeparator'));
  return (
    <details class="assess-more" open={openAtFirst}>
      <summary>
        {t('element.more')}
        {summary && <span class="assess-more__summary">{summary}</span>}
      </summary>
      <div class="assess-details">
        <div class="assess-field">
          <label for={`${base}-notes`}>{t('element.notes')}</label>
          <textarea
            id={`${base}-notes`}
            rows={3}
            ref={notes}
            defaultValue={answer.notes ?? ''}
            onInput={(e) => model.updateAnswer(id, el.id, { notes: e.currentTarget.value })}
          />
        </div>
        {answer.level !== 'NA' && (
          <div class="assess-field">
            <label for={`${base}-target`}>{t('element.target')}</label>
            <select
              id={`${base}-target`}
              data-testid="target-select"
              value={answer.target ?? ''}
              onChange={(e) =>
                model.updateAnswer(id, el.id, {
                  target: (e.currentTarget.value || undefined) as TargetLevel | undefined,
                })
              }
            >
              <option value="">{t('element.targetDefault')}</option>
              {(['L', 'P'] as const).map((lv) => (
                <option key={lv} value={lv}>
                  {lv} {t(`level.${lv}`)}
                </option>
              ))}
            </select>
            {answer.target && LEVELS.indexOf(answer.target) < LEVELS.indexOf(answer.level) && (
              <p class="assess-hint" data-testid="target-below">
                {t('element.targetBelow')}
              </p>
            )}
          </div>
        )}
        <EvidenceEditor id={id} elementId={el.id} clause={el.clause} evidence={answer.evidence} base={base} />
        <label class="assess-check">
          <input
            type="checkbox"
            checked={answer.flagged}
            onChange={(e) => model.updateAnswer(id, el.id, { flagged: e.currentTarget.checked })}
          />
          {t('element.flag')}
        </label>
      </div>
    </details>
  );
}

/**
 * Memoized: answering one question gives the others the same props (an unchanged answer keeps its object), so they
 * do not render again; the questionnaire's interaction latency depends on it (`npm run bench`).
 */
export default memo(ElementQuestion);
