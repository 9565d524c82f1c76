/** The scope checkboxes (6.2–6.5, 7.2–7.3), used by the create form and the overview. */
import { useId } from 'preact/hooks';
import { SCOPE_CONTENTS, SCOPE_MODES, type Scope } from '../../engine/index.ts';
import { useAssess } from './context.ts';

interface Props {
  scope: Scope;
  onChange: (scope: Scope) => void;
}

const toggle = <T extends string>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] =>
  order.filter((x) => (x === item ? on : list.includes(x)));

export default function ScopeFields({ scope, onChange }: Props) {
  const { t, cat } = useAssess();
  const id = useId();
  return (
    <fieldset class="assess-scope" aria-describedby={`${id}-always`}>
      <legend>{t('scope.legend')}</legend>
      <p id={`${id}-always`} class="assess-hint">
        {t('scope.always')}
      </p>
      <div class="assess-scope__groups">
        <fieldset>
          <legend>{t('scope.contents')}</legend>
          {SCOPE_CONTENTS.map((clause) => (
            <label class="assess-check" key={clause}>
              <input
                type="checkbox"
                name="scope-contents"
                value={clause}
                checked={scope.contents.includes(clause)}
                onChange={(e) =>
                  onChange({
                    ...scope,
                    contents: toggle(scope.contents, clause, e.currentTarget.checked, SCOPE_CONTENTS),
                  })
                }
              />
              {cat.clauseLabel(clause)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('scope.modes')}</legend>
          {SCOPE_MODES.map((clause) => (
            <label class="assess-check" key={clause}>
              <input
                type="checkbox"
                name="scope-modes"
                value={clause}
                checked={scope.modes.includes(clause)}
                onChange={(e) =>
                  onChange({ ...scope, modes: toggle(scope.modes, clause, e.currentTarget.checked, SCOPE_MODES) })
                }
              />
              {cat.clauseLabel(clause)}
            </label>
          ))}
        </fieldset>
      </div>
    </fieldset>
  );
}
