/**
 * The one error the generator throws on bad input. Callers (the CLI, the app's import screen)
 * catch this class, show `reason` and write nothing; `code` lets the app translate the message.
 */

export type DeckGenerationFailure = 'empty' | 'binary' | 'no-cards';

const REASONS: Readonly<Record<DeckGenerationFailure, string>> = {
  empty: 'the file is empty',
  binary: 'the file is binary (NUL bytes or control characters), not a text document',
  'no-cards': 'nothing to learn found: no definitions, highlights, FAQ, lists or comparison tables',
};

/**
 * A document could not be turned into a deck.
 *
 * @example
 * new DeckGenerationError('notes.md', 'empty').message // 'notes.md: the file is empty'
 */
export class DeckGenerationError extends Error {
  override readonly name = 'DeckGenerationError';
  readonly fileName: string;
  readonly code: DeckGenerationFailure;
  readonly reason: string;

  constructor(fileName: string, code: DeckGenerationFailure) {
    const reason = REASONS[code];
    super(`${fileName}: ${reason}`);
    this.fileName = fileName;
    this.code = code;
    this.reason = reason;
  }
}
