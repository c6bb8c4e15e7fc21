/** True for the names Anki gives its packages (`.apkg` decks, `.colpkg` collections). */
export function isAnkiPackageName(fileName: string): boolean {
  return /\.(apkg|colpkg)$/i.test(fileName);
}
