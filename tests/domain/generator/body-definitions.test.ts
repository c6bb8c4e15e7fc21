// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bodyDefinitionCards } from '../../../src/domain/generator/body-definitions.ts';
import { collectDocumentTerms } from '../../../src/domain/generator/key-terms.ts';
import { splitSections } from '../../../src/domain/generator/sections.ts';
import { parseDocument } from '../../../src/domain/generator/structure.ts';

/** [front, back] of the body definitions of `text` read as language `lang`. */
function definitions(text: string, lang: string): [string, string][] {
  const doc = parseDocument(text);
  const terms = collectDocumentTerms(text, doc, lang);
  return bodyDefinitionCards(splitSections(doc.blocks), terms, new Set()).map((card) => [
    card.front,
    card.back,
  ]);
}

describe('body definitions, per sentence shape and language', () => {
  it.each([
    // X is Y
    [
      'en',
      'A callable bond is a bond that the issuer may repay early.',
      'callable bond',
      'A bond that the issuer may repay early.',
    ],
    [
      'da',
      'Kuponrenten er den faste rente, som udstederen betaler.',
      'Kuponrenten',
      'Den faste rente, som udstederen betaler.',
    ],
    [
      'de',
      'Der Kupon ist der feste Zins auf den Nennwert.',
      'Kupon',
      'Der feste Zins auf den Nennwert.',
    ],
    [
      'sk',
      'Spoločnosť s ručením obmedzeným je najvyužívanejšia právna forma obchodnej spoločnosti.',
      'Spoločnosť s ručením obmedzeným',
      'Najvyužívanejšia právna forma obchodnej spoločnosti.',
    ],
    [
      'sk',
      'Inflácia je dlhodobý rast cenovej hladiny.',
      'Inflácia',
      'Dlhodobý rast cenovej hladiny.',
    ],
    [
      'tr',
      'Temettü verimi, yıllık temettünün hisse fiyatına oranıdır. Temettü verimi yüksektir.',
      'Temettü verimi',
      'Yıllık temettünün hisse fiyatına oranıdır.',
    ],
    [
      'tr',
      'Bileşik faiz ise faizin yeniden faiz kazanmasıdır. Bileşik faiz güçlüdür.',
      'Bileşik faiz',
      'Faizin yeniden faiz kazanmasıdır.',
    ],
    [
      'tr',
      'Dış kaynak kullanımı en basit haliyle bir hizmetin dışarıdan tedarik edilmesidir. Dış kaynak kullanımı yaygındır.',
      'Dış kaynak kullanımı',
      'En basit haliyle bir hizmetin dışarıdan tedarik edilmesidir.',
    ],
    // X (also called Y) is Z
    [
      'da',
      'Variable omkostninger (også kaldet stykomkostninger) er de omkostninger, der følger med salget.',
      'Variable omkostninger',
      'De omkostninger, der følger med salget (også kaldet stykomkostninger).',
    ],
    [
      'en',
      'Variable costs (also called unit costs) are the costs that rise with every unit sold.',
      'Variable costs',
      'The costs that rise with every unit sold (also called unit costs).',
    ],
    // … is called X / X denir / wird X genannt
    [
      'en',
      'Calculated for a single unit it is called the unit contribution margin: selling price minus variable cost.',
      'unit contribution margin',
      'Selling price minus variable cost.',
    ],
    [
      'en',
      'A center that the company owns abroad is called a captive center.',
      'captive center',
      'A center that the company owns abroad.',
    ],
    [
      'da',
      'Arbejde, der bliver i hjemlandet, kaldes onshoring.',
      'onshoring',
      'Arbejde, der bliver i hjemlandet.',
    ],
    [
      'da',
      'Når opgaverne hentes hjem, taler man om reshoring.',
      'reshoring',
      'Når opgaverne hentes hjem.',
    ],
    [
      'de',
      'Erfahren die Kunden nichts davon, spricht man von stillem Factoring.',
      'stillem Factoring',
      'Erfahren die Kunden nichts davon.',
    ],
    [
      'de',
      'Die Rückverlagerung ins Heimatland wird Reshoring genannt.',
      'Reshoring',
      'Die Rückverlagerung ins Heimatland.',
    ],
    [
      'de',
      'Als Nennwert bezeichnet man den Betrag, der zurückgezahlt wird.',
      'Nennwert',
      'Den Betrag, der zurückgezahlt wird.',
    ],
    ['sk', 'Pokles cenovej hladiny sa nazýva deflácia.', 'deflácia', 'Pokles cenovej hladiny.'],
    [
      'tr',
      'Ters repo bunun tersidir: bir menkul kıymetin geri satma taahhüdüyle satın alınması işlemine ters repo denir.',
      'ters repo',
      'Bir menkul kıymetin geri satma taahhüdüyle satın alınması işlemine.',
    ],
    [
      'tr',
      'Kârın şirkette bırakılan kısmına dağıtılmamış kâr denir.',
      'dağıtılmamış kâr',
      'Kârın şirkette bırakılan kısmına.',
    ],
    [
      'tr',
      'Merkez bankasının uyguladığı orana politika faizi denir.',
      'politika faizi',
      'Merkez bankasının uyguladığı orana.',
    ],
    [
      'tr',
      'Katılımcının her ay sisteme ödediği tutara katkı payı denir.',
      'katkı payı',
      'Katılımcının her ay sisteme ödediği tutara.',
    ],
    [
      'tr',
      'Yatırımcıların hangi fiyattan kaç pay almak istediklerini bildirdiği döneme talep toplama denir.',
      'talep toplama',
      'Yatırımcıların hangi fiyattan kaç pay almak istediklerini bildirdiği döneme.',
    ],
    [
      'tr',
      'İşçinin izin hakkını kullanmayıp ücret istemesi mümkün değildir. Bu kurala yıllık ücretli iznin satılmazlığı denir.',
      'yıllık ücretli iznin satılmazlığı',
      'İşçinin izin hakkını kullanmayıp ücret istemesi mümkün değildir.',
    ],
    // X, also known as Y, … / X, also …, …
    [
      'en',
      'The face value, also called par value, is the amount repaid at maturity.',
      'face value',
      'The amount repaid at maturity (also called par value).',
    ],
    [
      'da',
      'Realkreditobligationer, også kaldet boligobligationer, finansierer boliglån.',
      'Realkreditobligationer',
      'Finansierer boliglån (også kaldet boligobligationer).',
    ],
    [
      'de',
      'Das Bonitätsrisiko, auch Ausfallrisiko genannt, ist die Gefahr eines Zahlungsausfalls.',
      'Bonitätsrisiko',
      'Die Gefahr eines Zahlungsausfalls (auch Ausfallrisiko genannt).',
    ],
    [
      'de',
      'Die Laufzeit, also die Zeit bis zur Rückzahlung, reicht bis 30 Jahre.',
      'Laufzeit',
      'Die Zeit bis zur Rückzahlung.',
    ],
    // a term in parentheses after its explanation
    [
      'en',
      'The interest built up since the last coupon date (accrued interest) is added to the price.',
      'accrued interest',
      'The interest built up since the last coupon date.',
    ],
    // verb-second order
    [
      'de',
      'Dagegen bedeutet unechtes Factoring, dass das Risiko beim Verkäufer bleibt.',
      'unechtes Factoring',
      'Dass das Risiko beim Verkäufer bleibt.',
    ],
    [
      'da',
      'I modsætning hertil betyder totaloutsourcing, at alt flyttes ud.',
      'totaloutsourcing',
      'At alt flyttes ud.',
    ],
    // the verb before a comma
    [
      'da',
      'Outsourcing betyder, at en virksomhed lader eksterne leverandører stå for aktiviteter.',
      'Outsourcing',
      'At en virksomhed lader eksterne leverandører stå for aktiviteter.',
    ],
    [
      'de',
      'Insourcing bedeutet, dass ausgelagerte Tätigkeiten zurückgeholt werden.',
      'Insourcing',
      'Dass ausgelagerte Tätigkeiten zurückgeholt werden.',
    ],
    // … is called not X, but Y
    [
      'da',
      'Når det offentlige lader en underleverandør stå for en aktivitet, kaldes det ikke outsourcing, men derimod udlicitering.',
      'udlicitering',
      'Når det offentlige lader en underleverandør stå for en aktivitet.',
    ],
    [
      'en',
      'Handing a public service to a private contractor is called not outsourcing but contracting out.',
      'contracting out',
      'Handing a public service to a private contractor.',
    ],
    // Unter X versteht man Y
    [
      'de',
      'Unter Outsourcing versteht man die Auslagerung von Leistungen an externe Dienstleister.',
      'Outsourcing',
      'Die Auslagerung von Leistungen an externe Dienstleister.',
    ],
    [
      'da',
      'Ved likviditet forstås evnen til at betale sine regninger til tiden.',
      'likviditet',
      'Evnen til at betale sine regninger til tiden.',
    ],
    [
      'sk',
      'Pod outsourcingom sa rozumie vyčlenenie služieb mimo organizácie.',
      'outsourcingom',
      'Vyčlenenie služieb mimo organizácie.',
    ],
    [
      'en',
      'By working capital we mean current assets minus current liabilities.',
      'working capital',
      'Current assets minus current liabilities.',
    ],
    // a long description with a short term as its predicate
    [
      'en',
      'Bonds rated BBB- or better by the agencies are investment-grade bonds.',
      'investment-grade bonds',
      'Bonds rated BBB- or better by the agencies.',
    ],
    // the next sentence (or clause) names what the one before says
    [
      'sk',
      'Dávka sa vypláca najviac 52 týždňov. Tomuto obdobiu sa hovorí podporné obdobie.',
      'podporné obdobie',
      'Dávka sa vypláca najviac 52 týždňov.',
    ],
    [
      'da',
      'Mindst 15 feriedage skal holdes i sammenhæng om sommeren. Det kaldes hovedferien.',
      'hovedferien',
      'Mindst 15 feriedage skal holdes i sammenhæng om sommeren.',
    ],
    [
      'tr',
      'Ücretlerin asgari ücret kadar olan kısmı vergi dışı tutuluyor; buna asgari ücret istisnası deniyor.',
      'asgari ücret istisnası',
      'Ücretlerin asgari ücret kadar olan kısmı vergi dışı tutuluyor.',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(definitions(`${text}\n`, lang)).toContainEqual([front, back]);
  });

  it.each([
    [
      'en',
      'Service-level agreements (SLA) set the speed of each service.',
      'SLA',
      'Service-level agreements: set the speed of each service.',
    ],
    [
      'sk',
      'Infláciu meria úrad pomocou indexu spotrebiteľských cien (CPI).',
      'CPI',
      'Indexu spotrebiteľských cien.',
    ],
    ['sk', 'Pomer úveru k hodnote sa označuje ako LTV (loan to value).', 'LTV', 'Loan to value.'],
    [
      'sk',
      'Služba je riadená na základe SLA (Service Level Agreement - dohoda o úrovni služieb).',
      'SLA',
      'Service Level Agreement - dohoda o úrovni služieb.',
    ],
    [
      'tr',
      'BPO genellikle bilgi teknolojisi etkin hizmetler (ITES) olarak anılır.',
      'ITES',
      'Bilgi teknolojisi etkin hizmetler.',
    ],
    // after an article, as one compound
    [
      'da',
      'En servicemålsaftale (SLA) fastlægger, hvor hurtigt fejl løses.',
      'SLA',
      'Servicemålsaftale: fastlægger, hvor hurtigt fejl løses.',
    ],
    [
      'de',
      'Die Gesamtkostenquote (TER) nennt die jährlichen Kosten.',
      'TER',
      'Gesamtkostenquote: nennt die jährlichen Kosten.',
    ],
    // mixed case, when the initials spell it
    [
      'en',
      'Software as a Service (SaaS) runs on the provider’s servers.',
      'SaaS',
      'Software as a Service: runs on the provider’s servers.',
    ],
    [
      'da',
      'Software as a Service (SaaS) betyder, at programmet kører hos leverandøren.',
      'SaaS',
      'Software as a Service.',
    ],
    // a small "a" (and) between capitals, when the initials spell it
    [
      'sk',
      'Dávku vypláca príslušný Úrad práce, sociálnych vecí a rodiny (ÚPSVaR) podľa bydliska.',
      'ÚPSVaR',
      'Úrad práce, sociálnych vecí a rodiny.',
    ],
    // mid-sentence, with what the thing does after it
    [
      'en',
      'With Infrastructure as a Service (IaaS), the customer rents servers and storage.',
      'IaaS',
      'Infrastructure as a Service: the customer rents servers and storage.',
    ],
    [
      'de',
      'Beim Remote Monitoring and Management (RMM) überwacht der Anbieter die Server aus der Ferne.',
      'RMM',
      'Remote Monitoring and Management: überwacht der Anbieter die Server aus der Ferne.',
    ],
    [
      'da',
      'Med en Managed Service Provider (MSP) får virksomheden fast hjælp til hele sin IT.',
      'MSP',
      'Managed Service Provider: får virksomheden fast hjælp til hele sin IT.',
    ],
    // a translated expansion with a joiner inside
    [
      'sk',
      'Zmluva, ktorá určuje rozsah služieb, sa nazýva zmluva o úrovni služieb (SLA).',
      'SLA',
      'Zmluva o úrovni služieb.',
    ],
  ])('%s acronym: %s', (lang, text, front, back) => {
    expect(definitions(`${text}\n`, lang)).toContainEqual([front, back]);
  });

  it.each([
    ['da', 'Outsourcing af forretningsprocesser er på fremmarch i hele verden.'],
    ['da', 'KPO er forskellig fra BPO, som er billigere.'],
    ['da', 'Selvom KPO er en delmængde af BPO, er det dyrere.'],
    ['de', 'Den Rest behält er als Sicherheit ein.'],
    ['sk', 'V skratke je možné povedať, že KPO vzniklo z BPO.'],
    ['sk', 'Vyžaduje si služby v oblasti výskumu a vývoja (výskumu a vývoja).'],
    ['tr', 'Bir işletmenin BPO seçeneklerinin genişliği, sınırlara bağlıdır.'],
    ['en', 'It is what it is.'],
    ['en', 'A tool (DevOps) ships code.'],
    ['sk', 'Dávku vypláca príslušný úrad podľa miesta bydliska (ÚPSVaR).'],
    ['sk', 'Najbežnejšou formou sporenia je termínovaný vklad v banke.'],
    ['sk', 'Hlavným cieľom firmy je zisk pre jej vlastníkov.'],
    ['tr', 'Temettü ödemesinde dört tarih önemlidir. Temettü ödemesi yılda bir kez yapılır.'],
    // verb-second order after an adverb, a number after the verb, an inverted subject
    ['da', 'Derfor er ÅOP altid højere end den rente, du får oplyst.'],
    ['de', 'Außerdem ist der Dispo oft teurer als ein Ratenkredit.'],
    [
      'de',
      'Gesetzlich ist die Berufsunfähigkeit in § 172 Abs. 2 VVG definiert: Berufsunfähig ist, wer seinen Beruf nicht mehr ausüben kann.',
    ],
    ['de', 'Grundsätzlich ist die Grundsteuer eine Steuer auf den Besitz von Grundstücken.'],
    ['da', 'Den årlige rente er 5.000 kr. om året for lånet.'],
    // a relative clause after a name describes the name, not the predicate's noun
    ['da', 'KPO er forskellig fra BPO, som er billigere.'],
    // a subject of two terms is not defined by the noun and relative clause after it
    ['sk', 'Outsourcing a offshoring sú pojmy, ktoré sa veľmi často zamieňajú.'],
    // no dative leaves a Turkish term of at most three words
    ['tr', 'Her ay düzenli olarak ödenen sabit tutar yıllık aidat ücreti denir.'],
    // a back that explains nothing: a short phrase, a subject of two clauses
    ['da', 'I daglig tale kaldes begge dele ejendomsskat.'],
    [
      'da',
      'Det får du ved at se på virksomhedens nøgletal, og et af de vigtigste er dækningsbidraget.',
    ],
    // a description of two clauses, or one that ends in a negation, names nothing
    ['en', 'In the same way, current liabilities are due within one year.'],
    ['sk', 'Zmluva sa uzatvára na dobu neurčitú, poistná doba je jeden rok.'],
    ['sk', 'Investičné riziko nesie poistník a zhodnotenie nie je garantované.'],
    ['da', 'Renten betales af låntageren hvert kvartal og beløbet ikke er fradragsberettiget.'],
    // a description with a figure before the verb states a fact, not what the term is
    ['sk', 'Dôležitou novinkou Zákonníka práce od 1. 5. 2018 sú tzv. trináste platy.'],
    ['da', 'For ejerboliger kan man låne op til 80 % af værdien; for sommerhuse er grænsen 75 %.'],
  ])('%s: no definition in "%s"', (lang, text) => {
    expect(definitions(`${text}\n`, lang)).toEqual([]);
  });
});

describe('definitions in the shapes generator 2.12.0 reads', () => {
  it.each([
    // a noun and a relative clause after the verb
    [
      'en',
      'Current assets are assets that will be turned into cash within a year.',
      'Current assets',
      'Assets that will be turned into cash within a year.',
    ],
    [
      'da',
      'Likvide midler er penge, der er umiddelbart tilgængelige.',
      'Likvide midler',
      'Penge, der er umiddelbart tilgængelige.',
    ],
    ['sk', 'Emitent je dlžník, ktorý dlhopis vydáva.', 'Emitent', 'Dlžník, ktorý dlhopis vydáva.'],
    [
      'de',
      'Verzugszinsen sind Zinsen, die der Schuldner zahlen muss.',
      'Verzugszinsen',
      'Zinsen, die der Schuldner zahlen muss.',
    ],
    // …after a short group of words that completes the noun
    [
      'sk',
      'Dividenda je podiel na zisku akciovej spoločnosti, ktorý spoločnosť vypláca akcionárom.',
      'Dividenda',
      'Podiel na zisku akciovej spoločnosti, ktorý spoločnosť vypláca akcionárom.',
    ],
    // "represents what", "er, hvad"
    ['en', 'Assets represent what the company owns.', 'Assets', 'What the company owns.'],
    [
      'da',
      'Forsikringsværdien er, hvad det vil koste at genanskaffe alt dit indbo.',
      'Forsikringsværdien',
      'Hvad det vil koste at genanskaffe alt dit indbo.',
    ],
    // a long aside in parentheses goes with the explanation
    [
      'sk',
      'Hrubý domáci produkt (HDP, v anglických prameňoch GDP z Gross Domestic Product) je celková hodnota tovarov a služieb.',
      'Hrubý domáci produkt',
      'Celková hodnota tovarov a služieb (HDP, v anglických prameňoch GDP z Gross Domestic Product).',
    ],
    // …and a short one stays in the term
    [
      'en',
      'EBITDA (ee-bit-dah) is a measure of a company’s profit.',
      'EBITDA (ee-bit-dah)',
      'A measure of a company’s profit.',
    ],
    // "X, kısaca Y, …": the short name is a synonym
    [
      'tr',
      'Katma Değer Vergisi, kısaca KDV, mal ve hizmet teslimlerinde ödenen bir harcama vergisidir.',
      'Katma Değer Vergisi',
      'Mal ve hizmet teslimlerinde ödenen bir harcama vergisidir (kısaca KDV).',
    ],
    // Turkish "X ise … -mAsIdIr", even for a term the document names once
    [
      'tr',
      "Otomatik katılım ise işverenin çalışanlarını BES'e kendiliğinden dahil etmesidir.",
      'Otomatik katılım',
      "İşverenin çalışanlarını BES'e kendiliğinden dahil etmesidir.",
    ],
    // a named term with no description before it: the condition after it
    [
      'da',
      'Omvendt taler man om et kurstab, når aktien sælges til en lavere kurs.',
      'kurstab',
      'Når aktien sælges til en lavere kurs.',
    ],
    [
      'de',
      'Dagegen spricht man von Zahlungsverzug, wenn der Schuldner nicht rechtzeitig zahlt.',
      'Zahlungsverzug',
      'Wenn der Schuldner nicht rechtzeitig zahlt.',
    ],
    // verb-second "heißt / hedder" with the subject before the name
    [
      'de',
      'Bei Unternehmen heißt der Überziehungskredit Kontokorrentkredit und funktioniert ähnlich.',
      'Kontokorrentkredit',
      'Der Überziehungskredit bei Unternehmen.',
    ],
    [
      'da',
      'For selskaber hedder den foreløbige betaling acontoskat.',
      'acontoskat',
      'Den foreløbige betaling for selskaber.',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(definitions(`${text}\n`, lang)).toContainEqual([front, back]);
  });
});

describe('acronyms in list items and "(ACR, expansion)"', () => {
  it.each([
    [
      'en',
      'Ratios:\n\n- Cross-check with ROIC (return on invested capital), which includes debt.\n- Look at the trend.\n',
      'ROIC',
      'Return on invested capital.',
    ],
    [
      'da',
      'Nøgletal:\n\n- Belåningsgrad (LTV): restgæld / markedsværdi, angivet i procent.\n- Friværdi.\n',
      'LTV',
      'Belåningsgrad.',
    ],
    [
      'tr',
      'Ürünler:\n\n- Vatandaşlar Kur Korumalı Mevduat (KKM) hesabı açabilir.\n- Altın hesabı.\n',
      'KKM',
      'Kur Korumalı Mevduat.',
    ],
    [
      'sk',
      'Výška dividendy sa dá vyjadriť na jednu akciu (DPS, dividends per share) alebo v percentách.\n',
      'DPS',
      'Dividends per share.',
    ],
    [
      'de',
      'Die Rendite wird oft je Aktie angegeben (EPS, Earnings per Share) und verglichen.\n',
      'EPS',
      'Earnings per Share.',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(definitions(text, lang)).toContainEqual([front, back]);
  });

  it.each([
    [
      'a translated expansion inside a list item',
      'tr',
      'Taraflar:\n\n- İşveren tarafı: en çok üyeye sahip işveren konfederasyonu (TİSK)\n- Hükümet.\n',
    ],
    [
      'a list item read for other shapes',
      'en',
      'Notes:\n\n- A callable bond is a bond that the issuer may repay early.\n- Other bonds.\n',
    ],
    [
      'initials that do not spell it',
      'sk',
      'Výška dividendy sa dá vyjadriť na jednu akciu (DPS, zisk na akciu) alebo v percentách.\n',
    ],
  ])('none for %s', (_case, lang, text) => {
    expect(definitions(text, lang)).toEqual([]);
  });
});

describe('sentences that define nothing', () => {
  it.each([
    // a question asks what something is
    ['da', 'Hvorfor er likviditet vigtigt?'],
    ['en', 'The ratio everyone watches is the current ratio?'],
    ['de', 'Warum ist der Dispokredit so teuer?'],
    ['sk', 'Prečo je likvidita dôležitá pre firmu?'],
    // a sentence opening with its term and saying under four words after it
    ['sk', 'Splátkový predaj je ďalšou alternatívou.'],
    ['en', 'Leasing is an option.'],
    ['da', 'Aktiesparekontoen er et alternativ.'],
    ['de', 'Das Tagesgeld ist eine Alternative.'],
    // the words before a naming phrase end in a conjunction: a clause cut in two
    ['en', 'Bonds with lower ratings pay more interest and are known as high-yield bonds.'],
    ['da', 'Obligationer med lav rating giver højere rente og kaldes højrenteobligationer.'],
    ['de', 'Anleihen mit schlechter Bonität zahlen höhere Zinsen und heißen Hochzinsanleihen.'],
    // a phrase opening with a preposition is when or how, not a term
    ['sk', 'Počas splácania je vlastníkom majetku stále prenajímateľ a nie nájomca.'],
    ['de', 'Seit Oktober 2022 ist die Verdienstgrenze dynamisch an den Mindestlohn gekoppelt.'],
    [
      'da',
      'Ifølge loven er arbejdsgiveren ansvarlig for at indberette lønnen til Skattestyrelsen.',
    ],
    // "the term", "a well-known example": words about a name, not a name
    ['de', 'Der Begriff ist eine Kontraktion aus den Wörtern in(side) und (re)sourcing.'],
    [
      'de',
      'Ein bekanntes Beispiel ist der Spielwarenhersteller Steiff, der seine Produktion zurückholte.',
    ],
    ['en', 'The term is a contraction of the words inside and sourcing.'],
    ['sk', 'Pojem je skratkou anglických slov inside a sourcing.'],
    // "the catch", "the big advantage", "at least": what the writer thinks of a point, or how much
    ['en', 'The catch is the third lever that most companies forget.'],
    ['da', 'Den store fordel er den flade skat på aktiegevinster.'],
    ['de', 'Mindestens ist der Sockelbetrag im Jahr zu zahlen.'],
    ['sk', 'Veľkou výhodou je nízka daň zo ziskov z akcií.'],
    ['en', 'The one exception is the statement of cash flows, which reports cash.'],
    ['sk', 'Čím vyššia je hrubá mzda, tým vyššia je dávka.'],
    // an item after a colon, explained in parentheses
    ['tr', 'Poliçede üçlü bir ilişki vardır: düzenleyen (keşideci), lehtar ve muhatap.'],
    ['tr', 'İznin iki temel unsuru vardır: izin (serbest zaman) ve ücret.'],
  ])('%s: no definition in "%s"', (lang, text) => {
    expect(definitions(`${text}\n`, lang)).toEqual([]);
  });

  it.each([
    // four words after the term, its verb included, say what it is
    [
      'de',
      'Ein Dispokredit ist ein automatischer Kredit.',
      'Dispokredit',
      'Ein automatischer Kredit.',
    ],
    [
      'de',
      'Reshoring ist die Rückverlagerung ins Heimatland.',
      'Reshoring',
      'Die Rückverlagerung ins Heimatland.',
    ],
    [
      'da',
      'Indboforsikringen er flere forsikringer i én.',
      'Indboforsikringen',
      'Flere forsikringer i én.',
    ],
    // an acronym's kind is what it is
    ['sk', 'HDP je tokový ukazovateľ.', 'HDP', 'Tokový ukazovateľ.'],
    // a term at the end of a short sentence is defined by the words before it
    [
      'en',
      'Bonds that pay more interest are known as high-yield bonds.',
      'high-yield bonds',
      'Bonds that pay more interest.',
    ],
    ['da', 'Arbejde i hjemlandet kaldes onshoring.', 'onshoring', 'Arbejde i hjemlandet.'],
  ])('%s: %s', (lang, text, front, back) => {
    expect(definitions(`${text}\n`, lang)).toContainEqual([front, back]);
  });
});

describe('appositions, "means that", "… tanımlar" and other names (generator 2.13.0 missed them)', () => {
  it.each([
    // a term the document repeats, then after its comma an apposition that describes it
    [
      'en',
      'Many providers also run a help desk, the first point of contact for staff with IT problems.\n\nThe help desk answers calls.',
      'help desk',
      'The first point of contact for staff with IT problems.',
    ],
    [
      'da',
      'Lønnen indberettes til et lønregister, den offentlige liste over alle lønindkomster.\n\nEt lønregister føres af staten.',
      'lønregister',
      'Den offentlige liste over alle lønindkomster.',
    ],
    [
      'da',
      'Lønnen indberettes hver måned til eIndkomst, Skattestyrelsens register over lønindkomster.\n\nFejl i eIndkomst giver bøder.',
      'eIndkomst',
      'Skattestyrelsens register over lønindkomster.',
    ],
    [
      'sk',
      'Najbežnejšou formou sporenia je termínovaný vklad, teda vklad v banke, ktorý klient nemôže vybrať pred dohodnutým dátumom.\n\nTermínovaný vklad je chránený.',
      'termínovaný vklad',
      'Vklad v banke, ktorý klient nemôže vybrať pred dohodnutým dátumom.',
    ],
    [
      'de',
      'Viele Arbeitgeber zahlen in den Bausparvertrag, also einen Sparvertrag für eine spätere Immobilie.\n\nDer Bausparvertrag läuft lange.',
      'Bausparvertrag',
      'Einen Sparvertrag für eine spätere Immobilie.',
    ],
    [
      'tr',
      'Kira geliri için stopaj, yani kaynakta kesilen vergi, kiracı tarafından ödenir.\n\nStopaj her ay ödenir.',
      'stopaj',
      'Kaynakta kesilen vergi.',
    ],
    // a sentence-initial term with an article and an apposition that describes it
    [
      'da',
      'En franchisemanual, den detaljerede beskrivelse af konceptet, fortæller, hvordan butikken skal drives.',
      'franchisemanual',
      'Den detaljerede beskrivelse af konceptet.',
    ],
    [
      'en',
      'The help desk, the first point of contact for employees, answers calls all day.',
      'help desk',
      'The first point of contact for employees.',
    ],
    // "X means that …": the clause after "that" is the answer
    [
      'en',
      'A co-managed model means that the company keeps its own IT team.',
      'co-managed model',
      'The company keeps its own IT team.',
    ],
    // Turkish "X ise … -masını tanımlar": the verbal noun X describes
    [
      'tr',
      'Dar anlamda dış kaynak kullanımı ise bir şirketin temizlik işlerini dışarıdaki bir firmaya yaptırmasını tanımlar.',
      'Dar anlamda dış kaynak kullanımı',
      'Bir şirketin temizlik işlerini dışarıdaki bir firmaya yaptırması.',
    ],
    // two names of one thing: the first is asked, the other goes with the back
    [
      'da',
      'Forholdet mellem aktiekursen og indtjeningen pr. aktie kaldes price/earnings eller P/E.',
      'price/earnings',
      'Forholdet mellem aktiekursen og indtjeningen pr. aktie (P/E).',
    ],
    [
      'en',
      'The ratio of the share price to the earnings per share is called price/earnings or P/E.',
      'price/earnings',
      'The ratio of the share price to the earnings per share (P/E).',
    ],
    [
      'de',
      'Das Verhältnis von Aktienkurs und Gewinn je Aktie nennt man Kurs-Gewinn-Verhältnis oder KGV.',
      'Kurs-Gewinn-Verhältnis',
      'Das Verhältnis von Aktienkurs und Gewinn je Aktie (KGV).',
    ],
    [
      'de',
      'Ein Konto, das nicht überzogen werden kann, wird Guthabenkonto oder Habenkonto genannt.',
      'Guthabenkonto',
      'Ein Konto, das nicht überzogen werden kann (Habenkonto).',
    ],
    // another name of what the sentence before defined goes with that card's back
    [
      'de',
      'Unter Insourcing versteht man die Rückholung ausgelagerter Prozesse. Der Vorgang wird auch als Backsourcing oder Wiedereinlagerung bezeichnet.',
      'Insourcing',
      'Die Rückholung ausgelagerter Prozesse (Backsourcing, Wiedereinlagerung).',
    ],
    [
      'tr',
      'Amortisman, bir varlığın maliyetinin her dönem gider olarak azaltılmasıdır. Kelime Fransızcadan gelir; halk arasında yıpranma payı da denir.\n\nAmortisman her yıl ayrılır.',
      'Amortisman',
      'Bir varlığın maliyetinin her dönem gider olarak azaltılmasıdır (yıpranma payı).',
    ],
    [
      'en',
      'Leasing is a contract to use an asset for a fee. It is also known as hire purchase or rental, and it is common for cars.',
      'Leasing',
      'A contract to use an asset for a fee (hire purchase, rental).',
    ],
    [
      'da',
      'Kørselsfradraget er et fradrag for lang transport. Det er også kaldet befordringsfradraget, og det gives automatisk.',
      'Kørselsfradraget',
      'Et fradrag for lang transport (befordringsfradraget).',
    ],
    [
      'sk',
      'Pomer ceny akcie k zisku na akciu sa nazýva pomer P/E alebo P/E ukazovateľ.',
      'pomer P/E',
      'Pomer ceny akcie k zisku na akciu (P/E ukazovateľ).',
    ],
    [
      'tr',
      'Hisse fiyatının hisse başına kâra bölünmesiyle bulunan orana fiyat kazanç oranı veya F/K denir.',
      'fiyat kazanç oranı',
      'Hisse fiyatının hisse başına kâra bölünmesiyle bulunan orana (F/K).',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(definitions(`${text}\n`, lang)).toContainEqual([front, back]);
  });

  it.each([
    // a term named once: the words before a comma end a term only by chance
    ['en', 'Many providers also run a help desk, the first point of contact for staff.'],
    // an indefinite article opens a clause, not an apposition
    [
      'en',
      'To read a cash flow statement, an analyst usually follows three steps.\n\nA cash flow statement has three parts.',
    ],
    // a list goes on after the comma
    [
      'da',
      'Bidraget kan beregnes for en vare, en afdeling eller en periode.\n\nEn vare har en pris.',
    ],
    // a short subject points to what the two names name, and no sentence before says it
    ['de', 'Der Vorgang wird auch als Backsourcing oder Wiedereinlagerung bezeichnet.'],
  ])('%s: no definition in "%s"', (lang, text) => {
    expect(definitions(`${text}\n`, lang)).toEqual([]);
  });

  it('reads a German article after a comma as a relative pronoun, not an apposition', () => {
    const found = definitions(
      'Der Restwert ist der Wert, den das Fahrzeug am Ende des Vertrags noch hat.\n\nDer Wert sinkt.\n',
      'de',
    );
    expect(found).toEqual([
      ['Restwert', 'Der Wert, den das Fahrzeug am Ende des Vertrags noch hat.'],
    ]);
  });
});

describe('a term after an article, defined by the relative clause after it', () => {
  it.each([
    [
      'da',
      'Ud over renten betaler nogle en provision, som er en procentsats af kassekredittens maksimum og ofte afregnes årligt.',
      ['provision', 'En procentsats af kassekredittens maksimum og ofte afregnes årligt.'],
    ],
    [
      'en',
      'Besides the interest, some borrowers pay a commitment fee, which is a percentage of the unused limit, every quarter.',
      ['commitment fee', 'A percentage of the unused limit.'],
    ],
    [
      'da',
      'Derfor laver mange virksomheder et likviditetsbudget, der viser de forventede ind- og udbetalinger måned for måned.',
      ['likviditetsbudget', 'Viser de forventede ind- og udbetalinger måned for måned.'],
    ],
    [
      'en',
      'Many firms draw up a cash budget, which shows the expected receipts and payments month by month.',
      ['cash budget', 'Shows the expected receipts and payments month by month.'],
    ],
  ])('reads "X, som er / which is / der viser / which shows Y" (%s)', (lang, text, card) => {
    expect(definitions(text, lang)).toEqual([card]);
  });

  it.each([
    ['da', 'Boligen har en ejendoms værdi, som er fri for gæld.'],
    ['da', 'Banken sender et tal, som viser de samlede omkostninger.'],
    ['en', 'The firm bought a building, which is now worth twice as much.'],
  ])('reads no definition from another relative clause (%s: %s)', (lang, text) => {
    expect(definitions(text, lang)).toEqual([]);
  });
});

describe('"X is when …": a condition that says when a term the document names again applies', () => {
  it.each([
    [
      'en',
      'Outsourcing is when a company buys tasks from an outside supplier. Outsourcing saves costs.',
      'Outsourcing',
      'When a company buys tasks from an outside supplier.',
    ],
    [
      'da',
      'Outsourcing er, når en virksomhed køber opgaver hos en ekstern leverandør. Outsourcing sparer penge.',
      'Outsourcing',
      'Når en virksomhed køber opgaver hos en ekstern leverandør.',
    ],
    [
      'de',
      'Kurzarbeit ist, wenn ein Betrieb die Arbeitszeit vorübergehend verringert. Kurzarbeit muss angezeigt werden.',
      'Kurzarbeit',
      'Wenn ein Betrieb die Arbeitszeit vorübergehend verringert.',
    ],
    [
      'sk',
      'Outsourcing je, keď firma nakupuje služby od externého dodávateľa. Outsourcing šetrí náklady.',
      'Outsourcing',
      'Keď firma nakupuje služby od externého dodávateľa.',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(definitions(`${text}\n`, lang)).toContainEqual([front, back]);
  });

  it.each([
    ['en', 'The best time is when prices fall after a long boom in the market.'],
    ['da', 'Den bedste tid er, når priserne falder efter en lang opgang.'],
    ['de', 'Die beste Zeit ist, wenn die Preise nach einem langen Anstieg fallen.'],
  ])('%s: no card when the subject is said only there: %s', (lang, text) => {
    expect(definitions(`${text}\n`, lang)).toEqual([]);
  });
});

describe('an acronym expanded after a postposition', () => {
  it('tr: the expansion starts after "tarafından" ("by")', () => {
    const text =
      "Türkiye'de enflasyon, TÜİK tarafından tüketici fiyat endeksi (TÜFE) ile ölçülür.\n";
    expect(definitions(text, 'tr')).toContainEqual(['TÜFE', 'Tüketici fiyat endeksi.']);
  });
});

describe('"Beim X …", "Man spricht dann von X" and "Der er tale om X" (generator 2.14.0 missed them)', () => {
  it.each([
    // "Beim X …": what holds for the kind of thing named after the contracted preposition
    [
      'de',
      'Beim Operating-Leasing ist die Vertragsdauer kurz, und der Vertrag kann jederzeit gekündigt werden.',
      'Operating-Leasing',
      'Beim … ist die Vertragsdauer kurz, und der Vertrag kann jederzeit gekündigt werden.',
    ],
    [
      'de',
      'Beim Tagesgeld ist der Zins variabel und das Geld täglich verfügbar. Tagesgeld lohnt sich.',
      'Tagesgeld',
      'Beim … ist der Zins variabel und das Geld täglich verfügbar.',
    ],
    // an impersonal subject and no condition: the sentence before says what the name names
    [
      'de',
      'Es gibt auch Girokonten, die nicht überzogen werden können. Man spricht dann von einem Guthabenkonto.',
      'Guthabenkonto',
      'Es gibt auch Girokonten, die nicht überzogen werden können.',
    ],
    [
      'da',
      'Banken lader kunden trække på kontoen op til et aftalt maksimum. Der er tale om en kassekredit.',
      'kassekredit',
      'Banken lader kunden trække på kontoen op til et aftalt maksimum.',
    ],
    // "Der er (først) tale om X, når …": the condition says when the name applies
    [
      'da',
      'Der er først tale om outsourcing, når en virksomhed lukker en aktivitet for at lade en underleverandør stå for den.',
      'outsourcing',
      'Når en virksomhed lukker en aktivitet for at lade en underleverandør stå for den.',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(definitions(`${text}\n`, lang)).toContainEqual([front, back]);
  });

  it.each([
    // a single name said once is a moment, not a kind of thing
    ['de', 'Beim Abschluss verlangen die meisten Bausparkassen eine Abschlussgebühr.'],
    // a repeated name with its object is an action, not a kind of thing
    ['de', 'Der Kauf ist einfach. Beim Kauf einer Aktie fallen meist Gebühren der Bank an.'],
    ['de', 'Der Kauf ist einfach. Beim Kauf von Aktien fallen meist Gebühren der Bank an.'],
    // an adjective before the name is inflected: "echten Factoring" is no term
    ['de', 'Beim echten Factoring trägt der Factor das Ausfallrisiko der Forderungen.'],
  ])('%s: no definition in "%s"', (lang, text) => {
    expect(definitions(`${text}\n`, lang)).toEqual([]);
  });
});

describe('a Slovak name in the locative, asked in the base form its title writes', () => {
  it.each([
    // "Pri X ide o Y" under a title line naming X
    [
      'Finančný leasing\n\nPri finančnom leasingu ide o dlhodobý prenájom. Nájomca platí splátky.',
      'Finančný leasing',
      'Dlhodobý prenájom.',
    ],
    // "…, hovoríme o X" under a heading naming X among other words
    [
      '## Nominálny a reálny HDP\n\nAk sa prepočíta v stálych cenách základného roka, hovoríme o reálnom HDP.',
      'reálny HDP',
      'Ak sa prepočíta v stálych cenách základného roka.',
    ],
  ])('sk: %s', (text, front, back) => {
    expect(definitions(`${text}\n`, 'sk')).toContainEqual([front, back]);
  });

  it.each([
    // no title names the name: its inflected form is no front
    'Pri finančnom leasingu ide o dlhodobý prenájom. Nájomca platí splátky.',
    'Úvod\n\nAk sa prepočíta v stálych cenách základného roka, hovoríme o reálnom HDP.',
  ])('sk: no definition in "%s"', (text) => {
    expect(definitions(`${text}\n`, 'sk')).toEqual([]);
  });
});

describe('"It is …" / "Je to …" after a definition: the card of the sentence before says it too', () => {
  it.each([
    [
      'en',
      'Contribution margin is sales revenue minus variable costs. It is the money each sale leaves over to pay the fixed costs.',
      'Contribution margin',
      'Sales revenue minus variable costs. The money each sale leaves over to pay the fixed costs.',
    ],
    [
      'da',
      'Friværdi er boligens værdi minus gælden. Det er en buffer, som kan belånes.',
      'Friværdi',
      'Boligens værdi minus gælden. En buffer, som kan belånes.',
    ],
    [
      'de',
      'Der Dispokredit ist ein Rahmen auf dem Girokonto. Es ist ein teurer Kredit ohne feste Laufzeit.',
      'Dispokredit',
      'Ein Rahmen auf dem Girokonto. Ein teurer Kredit ohne feste Laufzeit.',
    ],
    [
      'sk',
      'Spoločnosť s ručením obmedzeným je najvyužívanejšia právna forma. Je to spoločnosť, ktorej základné imanie tvoria vklady spoločníkov.',
      'Spoločnosť s ručením obmedzeným',
      'Najvyužívanejšia právna forma. Spoločnosť, ktorej základné imanie tvoria vklady spoločníkov.',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(definitions(`${text}\n`, lang)).toEqual([[front, back]]);
  });

  it.each([
    // a cleft sentence stresses a part of what follows; it describes nothing
    [
      'en',
      'Contribution margin is sales revenue minus variable costs. It is the manager that sets the prices.',
    ],
    ['da', 'Børneopsparing er en opsparing til et barn. Det er barnet, der ejer kontoen.'],
    // a statement about the term, not a description of it
    [
      'en',
      'Contribution margin is sales revenue minus variable costs. It is vulnerable to manipulation.',
    ],
    ['sk', 'Inflácia je dlhodobý rast cenovej hladiny. Je to nepríjemné.'],
  ])('%s: only the first sentence defines in "%s"', (lang, text) => {
    expect(definitions(`${text}\n`, lang)).toHaveLength(1);
    expect(definitions(`${text}\n`, lang)[0]?.[1]).not.toContain('. ');
  });

  it('adds nothing when the sentence before defines nothing', () => {
    expect(
      definitions(
        'Dlhopis môže slúžiť podobne ako úver z banky. Je to návratný zdroj financovania.\n',
        'sk',
      ),
    ).toEqual([]);
  });
});

describe('"X spočíva v / consists in Y": the back keeps the verb', () => {
  it.each([
    [
      'sk',
      'Riziko smrti spočíva v pravdepodobnosti, že poistený zomrie v období, ktoré zmluva definuje.',
      'Riziko smrti',
      'Spočíva v pravdepodobnosti, že poistený zomrie v období, ktoré zmluva definuje.',
    ],
    [
      'en',
      'Mortality risk consists in the probability that the insured person dies within the term.',
      'Mortality risk',
      'Consists in the probability that the insured person dies within the term.',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(definitions(`${text}\n`, lang)).toEqual([[front, back]]);
  });

  it('reads no definition from a list of parts ("består af")', () => {
    expect(
      definitions('ÅOP består af renter, engangsgebyrer og andre kreditomkostninger.\n', 'da'),
    ).toEqual([]);
  });
});

describe('junk definitions of generator 2.15.0: clauses, participles, possessors, adverbs', () => {
  it.each([
    // a parenthesis after a whole clause names its last words, or glosses one item of a list
    [
      'en',
      'Whatever the company owns must be financed either by borrowing money (debt), by raising capital from investors (issuing shares), or by retained earnings.',
    ],
    [
      'en',
      'Investors also pay the interest built up since the last coupon date (accrued interest).',
    ],
    [
      'sk',
      'PZP musí uzavrieť držiteľ vozidla zapísaný v osvedčení o evidencii vozidla (technickom preukaze), najneskôr odo dňa zápisu do evidencie.',
    ],
    [
      'de',
      'Ratingagenturen bewerten es mit Noten von AAA (höchste Bonität) bis D (Zahlungsausfall).',
    ],
    // a passive after a long subject: a participle or its adverb is no term
    [
      'en',
      'The concept plays a crucial part in making sure scarce resources are used efficiently.',
    ],
    ['en', 'Under the new rules the interest that a saver earns on the account is taxed.'],
    // a genitive ends or follows the opening words: they are the subject's possessor or part of it
    [
      'tr',
      "## KDV'nin mantığı\n\nKDV'nin temel mantığı, üretimin her aşamasında yaratılan katma değerin vergilendirilmesidir.",
    ],
    [
      'tr',
      'Vadeli hesap bankada açılır.\n\nVadeli hesabın en önemli özelliği, paranın vade sonuna kadar bloke edilmesidir.',
    ],
    // an adverb after the copula: a statement about the subject
    ['da', 'Gevinsterne er stadig skattefri, så længe kontoen er bundet.'],
    ['da', 'Renten er altid variabel på en børneopsparing.'],
    // a focus particle after the subject ("itself") is no part of a term
    [
      'de',
      'Das Kurzarbeitergeld selbst ist steuerfrei, unterliegt aber dem Progressionsvorbehalt.',
    ],
    // a superlative opening the relative clause ranks the subject among others
    [
      'da',
      'Danmark er det land i Nordeuropa, der oftest anvender outsourcing: hver femte danske virksomhed outsourcer en del af sin produktion.',
    ],
    ['en', 'Denmark is the country in Northern Europe that most often uses outsourcing.'],
    ['sk', 'Slovensko je krajina, ktorá najčastejšie využíva outsourcing v celom regióne.'],
    ['de', 'Irland ist das Land, das am häufigsten Aufgaben an Dienstleister auslagert.'],
    // the short subject after a comma is what the name names; a clause that no conjunction or
    // other function word opens says nothing of it
    ['en', 'Traded all day on an exchange, an ETF is known as a listed fund.'],
    // a relative word after a comma with no noun group before it to name
    ['da', 'Pengene vokser hurtigere og hurtigere, som kaldes renters rente.'],
    // the acronym's own words in another order, which name more than it
    [
      'sk',
      'Povinnosť platí pre každé vozidlo s evidenčným číslom (EČV), ale aj pre stroje bez EČV.',
    ],
  ])('%s: no definition in "%s"', (lang, text) => {
    expect(definitions(`${text}\n`, lang)).toEqual([]);
  });

  it.each([
    // "X means Y, Z and W": the subject before the verb is the term, not the words after it
    [
      'sk',
      'Outsourcing znamená vyčlenenie pôvodne interne zabezpečovaných služieb, procesov a činností mimo organizácie.',
      'Outsourcing',
      'Vyčlenenie pôvodne interne zabezpečovaných služieb, procesov a činností mimo organizácie.',
    ],
    [
      'de',
      'Insourcing bedeutet die Rückverlagerung von Aufgaben, Prozessen und Funktionen in das eigene Unternehmen.',
      'Insourcing',
      'Die Rückverlagerung von Aufgaben, Prozessen und Funktionen in das eigene Unternehmen.',
    ],
    // a participle opening a term is no passive
    [
      'en',
      'The profits a company keeps instead of paying them out to its owners are retained earnings.',
      'retained earnings',
      'The profits a company keeps instead of paying them out to its owners.',
    ],
    // a genitive opening the predicate, with no comma ending a subject before it
    [
      'tr',
      'Repo bir menkul kıymetin geri alım taahhüdüyle satılmasıdır.\n\nTers repo bunun tersidir: bir menkul kıymetin geri satma taahhüdüyle satın alınmasıdır. Ters repo kısa vadelidir.',
      'Ters repo',
      'Bunun tersidir: bir menkul kıymetin geri satma taahhüdüyle satın alınmasıdır.',
    ],
    // a pointer after a dash or semicolon names the clause before it, a relative word after a
    // comma the noun group before it
    [
      'da',
      'Kørsel mellem hjem og arbejdsplads er kun erhvervskørsel i højst 60 dage inden for 12 måneder – det kaldes 60-dages-reglen.',
      '60-dages-reglen',
      'Kørsel mellem hjem og arbejdsplads er kun erhvervskørsel i højst 60 dage inden for 12 måneder.',
    ],
    [
      'en',
      'Interest is paid on the interest already earned; this is called compound interest.',
      'compound interest',
      'Interest is paid on the interest already earned.',
    ],
    [
      'da',
      'Kontingentet er delt i et almindeligt kontingent og et særligt kontingent til efterlønsordningen, som kaldes efterlønsbidraget.',
      'efterlønsbidraget',
      'Et særligt kontingent til efterlønsordningen.',
    ],
    [
      'en',
      'Investors pay a fee on each purchase, which is called the sales load.',
      'sales load',
      'A fee on each purchase.',
    ],
    // a conjunction's clause before the name's subject says why the subject is called so
    [
      'en',
      'Because many customers share the same installation, SaaS is called a multi-tenant model.',
      'multi-tenant model',
      'SaaS, because many customers share the same installation.',
    ],
    // a list before the name, commas and all
    [
      'en',
      'Salaries, rent and insurance are called fixed costs.',
      'fixed costs',
      'Salaries, rent and insurance.',
    ],
    // an expansion that spells the acronym in order, letters left out
    [
      'tr',
      "Türkiye'de enflasyon, TÜİK tarafından tüketici fiyat endeksi (TÜFE) ile ölçülür.",
      'TÜFE',
      'Tüketici fiyat endeksi.',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(definitions(`${text}\n`, lang)).toContainEqual([front, back]);
  });
});
