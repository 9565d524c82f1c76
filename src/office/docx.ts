/**
 * An outline (`src/engine/outline.ts`) as a Word document (.docx), with the `docx` package: real headings (Word's and
 * WPS's navigation pane lists them), tables whose header row repeats on every page, signature lines, page numbers,
 * A4. Chinese text is set in 宋体 (headings 黑体) through the east-Asian font attribute, which Word and WPS both
 * have; Latin text in Arial. Runs in the browser and in Node; the browser loads this module (and the 70 KB gzip
 * `docx` package) only when the user asks for a Word file. No DOM.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Locale } from '../catalog/locales.ts';
import type { Block, Inline } from '../engine/outline.ts';

/**
 * http(s) only, as `isWebUrl` in outline.ts; repeated here so that this module, loaded on demand, imports no other
 * chunk of the site and its import() needs no preload helper on the pages that offer it.
 */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface DocxOptions {
  /** The language of the document: its proofing language and its fonts. */
  locale: Locale;
  /** Shown in the page header and the file's properties. */
  title: string;
  /** The footer, with `{page}` and `{pages}` where the numbers go: `第 {page} 页，共 {pages} 页`. */
  pageLabel: string;
  /** The file's "author" property: the portal. */
  creator?: string;
}

/** A4 in twentieths of a point, with the margins Word uses for Chinese documents (2.54 cm, 3.17 cm). */
const A4 = { width: 11_906, height: 16_838 };
const MARGIN = { top: 1_440, bottom: 1_440, left: 1_800, right: 1_800 };

const BODY_FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: '宋体' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: '黑体' };
const GREY = '595959';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const ORDERED = 'portal-ordered';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

function runs(
  content: readonly Inline[],
  style: { italics?: boolean; color?: string; size?: number } = {},
): (TextRun | ExternalHyperlink)[] {
  return content
    .map((piece) => (typeof piece === 'string' ? { text: piece } : piece))
    .filter((piece) => piece.text.length > 0)
    .map((piece) => {
      const run = (link: boolean) =>
        new TextRun({
          text: piece.text.replace(/[\r\n]+/g, ' '),
          bold: 'strong' in piece && piece.strong ? true : undefined,
          italics: ('em' in piece && piece.em) || style.italics ? true : undefined,
          color: link ? '0563C1' : style.color,
          underline: link ? {} : undefined,
          size: style.size,
        });
      // Only an http(s) URL becomes a link; any other (javascript:, data:) leaves the text unlinked.
      return 'href' in piece && isWebUrl(piece.href)
        ? new ExternalHyperlink({ link: piece.href, children: [run(true)] })
        : run(false);
    });
}

/** One paragraph per non-blank line of a cell or text. */
const lines = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);

function cell(text: string, header: boolean, empty = '—'): TableCell {
  const paragraphs = lines(text);
  return new TableCell({
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: (paragraphs.length > 0 ? paragraphs : [empty]).map(
      (line) => new Paragraph({ children: [new TextRun({ text: line, bold: header || undefined })] }),
    ),
  });
}

const borders = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rowHeight?: number,
  empty = '—',
): Table {
  const height = rowHeight ? { value: rowHeight, rule: HeightRule.ATLEAST } : undefined;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, height, children: row.map((c) => cell(c, false, empty)) })),
    ],
  });
}

function blockContent(block: Block, listIndex: () => number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text.trim())] })];
    case 'note':
      return [
        new Paragraph({
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'A0A0A0', space: 8 } },
          indent: { left: 240 },
          children: runs(block.content, { italics: true, color: GREY }),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.content) })];
    case 'text':
      return lines(block.text).map((line) => new Paragraph({ children: [new TextRun(line)] }));
    case 'table':
      return [table(block.header, block.rows, undefined, block.empty), new Paragraph({})];
    case 'list': {
      const instance = listIndex();
      return block.items.map(
        (item) =>
          new Paragraph({
            ...(block.ordered ? { numbering: { reference: ORDERED, level: 0, instance } } : { bullet: { level: 0 } }),
            children: runs(item),
          }),
      );
    }
    case 'checklist':
      return block.items.map(
        (item) =>
          new Paragraph({
            indent: { left: 360, hanging: 360 },
            children: [new TextRun({ text: item.done ? '☒ ' : '☐ ', font: 'Segoe UI Symbol' }), ...runs(item.content)],
          }),
      );
    case 'colophon':
      return [
        new Paragraph({
          spacing: { before: 360 },
          border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'A0A0A0', space: 6 } },
          children: [new TextRun({ text: block.text, color: GREY, size: 18 })],
        }),
      ];
    case 'signatures':
      return [
        new Paragraph({ spacing: { before: 240 } }),
        table(
          [block.labels.party, block.labels.name, block.labels.signature, block.labels.date],
          block.parties.map((party) => [party, '', '', '']),
          720,
          ' ',
        ),
      ];
  }
}

/** `第 {page} 页，共 {pages} 页` as text with Word's page fields in place of the placeholders. */
function pageNumberRuns(label: string): TextRun[] {
  return label
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) =>
      part === '{page}'
        ? new TextRun({ children: [PageNumber.CURRENT], size: 18, color: GREY })
        : part === '{pages}'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18, color: GREY })
          : new TextRun({ text: part, size: 18, color: GREY }),
    );
}

/** The outline as a Word document object (the `docx` package's). */
function outlineToDocument(blocks: readonly (Block | false | undefined)[], options: DocxOptions): Document {
  let lists = 0;
  const language = { value: options.locale === 'zh-CN' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' };
  const children = blocks.flatMap((block) => (block ? blockContent(block, () => ++lists) : []));
  return new Document({
    title: options.title,
    creator: options.creator,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 21, language }, paragraph: { spacing: { after: 120, line: 300 } } },
        heading1: {
          run: { font: HEADING_FONT, size: 36, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 240 }, alignment: AlignmentType.CENTER },
        },
        heading2: {
          run: { font: HEADING_FONT, size: 28, bold: true, color: '000000' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { font: HEADING_FONT, size: 24, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading4: {
          run: { font: HEADING_FONT, size: 22, bold: true, color: '000000' },
          paragraph: { spacing: { before: 180, after: 100 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 420, hanging: 420 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: options.title, size: 18, color: GREY })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageNumberRuns(options.pageLabel) })],
          }),
        },
        children,
      },
    ],
  });
}

/** The outline as the bytes of a .docx file. */
export async function outlineToDocx(
  blocks: readonly (Block | false | undefined)[],
  options: DocxOptions,
): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(outlineToDocument(blocks, options));
}
