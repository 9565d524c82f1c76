/**
 * Modal dialogs on the native `<dialog>`: the browser traps focus, closes on Escape and hides the page from
 * assistive technology. Labelled by their heading and described by their text. Focus goes back to the
 * control that opened the dialog when it still exists.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useAssess } from './context.ts';

interface ModalProps {
  labelledBy: string;
  describedBy?: string;
  onClose: () => void;
  testId: string;
  children: ComponentChildren;
}

export function Modal({ labelledBy, describedBy, onClose, testId, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onCloseEvent = () => closeRef.current();
    dialog.addEventListener('close', onCloseEvent);
    dialog.showModal();
    return () => {
      dialog.removeEventListener('close', onCloseEvent);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="assess-dialog"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-testid={testId}
    >
      {children}
    </dialog>
  );
}

interface ConfirmProps {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Are you sure?" for actions that lose data. Cancel has the focus, so Enter does no harm. */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onCancel }: ConfirmProps) {
  const { t } = useAssess();
  const id = useId();
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-body`} onClose={onCancel} testId="confirm-dialog">
      <h2 id={`${id}-title`} class="assess-dialog__title">
        {title}
      </h2>
      <p id={`${id}-body`}>{body}</p>
      <div class="assess-actions">
        <button type="button" class="assess-button assess-button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="assess-button" onClick={onCancel} autoFocus>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}

interface RenameProps {
  current: string;
  onSave: (title: string) => void;
  onCancel: () => void;
}

export function RenameDialog({ current, onSave, onCancel }: RenameProps) {
  const { t } = useAssess();
  const id = useId();
  const [value, setValue] = useState(current);
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    if (value.trim() === '') {
      setError(true);
      input.current?.focus();
      return;
    }
    onSave(value);
  };
  return (
    <Modal labelledBy={`${id}-title`} onClose={onCancel} testId="rename-dialog">
      <h2 id={`${id}-title`} class="assess-dialog__title">
        {t('rename.title')}
      </h2>
      <form onSubmit={submit} noValidate>
        <div class="assess-field">
          <label for={`${id}-input`}>{t('rename.label')}</label>
          <input
            id={`${id}-input`}
            ref={input}
            type="text"
            value={value}
            required
            autoFocus
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
          {error && (
            <p id={`${id}-error`} class="assess-error">
              {t('rename.error')}
            </p>
          )}
        </div>
        <div class="assess-actions">
          <button type="submit" class="assess-button assess-button--primary">
            {t('rename.save')}
          </button>
          <button type="button" class="assess-button" onClick={onCancel}>
            {t('dialog.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
