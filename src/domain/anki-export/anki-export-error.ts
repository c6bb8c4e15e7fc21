/**
 * Why a deck cannot be exported as an Anki package. A module of its own, so the deck page can
 * recognise the error without loading the export (which runs in a worker).
 */
export class AnkiExportError extends Error {
  constructor(readonly reason: 'emptyDeck') {
    super('The deck has no cards to export.');
    this.name = 'AnkiExportError';
  }
}
