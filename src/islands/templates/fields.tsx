/**
 * Form fields shared by the template islands. Each shows its own problems under it (linked with
 * aria-describedby and marked aria-invalid). Number fields keep what the user typed while it is not a valid
 * number, so a slip never wipes the entry; the document only changes once the text is valid.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { TemplateIssue } from '../../templates/issues.ts';
import { issueWords, type IssueWording } from '../../templates/issue-words.ts';

/** Where a field reports that its text cannot be used yet (the editor passes `DocumentModel.setFieldProblem`). */
export const FieldProblems = createContext<(field: string, problem: boolean) => void>(() => {});

/** Reports `problem` for field `id` while it holds, and clears it when the field goes away. */
export function useFieldProblem(id: string, problem: boolean) {
  const report = useContext(FieldProblems);
  useEffect(() => report(id, problem), [id, problem]);
  useEffect(() => () => report(id, false), [id]);
}

/**
 * The sentence of each problem in the page's language: the problem words are fetched the first time there is one to
 * show (`issueWords`), and the component draws again when they arrive (or fail to).
 */
export function useIssueText(wording: IssueWording, issues: readonly TemplateIssue[]) {
  const words = issueWords(wording.locale);
  const needed = issues.length > 0;
  useEffect(() => {
    if (needed) words.request();
  });
  return (issue: TemplateIssue) => words.format(issue, wording);
}

export function FieldError({
  id,
  issues,
  messages,
}: {
  id: string;
  issues: readonly TemplateIssue[];
  messages: IssueWording;
}) {
  const text = useIssueText(messages, issues);
  if (issues.length === 0) return null;
  return (
    <p id={id} class="template-field__error">
      {issues.map((i) => text({ ...i, path: '' })).join(' ')}
    </p>
  );
}

interface BaseProps {
  id: string;
  label: ComponentChildren;
  issues?: readonly TemplateIssue[];
  messages: IssueWording;
  hint?: ComponentChildren;
  class?: string;
}

function describedBy(id: string, invalid: boolean, hint: boolean) {
  return [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

/** ARIA attributes that tie a control to its hint and its error. */
interface ControlAria {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** What every field shares: the label, the control, its hint and its error, linked for screen readers. */
function FieldShell({
  id,
  label,
  hint,
  issues,
  messages,
  classes,
  labelHidden = false,
  control,
}: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  issues: readonly TemplateIssue[];
  messages: IssueWording;
  classes: (string | undefined)[];
  labelHidden?: boolean;
  control: (aria: ControlAria) => ComponentChildren;
}) {
  const invalid = issues.length > 0;
  return (
    <div class={['template-field', ...classes].filter(Boolean).join(' ')}>
      <label for={id} class={labelHidden ? 'sr-only' : undefined}>
        {label}
      </label>
      {control({
        'aria-invalid': invalid || undefined,
        'aria-describedby': describedBy(id, invalid, Boolean(hint)),
      })}
      {hint && (
        <p id={`${id}-hint`} class="template-field__hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} issues={issues} messages={messages} />
    </div>
  );
}

export function TextField({
  id,
  label,
  value,
  onValue,
  issues = [],
  messages,
  hint,
  type = 'text',
  class: className,
  autoComplete = 'off',
}: BaseProps & {
  value: string;
  onValue: (v: string) => void;
  type?: 'text' | 'date' | 'time' | 'datetime-local';
  autoComplete?: string;
}) {
  return (
    <FieldShell
      {...{ id, label, hint, issues, messages }}
      classes={[className]}
      control={(aria) => (
        <input
          id={id}
          type={type}
          value={value}
          autoComplete={autoComplete}
          {...aria}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      )}
    />
  );
}

/** Several lines of free text. */
export function TextAreaField({
  id,
  label,
  value,
  onValue,
  issues = [],
  messages,
  hint,
  class: className,
  rows = 3,
}: BaseProps & { value: string; onValue: (v: string) => void; rows?: number }) {
  return (
    <FieldShell
      {...{ id, label, hint, issues, messages }}
      classes={[className]}
      control={(aria) => (
        <textarea id={id} rows={rows} value={value} {...aria} onInput={(e) => onValue(e.currentTarget.value)} />
      )}
    />
  );
}

/**
 * A whole number between `min` and `max`. Until the text is one, the document keeps its last valid value and the
 * field says what is wrong.
 */
export function IntegerField({
  id,
  label,
  value,
  onValue,
  min,
  max,
  issues = [],
  messages,
  hint,
  class: className,
}: BaseProps & { value: number; onValue: (v: number) => void; min: number; max: number }) {
  const [text, setText] = useState(String(value));
  const [local, setLocal] = useState<TemplateIssue | null>(null);
  // The document changed underneath (a row removed, a file imported): show its value unless the user is mid-fix.
  useEffect(() => {
    if (local === null) setText(String(value));
  }, [value]);
  useFieldProblem(id, local !== null);
  const onInput = (raw: string) => {
    setText(raw);
    const trimmed = raw.trim();
    let problem: TemplateIssue | null = null;
    if (trimmed === '') problem = { code: 'empty', path: '' };
    else if (!/^-?\d+$/.test(trimmed)) problem = { code: 'not-integer', path: '' };
    else if (Number(trimmed) < min) problem = { code: 'too-small', path: '', params: { minimum: min } };
    else if (Number(trimmed) > max) problem = { code: 'too-big', path: '', params: { maximum: max } };
    setLocal(problem);
    if (!problem) onValue(Number(trimmed));
  };
  return (
    <FieldShell
      {...{ id, label, hint, messages }}
      issues={local ? [local, ...issues] : issues}
      classes={['template-field--number', className]}
      control={(aria) => (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          value={text}
          autoComplete="off"
          {...aria}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    />
  );
}

/** A select whose options are `[value, label]` pairs. */
export function SelectField({
  id,
  label,
  value,
  onValue,
  options,
  issues = [],
  messages,
  class: className,
  labelHidden = false,
}: BaseProps & {
  value: string;
  onValue: (v: string) => void;
  options: readonly (readonly [string, string])[];
  labelHidden?: boolean;
}) {
  return (
    <FieldShell
      {...{ id, label, issues, messages, labelHidden }}
      classes={[className]}
      control={(aria) => (
        <select id={id} value={value} {...aria} onChange={(e) => onValue(e.currentTarget.value)}>
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** Removes one row of a list (a service, an indicator, a table row). */
export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="template-button template-button--danger sla-remove" onClick={onClick}>
      {label}
    </button>
  );
}
