/**
 * The words a cloze must never hide, one table per language: function words (articles,
 * pronouns, prepositions, conjunctions, auxiliaries) and generic words — nouns and adjectives
 * that occur in every business text and name nothing a learner should recall ("the companies",
 * "virksomhederne", "şirketler"), among them Turkish participles that end a verb phrase ("elde
 * edilen", obtained: never a term, however often it repeats). Entries are folded (lower case, no diacritics) once at load
 * time; inflected forms are listed where a language inflects the word itself.
 */
import { escapeRegExp, foldForCompare } from './text.ts';

/** The words of a table entry, separated by white space: "a an the". */
export function words(list: string): readonly string[] {
  return list.split(/\s+/u).filter((word) => word !== '');
}

/** Phrases of one or more words, separated by commas: "at least, at most". */
export function phrases(list: string): readonly string[] {
  return list
    .split(',')
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase !== '');
}

interface WordTable {
  function: readonly string[];
  /** Articles: the only function words a term or a definition may start with. */
  articles: readonly string[];
  /** Words after which a lower-case word is a verb: Danish "at udføre", German "zu zahlen". */
  verbMarkers: readonly string[];
  /** Function words that may join the words of one term: "rule of 72", "viden og ekspertise". */
  joiners: readonly string[];
  generic: readonly string[];
  /**
   * Units that make a number a measure worth asking ("18 Monate", "17 %", "63.100 kr."): the
   * word after the number, or before it where the language writes it so ("yüzde 30").
   */
  units: readonly string[];
  /**
   * Case endings a unit takes after its number where the language glues them on: Turkish
   * "iki yılda bir" (every two years), "10 günden az" (less than 10 days).
   */
  unitEndings: readonly string[];
  /**
   * Units that also end a compound naming what is counted, where the language joins words:
   * Danish "2,08 feriedage" (holiday days), German "30 Urlaubstage".
   */
  compoundUnits: readonly string[];
  unitsBefore: readonly string[];
  /** Sentence-initial words that point back to what the sentence before named: "Sie", "It". */
  pointers: readonly string[];
  /**
   * Pronoun objects that point back from right after a sentence's first word, where the
   * language puts them there: Slovak "Upravuje ho zákon č. 381/2001 Z. z." (it is governed by).
   */
  secondPointers: readonly string[];
  /** Words that join the two numbers of a range: "40 bis 50 Prozent", "1 ile 1900". */
  ranges: readonly string[];
  /**
   * A range's opening word and the "and" joining its bounds, as one phrase: "between 10 and
   * 25%", "mellem 50 og 150 kr." (the range is one answer, as with the range words).
   */
  betweens: readonly string[];
  /**
   * The words between a part and its whole, where the part comes first: "4 ud af 5 boligejere",
   * "four out of five", "vier von fünf Anträgen", "4 z 5" (a share, one answer).
   */
  shares: readonly string[];
  /** Month names as a date writes them after the day: "1. Januar 2025", "1. mája", "1 Ocak". */
  months: readonly string[];
  /**
   * The month before a day of it, where the language writes the month first and the day with a
   * case suffix: Turkish "ertesi ayın 26'sına kadar" (by the 26th of the next month), "her ayın
   * 15'inde" (on the 15th of every month).
   */
  dayLeads: readonly string[];
  /** Words before the last item of a list written in a sentence: "a, b and c", "a, b veya c". */
  listEnds: readonly string[];
  /**
   * Words after which a number of one to three digits and its point is an ordinal, where the
   * noun after it starts with a capital: German "vor dem 25. Geburtstag", "zum 3. Mal".
   */
  ordinalLeads: readonly string[];
  /** Abbreviations, lower-case and without the last point, whose point ends no sentence. */
  abbreviations: readonly string[];
  /**
   * The numbers from two upward written as one word, in order, other forms of one number after
   * a slash: "İznin iki temel unsuru vardır: …", Slovak "dva/dve" … "devätnásť" (Turkish writes
   * eleven on as two words, "on bir", so its table ends at ten).
   */
  counts: readonly string[];
  /** The tens twenty to ninety as words, in order: "yirmi günden az olamaz", "dvadsať rokov". */
  tens: readonly string[];
  /**
   * Fractions written as one word, with their inflected forms: a share to recall ("Približne
   * pätina všetkých investícií …", "Næsten en tredjedel af den danske outsourcing …"). None in
   * English, whose "third" and "quarter" name other things as often ("third party").
   */
  fractions: readonly string[];
  /**
   * Phrases that bound a count or an amount ("at least", "en az", "najviac", "mindst",
   * "höchstens"): the number after one and what it counts are the fact ("en az 5 işletmeye",
   * "najviac 50 spoločníkov"), even where no unit makes the number a measure. Not a comparison
   * ("more than", "viac ako"): "Firmy s viac ako 50 zamestnancami …" says which firms, as an aside.
   */
  limits: readonly string[];
  /**
   * Comparisons before a number ("more than", "mere end", "viac ako"): a bound only where the
   * clause they stand in opens with a condition (see conditions), "hvis du har mere end 24 km"
   * (if you have more than 24 km); "Firmy s viac ako 50 zamestnancami …" names which firms.
   */
  comparisons: readonly string[];
  /** Words opening a condition: "if", "wenn", "hvis", "ak". */
  conditions: readonly string[];
  /**
   * Words between a law's number and its name, where the language names a law by its number:
   * Turkish "6102 sayılı Türk Ticaret Kanunu" (the Turkish Commercial Code, law no. 6102).
   */
  lawMarkers: readonly string[];
  /**
   * The collections of laws a law's number and year are cited from, as written after them:
   * Slovak "455/1991 Zb.", "462/2003 Z. z." (Zbierka zákonov); the citation is one answer.
   */
  lawCollections: readonly string[];
  /**
   * How a law's article is written after its number and point, as the start of the word:
   * Turkish "89. maddesi", "14. maddesine" (madde, the article); the citation is one answer.
   */
  articleWords: readonly string[];
  /**
   * Words that restrict what a rule applies to ("only", "nur", "kun", "len", "yalnızca"): the
   * word group after one is what the rule names ("Ödemeden yalnızca damga vergisi kesilir").
   */
  restrictions: readonly string[];
  /**
   * Words beside a restriction word that make it restrict no thing: a negation before it ("not
   * only", "nicht nur", "ikke kun"), a conjunction or adverb after it ("only if", "len vtedy, ak"), and in
   * English and Danish a modal verb before it, whose verb it restricts ("kan kun bruges").
   */
  restrictionBreaks: readonly string[];
  /**
   * Words after the one who does what a rule says, where the language marks the doer with a
   * word after it: Turkish "tarafından" ("kiracı tarafından ödenir", paid by the tenant).
   */
  agents: readonly string[];
  /**
   * Endings of a finite verb, which ends a predicate and never a name: Turkish "-amaz/-emez"
   * ("başkasına devredilemez, haczedilemez ve ondan vazgeçilemez", cannot be transferred, …)
   * and the passive aorist ("uygulanır", "ödenir", "kesilir", "bulunur"; not "-ınır", which
   * "sınır" ends with); English the participle and adverb a passive ends with ("… are used
   * efficiently", "… is taxed"; not "-ly" alone, which "money supply" ends with).
   */
  verbEndings: readonly string[];
  /**
   * Endings of a noun's genitive where the language marks its possessor with an ending: Turkish
   * "-ın/-in/-un/-ün" ("KDV'nin temel mantığı", "Vadeli hesabın en önemli özelliği"): the word
   * is the possessor of a noun after it, which the group ends with.
   */
  genitiveEndings: readonly string[];
  /** What a byline names its author with: "By Jane Smith", "Af Hans Jensen", "Yazar: …". */
  authorLeads: readonly string[];
  /** What a byline dates the page with: "Updated March 2025", "Opdateret 14. marts 2025". */
  dateLeads: readonly string[];
  /**
   * Capitalised names of no fact a sentence asks: countries, nationalities, continents and
   * weekdays it mentions in passing ("Základná sadzba DPH na Slovensku je 23 %"). A one-word
   * entry is the start of the word, which a language inflects ("Slovensku", "Slovenskej").
   */
  passingNames: readonly string[];
}

const TABLES: Readonly<Record<string, WordTable>> = {
  en: {
    articles: words('a an the'),
    verbMarkers: words(''),
    joiners: words('of and'),
    units: words(
      'million millions billion billions percent points euro euros eur dollars usd minutes hours days weeks months years',
    ),
    unitEndings: words(''),
    compoundUnits: words(''),
    unitsBefore: words(''),
    pointers: words('it they this these that he she its their'),
    secondPointers: words(''),
    ranges: words('to'),
    betweens: phrases('between and'),
    shares: phrases('out of'),
    months: words(
      'january february march april may june july august september october november december',
    ),
    listEnds: words('and or'),
    dayLeads: words(''),
    ordinalLeads: words(''),
    abbreviations: words('e.g i.e vs mr mrs ms dr prof st no fig approx jr sr'),
    counts: words('two three four five six seven eight nine ten'),
    tens: words(''),
    fractions: words(''),
    limits: phrases('at least, at most, no more than, no fewer than'),
    comparisons: phrases('more than, less than, fewer than'),
    conditions: words('if'),
    lawMarkers: words(''),
    articleWords: words(''),
    lawCollections: phrases(''),
    restrictions: words('only'),
    restrictionBreaks: words('not if when then can could may must will would should'),
    agents: words(''),
    verbEndings: words('ed ently ally ively ously arly'),
    genitiveEndings: words(''),
    authorLeads: phrases('by, written by, author'),
    dateLeads: phrases('updated, last updated, published, posted, last reviewed'),
    passingNames: phrases(
      'america, britain, british, united states, united kingdom, canada, china, chinese, denmark, danish, england, english, europe, france, french, german, india, japan, philippines, singapore, turkey, turkish, usa, monday, tuesday, wednesday, thursday, friday, saturday, sunday',
    ),
    function: words(`
      a an the and or but nor of in on at to for from by with without into onto over under
      about as than that this these those which who whom whose what when where why how it its
      they them their theirs we our you your he she his her is are was were be been being has
      have had do does did will would can could may might must should shall not no so if then
      also very more most less such other another each every all any some many much between
      through during before after while because although however often usually instead there
      here only even still therefore moreover furthermore thus hence
    `),
    generic: words(`
      company companies business businesses firm firms organization organizations people
      person thing things way ways part parts time times work process processes service
      services example examples case cases number amount type types kind kinds form forms
      result results important different various certain large small new many several number
      world today year years customer customers term terms word concept well-known known
      catch exception advantage disadvantage point problem reason idea key one
      benefit drawback downside upside
    `),
  },
  de: {
    articles: words(
      'der die das den dem des ein eine einen einem einer eines derjenige diejenige dasjenige',
    ),
    verbMarkers: words('zu'),
    joiners: words('für und von'),
    units: words(
      'prozent prozentpunkte prozentpunkten euro eur minuten stunden tage tagen wochen monate monaten jahre jahren',
    ),
    unitEndings: words(''),
    compoundUnits: words('tage tagen wochen stunden monate monaten jahre jahren gehälter'),
    unitsBefore: words(''),
    pointers: words(
      'sie er es dies diese dieser dieses ihr ihre dafür dazu davon dabei dadurch darin darauf hierfür hierbei hierzu',
    ),
    secondPointers: words(''),
    ranges: words('bis'),
    betweens: phrases('zwischen und'),
    shares: phrases('von'),
    months: words(
      'januar jänner februar märz april mai juni juli august september oktober november dezember',
    ),
    listEnds: words('und oder sowie'),
    dayLeads: words(''),
    ordinalLeads: words('dem den der des zum zur am im vom beim'),
    abbreviations: words('z.b bzw usw ca vgl inkl zzgl ggf evtl bspw d.h u.a nr abs max'),
    counts: words('zwei drei vier fünf sechs sieben acht neun zehn'),
    tens: words(''),
    fractions: words('hälfte drittel viertel fünftel'),
    limits: phrases('mindestens, höchstens, maximal'),
    comparisons: phrases('mehr als, weniger als'),
    conditions: words('wenn falls'),
    lawMarkers: words(''),
    articleWords: words(''),
    lawCollections: phrases(''),
    restrictions: words('nur'),
    restrictionBreaks: words('nicht wenn falls'),
    agents: words(''),
    verbEndings: words(''),
    genitiveEndings: words(''),
    authorLeads: phrases('von, autor, autorin, geschrieben von'),
    dateLeads: phrases('aktualisiert, zuletzt aktualisiert, veröffentlicht'),
    passingNames: phrases(
      'deutsch, europ, österreich, schweiz, amerika, usa, indien, china, chines, philippinen, dänemark, türkei, montag, dienstag, mittwoch, donnerstag, freitag, samstag, sonntag',
    ),
    function: words(`
      der die das den dem des ein eine einen einem einer eines und oder aber sondern denn in
      im an am auf aus bei beim mit nach von vom zu zum zur für über unter vor hinter neben
      zwischen durch gegen ohne um als wie dass ob wenn weil da dann so auch nur noch schon
      während gemäß laut trotz wegen seit mindestens höchstens zumindest
      sehr mehr meist nicht kein keine es er sie wir ihr ihre ihren sein seine seinen ist sind
      war waren wird werden wurde hat haben kann können muss müssen soll sollte dieser diese
      dieses diesem diesen jeder jede jedes alle viele andere anderen man sich dabei dagegen
      daher deshalb also etwa außerdem zudem somit hier heute oft allerdings jedoch zunächst
      grundsätzlich gesetzlich rechtlich steuerlich normalerweise üblicherweise selbst
    `),
    generic: words(`
      unternehmen firma firmen betrieb betriebe menschen zeit art arten teil teile fall
      beispiel beispiele form formen weise arbeit prozess prozesse dienst dienste leistung
      leistungen ergebnis ergebnisse wichtig wichtige wichtigsten verschiedene groß große
      großen klein kleine neue neuen jahr jahre jahren regel begriff wort ausdruck bekannt
      bekannte bekanntes bekannter bekannten vorteil vorteile nachteil nachteile
      punkt problem grund haken ausnahme
    `),
  },
  da: {
    articles: words('en et den det de'),
    verbMarkers: words('at'),
    joiners: words('af og for'),
    units: words(
      'millioner milliarder mio mia millionen milliarden mio mrd procent pct procentpoint kr kroner euro eur minutter timer dage uger måneder år',
    ),
    unitEndings: words(''),
    compoundUnits: words('dage uger timer måneder'),
    unitsBefore: words(''),
    pointers: words('det denne dette disse han hun dens deres'),
    secondPointers: words(''),
    ranges: words('til'),
    betweens: phrases('mellem og'),
    shares: phrases('ud af'),
    months: words(
      'januar februar marts april maj juni juli august september oktober november december',
    ),
    listEnds: words('og eller samt'),
    dayLeads: words(''),
    ordinalLeads: words(''),
    abbreviations: words('fx f.eks eks bl.a dvs mv osv stk jf ca nr max'),
    counts: words('to tre fire fem seks syv otte ni ti'),
    tens: words(''),
    fractions: words('halvdel tredjedel fjerdedel femtedel'),
    limits: phrases('mindst, højst'),
    comparisons: phrases('mere end, mindre end'),
    conditions: words('hvis'),
    lawMarkers: words(''),
    articleWords: words(''),
    lawCollections: phrases(''),
    restrictions: words('kun'),
    restrictionBreaks: words('ikke hvis når kan kunne skal må vil'),
    agents: words(''),
    verbEndings: words(''),
    genitiveEndings: words(''),
    authorLeads: phrases('af, skrevet af, forfatter'),
    dateLeads: phrases('opdateret, sidst opdateret, publiceret, udgivet'),
    passingNames: phrases(
      'danmark, europ, tyskland, sverige, norge, amerika, usa, kina, indien, singapore, tyrkiet',
    ),
    function: words(`
      en et den det de og eller men af i på til fra med for om ved under over efter før mellem
      gennem uden som der end at hvis når da så også kun meget mere mest ikke ingen han hun vi
      de dem deres dets dens sin sit sine er var være været har havde have bliver blev blive
      kan kunne skal skulle vil ville må denne dette disse hver alle mange andre anden andet
      man sig hvor hvad hvilket hvilken dog ofte typisk ideelt set igen selvom fordi mens
      derfor derudover desuden dermed endvidere ligeledes samtidig her nu altså fx ifølge
      trods stadig stadigvæk altid fortsat
    `),
    generic: words(`
      virksomhed virksomheden virksomheder virksomhederne firma firmaet firmaer selskab
      selskabet selskaber mennesker folk tid tiden måde del dele delen tilfælde eksempel
      eksempler type typer form former arbejde arbejdet proces processer tjeneste tjenester
      opgave opgaver opgaverne resultat vigtig vigtige forskellige kvalificerede store stor
      små lille nye ny år verden dag aktivitet aktiviteter aktiviteten kunde kunder begreb
      begrebet ord ordet kendt kendte fordel fordelen fordele ulempe ulempen ulemper pointe
      pointen problem problemet grund grunden undtagelse undtagelsen
    `),
  },
  sk: {
    articles: words(''),
    verbMarkers: words(''),
    joiners: words('a pre o s'),
    units: words(
      'percent percentá percenta percentných eur eura euro minút hodín dní týždňov mesiacov mesiace rokov roky',
    ),
    unitEndings: words(''),
    compoundUnits: words(''),
    unitsBefore: words(''),
    pointers: words('on ona ono oni ony ten tá to tie tento táto toto týmto tým tomto tohto'),
    secondPointers: words('ho ju ich'),
    ranges: words('do až'),
    betweens: phrases('medzi a'),
    shares: phrases('z, zo'),
    months: words(
      'január januára február februára marec marca apríl apríla máj mája jún júna júl júla august augusta september septembra október októbra november novembra december decembra',
    ),
    listEnds: words('a alebo aj či'),
    dayLeads: words(''),
    ordinalLeads: words(''),
    abbreviations: words('tzv napr resp tj tzn atď apod str č ods písm max'),
    counts: words(
      'dva/dve/dvoch tri/troch štyri/štyroch päť šesť sedem osem deväť desať jedenásť dvanásť trinásť štrnásť pätnásť šestnásť sedemnásť osemnásť devätnásť',
    ),
    tens: words(
      'dvadsať tridsať štyridsať päťdesiat šesťdesiat sedemdesiat osemdesiat deväťdesiat',
    ),
    fractions: words(
      'polovica polovicu polovice tretina tretinu tretiny štvrtina štvrtinu štvrtiny pätina pätinu pätiny',
    ),
    limits: phrases('najmenej, najviac, aspoň, maximálne, minimálne'),
    comparisons: phrases('viac ako, menej ako, viac než, menej než'),
    conditions: words('ak'),
    lawMarkers: words(''),
    articleWords: words(''),
    lawCollections: phrases('Zb., Z. z.'),
    restrictions: words('len iba'),
    restrictionBreaks: words('nie ak keď vtedy'),
    agents: words(''),
    verbEndings: words(''),
    genitiveEndings: words(''),
    authorLeads: phrases('autor, autorka, napísal, napísala'),
    dateLeads: phrases('aktualizované, publikované, pridané, uverejnené'),
    passingNames: phrases('slovensk, česk, európ, nemeck, rakús, maďarsk, poľsk, amerik, usa'),
    function: words(`
      a aj alebo ale ani že aby keď ak ako než ktorý ktorá ktoré ktorí ktorého ktorej ktorú
      ktorým v vo na do z zo od o po pri pre s so k ku za pred medzi nad pod cez bez je sú bol
      bola bolo boli byť bude budú má majú mať môže môžu sa si to ten tá tie tento táto toto
      tieto jeho jej ich ju ho im nie len iba veľmi viac teda však tiež už ešte každý všetky
      iné iný preto navyše najčastejšie často zvyčajne obvykle napríklad štandardne čím počas
      podľa okrem proti voči kvôli vďaka namiesto okolo vedľa popri u
    `),
    generic: words(`
      firma firmy firme firmu spoločnosť spoločnosti podnik podniky podnikov ľudia čas spôsob
      časť časti prípad príklad príklady typ typy forma formy práca proces procesy služba
      služby služieb výsledok dôležitý dôležité rôzne veľký veľké malý malé nový nové rok roku
      rokov svet pojem pojmu výraz slovo známy známe známa výhoda výhodou nevýhoda
      problém dôvod výnimka
    `),
  },
  tr: {
    articles: words('bir'),
    verbMarkers: words(''),
    joiners: words('ve'),
    units: words(
      'milyon milyar milióna miliónov miliárd mil mld tl lira euro dolar dakika saat gün hafta ay yıl günlük haftalık aylık yıllık',
    ),
    unitEndings: words('da de ta te dan den tan ten a e ya ye'),
    compoundUnits: words(''),
    unitsBefore: words('yüzde'),
    pointers: words('bu o bunlar onlar bunun onun'),
    secondPointers: words(''),
    ranges: words('ile'),
    betweens: phrases(''),
    shares: phrases(''),
    months: words('ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık'),
    listEnds: words('ve veya ile'),
    dayLeads: words('ayın ayının'),
    ordinalLeads: words(''),
    abbreviations: words('vb vs örn yy no'),
    counts: words('iki üç dört beş altı yedi sekiz dokuz on'),
    tens: words('yirmi otuz kırk elli altmış yetmiş seksen doksan'),
    fractions: words(''),
    limits: phrases('en az, en fazla, en çok'),
    comparisons: phrases(''),
    conditions: words(''),
    lawMarkers: words('sayılı'),
    articleWords: words('madde'),
    lawCollections: phrases(''),
    restrictions: words('yalnızca sadece yalnız'),
    restrictionBreaks: words(''),
    agents: words('tarafından'),
    verbEndings: words('amaz emez anır enir ılır ilir ulur ülür unur ünür'),
    genitiveEndings: words('ın in un ün'),
    authorLeads: phrases('yazar, yazan'),
    dateLeads: phrases('güncelleme, son güncelleme, güncellendi, yayınlanma, yayın tarihi'),
    passingNames: phrases(
      'türkiye, avrupa, amerika, abd, kanada, almanya, ingiltere, hindistan, çin, pazartesi, salı, çarşamba, perşembe, cuma, cumartesi, pazar',
    ),
    function: words(`
      ve veya ya da de ile ama ancak fakat için gibi kadar göre önce sonra bir bu şu o bunlar
      onlar onun bunun olan olarak olup olmak olması oldu olur olduğu ise ki mi daha en çok az
      her tüm bütün bazı diğer başka hem ne değil yok var vardır eder edilir yapılır
      genellikle örneğin ayrıca yani çünkü eğer nasıl neden hangi yüzde içinde dışında boyunca
      itibaren tarafından sırasında rağmen dolayı beri karşı üzere
    `),
    generic: words(`
      şirket şirketi şirketin şirketler şirketleri şirketlerin işletme işletmeler firma
      firmalar insanlar zaman yol yöntem parça kısım kısmı durum durumda örnek tür türü
      türleri iş işi işin süreç süreci hizmet hizmetler hizmetleri sonuç önemli farklı çeşitli şekil
      şekilde biçimde
      büyük küçük yeni yıl yılda dünya bugün kavram kavramı terim terimi kelime bilinen
      avantaj avantajı dezavantaj dezavantajı sorun neden istisna
      edilen yapılan alınan verilen ödenen kesilen uygulanan belirlenen kullanılan istenen
    `),
  },
};

function folded(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(foldForCompare));
}

/** Per language of `tables`, one list of its table, folded into a set. */
export function foldedTables<T>(
  tables: Readonly<Record<string, T>>,
  pick: (table: T) => readonly string[],
): Map<string, ReadonlySet<string>> {
  return new Map(Object.entries(tables).map(([lang, table]) => [lang, folded(pick(table))]));
}

/** Per language, one list of its word table, folded into a set. */
function foldedPerLanguage(
  pick: (table: WordTable) => readonly string[],
): Map<string, ReadonlySet<string>> {
  return foldedTables(TABLES, pick);
}

const FUNCTION_WORDS = foldedPerLanguage((table) => table.function);
const GENERIC_WORDS = foldedPerLanguage((table) => table.generic);
const ARTICLES = foldedPerLanguage((table) => table.articles);
const VERB_MARKERS = foldedPerLanguage((table) => table.verbMarkers);
const JOINERS = foldedPerLanguage((table) => table.joiners);
const UNITS = foldedPerLanguage((table) => table.units);
const UNIT_ENDINGS = new Map(
  Object.entries(TABLES).map(([lang, table]) => [lang, table.unitEndings.map(foldForCompare)]),
);
const COMPOUND_UNITS = new Map(
  Object.entries(TABLES).map(([lang, table]) => [lang, table.compoundUnits.map(foldForCompare)]),
);
/** Letters a compound holds before its unit: "ferie" of "feriedage"; "etage" is no "tage". */
const MIN_COMPOUND_HEAD = 3;
const UNITS_BEFORE = foldedPerLanguage((table) => table.unitsBefore);
const POINTERS = foldedPerLanguage((table) => table.pointers);
const RANGES = foldedPerLanguage((table) => table.ranges);
const BETWEENS = foldedPerLanguage((table) => table.betweens);
const SHARES = foldedPerLanguage((table) => table.shares);
const MONTHS = foldedPerLanguage((table) => table.months);
const DAY_LEADS = foldedPerLanguage((table) => table.dayLeads);
const LIST_ENDS = foldedPerLanguage((table) => table.listEnds);
/** Lower-case, not folded: "atď" and "örn" are written so. */
const ALL_ABBREVIATIONS = new Set(Object.values(TABLES).flatMap((table) => table.abbreviations));
const ALL_ORDINAL_LEADS = folded(Object.values(TABLES).flatMap((table) => table.ordinalLeads));
const ALL_LIST_ENDS = folded(Object.values(TABLES).flatMap((table) => table.listEnds));
/** Per language, each form of a count word and its number ("tre" → 3, "dve" → 2, "yirmi" → 20). */
const COUNTS = new Map(
  Object.entries(TABLES).map(([lang, table]) => [
    lang,
    new Map([
      ...table.counts.flatMap((forms, index) =>
        foldForCompare(forms)
          .split('/')
          .map((form): [string, number] => [form, index + 2]),
      ),
      ...table.tens.map((ten, index): [string, number] => [foldForCompare(ten), (index + 2) * 10]),
    ]),
  ]),
);
const FRACTIONS = foldedPerLanguage((table) => table.fractions);
/** The length of the longest count word of any table: a longer word is none. */
export const MAX_COUNT_LENGTH = Math.max(
  ...[...COUNTS.values()].flatMap((counts) => [...counts.keys()].map((word) => word.length)),
);
const LIMITS = new Map(
  Object.entries(TABLES).map(([lang, table]) => [lang, table.limits.map(foldForCompare)]),
);
/** Per language, one pattern finding the given phrases as written or folded, in any case. */
function phrasePatterns(list: (table: WordTable) => readonly string[]): Map<string, RegExp> {
  return new Map(
    Object.entries(TABLES)
      .filter(([, table]) => list(table).length > 0)
      .map(([lang, table]) => {
        const forms = [
          ...new Set(list(table).flatMap((phrase) => [phrase, foldForCompare(phrase)])),
        ];
        const alternatives = forms.map((form) =>
          escapeRegExp(form).replace(/ /gu, String.raw`\s+`),
        );
        return [
          lang,
          new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
        ];
      }),
  );
}
const LIMIT_PATTERNS = phrasePatterns((table) => table.limits);
const COMPARISON_PATTERNS = phrasePatterns((table) => table.comparisons);
const SHARE_PATTERNS = phrasePatterns((table) => table.shares);
const CONDITIONS = foldedPerLanguage((table) => table.conditions);
const SECOND_POINTERS = foldedPerLanguage((table) => table.secondPointers);
const ARTICLE_WORDS = foldedPerLanguage((table) => table.articleWords);
const LAW_COLLECTIONS = new Map(
  Object.entries(TABLES).map(([lang, table]) => [lang, table.lawCollections]),
);
const ALL_LAW_COLLECTIONS = Object.values(TABLES).flatMap((table) => table.lawCollections);
const LAW_MARKERS = foldedPerLanguage((table) => table.lawMarkers);
const RESTRICTIONS = foldedPerLanguage((table) => table.restrictions);
const RESTRICTION_BREAKS = foldedPerLanguage((table) => table.restrictionBreaks);
const AGENTS = foldedPerLanguage((table) => table.agents);
/** The words holdsRestriction looks for: the restriction words and the agent markers. */
const RESTRICTING = new Map(
  Object.entries(TABLES).map(([lang, table]) => [
    lang,
    folded([...table.restrictions, ...table.agents]),
  ]),
);
const VERB_ENDINGS = new Map(
  Object.entries(TABLES).map(([lang, table]) => [lang, table.verbEndings.map(foldForCompare)]),
);
const GENITIVE_ENDINGS = new Map(
  Object.entries(TABLES).map(([lang, table]) => [lang, table.genitiveEndings.map(foldForCompare)]),
);
const ALL_MONTHS = folded(Object.values(TABLES).flatMap((table) => table.months));
const ALL_RANGES = folded(Object.values(TABLES).flatMap((table) => table.ranges));
const ALL_UNITS = folded(Object.values(TABLES).flatMap((table) => table.units));
const ALL_UNITS_BEFORE = folded(Object.values(TABLES).flatMap((table) => table.unitsBefore));
const ALL_JOINERS = folded(Object.values(TABLES).flatMap((table) => table.joiners));
const AUTHOR_LEADS = folded(Object.values(TABLES).flatMap((table) => table.authorLeads));
const PASSING_NAMES = new Map(
  Object.entries(TABLES).map(([lang, table]) => [lang, table.passingNames.map(foldForCompare)]),
);
const ALL_PASSING_NAMES = [...new Set([...PASSING_NAMES.values()].flat())];
const DATE_LEADS = folded(Object.values(TABLES).flatMap((table) => table.dateLeads));
const ALL_FUNCTION = folded(Object.values(TABLES).flatMap((table) => table.function));
const ALL_GENERIC = folded(Object.values(TABLES).flatMap((table) => table.generic));

/**
 * Whether a (folded) word is a function word in `lang`; for a language without a table, in
 * any language that has one.
 *
 * @example
 * isFunctionWord('og', 'da') // true
 */
export function isFunctionWord(word: string, lang: string): boolean {
  return (FUNCTION_WORDS.get(lang) ?? ALL_FUNCTION).has(word);
}

/**
 * Whether a (folded) word is a generic word in `lang` (see the module header).
 *
 * @example
 * isGenericWord('virksomhederne', 'da') // true
 */
export function isGenericWord(word: string, lang: string): boolean {
  return (GENERIC_WORDS.get(lang) ?? ALL_GENERIC).has(word);
}

/**
 * Whether a (folded) function word may stand inside a term in `lang` ("rule of 72").
 *
 * @example
 * isJoinerWord('og', 'da') // true
 */
export function isJoinerWord(word: string, lang: string): boolean {
  return (JOINERS.get(lang) ?? ALL_JOINERS).has(word);
}

/**
 * Whether a (folded) word marks the next lower-case word as a verb in `lang` ("at", "zu").
 *
 * @example
 * isVerbMarker('at', 'da') // true
 */
export function isVerbMarker(word: string, lang: string): boolean {
  return VERB_MARKERS.get(lang)?.has(word) ?? false;
}

/**
 * Whether a (folded) word is an article in `lang`.
 *
 * @example
 * isArticle('the', 'en') // true
 */
export function isArticle(word: string, lang: string): boolean {
  return ARTICLES.get(lang)?.has(word) ?? false;
}

/**
 * Whether `lang` writes articles at all (Slovak does not).
 *
 * @example
 * hasArticles('sk') // false
 */
export function hasArticles(lang: string): boolean {
  return (ARTICLES.get(lang)?.size ?? 0) > 0;
}

/**
 * Whether a (folded) word makes the number next to it a measure in `lang`: a unit after the
 * number ("monate" of "18 Monate"; in Turkish with a case ending, "gunden" of "10 günden"), or
 * with `before`, one written before it ("yuzde" of "yüzde 30").
 *
 * @example
 * isUnitWord('kr', 'da') // true
 * isUnitWord('yilda', 'tr') // true
 * isUnitWord('feriedage', 'da') // true
 * isUnitWord('yuzde', 'tr', true) // true
 */
export function isUnitWord(word: string, lang: string, before = false): boolean {
  if (before) return (UNITS_BEFORE.get(lang) ?? ALL_UNITS_BEFORE).has(word);
  const table = UNITS.get(lang) ?? ALL_UNITS;
  if (table.has(word)) return true;
  const compound = (COMPOUND_UNITS.get(lang) ?? []).some(
    (unit) => word.length >= unit.length + MIN_COMPOUND_HEAD && word.endsWith(unit),
  );
  if (compound) return true;
  return (UNIT_ENDINGS.get(lang) ?? []).some(
    (ending) => word.endsWith(ending) && table.has(word.slice(0, -ending.length)),
  );
}

/**
 * Whether a (folded) word at the start of a sentence points back to what the sentence before
 * named ("Sie liegen …", "It is …"), so the sentence alone does not say what it is about. A
 * language without a table has none.
 *
 * @example
 * isPointer('sie', 'de') // true
 */
export function isPointer(word: string, lang: string): boolean {
  return POINTERS.get(lang)?.has(word) ?? false;
}

/**
 * Whether two (folded) words open a range and join its bounds in `lang` ("mellem" and "og" of
 * "mellem 50 og 150 kr."); a language without such a pair has none.
 *
 * @example
 * isBetween('mellem', 'og', 'da') // true
 */
export function isBetween(opening: string, joiner: string, lang: string): boolean {
  return BETWEENS.get(lang)?.has(`${opening} ${joiner}`) ?? false;
}

/**
 * Whether (folded) words join a part to its whole in `lang` ("ud af" of "4 ud af 5"); a
 * language without such words has none.
 *
 * @example
 * isShareWord('ud af', 'da') // true
 */
export function isShareWord(words: string, lang: string): boolean {
  return SHARES.get(lang)?.has(words) ?? false;
}

/**
 * Whether a folded sentence holds a share word of `lang` ("ud af", "von"): without one it states
 * no share, and its numbers need not be tried.
 *
 * @example
 * mayHoldShare('samlet set skal 4 ud af 5 boligejere betale mindre i skat.', 'da') // true
 */
export function mayHoldShare(folded: string, lang: string): boolean {
  const pattern = SHARE_PATTERNS.get(lang);
  return pattern !== undefined && folded.search(pattern) >= 0;
}

/**
 * Whether a (folded) word joins the two numbers of a range in `lang` ("bis", "to", "til").
 *
 * @example
 * isRangeWord('bis', 'de') // true
 */
export function isRangeWord(word: string, lang: string): boolean {
  return (RANGES.get(lang) ?? ALL_RANGES).has(word);
}

/**
 * Whether a (folded) word right after a sentence's first word points back in `lang` ("ho" of
 * "Upravuje ho zákon …"); a language without a table has none.
 *
 * @example
 * isSecondPointer('ho', 'sk') // true
 */
export function isSecondPointer(word: string, lang: string): boolean {
  return SECOND_POINTERS.get(lang)?.has(word) ?? false;
}

/**
 * Whether a lower-case word, without its last point, is an abbreviation in any language with a
 * table ("z.b", "bzw", "tzv", "örn"): splitting knows no language, so its point ends no sentence.
 *
 * @example
 * isAbbreviationWord('bzw') // true
 */
export function isAbbreviationWord(word: string): boolean {
  return ALL_ABBREVIATIONS.has(word);
}

/**
 * Whether a (folded) word, in any language with a table, makes the number after it an ordinal
 * whose point ends no sentence ("vor dem 25. Geburtstag").
 *
 * @example
 * isOrdinalLead('dem') // true
 */
export function isOrdinalLead(word: string): boolean {
  return ALL_ORDINAL_LEADS.has(word);
}

/**
 * Whether a (folded) word names a month in `lang`, or without `lang` in any language with a
 * table: a day number before it is part of a date ("1. Januar 2025"), so its point ends no
 * sentence and the date is one answer.
 *
 * @example
 * isMonthWord('januar', 'de') // true
 * isMonthWord('maja') // true (Slovak "mája")
 */
export function isMonthWord(word: string, lang?: string): boolean {
  return ((lang === undefined ? undefined : MONTHS.get(lang)) ?? ALL_MONTHS).has(word);
}

/**
 * Whether a (folded) name is a country, a nationality, a continent or a weekday in `lang` (see
 * passingNames): a word in any of its forms, a group as the table writes it; for a language
 * without a table, in any language.
 *
 * @example
 * isPassingName('slovensku', 'sk') // true
 * isPassingName('united states', 'en') // true
 * isPassingName('findeks', 'tr') // false
 */
export function isPassingName(name: string, lang: string): boolean {
  const group = name.includes(' ');
  return (PASSING_NAMES.get(lang) ?? ALL_PASSING_NAMES).some((entry) =>
    group ? entry === name : name.startsWith(entry),
  );
}

/**
 * Whether a (folded) word is the month a day number after it belongs to in `lang` ("ayın" of
 * "ertesi ayın 26'sına"); a language without such words has none.
 *
 * @example
 * isDayLead('ayin', 'tr') // true
 */
export function isDayLead(word: string, lang: string): boolean {
  return DAY_LEADS.get(lang)?.has(word) ?? false;
}

/**
 * Whether `lang` names a day of the month by a word before it at all (Turkish "ayın 26'sı"): where
 * it does not, no sentence need be searched for one.
 *
 * @example
 * hasDayLeads('en') // false
 */
export function hasDayLeads(lang: string): boolean {
  return (DAY_LEADS.get(lang)?.size ?? 0) > 0;
}

/**
 * Whether a (folded) word comes before the last item of a list written inside a sentence in
 * `lang` ("og" of "videnregnskab, etisk regnskab og miljøregnskab").
 *
 * @example
 * isListEnd('ve', 'tr') // true
 */
export function isListEnd(word: string, lang: string): boolean {
  return (LIST_ENDS.get(lang) ?? ALL_LIST_ENDS).has(word);
}

/**
 * Whether a (folded) word is a fraction in `lang` ("patina", "tredjedel"); a language without
 * a table has none.
 *
 * @example
 * isFraction('tredjedel', 'da') // true
 */
export function isFraction(word: string, lang: string): boolean {
  return FRACTIONS.get(lang)?.has(word) ?? false;
}

/**
 * Whether a folded text holds a fraction word of `lang` anywhere: a quick test before looking
 * word by word.
 *
 * @example
 * holdsFraction('priblizne patina vsetkych investicii', 'sk') // true
 */
export function holdsFraction(folded: string, lang: string): boolean {
  for (const word of FRACTIONS.get(lang) ?? []) if (folded.includes(word)) return true;
  return false;
}

/**
 * The number a (folded) word says in `lang` ("tre" → 3, "yirmi" → 20), or undefined.
 *
 * @example
 * countWord('iki', 'tr') // 2
 * countWord('dve', 'sk') // 2
 */
export function countWord(word: string, lang: string): number | undefined {
  return COUNTS.get(lang)?.get(word);
}

/**
 * Whether a folded text ends with a phrase that bounds a count in `lang` ("at least", "en az"),
 * or with one and a function word after it ("najviac v"), or with a comparison in a clause that
 * opens with a condition ("hvis du har mere end"); a language without a table has none.
 *
 * @example
 * endsWithLimit('ma mat najviac', 'sk') // true
 * endsWithLimit('kendi bunyesinde en az', 'tr') // true
 * endsWithLimit('recorded in', 'en') // false
 */
export function endsWithLimit(folded: string, lang: string): boolean {
  const limits = LIMITS.get(lang) ?? [];
  // The longest limit phrase has three words, and one function word may follow it.
  const words = folded.trim().split(/\s+/u).slice(-4);
  const ends = (last: readonly string[]) => {
    const text = ` ${last.join(' ')}`;
    return limits.some((limit) => text.endsWith(` ${limit}`));
  };
  return (
    ends(words) ||
    (isFunctionWord(words.at(-1) ?? '', lang) && ends(words.slice(0, -1))) ||
    comparisonEnds(folded, lang).includes(folded.trimEnd().length)
  );
}

/** Punctuation that ends a clause: a condition before it opens no clause after it. */
const CLAUSE_START = /[,;:()–—]/u;

/** Whether the clause of `text` that reaches to `at` holds a condition word of `lang`. */
function inCondition(text: string, at: number, lang: string): boolean {
  const conditions = CONDITIONS.get(lang);
  if (conditions === undefined || conditions.size === 0) return false;
  let from = at;
  while (from > 0 && !CLAUSE_START.test(text[from - 1] ?? '')) from -= 1;
  return foldForCompare(text.slice(from, at))
    .split(/[^\p{L}]+/u)
    .some((word) => conditions.has(word));
}

/** Where the comparisons of `text` that stand in a condition (see comparisons) end. */
function comparisonEnds(text: string, lang: string): number[] {
  const pattern = COMPARISON_PATTERNS.get(lang);
  if (pattern === undefined) return [];
  return Array.from(text.matchAll(pattern))
    .filter((match) => inCondition(text, match.index, lang))
    .map((match) => match.index + match[0].length);
}

/**
 * The phrases bounding a count in `text` (see endsWithLimit), where they end, in order; none
 * for a language without a table. One pattern per kind finds them: a text need not be folded
 * or split.
 *
 * @example
 * limitEnds('Sie hat höchstens 50 Gesellschafter.', 'de') // [17]
 */
export function limitEnds(text: string, lang: string): number[] {
  const pattern = LIMIT_PATTERNS.get(lang);
  const limits =
    pattern === undefined
      ? []
      : Array.from(text.matchAll(pattern), (match) => match.index + match[0].length);
  return [...limits, ...comparisonEnds(text, lang)].sort((a, b) => a - b);
}

/**
 * The collection of laws `rest` opens with in `lang`, as written ("Z. z." of " Z. z. o náhrade
 * príjmu"), or undefined; a language without a table has none.
 *
 * @example
 * lawCollectionOpening(' Zb.). Fyzická osoba …', 'sk') // 'Zb.'
 */
export function lawCollectionOpening(rest: string, lang: string): string | undefined {
  const text = rest.trimStart();
  return LAW_COLLECTIONS.get(lang)?.find(
    (collection) => text.startsWith(collection) && !/\p{L}/u.test(text.charAt(collection.length)),
  );
}

/**
 * Whether a (folded) word names a law's article in `lang` ("maddesi" of "89. maddesi"); a
 * language without a table has none.
 *
 * @example
 * isArticleWord('maddesine', 'tr') // true
 */
export function isArticleWord(word: string, lang: string): boolean {
  for (const stem of ARTICLE_WORDS.get(lang) ?? []) if (word.startsWith(stem)) return true;
  return false;
}

/**
 * Whether `text` ends with a law's number, year and collection in any language with a table
 * ("… zákon č. 381/2001 Z. z."): the collection's last point ends the sentence, though it
 * looks like an initial's.
 *
 * @example
 * endsWithLawCollection('Upravuje ho zákon č. 381/2001 Z. z.') // true
 */
export function endsWithLawCollection(text: string): boolean {
  return ALL_LAW_COLLECTIONS.some(
    (collection) =>
      text.endsWith(collection) &&
      /\d\/\d{4}\s+$/u.test(text.slice(-collection.length - 12, -collection.length)),
  );
}

/**
 * Whether a (folded) word stands between a law's number and its name in `lang` ("sayılı" of
 * "6102 sayılı Türk Ticaret Kanunu"); a language without a table has none.
 *
 * @example
 * isLawMarker('sayili', 'tr') // true
 */
export function isLawMarker(word: string, lang: string): boolean {
  return LAW_MARKERS.get(lang)?.has(word) ?? false;
}

/**
 * Whether a (folded) word restricts what a rule applies to in `lang` ("only", "kun"); a
 * language without a table has none.
 *
 * @example
 * isRestriction('nur', 'de') // true
 */
export function isRestriction(word: string, lang: string): boolean {
  return RESTRICTIONS.get(lang)?.has(word) ?? false;
}

/**
 * Whether a folded text holds a restriction word of `lang` (isRestriction) or a word after a doer
 * (isAgentMarker) as one of its runs of letters. A text that does not hold one even inside a word
 * (most do not) is not split at all.
 *
 * @example
 * holdsRestriction('gilt nur fur kinder', 'de') // true
 * holdsRestriction('nurse', 'en') // false
 * holdsRestriction('kiraci tarafindan odenir', 'tr') // true
 */
export function holdsRestriction(folded: string, lang: string): boolean {
  const words = RESTRICTING.get(lang);
  if (words === undefined) return false;
  let inside = false;
  for (const word of words) inside ||= folded.includes(word);
  return inside && folded.split(/[^\p{L}]+/u).some((word) => words.has(word));
}

/**
 * Whether a (folded) word beside a restriction word makes it restrict no thing in `lang`: "not"
 * of "not only", "if" of "only if".
 *
 * @example
 * isRestrictionBreak('ikke', 'da') // true
 */
export function isRestrictionBreak(word: string, lang: string): boolean {
  return RESTRICTION_BREAKS.get(lang)?.has(word) ?? false;
}

/**
 * Whether a (folded) word comes after the one who does what the sentence says in `lang`
 * (Turkish "tarafından"); a language without a table has none.
 *
 * @example
 * isAgentMarker('tarafindan', 'tr') // true
 */
export function isAgentMarker(word: string, lang: string): boolean {
  return AGENTS.get(lang)?.has(word) ?? false;
}

/**
 * Whether a (folded) word ends like a finite verb in `lang` ("haczedilemez" in Turkish); a
 * language without a table has no such ending.
 *
 * @example
 * endsLikeVerb('devredilemez', 'tr') // true
 */
export function endsLikeVerb(word: string, lang: string): boolean {
  return (VERB_ENDINGS.get(lang) ?? []).some((ending) => word.endsWith(ending));
}

/**
 * Whether a (folded) word ends like a genitive in `lang` ("kdv'nin", "hesabin"); a language
 * without a table has no such ending.
 *
 * @example
 * isGenitive('hesabin', 'tr') // true
 */
export function isGenitive(word: string, lang: string): boolean {
  return (GENITIVE_ENDINGS.get(lang) ?? []).some((ending) => word.endsWith(ending));
}

/** Words a byline holds at most: "By Jane Smith, Updated March 2025" is seven. */
const MAX_BYLINE_WORDS = 10;
/** Words of the longest byline lead ("zuletzt aktualisiert", "son güncelleme"). */
const MAX_BYLINE_LEAD_WORDS = 2;
const YEAR = /(?:^|\D)(?:19|20)\d\d(?!\d)/u;

/** Whether words hold a date: a year, or a month's name ("Updated March", "12. marts"). */
function holdsDate(words: readonly string[]): boolean {
  return words.some(
    (word) => YEAR.test(word) || isMonthWord(foldForCompare(word).replace(/[^\p{L}]/gu, '')),
  );
}

/**
 * Whether a line is a byline, the page's and not the article's, in any language: an author lead
 * before a name and a date, or labelled ("Af Hans Jensen · 12. marts 2025", "By Jane Smith,
 * Updated March 2025", "Yazar: İş Hukuku Ekibi"), or a date lead before a date ("Opdateret 14.
 * marts 2025", "Updated: March 2025"). "Von Arbeitgebern" (no date) and "By 2030, …" (no name)
 * are none.
 *
 * @example
 * isByline('Af Hans Jensen · 12. marts 2025') // true
 */
export function isByline(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length > MAX_BYLINE_WORDS) return false;
  for (let count = 1; count <= MAX_BYLINE_LEAD_WORDS; count += 1) {
    const lead = words.slice(0, count).join(' ');
    const key = foldForCompare(lead.replace(/:$/u, ''));
    const rest = words.slice(count);
    const labelled = lead.endsWith(':');
    if (AUTHOR_LEADS.has(key) && /^\p{Lu}/u.test(rest[0] ?? '') && (labelled || holdsDate(rest))) {
      return true;
    }
    if (DATE_LEADS.has(key) && holdsDate(rest.slice(0, 2))) return true;
  }
  return false;
}
