import { matchRanges } from '../../../domain/stats/search-text.ts';

interface MarkedTextProps {
  text: string;
  /** The search's normalised terms. */
  terms: readonly string[];
  lang: string;
}

/** `text` with what the search matched marked (`<mark>`), accents and case ignored. */
export function MarkedText({ text, terms, lang }: MarkedTextProps) {
  const ranges = matchRanges(text, terms, lang);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
