/**
 * The evidence of one answer: the list (each with a remove button) and a small form to add a title and an
 * optional http(s) link, checked like the file schema checks it.
 */
import { useRef, useState } from 'preact/hooks';
import type { EvidenceProblems } from '../../app/assessment-model.ts';
import { routeHash } from '../../app/hash-route.ts';
import type { EvidenceLink } from '../../engine/assessment-schema.ts';
import { useAssess } from './context.ts';

interface Props {
  id: string;
  elementId: string;
  clause: string;
  evidence: EvidenceLink[];
  /** Prefix of element IDs in this question. */
  base: string;
}

export default function EvidenceEditor({ id, elementId, clause, evidence, base }: Props) {
  const { model, t, notice } = useAssess();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [problems, setProblems] = useState<EvidenceProblems>({});
  const titleInput = useRef<HTMLInputElement>(null);
  const urlInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLParagraphElement>(null);
  const prefix = `${base}-evidence`;
  const say = (text: string) => (notice.value = { text, hash: routeHash({ view: 'clause', id, clause }) });

  const add = async (event: Event) => {
    event.preventDefault();
    const found = await model.addEvidence(id, elementId, title, url);
    if (found) {
      setProblems(found);
      (found.title ? titleInput : urlInput).current?.focus();
      return;
    }
    say(t('evidence.added', { title: title.trim() }));
    setTitle('');
    setUrl('');
    setProblems({});
    titleInput.current?.focus();
  };
  const remove = async (position: number) => {
    const removed = evidence[position];
    await model.removeEvidence(id, elementId, position);
    if (removed) say(t('evidence.removed', { title: removed.title }));
    heading.current?.focus();
  };

  const describedBy = (field: 'title' | 'url') => (problems[field] ? `${prefix}-${field}-error` : undefined);

  return (
    <div class="assess-evidence" role="group" aria-labelledby={`${prefix}-heading`}>
      <p id={`${prefix}-heading`} class="assess-label" tabIndex={-1} ref={heading}>
        {t('evidence.heading')}
      </p>
      {evidence.length === 0 ? (
        <p class="assess-hint">{t('evidence.none')}</p>
      ) : (
        <ul class="assess-evidence__list" role="list">
          {evidence.map((link, i) => (
            <li key={`${i}-${link.title}`}>
              <span id={`${prefix}-${i}`} class="assess-evidence__item">
                {link.url ? <a href={link.url}>{link.title}</a> : link.title}
                {link.url && <span class="assess-evidence__url">{link.url}</span>}
              </span>
              <button
                type="button"
                class="assess-button assess-button--small"
                aria-describedby={`${prefix}-${i}`}
                onClick={() => remove(i)}
              >
                {t('evidence.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="assess-evidence__form" onSubmit={add} noValidate>
        <div class="assess-field">
          <label for={`${prefix}-title`}>{t('evidence.title')}</label>
          <input
            id={`${prefix}-title`}
            ref={titleInput}
            type="text"
            value={title}
            aria-invalid={problems.title ? 'true' : undefined}
            aria-describedby={describedBy('title')}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
          {problems.title && (
            <p id={`${prefix}-title-error`} class="assess-error">
              {t('evidence.titleRequired')}
            </p>
          )}
        </div>
        <div class="assess-field">
          <label for={`${prefix}-url`}>{t('evidence.url')}</label>
          <input
            id={`${prefix}-url`}
            ref={urlInput}
            type="url"
            inputMode="url"
            value={url}
            aria-invalid={problems.url ? 'true' : undefined}
            aria-describedby={describedBy('url')}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
          {problems.url && (
            <p id={`${prefix}-url-error`} class="assess-error">
              {t('evidence.urlInvalid')}
            </p>
          )}
        </div>
        <button type="submit" class="assess-button">
          {t('evidence.add')}
        </button>
      </form>
    </div>
  );
}
