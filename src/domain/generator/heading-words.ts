/**
 * The multilingual vocabularies that tell the generator what a heading or a lead line means:
 * highlights, FAQ, "what is …?" questions, "key difference:" leads and the site boilerplate that
 * follows an article. The source articles come from sites translated into many languages, so each
 * list covers the same idea in English, German, the Scandinavian and West Slavic languages,
 * Turkish and the big Romance languages. Entries are written naturally and folded (case and
 * diacritics) once at load time, so "Hlavne body" matches "Hlavné body".
 */
import { escapeRegExp, foldForCompare } from './text.ts';

function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(foldForCompare));
}

/**
 * Heading text reduced to its words: folded, without numbering, emphasis, a final colon or a
 * trailing abbreviation in parentheses ("Frequently Asked Questions (FAQ)").
 */
function headingKey(text: string): string {
  return foldForCompare(text.replace(/[’‘`´]/g, "'"))
    .replace(/^\d+[.)]\s*/u, '')
    .replace(/\s*\([^()]*\)\s*$/u, '')
    .replace(/^[\s*_#:–-]+|[\s*_:.!–-]+$/gu, '');
}

const HIGHLIGHTS = foldedSet([
  'Highlights',
  'Key Takeaways',
  'Key Takeaway',
  'Main Takeaways',
  'Takeaways',
  'Key Points',
  'Main Points',
  'Key Facts',
  'At a Glance',
  'Öne Çıkanlar',
  'Önemli Noktalar',
  'Temel Çıkarımlar',
  'Anahtar Çıkarımlar',
  'Temel Noktalar',
  'Önemli Çıkarımlar',
  'Anahtar Noktalar',
  'Højdepunkter',
  'Vigtige pointer',
  'Vigtigste pointer',
  'Nøglepunkter',
  'Hovedpunkter',
  'Hovedpointer',
  'Vigtige punkter',
  'Høydepunkter',
  'Viktige punkter',
  'Nøkkelpunkter',
  'Höjdpunkter',
  'Viktiga punkter',
  'Nyckelpunkter',
  'Hlavné body',
  'Kľúčové body',
  'Kľúčové poznatky',
  'Kľúčové informácie',
  'Najdôležitejšie body',
  'Hlavní body',
  'Klíčové body',
  'Klíčové poznatky',
  'Klíčové informace',
  'Nejdůležitější body',
  'Wichtige Erkenntnisse',
  'Die wichtigsten Erkenntnisse',
  'Das Wichtigste',
  'Wichtigste Erkenntnisse',
  'Zentrale Erkenntnisse',
  'Das Wichtigste in Kürze',
  'Kernaussagen',
  'Kernpunkte',
  'Wichtigste Punkte',
  'Auf einen Blick',
  'Points clés',
  'Points à retenir',
  'À retenir',
  'Faits saillants',
  'Puntos clave',
  'Conclusiones clave',
  'Aspectos destacados',
  'Lo más destacado',
  'Punti chiave',
  'Punti salienti',
  'In evidenza',
  'Pontos-chave',
  'Pontos chave',
  'Principais conclusões',
  'Destaques',
  'Belangrijkste punten',
  'Kernpunten',
  'Hoogtepunten',
  'Najważniejsze informacje',
  'Kluczowe wnioski',
  'Kluczowe punkty',
  'Tärkeimmät kohdat',
  'Legfontosabb pontok',
  'Puncte cheie',
]);

const FAQ = foldedSet([
  'FAQ',
  'FAQs',
  'F.A.Q.',
  'Frequently Asked Questions',
  'Common Questions',
  'Questions and Answers',
  'Questions & Answers',
  'Q&A',
  'SSS',
  'Sıkça Sorulan Sorular',
  'Sık Sorulan Sorular',
  'Soru ve Cevaplar',
  'Sorular ve Cevaplar',
  'Merak Edilenler',
  'Ofte stillede spørgsmål',
  'Spørgsmål og svar',
  'Ofte stilte spørsmål',
  'Vanliga frågor',
  'Frågor och svar',
  'Často kladené otázky',
  'Najčastejšie otázky',
  'Časté otázky',
  'Otázky a odpovede',
  'Často kladené dotazy',
  'Časté dotazy',
  'Otázky a odpovědi',
  'Häufig gestellte Fragen',
  'Häufige Fragen',
  'Fragen und Antworten',
  'Foire aux questions',
  'Questions fréquentes',
  'Preguntas frecuentes',
  'Domande frequenti',
  'Perguntas frequentes',
  'Veelgestelde vragen',
  'Veel gestelde vragen',
  'Często zadawane pytania',
  'Najczęściej zadawane pytania',
  'Usein kysytyt kysymykset',
  'Gyakran ismételt kérdések',
  'GYIK',
  'Întrebări frecvente',
  'Часто задаваемые вопросы',
]);

const BOILERPLATE = foldedSet([
  'Related',
  'Related Articles',
  'Related Posts',
  'Related Content',
  'Related Reading',
  'Related Terms',
  'Recommended',
  'Recommended for You',
  'Recommended Articles',
  "Editor's Choice",
  "Editors' Choice",
  'Editor Choice',
  'Read More',
  'Read Next',
  'Read Also',
  'You May Also Like',
  'You Might Also Like',
  'Popular Posts',
  'Odporúčaná',
  'Odporúčané',
  'Odporúčame',
  'Súvisiace články',
  'Súvisiace',
  'Redakcia Choice',
  'Voľba redakcie',
  'Výber redakcie',
  'Prečítajte si tiež',
  'Mohlo by vás zaujímať',
  'Související články',
  'Doporučené',
  'Doporučujeme',
  'Volba redakce',
  'Výběr redakce',
  'Přečtěte si také',
  'Mohlo by vás zajímat',
  'Ähnliche Artikel',
  'Verwandte Artikel',
  'Empfohlen',
  'Empfohlene Artikel',
  'Weitere Artikel',
  'Das könnte Sie auch interessieren',
  'Mehr zum Thema',
  'Auch interessant',
  'Lesen Sie auch',
  'Wahl der Redaktion',
  'Relaterede artikler',
  'Anbefalet',
  'Anbefalede artikler',
  'Læs også',
  'Læs mere',
  'Redaktørens valg',
  'Relaterte artikler',
  'Les også',
  'Anbefalt',
  'Relaterade artiklar',
  'Läs också',
  'Rekommenderat',
  'İlgili Makaleler',
  'İlgili Yazılar',
  'İlgili İçerikler',
  'Önerilen',
  'Önerilenler',
  'Editörün Seçimi',
  'Editörün Seçimleri',
  'Daha Fazla Oku',
  'Benzer Yazılar',
  'Bunlar da ilginizi çekebilir',
  'İlgili terimler',
  'Etiketler',
  'Tags',
  'Schlagwörter',
  'Tagy',
  'Štítky',
  'Articles connexes',
  'À lire aussi',
  'Articles similaires',
  'Le choix de la rédaction',
  'Artículos relacionados',
  'Te puede interesar',
  'Elección del editor',
  'Articoli correlati',
  'Potrebbe interessarti',
  'Artigos relacionados',
  'Leia também',
  'Escolha do editor',
  'Gerelateerde artikelen',
  'Lees ook',
  'Aanbevolen',
  'Powiązane artykuły',
  'Zobacz także',
  'Polecane',
  'Wybór redakcji',
]);

const KEY_DIFFERENCE = foldedSet([
  'Key difference',
  'The key difference',
  'Main difference',
  'The main difference',
  'Kľúčový rozdiel',
  'Hlavný rozdiel',
  'Rozdiel kľúčov',
  'Zásadný rozdiel',
  'Klíčový rozdíl',
  'Hlavní rozdíl',
  'Zásadní rozdíl',
  'Hauptunterschied',
  'Der Hauptunterschied',
  'Der wichtigste Unterschied',
  'Wesentlicher Unterschied',
  'Vigtigste forskel',
  'Den vigtigste forskel',
  'Nøgleforskel',
  'Hovedforskel',
  'Viktigste forskjell',
  'Viktigaste skillnaden',
  'Temel fark',
  'Ana fark',
  'Önemli fark',
  'Différence clé',
  'Principale différence',
  'Diferencia clave',
  'Diferencia principal',
  'Differenza chiave',
  'Differenza principale',
  'Diferença chave',
  'Principal diferença',
  'Belangrijkste verschil',
  'Kluczowa różnica',
  'Główna różnica',
]);

/**
 * "What is …?" in the languages above, matched on folded text. Turkish puts the question word
 * last ("… Nedir?"), the others first, some with "exactly" ("Was genau ist …?").
 */
const WHAT_IS = [
  /^what(?: exactly)?(?:'s| is| are| was| were) \S/u,
  /^what does .+ mean/u,
  /^was (?:genau |eigentlich )?(?:ist|sind|bedeutet|versteht man unter) \S/u,
  /^hvad (?:er|betyder|menes med) \S/u,
  /^hva (?:er|betyr|menes med) \S/u,
  /^vad (?:ar|betyder|menas med) \S/u,
  /^co (?:presne |vlastne )?(?:je|su|jsou|znamena|to je) \S/u,
  /^(?:co to jest|czym jest|czym sa|co oznacza) \S/u,
  /^\S.* (?:nedir|ne demek|ne demektir|nelerdir)$/u,
  /^wat (?:is|zijn|betekent) \S/u,
  /^qu'est-ce qu/u,
  /^que (?:signifie|veut dire|sont) \S/u,
  /^¿?que (?:es|son|significa) \S/u,
  /^o que (?:e|sao|significa) \S/u,
  /^(?:che )?cos(?:'e|a e|a sono|a significa) ?\S/u,
  /^mika (?:on|ovat) \S/u,
  /^mi (?:az|a) \S/u,
  /^ce (?:este|sunt|inseamna) \S/u,
  /^что (?:такое|означает) \S/u,
];

/**
 * Whether a heading (or a one-line paragraph) opens a highlights section.
 *
 * @example
 * isHighlightsHeading('HØJDEPUNKTER') // true
 */
export function isHighlightsHeading(text: string): boolean {
  return HIGHLIGHTS.has(headingKey(text));
}

/**
 * Whether a heading opens a FAQ section.
 *
 * @example
 * isFaqHeading('Ofte stillede spørgsmål') // true
 */
export function isFaqHeading(text: string): boolean {
  return FAQ.has(headingKey(text));
}

/**
 * Whether a line marks the start of site boilerplate after the article (related articles,
 * editor's choice, tags, …). The whole line must be the marker, or the label before its colon
 * ("Etiketler: #kıdemtazminatı …"): "Related" inside prose is not one.
 *
 * @example
 * isBoilerplateMarker('Súvisiace Články') // true
 * isBoilerplateMarker('Læs også: Bruttoavance · Nettoresultat') // true
 */
export function isBoilerplateMarker(text: string): boolean {
  if (text.length <= 60 && BOILERPLATE.has(headingKey(text))) return true;
  const colon = text.indexOf(':');
  return colon > 2 && colon <= 60 && BOILERPLATE.has(headingKey(text.slice(0, colon)));
}

/** "Free of charge" and "try" of each language: together they make an advert's call. */
const FREE_WORDS = [
  'free',
  'gratis',
  'kostenlos',
  'kostenlose',
  'ücretsiz',
  'bedava',
  'zadarmo',
  'bezplatne',
  'bezplatná',
  'bezplatný',
];
const FREE = foldedSet(FREE_WORDS);
/** A "free" word as written or folded, in any case: the cheap test before a line is folded. */
const FREE_IN_TEXT = new RegExp(
  `(?<!\\p{L})(?:${[...new Set([...FREE_WORDS, ...FREE])].map(escapeRegExp).join('|')})(?!\\p{L})`,
  'iu',
);
const TRY = foldedSet([
  'try',
  'test',
  'prøv',
  'afprøv',
  'testen',
  'ausprobieren',
  'dene',
  'deneyin',
  'deneyebilirsiniz',
  'vyskúšajte',
  'vyskúšať',
  'otestujte',
]);
/** An advert is one short line: a sentence of prose can say that a service is free to try. */
const MAX_PROMOTION_WORDS = 16;
const LONGER_THAN_PROMOTION = new RegExp(
  `^(?:\\P{L}*\\p{L}+(?!\\p{L})){${MAX_PROMOTION_WORDS + 1}}`,
  'u',
);

/**
 * Whether a line is the site's advert inside the article ("Prøv vores regnskabsprogram gratis …
 * i 14 dage.", "Jetzt kostenlos testen! 14 Tage gratis, keine Kreditkarte nötig."): a short line
 * with both "free" and "try".
 *
 * @example
 * isPromotion('Jetzt kostenlos testen! 14 Tage gratis, keine Kreditkarte nötig.') // true
 */
export function isPromotion(text: string): boolean {
  // Most paragraphs are prose: their word count turns them away before they are folded.
  if (!FREE_IN_TEXT.test(text) || LONGER_THAN_PROMOTION.test(text)) return false;
  const words = foldForCompare(text).match(/\p{L}+/gu) ?? [];
  return words.length <= MAX_PROMOTION_WORDS && words.some((word) => TRY.has(word));
}

/**
 * A question for the kinds of something ("Enflasyon Türleri Nelerdir?", "What are the types of
 * bonds?", "Welche Arten gibt es?"): a list answers it, not the definition under it.
 */
const TYPES_OF = /(?:^| )(?:turleri|cesitleri|types|kinds|arten|typer|former|druhy|typy)(?: |$)/u;

/**
 * Whether a heading asks what something is ("Hvad er BPO?", "BPO Nedir?", "Čo je KPO?").
 *
 * @example
 * isWhatIsQuestion('İş Süreci Dış Kaynak Kullanımı (BPO) Nedir?') // true
 */
export function isWhatIsQuestion(text: string): boolean {
  const key = headingKey(text).replace(/\s*[?？]+$/u, '');
  if (TYPES_OF.test(key)) return false;
  return key.length <= 160 && WHAT_IS.some((pattern) => pattern.test(key));
}

/** The question words around the term of a "what is …?" question, with an article after them. */
const WHAT_IS_WORDS =
  /^(?:what(?: exactly)? (?:is|are)|was (?:genau )?(?:ist|sind|versteht man unter)|hvad (?:er|menes med)|čo (?:je|sú))\s+(?:(?:an?|the|ein|eine|en|et)\s+)?|\s+(?:nedir|nelerdir)$/giu;

/**
 * The term a "what is …?" question asks about, as written (English, German, Danish, Slovak and
 * Turkish question words); undefined for any other text.
 *
 * @example
 * whatIsTerm('Hvad er en indboforsikring?') // 'indboforsikring'
 * whatIsTerm('Kıdem Tazminatı Nedir') // 'Kıdem Tazminatı'
 */
export function whatIsTerm(text: string): string | undefined {
  if (!isWhatIsQuestion(text)) return undefined;
  const question = text.replace(/\s*[?？]+$/u, '');
  const term = question.replace(WHAT_IS_WORDS, '').trim();
  // A language whose question words the pattern does not list gives no term.
  return term === '' || term === question ? undefined : term;
}

/**
 * If a paragraph opens with a "key difference:" lead, returns the text after the colon.
 *
 * @example
 * keyDifferenceRest('Hlavný rozdiel : BPO je …') // 'BPO je …'
 */
export function keyDifferenceRest(text: string): string | undefined {
  const colon = text.indexOf(':');
  if (colon < 3 || colon > 40) return undefined;
  if (!KEY_DIFFERENCE.has(headingKey(text.slice(0, colon)))) return undefined;
  const rest = text.slice(colon + 1).trim();
  return rest === '' ? undefined : rest;
}

/**
 * Word beginnings that make a lead line announce a comparison ("Porovnanie úverov:", "Im
 * Vergleich:", "Sammenligning af …:", "Karşılaştırma:"), matched on folded text.
 */
const COMPARISON_LEAD =
  /(?<![\p{L}\p{N}])(?:compar|versus|vs\b|difference|vergleich|unterschied|sammenlign|forskel|porovna|rozdiel|rozdil|karsilastir|fark)/u;

/**
 * Whether a lead line announces a comparison, so the short lines after it may be a flattened
 * table even when the text before did not name the compared things.
 *
 * @example
 * isComparisonLead('Porovnanie úverov:') // true
 */
export function isComparisonLead(text: string): boolean {
  return COMPARISON_LEAD.test(foldForCompare(text));
}

/**
 * Column headers that split a table into two lists instead of comparing its rows: the pros and
 * the cons of one thing ("Fordele / Ulemper"), one or more pairs per language, folded.
 */
const PROS_AND_CONS = new Set(
  [
    ['Advantages', 'Disadvantages'],
    ['Pros', 'Cons'],
    ['Benefits', 'Drawbacks'],
    ['Fordele', 'Ulemper'],
    ['Vorteile', 'Nachteile'],
    ['Výhody', 'Nevýhody'],
    ['Avantajlar', 'Dezavantajlar'],
  ].map(([pros = '', cons = '']) => `${headingKey(pros)}|${headingKey(cons)}`),
);

/**
 * Whether two column headers are the pros and the cons of something, so each column is a list.
 *
 * @example
 * isProsAndCons('Fordele', 'Ulemper') // true
 */
export function isProsAndCons(left: string, right: string): boolean {
  return PROS_AND_CONS.has(`${headingKey(left)}|${headingKey(right)}`);
}

/** Openers that contrast a sentence with the one before ("On the other hand", "Naopak"). */
const CONTRAST_OPENERS = [
  'On the other hand',
  'In contrast',
  'By contrast',
  'Auf der anderen Seite',
  'Im Gegensatz dazu',
  'Dagegen',
  'Hingegen',
  'På den anden side',
  'Til gengæld',
  'Derimod',
  'Omvendt',
  'Na druhej strane',
  'Na druhé straně',
  'Naopak',
  'Naproti tomu',
  'Öte yandan',
  'Diğer taraftan',
  'Buna karşılık',
].map(foldForCompare);

/**
 * The sentence without a contrasting opener, with or without its comma ("Na druhej strane
 * interné účtovníctvo vedie …" → "interné účtovníctvo vedie …"); undefined without one.
 *
 * @example
 * withoutContrastOpener('On the other hand KPO is …') // 'KPO is …'
 */
export function withoutContrastOpener(sentence: string): string | undefined {
  const words = sentence.split(/\s+/u);
  for (let count = 1; count <= 4 && count < words.length; count += 1) {
    const opener = foldForCompare(words.slice(0, count).join(' ').replace(/,$/u, ''));
    if (CONTRAST_OPENERS.includes(opener)) return words.slice(count).join(' ');
  }
  return undefined;
}
