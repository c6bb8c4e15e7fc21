/**
 * YAML front matter (`---` … `---` at the top of a Markdown file). Only `title` and
 * `description` matter to a deck; anything else (keywords, dates) is ignored. Broken YAML is not
 * an error: the block is still removed from the prose, it just contributes nothing.
 */
import { parseDocument } from 'yaml';
import { cleanInline } from './clean.ts';

export interface FrontMatter {
  title: string;
  description: string;
  /** 1-based line of the `description:` key, 0 when there is none. */
  descriptionLine: number;
  /** Number of lines the block occupies (0 without front matter). */
  lineCount: number;
}

const EMPTY: FrontMatter = { title: '', description: '', descriptionLine: 0, lineCount: 0 };

function stringField(data: unknown, key: string): string {
  if (typeof data !== 'object' || data === null) return '';
  const value: unknown = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? cleanInline(value) : '';
}

const PLAIN_LINE = /^([A-Za-z_][\w-]*):[ \t]+(\S.*?)\s*$/;
/** A value YAML would read as something else than this very string: quoted, flow, a number, … */
const NOT_PLAIN =
  /^[-?:,[\]{}#&*!|>'"%@`]|: |:$| #|^(?:true|false|null|yes|no|on|off|~|[-+]?[\d.][\d._:eE+-]*|0[xo][\da-fA-F]+|[-+]?\.(?:inf|nan))$/i;

/**
 * The block as flat `key: plain value` lines, which is what scraped headers almost always are;
 * undefined when any line needs the YAML parser (quotes, lists, nesting, comments, numbers).
 */
function plainKeyValues(body: readonly string[]): Record<string, string> | undefined {
  const data: Record<string, string> = {};
  for (const line of body) {
    const match = PLAIN_LINE.exec(line);
    const [, key, value] = match ?? [];
    if (key === undefined || value === undefined || NOT_PLAIN.test(value) || key in data) {
      return undefined;
    }
    data[key] = value;
  }
  return data;
}

/**
 * Parses the block as YAML; when it is not valid YAML (scraped headers often have an unquoted
 * `description: Key difference: …`), falls back to reading plain `key: value` lines.
 */
function parseYaml(body: readonly string[]): unknown {
  const plain = plainKeyValues(body);
  if (plain) return plain;
  try {
    const doc = parseDocument(body.join('\n'), { logLevel: 'silent' });
    if (doc.errors.length === 0) return doc.toJS({ maxAliasCount: 20 }) as unknown;
  } catch {
    // Fall through to the line reader.
  }
  const data: Record<string, string> = {};
  for (const line of body) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      data[match[1].toLowerCase()] = match[2].replace(/^(["'])(.*)\1$/, '$2');
    }
  }
  return data;
}

/**
 * Reads the front matter at the start of `lines`, if any.
 *
 * @example
 * readFrontMatter(['---', 'title: BPO', 'description: A method.', '---', '# BPO'])
 * // { title: 'BPO', description: 'A method.', descriptionLine: 3, lineCount: 4 }
 */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  if (lines[0]?.trim() !== '---') return EMPTY;
  // Front matter is short; a lone `---` far down is a rule, not the end of a header.
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (end < 1 || end > 200) return EMPTY;
  const body = lines.slice(1, end);
  const data = parseYaml(body);
  const descriptionIndex = body.findIndex((line) => /^description\s*:/i.test(line));
  return {
    title: stringField(data, 'title'),
    description: stringField(data, 'description'),
    descriptionLine: descriptionIndex < 0 ? 0 : descriptionIndex + 2,
    lineCount: end + 1,
  };
}
