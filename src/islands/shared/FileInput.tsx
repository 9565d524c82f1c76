/**
 * The one way the islands open files, in the page's language. The native input stays the control (its name comes
 * from the field's `<label for>` or from the button it sits in; tests and assistive technology use it as before).
 *
 * - As a field (the default): the input is transparent and laid over a button and a file-name line drawn in the
 *   page's words, so no "Choose File / No file chosen" in the browser's language shows on a zh-CN page. The last
 *   chosen names are kept here, because the input is cleared after each choice.
 * - As a button (`button`): a toolbar action such as "导入 JSON" that opens the picker; the input is visually
 *   hidden inside it, and the button shows the keyboard focus.
 *
 * Either way the input is cleared before `onFiles` is called, so choosing the same file again (after fixing it)
 * reads it again; the `File` objects stay readable.
 */
import '../../styles/file-input.css';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Locale } from '../../catalog/schema.ts';
import { chosenText, FILE_INPUT_STRINGS } from '../../i18n/file-input.ts';

type Props = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'type' | 'class' | 'onChange'> & {
  /** The files chosen, in order; not called when the picker is closed without a choice. */
  onFiles: (files: File[]) => void;
} & (
    | { locale: Locale; button?: undefined }
    | {
        /** Drawn as one button: its text and its class (the page's button style). */
        button: { label: string; class: string };
        locale?: undefined;
      }
  );

/** The chosen files, read before the input is cleared. */
function take(input: HTMLInputElement): File[] {
  const files = Array.from(input.files ?? []);
  input.value = '';
  return files;
}

export default function FileInput(props: Props) {
  const [names, setNames] = useState<string[]>([]);
  const { locale, onFiles, multiple, button, ...rest } = props;
  if (button)
    return (
      <label class={`file-input-button ${button.class}`}>
        {button.label}
        <input
          {...rest}
          multiple={multiple}
          type="file"
          class="sr-only"
          onChange={(event) => {
            const files = take(event.currentTarget);
            if (files.length) onFiles(files);
          }}
        />
      </label>
    );
  if (locale === undefined) return null;
  const s = FILE_INPUT_STRINGS[locale];
  return (
    <span class="file-input">
      <input
        {...rest}
        multiple={multiple}
        type="file"
        class="file-input__native"
        onChange={(event) => {
          const files = take(event.currentTarget);
          setNames(files.map((f) => f.name));
          if (files.length) onFiles(files);
        }}
      />
      <span class="file-input__button" aria-hidden="true">
        {multiple ? s.chooseMany : s.choose}
      </span>
      <span class="file-input__chosen" aria-hidden="true" data-testid="file-input-chosen">
        {chosenText(locale, names)}
      </span>
    </span>
  );
}
