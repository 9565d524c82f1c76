/** The priority matrix: one select per impact × urgency cell. */
import { issuesAt } from '../../../templates/issues.ts';
import { formatMessage } from '../../../i18n/format.ts';
import { setCell } from '../../../templates/priority-edits.ts';
import { SelectField } from '../fields.tsx';
import type { PartProps } from './shared.tsx';

export function Matrix({ doc, update, s, issues, messages }: PartProps) {
  const options = doc.priorities.map((p) => [p.id, p.name] as const);
  return (
    <>
      <h3 id="pr-matrix">{s['priority.matrixHeading']}</h3>
      <div class="table-scroll">
        <table class="priority-matrix">
          <caption>{s['priority.matrixCaption']}</caption>
          <thead>
            <tr>
              <td />
              {doc.urgencies.map((u) => (
                <th key={u.id} scope="col">
                  {u.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {doc.impacts.map((imp, i) => (
              <tr key={imp.id}>
                <th scope="row">{imp.name}</th>
                {doc.urgencies.map((u, j) => {
                  const value = doc.matrix[i]?.[j] ?? '';
                  return (
                    <td
                      key={u.id}
                      class={`priority-cell priority-cell--${doc.priorities.findIndex((p) => p.id === value) + 1}`}
                    >
                      <SelectField
                        id={`pr-cell-${i}-${j}`}
                        label={formatMessage(s['priority.cellLabel'], { impact: imp.name, urgency: u.name })}
                        labelHidden
                        value={value}
                        options={options}
                        onValue={(id) => update((d) => setCell(d, i, j, id))}
                        issues={issuesAt(issues, `matrix.${i}.${j}`)}
                        messages={messages}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
