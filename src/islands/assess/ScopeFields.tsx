/** The scope checkboxes (6.2–6.5, 7.2–7.3), used by the create form and the overview. */
import { useId } from 'preact/hooks';
import { SCOPE_CONTENTS, SCOPE_MODES, type Scope } from '../../engine/scope.ts';
import { useAssess } from './context.ts';

interface Props {
  scope: Scope;
  onChange: (scope: Scope) => void;
}

interface GroupProps<T extends string> {
  legend: string;
  name: string;
  /** Every clause of the group, in order. */
  options: readonly T[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}

function ScopeGroup<T extends string>({ legend, name, options, chosen, onChange }: GroupProps<T>) {
  const { cat } = useAssess();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((clause) => (
        <label class="assess-check" key={clause}>
          <input
            type="checkbox"
            name={name}
            value={clause}
            checked={chosen.includes(clause)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              onChange(options.filter((x) => (x === clause ? on : chosen.includes(x))));
            }}
          />
          {cat.clauseLabel(clause)}
        </label>
      ))}
    </fieldset>
  );
}

export default function ScopeFields({ scope, onChange }: Props) {
  const { t } = useAssess();
  const id = useId();
  return (
    <fieldset class="assess-scope" aria-describedby={`${id}-always`}>
      <legend>{t('scope.legend')}</legend>
      <p id={`${id}-always`} class="assess-hint">
        {t('scope.always')}
      </p>
      <div class="assess-scope__groups">
        <ScopeGroup
          legend={t('scope.contents')}
          name="scope-contents"
          options={SCOPE_CONTENTS}
          chosen={scope.contents}
          onChange={(contents) => onChange({ ...scope, contents })}
        />
        <ScopeGroup
          legend={t('scope.modes')}
          name="scope-modes"
          options={SCOPE_MODES}
          chosen={scope.modes}
          onChange={(modes) => onChange({ ...scope, modes })}
        />
      </div>
    </fieldset>
  );
}
