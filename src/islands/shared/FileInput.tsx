/**
 * A file input that speaks the page's language. The native input stays the control (its name comes from the
 * field's `<label for>`, tests and assistive technology use it as before) but is transparent and laid over a
 * button and a file-name line drawn in the page's words, so no "Choose File / No file chosen" in the browser's
 * language shows on a zh-CN page. The last chosen names are kept here, because the islands clear the input's
 * value after reading (so that choosing the same file again reads it again).
 */
import '../../styles/file-input.css';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Locale } from '../../catalog/schema.ts';
import { chosenText, FILE_INPUT_STRINGS } from '../../i18n/file-input.ts';

type Props = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'type' | 'class' | 'onChange'> & {
  locale: Locale;
  onChange: (event: JSX.TargetedEvent<HTMLInputElement, Event>) => void;
};

export default function FileInput({ locale, onChange, multiple, ...rest }: Props) {
  const [names, setNames] = useState<string[]>([]);
  const s = FILE_INPUT_STRINGS[locale];
  return (
    <span class="file-input">
      <input
        {...rest}
        multiple={multiple}
        type="file"
        class="file-input__native"
        onChange={(event) => {
          setNames(Array.from(event.currentTarget.files ?? [], (f) => f.name));
          onChange(event);
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
