/**
 * The element index table with filters by chapter, party and key flag. Rendered at build time (the full
 * table works without JavaScript) and hydrated for filtering. Strings arrive resolved as props.
 */
import { useMemo, useState } from 'preact/hooks';
import { formatMessage } from '../i18n/format.ts';

export interface ElementRow {
  id: string;
  href: string;
  title: string;
  clause: string;
  chapter: string;
  party: 'supplier' | 'customer' | 'both';
  partyLabel: string;
  key: boolean;
  kindLabel: string;
  /** For a chapter 8 element built from the clause's official lead-in: the badge saying so. */
  leadIn?: string;
}

export interface ElementFilterStrings {
  legend: string;
  chapter: string;
  party: string;
  keyOnly: string;
  all: string;
  /** Contains {shown} and {total}. */
  showing: string;
  yes: string;
  no: string;
  cols: { id: string; title: string; clause: string; party: string; key: string; kind: string };
  chapters: Record<string, string>;
  parties: Record<string, string>;
}

interface Props {
  rows: ElementRow[];
  strings: ElementFilterStrings;
}

export default function ElementFilter({ rows, strings: s }: Props) {
  const [chapter, setChapter] = useState('');
  const [party, setParty] = useState('');
  const [keyOnly, setKeyOnly] = useState(false);

  const shown = useMemo(
    () =>
      rows.filter((r) => (!chapter || r.chapter === chapter) && (!party || r.party === party) && (!keyOnly || r.key)),
    [rows, chapter, party, keyOnly],
  );
  const status = formatMessage(s.showing, { shown: shown.length, total: rows.length });

  return (
    <div class="element-index">
      <fieldset class="element-index__filters">
        <legend>{s.legend}</legend>
        <label>
          {s.chapter}
          <select value={chapter} onChange={(e) => setChapter(e.currentTarget.value)}>
            <option value="">{s.all}</option>
            {Object.entries(s.chapters).map(([value, label]) => (
              <option value={value}>{label}</option>
            ))}
          </select>
        </label>
        <label>
          {s.party}
          <select value={party} onChange={(e) => setParty(e.currentTarget.value)}>
            <option value="">{s.all}</option>
            {Object.entries(s.parties).map(([value, label]) => (
              <option value={value}>{label}</option>
            ))}
          </select>
        </label>
        <label class="element-index__check">
          <input type="checkbox" checked={keyOnly} onChange={(e) => setKeyOnly(e.currentTarget.checked)} />
          {s.keyOnly}
        </label>
      </fieldset>
      <p class="element-index__status" role="status" aria-live="polite">
        {status}
      </p>
      {/* The table repeats every element title; indexing it would rank this page above the clause pages. */}
      <div class="table-scroll" data-pagefind-ignore>
        <table class="element-index__table">
          <caption class="sr-only">{status}</caption>
          <thead>
            <tr>
              <th scope="col">{s.cols.id}</th>
              <th scope="col">{s.cols.title}</th>
              <th scope="col">{s.cols.clause}</th>
              <th scope="col">{s.cols.party}</th>
              <th scope="col">{s.cols.key}</th>
              <th scope="col">{s.cols.kind}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} data-id={r.id}>
                <td>
                  <a href={r.href}>
                    <code>{r.id}</code>
                  </a>
                </td>
                <td>
                  {r.title}
                  {r.leadIn && (
                    <>
                      {' '}
                      <span class="badge badge--leadin" data-testid="lead-in-badge">
                        {r.leadIn}
                      </span>
                    </>
                  )}
                </td>
                <td>{r.clause}</td>
                <td>{r.partyLabel}</td>
                <td>{r.key ? s.yes : s.no}</td>
                <td>{r.kindLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
