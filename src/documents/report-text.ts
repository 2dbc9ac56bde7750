/**
 * The report's text is plain text with two marks, so that one string is both what the chair
 * approves (and the database keeps per version) and what the PDF lays out: a line "## Kop" starts a
 * section, a line "- ..." is an item of a list; everything else is paragraphs split at blank lines.
 */
export type ReportBlock = { kind: 'heading'; text: string } | { kind: 'items'; items: string[] } | { kind: 'paragraph'; text: string };

export function reportBlocks(text: string): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    if (items.length) blocks.push({ items, kind: 'items' });
    paragraph = [];
    items = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.startsWith('## ')) {
      flush();
      blocks.push({ kind: 'heading', text: line.slice(3).trim() });
    } else if (line.startsWith('- ')) {
      if (paragraph.length) flush();
      items.push(line.slice(2).trim());
    } else if (line.trim() === '') {
      flush();
    } else {
      if (items.length) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
