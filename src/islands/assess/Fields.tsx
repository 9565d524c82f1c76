/**
 * Fields the questionnaire's forms share: a labeled text input with its hint and error (linked by
 * aria-describedby), and the choice of perspective. The create form, the details dialog and the new assessment
 * from Excel workbooks use them.
 */
import type { RefObject } from 'preact';
import { PERSPECTIVES, type Perspective } from '../../engine/assessment-constants.ts';
import type { Translate } from './context.ts';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  hint?: string;
  type?: 'text' | 'date';
  required?: boolean;
  inputRef?: RefObject<HTMLInputElement>;
  testId?: string;
}

export function TextField({
  id,
  label,
  value,
  onInput,
  error,
  hint,
  type = 'text',
  required,
  inputRef,
  testId,
}: TextFieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="assess-field">
      <label for={id}>
        {label}
        {required && (
          <span class="assess-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="assess-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        required={required}
        data-testid={testId}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} class="assess-error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Supplier self-assessment or customer evaluation, as radio buttons named `name`, labeled by `t`: the translator
 * of the assessment's catalog, since a related practice names its own parties (移交方自评, 接收方评价).
 */
export function PerspectiveFields({
  name,
  legend,
  value,
  onChange,
  t,
}: {
  name: string;
  legend: string;
  value: Perspective;
  onChange: (perspective: Perspective) => void;
  t: Translate;
}) {
  return (
    <fieldset class="assess-radios">
      <legend>{legend}</legend>
      {PERSPECTIVES.map((p) => (
        <label class="assess-check" key={p}>
          <input type="radio" name={name} value={p} checked={value === p} onChange={() => onChange(p)} />
          {t(`create.perspective.${p}`)}
        </label>
      ))}
    </fieldset>
  );
}
