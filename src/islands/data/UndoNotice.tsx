/**
 * The undo offer after a delete: what was deleted, an "Undo" button and a "Dismiss" button. It stays until it is
 * dismissed or replaced (no time limit, so nobody has to hurry). The announcement itself comes from the view's
 * status line; this only holds the buttons next to it.
 */
export interface UndoNoticeProps {
  /** Shown before the buttons; leave it out when a status line next to them already says it. */
  text?: string;
  undoLabel: string;
  dismissLabel: string;
  onUndo: () => void;
  onDismiss: () => void;
}

export default function UndoNotice({ text, undoLabel, dismissLabel, onUndo, onDismiss }: UndoNoticeProps) {
  return (
    <div class="data-toast" data-testid="undo-notice">
      {text && <p class="data-toast__text">{text}</p>}
      <div class="assess-actions">
        <button type="button" class="assess-button assess-button--small" data-testid="undo" onClick={onUndo}>
          {undoLabel}
        </button>
        <button type="button" class="assess-button assess-button--small" onClick={onDismiss}>
          {dismissLabel}
        </button>
      </div>
    </div>
  );
}
