// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkInput, generateDeck } from '../../../src/domain/generator/generate-deck.ts';
import { DeckGenerationError } from '../../../src/domain/generator/generator-error.ts';
import { build } from './generator-test-helpers.ts';

function failure(run: () => unknown): DeckGenerationError {
  try {
    run();
  } catch (error) {
    if (error instanceof DeckGenerationError) return error;
    throw error;
  }
  throw new Error('expected a DeckGenerationError');
}

describe('bad input', () => {
  it.each([
    ['an empty file', '', 'empty'],
    ['only whitespace', ' \n\t\n', 'empty'],
    ['only a byte order mark', '\uFEFF\n', 'empty'],
    ['a NUL byte', '# Title\n\n## FAQ\n\n### Q?\n\nA.\u0000\n', 'binary'],
    [
      'mostly control characters',
      `${'\u0001\u0002\uFFFD'.repeat(10)}## FAQ\n\n### Q?\n\nA.\n`,
      'binary',
    ],
    ['prose with nothing to learn', 'Just a paragraph of prose.\n\nAnd another one.\n', 'no-cards'],
    ['only boilerplate', 'Related Articles\n\n## FAQ\n\n### Q?\n\nA.\n', 'no-cards'],
  ])('%s', (_name, text, code) => {
    const error = failure(() => build(text, 'notes.md'));
    expect(error.code).toBe(code);
    expect(error.fileName).toBe('notes.md');
    expect(error.message).toBe(`notes.md: ${error.reason}`);
  });

  it('accepts a few stray control characters in real text', () => {
    expect(() => {
      checkInput(`${'Some text. '.repeat(20)}\u0007`, 'a.md');
    }).not.toThrow();
  });

  it('rejects asynchronously from generateDeck too', async () => {
    await expect(generateDeck('', 'empty.md')).rejects.toBeInstanceOf(DeckGenerationError);
  });
});
