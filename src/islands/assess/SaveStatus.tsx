/**
 * The live line that says where the work is kept. It changes only when a save completes (at most once a
 * minute with the same wording), so typing in a note does not make a screen reader repeat it. A failure says
 * what went wrong in the user's language, with the browser's own words below it.
 */
import { useRef } from 'preact/hooks';
import { formatLocalClock, localTimeZone } from '../../engine/time.ts';
import { useAssess } from './context.ts';

export default function SaveStatus() {
  const { model, t } = useAssess();
  const state = model.saveState.value;
  const kind = model.storageKind;
  const last = useRef(t(`storage.ready.${kind}`));
  let text = last.current;
  if (state.status === 'error') text = t('storage.error', { problem: t(`storage.problem.${state.problem}`) });
  else if (state.status === 'saved') {
    // From the time's own fields: a new Intl.DateTimeFormat on every save took 20-30 ms of the first answer's
    // response (see localTimeZone).
    text = t(`storage.saved.${kind}`, { time: formatLocalClock(state.at, localTimeZone()) });
  }
  // While a write is under way the last message stays: "saving" flickering on every keystroke helps no one.
  last.current = text;
  return (
    <p
      class={`assess-status assess-status--${state.status === 'error' ? 'error' : kind}`}
      role="status"
      aria-atomic="true"
      data-testid="save-status"
      data-state={state.status}
    >
      {text}
      {state.status === 'error' && state.message && (
        <small class="assess-status__detail">{t('storage.errorDetail', { detail: state.message })}</small>
      )}
    </p>
  );
}
