/** What one linear pass over the markup learns before any XML parser runs. */
export interface MarkupScan {
  /** The deepest nesting of elements. */
  depth: number;
  /** The first element: its qualified name, local name and the namespace its prefix is bound to there. */
  root?: { localName: string; name: string; namespace?: string };
  /** How many elements (start or empty tags) the file has. */
  tags: number;
}

/**
 * Counts elements and their nesting in one pass, so that the parser can refuse a hostile file (a
 * million elements, or elements nested ten thousand deep) before building a tree from it. Not a
 * validating parser: malformed markup is left for the real parser to describe.
 */
export function scanMarkup(xml: string): MarkupScan {
  let depth = 0;
  let deepest = 0;
  let tags = 0;
  let root: MarkupScan['root'];
  forEachTag(xml, (tag) => {
    if (tag.startsWith('/')) {
      depth = Math.max(0, depth - 1);
      return;
    }
    tags += 1;
    root ??= rootOf(tag);
    if (!tag.endsWith('/')) deepest = Math.max(deepest, ++depth);
  });
  return { depth: deepest, root, tags };
}

/**
 * The id of the element whose tag starts at a line and column (as the parser reports them), or else
 * of the nearest enclosing element that has an id, so that a problem the parser found without an
 * element (an unknown extension element) still names the element the process owner can fix.
 */
export function elementIdAt(xml: string, line: number, column: number): string | undefined {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = xml.indexOf('\n', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  offset += column;
  const open: (string | undefined)[] = [];
  let found: string | undefined;
  forEachTag(xml, (tag, start) => {
    if (start >= offset) {
      found = start === offset && !tag.startsWith('/') ? idOf(tag) : undefined;
      found ??= [...open].reverse().find((id) => id !== undefined);
      return false;
    }
    if (tag.startsWith('/')) open.pop();
    else if (!tag.endsWith('/')) open.push(idOf(tag));
    return true;
  });
  return found;
}

/**
 * Calls `visit` with the inside of every start, end and empty tag and where it starts, skipping
 * comments, CDATA sections, processing instructions and declarations; stops when `visit` says false.
 */
function forEachTag(xml: string, visit: (tag: string, start: number) => boolean | void): void {
  let index = 0;
  for (;;) {
    const start = xml.indexOf('<', index);
    if (start < 0) return;
    const skipTo = skippedSectionEnd(xml, start);
    if (skipTo !== undefined) {
      index = skipTo;
      continue;
    }
    const end = tagEnd(xml, start);
    if (end < 0) return;
    if (visit(xml.slice(start + 1, end), start) === false) return;
    index = end + 1;
  }
}

/** Where a comment, CDATA section, processing instruction or declaration starting at `start` ends. */
function skippedSectionEnd(xml: string, start: number): number | undefined {
  const close = (marker: string, from: number) => {
    const at = xml.indexOf(marker, from);
    return at < 0 ? xml.length : at + marker.length;
  };
  if (xml.startsWith('<!--', start)) return close('-->', start + 4);
  if (xml.startsWith('<![CDATA[', start)) return close(']]>', start + 9);
  if (xml.startsWith('<?', start)) return close('?>', start + 2);
  if (xml.startsWith('<!', start)) return close('>', start + 2);
  return undefined;
}

/** The index of the '>' that closes the tag starting at `start`, ignoring '>' inside quoted values. */
function tagEnd(xml: string, start: number): number {
  let quote = '';
  for (let at = start + 1; at < xml.length; at++) {
    const char = xml[at];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return at;
    }
  }
  return -1;
}

function idOf(tag: string): string | undefined {
  return /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag)?.slice(1).find((value) => value !== undefined);
}

function rootOf(tag: string): MarkupScan['root'] {
  const name = /^[^\s/>]+/.exec(tag)?.[0] ?? '';
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const localName = colon < 0 ? name : name.slice(colon + 1);
  let namespace: string | undefined;
  for (const match of tag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if ((match[1] ?? '') === prefix) namespace = match[2] ?? match[3];
  }
  return { localName, name, namespace };
}
