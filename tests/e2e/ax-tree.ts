import type { CDPSession, Page } from 'playwright-core';

/**
 * A node of Chromium's accessibility tree as a screen reader gets it: its role, its accessible
 * name, the states and properties it announces (`focused`, `live`, `disabled`, `pressed`, …),
 * the language of its text (the nearest `lang` of its element, which Chromium passes on to the
 * screen reader and the tree from CDP does not carry), and its children. Ignored nodes (hidden,
 * `aria-hidden`, presentational) are left out and their children lifted into the parent, as
 * assistive technology sees them.
 */
export interface AxNode {
  role: string;
  name: string;
  /** The accessible description (`aria-describedby`), read after the name. */
  description: string;
  properties: Readonly<Record<string, string | number | boolean>>;
  lang: string;
  children: AxNode[];
}

interface CdpValue {
  value?: unknown;
}

interface CdpAxNode {
  nodeId: string;
  ignored: boolean;
  role?: CdpValue;
  name?: CdpValue;
  description?: CdpValue;
  properties?: { name: string; value: CdpValue }[];
  childIds?: string[];
  backendDOMNodeId?: number;
}

function text(value: CdpValue | undefined): string {
  return typeof value?.value === 'string' ? value.value : '';
}

/** The nearest `lang` of the DOM node `backendNodeId` (a text node: of its element). */
async function langOf(cdp: CDPSession, backendNodeId: number): Promise<string> {
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
  if (object.objectId === undefined) return '';
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration:
      'function () { const element = this.nodeType === 1 ? this : this.parentElement; ' +
      "return element?.closest('[lang]')?.getAttribute('lang') ?? ''; }",
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
  return typeof result.value === 'string' ? result.value : '';
}

/** The page's accessibility tree now, from `Accessibility.getFullAXTree`. */
export async function accessibilityTree(page: Page): Promise<AxNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: CdpAxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const build = async (node: CdpAxNode): Promise<AxNode[]> => {
      const children = (
        await Promise.all(
          (node.childIds ?? []).flatMap((id) => {
            const child = byId.get(id);
            return child === undefined ? [] : [build(child)];
          }),
        )
      ).flat();
      if (node.ignored) return children;
      const properties = Object.fromEntries(
        (node.properties ?? []).map((property) => [
          property.name,
          property.value.value as string | number | boolean,
        ]),
      );
      const lang =
        node.backendDOMNodeId === undefined ? '' : await langOf(cdp, node.backendDOMNodeId);
      return [
        {
          role: text(node.role),
          name: text(node.name),
          description: text(node.description),
          properties,
          lang,
          children,
        },
      ];
    };
    const root = nodes[0];
    if (root === undefined) throw new Error('The page has no accessibility tree');
    const [tree] = await build(root);
    if (tree === undefined) throw new Error('The root of the accessibility tree is ignored');
    return tree;
  } finally {
    await cdp.detach();
  }
}

/** Every node of `tree` (itself included) that `test` accepts, in reading order. */
export function findAll(tree: AxNode, test: (node: AxNode) => boolean): AxNode[] {
  return [...(test(tree) ? [tree] : []), ...tree.children.flatMap((child) => findAll(child, test))];
}

/** The one node `test` accepts; throws naming `what` when there is none or more than one. */
export function findOne(tree: AxNode, what: string, test: (node: AxNode) => boolean): AxNode {
  const found = findAll(tree, test);
  if (found.length !== 1) {
    throw new Error(`Expected one ${what} in the accessibility tree, found ${found.length}`);
  }
  return found[0] as AxNode;
}

/** The text a node's subtree reads out (its static texts joined), with their languages. */
export function textsOf(node: AxNode): { text: string; lang: string }[] {
  return findAll(node, (each) => each.role === 'StaticText' && each.name.trim() !== '').map(
    (each) => ({ text: each.name, lang: each.lang }),
  );
}

/** The tree as indented lines (`role "name" {properties} [lang]`), for reading a failure. */
export function outline(node: AxNode, depth = 0): string {
  const properties = Object.entries(node.properties)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
  const line = `${'  '.repeat(depth)}${node.role} "${node.name}"${
    properties === '' ? '' : ` {${properties}}`
  }${node.lang === '' ? '' : ` [${node.lang}]`}`;
  return [line, ...node.children.map((child) => outline(child, depth + 1))].join('\n');
}
