/**
 * The browser's selection after a click on the row at `index` of `ids` (every matching card, in
 * the shown order): a plain click toggles that card; a shift-click selects every card from the
 * last clicked row (`anchor`) to this one, as in a file manager or Anki's browser.
 */
export function clickSelection(
  selected: ReadonlySet<string>,
  ids: readonly string[],
  index: number,
  anchor: number | null,
  shift: boolean,
): Set<string> {
  const next = new Set(selected);
  if (shift && anchor !== null && anchor < ids.length) {
    const [from, to] = anchor < index ? [anchor, index] : [index, anchor];
    for (const id of ids.slice(from, to + 1)) next.add(id);
    return next;
  }
  const id = ids[index];
  if (id === undefined) return next;
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
