/**
 * An HTML page → the generator's Markdown input, written against the DOM interfaces only: the
 * browser passes a `Document` from its own `DOMParser`, the Node CLI one from jsdom, and both get
 * the same text. The article is what counts: `<main>` or `<article>` when the page has one,
 * else the body; navigation, page header and footer, asides, scripts, styles, forms and hidden
 * elements are dropped. Headings, paragraphs, lists (nested), tables and quotes keep their
 * Markdown form so the generator finds definitions, lists and comparison tables as in a .md file.
 */

const DROPPED = new Set([
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'DIALOG',
  'MENU',
  'HEAD',
]);

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'LI',
  'TABLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DL',
  'DT',
  'DD',
  'FIGURE',
  'FIGCAPTION',
  'DETAILS',
  'SUMMARY',
  'HR',
  'ADDRESS',
  'HEADER',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function isDropped(element: Element, root: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (isHidden(element)) return true;
  if (element.getAttribute('role') === 'navigation') return true;
  // An article's own header holds its title: keep a header inside the chosen root with a heading.
  if (tag === 'HEADER' && element !== root && root.tagName.toUpperCase() !== 'BODY') {
    return element.querySelector('h1, h2') === null;
  }
  return DROPPED.has(tag);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The raw inline text of `element`, skipping dropped parts, `<br>` as a line break. */
function inlineText(element: Element, root: Element): string {
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT_NODE) text += child.textContent ?? '';
    else if (isElement(child) && !isDropped(child, root)) {
      text += child.tagName.toUpperCase() === 'BR' ? '\n' : inlineText(child, root);
    }
  }
  return text;
}

function tableMarkdown(table: Element, root: Element): string[] {
  const rows = Array.from(table.querySelectorAll('tr')).filter(
    (row) => row.closest('table') === table && !isHidden(row),
  );
  const cells = rows
    .map((row) =>
      Array.from(row.children)
        .filter((cell) => ['TD', 'TH'].includes(cell.tagName.toUpperCase()))
        .map((cell) => collapse(inlineText(cell, root)).replace(/\|/g, '/')),
    )
    .filter((row) => row.some((cell) => cell !== ''));
  const [head, ...body] = cells;
  if (head === undefined) return [];
  const width = Math.max(...cells.map((row) => row.length));
  const line = (row: string[]) =>
    `| ${Array.from({ length: width }, (_, index) => row[index] ?? '').join(' | ')} |`;
  return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)];
}

function lines(text: string): string {
  return text
    .split('\n')
    .map((line) => collapse(line))
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The Markdown blocks of `element`, each one string (a paragraph, heading, list or table); with
 * `skipLists`, nested lists are left out (a list item's own text).
 */
function blocksOf(element: Element, root: Element, skipLists = false): string[] {
  const out: string[] = [];
  let inline = '';
  const flush = () => {
    const text = lines(inline);
    if (text !== '') out.push(text);
    inline = '';
  };
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      inline += child.textContent ?? '';
      continue;
    }
    if (!isElement(child) || isDropped(child, root)) continue;
    const tag = child.tagName.toUpperCase();
    if (tag === 'BR') {
      inline += '\n';
    } else if (!BLOCKS.has(tag)) {
      inline += inlineText(child, root);
    } else if (!(skipLists && (tag === 'UL' || tag === 'OL'))) {
      flush();
      out.push(...blockOf(child, tag, root));
    }
  }
  flush();
  return out;
}

function listMarkdown(list: Element, root: Element, depth: number): string {
  const ordered = list.tagName.toUpperCase() === 'OL';
  const indent = '  '.repeat(depth);
  const out: string[] = [];
  let number = 1;
  for (const item of Array.from(list.children)) {
    if (item.tagName.toUpperCase() !== 'LI' || isDropped(item, root)) continue;
    const marker = ordered ? `${String(number)}.` : '-';
    number += 1;
    const own = collapse(blocksOf(item, root, true).join(' '));
    if (own !== '') out.push(`${indent}${marker} ${own}`);
    for (const child of Array.from(item.children)) {
      const tag = child.tagName.toUpperCase();
      if ((tag === 'UL' || tag === 'OL') && !isDropped(child, root)) {
        out.push(listMarkdown(child, root, depth + 1));
      }
    }
  }
  return out.filter((line) => line !== '').join('\n');
}

function blockOf(element: Element, tag: string, root: Element): string[] {
  const heading = /^H([1-6])$/.exec(tag);
  if (heading !== null) {
    const text = collapse(inlineText(element, root));
    return text === '' ? [] : [`${'#'.repeat(Number(heading[1]))} ${text}`];
  }
  switch (tag) {
    case 'UL':
    case 'OL': {
      const list = listMarkdown(element, root, 0);
      return list === '' ? [] : [list];
    }
    case 'TABLE': {
      const table = tableMarkdown(element, root);
      return table.length === 0 ? [] : [table.join('\n')];
    }
    case 'PRE': {
      const text = element.textContent.trim();
      return text === '' ? [] : [text];
    }
    case 'BLOCKQUOTE':
      return blocksOf(element, root).map((block) =>
        block
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n'),
      );
    case 'HR':
      return [];
    default:
      return blocksOf(element, root);
  }
}

/**
 * The element holding the page's article: the `<main>` (or `[role=main]`), else the only, or
 * longest, `<article>`, else the body.
 */
export function articleRoot(doc: Document): Element | null {
  const main = doc.querySelector('main, [role="main"]');
  if (main !== null && !isHidden(main)) return main;
  const articles = Array.from(doc.querySelectorAll('article')).filter((a) => !isHidden(a));
  const longest = articles.sort((a, b) => b.textContent.length - a.textContent.length)[0];
  return longest ?? doc.body;
}

/**
 * The article of an HTML page as Markdown, blocks separated by a blank line; empty when the page
 * has no text outside what is dropped (a navigation-only page).
 *
 * @example
 * htmlToMarkdown(new DOMParser().parseFromString('<nav>Home</nav><main><h1>T</h1><p>Hi.</p></main>', 'text/html'))
 * // '# T\n\nHi.\n'
 */
export function htmlToMarkdown(doc: Document): string {
  const root = articleRoot(doc);
  if (root === null) return '';
  const title = collapse(doc.querySelector('title')?.textContent ?? '');
  const blocks = blocksOf(root, root);
  if (blocks.length === 0) return '';
  const hasHeading = blocks.some((block) => block.startsWith('# '));
  const withTitle = hasHeading || title === '' ? blocks : [`# ${title}`, ...blocks];
  return `${withTitle.join('\n\n')}\n`;
}
