/**
 * A document as a list of blocks (headings, notes, paragraphs, tables, lists), independent of the file format. Each
 * template describes its document once as an outline; `outlineToMarkdown` writes it as Markdown and
 * `src/office/docx.ts` as a Word document, so the two exports always say the same thing. Text in an outline is plain
 * text: each writer escapes it for its format. Pure: no DOM, no Node.
 */
import { mdDocument, mdEscape, mdParagraphs, mdTable, mdText } from './markdown.ts';

/** A piece of a paragraph: plain text, or text set in bold or italics. */
export type Inline = string | { text: string; strong?: boolean; em?: boolean };

export type Block =
  /** The document's title (level 1) or a section heading (2, 3). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** A remark set apart from the content: where the document comes from, what is not from the standard. */
  | { kind: 'note'; content: Inline[] }
  /** One paragraph. */
  | { kind: 'paragraph'; content: Inline[] }
  /** The user's multi-line text: one paragraph per non-blank line. */
  | { kind: 'text'; text: string }
  /** A table with a header row (repeated on each page in Word). Empty cells show a dash. */
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** A bulleted or numbered list. */
  | { kind: 'list'; ordered?: boolean; items: Inline[][] }
  /** A list of items to tick, each done or not. */
  | { kind: 'checklist'; items: { done: boolean; content: Inline[] }[] }
  /** The line at the end: when the document was last changed and what made it, under a rule. */
  | { kind: 'colophon'; text: string }
  /** Blank lines for each party to sign and date (Word and print; Markdown shows them as a table). */
  | { kind: 'signatures'; parties: string[]; labels: { party: string; name: string; signature: string; date: string } };

function inlineMarkdown(content: readonly Inline[]): string {
  return content
    .map((piece) => {
      if (typeof piece === 'string') return mdEscape(piece);
      const text = mdText(piece.text);
      if (!text) return '';
      return piece.strong ? `**${text}**` : piece.em ? `*${text}*` : text;
    })
    .join('')
    .trim();
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${mdText(block.text)}`;
    case 'note':
      return `> ${inlineMarkdown(block.content)}`;
    case 'paragraph':
      return inlineMarkdown(block.content);
    case 'text':
      return mdParagraphs(block.text);
    case 'table':
      return mdTable(block.header, block.rows);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inlineMarkdown(item)}`).join('\n');
    case 'checklist':
      return block.items.map((item) => `- ${item.done ? '[x]' : '[ ]'} ${inlineMarkdown(item.content)}`).join('\n');
    case 'colophon':
      return `---\n\n${mdText(block.text)}`;
    case 'signatures':
      return mdTable(
        [block.labels.party, block.labels.name, block.labels.signature, block.labels.date],
        block.parties.map((party) => [party, '', '', '']),
      );
  }
}

/** The outline as a Markdown file: blocks apart by a blank line, one newline at the end. */
export const outlineToMarkdown = (blocks: readonly (Block | false | undefined)[]) =>
  mdDocument(blocks.map((block) => block && blockMarkdown(block)));
