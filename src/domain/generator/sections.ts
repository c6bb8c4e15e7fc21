/**
 * Groups blocks into sections under their headings and gives each section its role (what-is,
 * highlights, FAQ, FAQ question, other). Plain-text documents have no `#` headings, so a one-line
 * paragraph that is a known section name ("Key Takeaways", "SSS") or a what-is question counts
 * as a heading too, and inside a FAQ without sub-headings each one-line question is a question.
 */
import type { Block } from './structure.ts';
import { isFaqHeading, isHighlightsHeading, isWhatIsQuestion } from './heading-words.ts';

export type SectionRole = 'what-is' | 'highlights' | 'faq' | 'faq-question' | 'other';

export interface Section {
  /** Undefined for the text before the first heading. */
  heading: Block | undefined;
  role: SectionRole;
  /** The blocks between this heading and the next heading of any level. */
  blocks: Block[];
}

/**
 * Whether a section's text is article prose, as opposed to FAQ answers or highlight bullets
 * (which have cards of their own).
 *
 * @example
 * isProseSection({ heading: undefined, role: 'other', blocks: [] }) // true
 */
export function isProseSection(section: Section): boolean {
  return section.role === 'other' || section.role === 'what-is';
}

/**
 * "Anasayfa > Franchise > Franchising Nedir?": a breadcrumb trail names the page; it asks and
 * describes nothing.
 */
const BREADCRUMB = /\s[>›»]\s/u;

function isShortLine(block: Block, max: number): boolean {
  return block.kind === 'paragraph' && block.lineCount === 1 && block.text.length <= max;
}

function asHeading(block: Block, level: number): Block {
  return { ...block, kind: 'heading', level };
}

/** Whether the FAQ opened at `index` has real sub-headings before it ends. */
function hasQuestionHeadings(blocks: readonly Block[], index: number, level: number): boolean {
  for (let next = index + 1; next < blocks.length; next += 1) {
    const block = blocks[next];
    if (block?.kind === 'heading') return block.level > level;
  }
  return false;
}

/** Turns one-line section names and questions of plain text into headings. */
function promoteImplicitHeadings(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let faq: { level: number; implicitQuestions: boolean } | undefined;
  blocks.forEach((original, index) => {
    let block = original;
    if (isShortLine(block, 80) && (isFaqHeading(block.text) || isHighlightsHeading(block.text))) {
      block = asHeading(block, 2);
    } else if (faq?.implicitQuestions === true && isShortLine(block, 200)) {
      if (block.text.endsWith('?')) block = asHeading(block, faq.level + 1);
    } else if (
      isShortLine(block, 160) &&
      block.text.endsWith('?') &&
      !BREADCRUMB.test(block.text) &&
      isWhatIsQuestion(block.text)
    ) {
      block = asHeading(block, faq ? faq.level + 1 : 2);
    }
    if (block.kind === 'heading') {
      if (faq && block.level <= faq.level) faq = undefined;
      if (isFaqHeading(block.text)) {
        faq = {
          level: block.level,
          implicitQuestions: !hasQuestionHeadings(blocks, index, block.level),
        };
      }
    }
    out.push(block);
  });
  return out;
}

function roleOf(heading: Block, inFaq: boolean): SectionRole {
  if (inFaq) return 'faq-question';
  if (isFaqHeading(heading.text)) return 'faq';
  if (isHighlightsHeading(heading.text)) return 'highlights';
  if (isWhatIsQuestion(heading.text)) return 'what-is';
  return 'other';
}

/**
 * Splits blocks into sections with roles.
 *
 * @example
 * splitSections(parseDocument('## SSS\n\n### Ne?\n\nCevap.\n').blocks).map((s) => s.role)
 * // ['faq', 'faq-question']
 */
export function splitSections(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [{ heading: undefined, role: 'other', blocks: [] }];
  let faqLevel: number | undefined;
  for (const block of promoteImplicitHeadings(blocks)) {
    if (block.kind !== 'heading') {
      const current = sections.at(-1);
      // A highlights box ("Key Takeaways" and its bullets) sits inside a section: the prose
      // after its bullets goes on with the section before it ("What is the P/E ratio?").
      const before = sections.at(-2);
      if (
        block.kind === 'paragraph' &&
        current?.role === 'highlights' &&
        before !== undefined &&
        isProseSection(before) &&
        current.blocks.some((earlier) => earlier.kind === 'bullet')
      ) {
        sections.push({ heading: before.heading, role: before.role, blocks: [block] });
        continue;
      }
      current?.blocks.push(block);
      continue;
    }
    if (faqLevel !== undefined && block.level <= faqLevel) faqLevel = undefined;
    const role = roleOf(block, faqLevel !== undefined);
    if (role === 'faq') faqLevel = block.level;
    sections.push({ heading: block, role, blocks: [] });
  }
  return sections;
}
