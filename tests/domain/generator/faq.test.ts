// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../../src/domain/generator/hash.ts';
import { parseDocument } from '../../../src/domain/generator/structure.ts';
import { foldForCompare } from '../../../src/domain/generator/text.ts';
import { build, cardsOf } from './generator-test-helpers.ts';

function faqs(text: string): [string, string, [number, number]][] {
  return cardsOf(build(text), 'faq').map((card) => [card.front, card.back, card.lines]);
}

describe('FAQ cards', () => {
  it.each([
    '## FAQ',
    '## SSS',
    '##Ofte stillede spørgsmål',
    '## Často kladené otázky',
    '# häufig gestellte fragen',
  ])('reads the questions under %s', (heading) => {
    const text = `${heading}\n\n### Why?\n\nBecause.\n\nAnd more.\n\n### How?\n\n- one\n- two\n`;
    expect(faqs(text)).toEqual([
      ['Why?', 'Because.\n\nAnd more.', [3, 7]],
      ['How?', '• one\n• two', [9, 12]],
    ]);
  });

  it('ends the FAQ at the next heading of its level', () => {
    // A list answers "What else?" only in a FAQ: outside one, a question heading asks a paragraph.
    const text = '## FAQ\n\n### Why?\n\nBecause.\n\n## Other\n\n### What else?\n\n- Nothing.\n';
    expect(faqs(text).map(([front]) => front)).toEqual(['Why?']);
  });

  it('reads one-line questions of a plain-text FAQ', () => {
    const text = 'Title\n\nSSS\n\nNeden BPO?\n\nÇünkü ucuz.\n\nBPO ne zaman?\n\nHer zaman.\n';
    expect(faqs(text).map(([front, back]) => [front, back])).toEqual([
      ['Neden BPO?', 'Çünkü ucuz.'],
      ['BPO ne zaman?', 'Her zaman.'],
    ]);
  });

  it('skips a question without an answer', () => {
    expect(faqs('## FAQ\n\n### Empty?\n\n### Full?\n\nYes.\n').map(([front]) => front)).toEqual([
      'Full?',
    ]);
  });

  it('reads a FAQ written without blank lines, each answer ending at the first blank line', () => {
    const text = [
      '# Moms',
      '',
      'Ofte stillede spørgsmål',
      'Hvad sker der, hvis jeg glemmer moms?',
      'Du får en afgift.',
      '',
      'Kan jeg rette en fejl?',
      'Ja, i næste periode.',
      '',
      'Annonce – Få 3 gratis tilbud',
      '',
    ].join('\n');
    expect(faqs(text)).toEqual([
      ['Hvad sker der, hvis jeg glemmer moms?', 'Du får en afgift.', [4, 5]],
      ['Kan jeg rette en fejl?', 'Ja, i næste periode.', [7, 8]],
    ]);
  });

  it('reads a Slovak FAQ under "Časté otázky" written without blank lines', () => {
    const text = [
      '# Úrok z omeškania',
      '',
      'Časté otázky',
      'Od kedy sa úrok počíta?',
      'Od prvého dňa po uplynutí lehoty splatnosti.',
      '',
    ].join('\n');
    expect(faqs(text)).toEqual([
      ['Od kedy sa úrok počíta?', 'Od prvého dňa po uplynutí lehoty splatnosti.', [4, 5]],
    ]);
  });

  it.each([
    [
      'de',
      '## Häufige Fragen',
      '**Was passiert bei einer Kündigung?**',
      'Zulagen werden zurückgezahlt.',
    ],
    ['tr', '## Sıkça Sorulan Sorular', '**Asgari ücret desteği nedir?**', 'Bir prim desteğidir.'],
    ['en', '## FAQ', '__Is a low P/E always a bargain?__', 'No. It can be a value trap.'],
    ['da', '## Ofte stillede spørgsmål', '*Hvad er supplerende dagpenge?*', 'Dagpenge for timer.'],
    [
      'sk',
      '## Často kladené otázky',
      '**Kto vypláca rodičovský príspevok po materskej?**',
      'Úrad práce.',
    ],
  ])('reads a bold question over its answer (%s)', (_language, heading, question, answer) => {
    const text = `# Title\n\n${heading}\n${question}\n${answer}\n\nAnzeige · Related articles\n`;
    expect(faqs(text)).toEqual([[question.replace(/^[*_]+|[*_]+$/g, ''), answer, [4, 5]]]);
  });

  it('keeps a whole answer written after a blank line', () => {
    const text = '## FAQ\n\nWhy?\n\nBecause.\n\nAnd more.\n';
    expect(faqs(text).map(([, back]) => back)).toEqual(['Because.\n\nAnd more.']);
  });

  it('splits no question and answer lines outside a FAQ', () => {
    const text = '# Moms\n\n## Regler\nHvorfor moms?\nFordi staten skal have penge.\n';
    expect(parseDocument(text).blocks.map((block) => block.text)).toEqual([
      'Moms',
      'Regler',
      'Hvorfor moms? Fordi staten skal have penge.',
    ]);
  });
});

describe('question headings of the article', () => {
  function asked(text: string): [string, string][] {
    return faqs(text).map(([front, back]) => [front, back]);
  }

  it.each([
    [
      'da',
      '# Topskat\n\nTopskat er en ekstra skat på høje indkomster.\n\n## Kan man undgå topskat?\n\nJa, ved at indbetale ekstra til pension, som giver fradrag.\n',
      'Kan man undgå topskat?',
      'Ja, ved at indbetale ekstra til pension, som giver fradrag.',
    ],
    [
      'de',
      '# Kurzarbeit\n\nKurzarbeit ist die vorübergehende Kürzung der Arbeitszeit.\n\n## Wie hoch ist das Kurzarbeitergeld?\n\nDie Höhe richtet sich nach dem ausgefallenen Nettolohn.\n',
      'Wie hoch ist das Kurzarbeitergeld?',
      'Die Höhe richtet sich nach dem ausgefallenen Nettolohn.',
    ],
    [
      'en',
      '# Accrual accounting\n\nAccrual accounting records revenue when it is earned.\n\n## Which one does GAAP require?\n\nOnly accrual basis accounting is acceptable under US GAAP.\n',
      'Which one does GAAP require?',
      'Only accrual basis accounting is acceptable under US GAAP.',
    ],
  ])('asks the paragraph under a question heading (%s)', (_lang, text, question, answer) => {
    expect(asked(text)).toEqual([[question, answer]]);
  });

  it.each([
    [
      'da',
      'Likviditet\n\nLikviditet er en virksomheds evne til at betale sine regninger til tiden.\n\nHvorfor er likviditet vigtigt?\n\nEn virksomhed med overskud kan løbe tør for penge, hvis kunderne betaler for sent.\n',
      'Hvorfor er likviditet vigtigt?',
      'En virksomhed med overskud kan løbe tør for penge, hvis kunderne betaler for sent.',
    ],
    [
      'de',
      'Insourcing\n\nInsourcing holt ausgelagerte Aufgaben wieder in das eigene Unternehmen zurück.\n\nWas muss beachtet werden?\n\nInsourcing ist meist aufwändig und eine langfristige Entscheidung.\n',
      'Insourcing — Was muss beachtet werden?',
      'Insourcing ist meist aufwändig und eine langfristige Entscheidung.',
    ],
    [
      'en',
      'Liquidity\n\nLiquidity is how easily a company can pay the bills that fall due soon.\n\nWhy does liquidity matter?\n\nA profitable firm can still run out of cash when customers pay late.\n',
      'Why does liquidity matter?',
      'A profitable firm can still run out of cash when customers pay late.',
    ],
  ])(
    'asks the paragraph under a question line of plain text (%s)',
    (_lang, text, question, answer) => {
      expect(asked(text)).toEqual([[question, answer]]);
    },
  );

  it('cuts a long answer to its first sentences, the rest going to the context', () => {
    const sentence =
      'Die Höhe richtet sich nach dem ausgefallenen Nettolohn der Beschäftigten im Betrieb.';
    const long = `${`${sentence} `.repeat(4)}Mehr steht im Gesetz.`;
    const deck = build(
      `# Kurzarbeit\n\nKurzarbeit kürzt die Arbeitszeit.\n\n## Wie hoch ist es?\n\n${long}\n`,
    );
    const [card] = cardsOf(deck, 'faq');
    expect(card?.back).toBe(`${sentence} ${sentence} ${sentence}`);
    expect(card?.context).toContain('Mehr steht im Gesetz.');
  });

  it.each([
    [
      'the title over a byline (a level-1 heading)',
      '# Restskat: hvad er det?\n\nAf Redaktionen · Opdateret 4. september 2024.\n\n## Renter\n\nRenten på restskat er 3,7 %.\n',
    ],
    [
      'a teaser that opens with a question of its own',
      '# Dækningsbidrag\n\nDækningsbidrag er salg minus variable omkostninger.\n\n## Hvorfor dækningsbidrag?\n\nVil du have et bedre indblik? Det får du ved at se på nøgletal.\n',
    ],
    [
      'an answer that opens with the definition of the term asked',
      '# Dlhopis\n\nDlhopis je cenný papier.\n\n## Kto je emitent?\n\nEmitent je dlžník, ktorý dlhopis vydáva. Zaväzuje sa vrátiť sumu.\n',
    ],
    [
      'a section that opens with a list',
      '# Restskat\n\nRestskat er skat, du mangler at betale.\n\n## Hvad koster det at vente?\n\n- Du betaler en dagsrente.\n- Renten er ikke fradragsberettiget.\n',
    ],
    [
      'a lead ending in a colon',
      '# Moms\n\nMoms er en afgift på salg.\n\n## Hvem skal betale moms?\n\nDisse virksomheder skal betale moms:\n\n- butikker\n- håndværkere\n',
    ],
    [
      'a question line above the first sentence of prose (a title, a breadcrumb)',
      'Netrådet › Job › Hvad koster en a-kasse?\n\nOpdateret 12. marts 2024.\n\nEn a-kasse forsikrer sine medlemmer mod ledighed mod et fast kontingent.\n',
    ],
    [
      'an answer that defines the term the question names',
      'Insourcing\n\nInsourcing ist ein Begriff aus der Betriebswirtschaft für die Rückholung von Aufgaben.\n\nDefinition: Was versteht man unter Backsourcing?\n\nUnter Backsourcing versteht man die Rückholung ausgelagerter Aufgaben.\n',
    ],
    [
      'a first sentence too long for one back (cells run together)',
      `# Úrok\n\nÚrok z omeškania je sankcia.\n\n## Aká je výška úroku?\n\nOd roku 2013 platia sadzby: ${'Vzťah Sadzba obchodnoprávny základná sadzba '.repeat(8)}\n`,
    ],
  ])('asks no question heading over %s', (_case, text) => {
    expect(asked(`${text}\n## FAQ\n\n### Why BPO?\n\nBecause.\n`)).toEqual([
      ['Why BPO?', 'Because.'],
    ]);
  });
});

describe('a question inside the answer to a question heading', () => {
  it.each([
    [
      'tr',
      '# Yıllık izin\n\nYıllık ücretli izin, en az bir yıl çalışan işçinin her yıl kullandığı ücretli dinlenme hakkıdır.\n\n## İzin günleri nasıl hesaplanır?\n\nHafta tatili ve genel tatil günleri izin süresinden sayılmaz. İzin bölünebilir mi? Taraflar anlaşırsa evet: en çok üçe bölünebilir.\n',
      [
        [
          'İzin günleri nasıl hesaplanır?',
          'Hafta tatili ve genel tatil günleri izin süresinden sayılmaz.',
        ],
        ['İzin bölünebilir mi?', 'Taraflar anlaşırsa evet: en çok üçe bölünebilir.'],
      ],
    ],
    [
      'de',
      '# Urlaub\n\nDer gesetzliche Urlaub ist die bezahlte Freistellung, die jedem Arbeitnehmer jedes Jahr zusteht.\n\n## Wie wird der Urlaub berechnet?\n\nFeiertage zählen nicht als Urlaubstage. Darf man den Urlaub teilen? Ja, wenn ein Teil mindestens zwölf Tage umfasst.\n',
      [
        ['Wie wird der Urlaub berechnet?', 'Feiertage zählen nicht als Urlaubstage.'],
        ['Darf man den Urlaub teilen?', 'Ja, wenn ein Teil mindestens zwölf Tage umfasst.'],
      ],
    ],
  ])('asks it apart with the answer after it (%s)', (_lang, text, cards) => {
    expect(faqs(text).map(([front, back]) => [front, back])).toEqual(cards);
  });
});

describe('a question answered by a lead-in and the list under it', () => {
  const asked = (text: string) => faqs(text).map(([front, back]) => [front, back]);

  it.each([
    [
      'de',
      '# Elterngeld\n\nElterngeld ist eine Leistung für Eltern, die ihr Kind nach der Geburt selbst betreuen.\n\n## Wer hat Anspruch auf Elterngeld?\n\nAnspruch hat, wer\n\n- in Deutschland wohnt,\n- sein Kind selbst betreut,\n- höchstens 32 Stunden pro Woche arbeitet.\n',
      'Wer hat Anspruch auf Elterngeld?',
      'Anspruch hat, wer\n\n• in Deutschland wohnt,\n• sein Kind selbst betreut,\n• höchstens 32 Stunden pro Woche arbeitet.',
    ],
    [
      'da',
      '# Barselsdagpenge\n\nBarselsdagpenge er en ydelse fra kommunen, når du er på barsel og ikke får fuld løn.\n\n## Hvem kan få barselsdagpenge?\n\nDu kan få barselsdagpenge, hvis du\n\n- har været tilknyttet arbejdsmarkedet i 13 uger,\n- har arbejdet mindst 160 timer.\n',
      'Hvem kan få barselsdagpenge?',
      'Du kan få barselsdagpenge, hvis du\n\n• har været tilknyttet arbejdsmarkedet i 13 uger,\n• har arbejdet mindst 160 timer.',
    ],
    [
      'en',
      '# Child benefit\n\nChild benefit is a payment from the state to parents who bring up a child.\n\n## Who can claim child benefit?\n\nYou can claim if you\n- live in the UK\n- are responsible for a child under 16\n',
      'Who can claim child benefit?',
      'You can claim if you\n\n• live in the UK\n• are responsible for a child under 16',
    ],
  ])(
    'answers with the lead and its short list, not the lead alone (%s)',
    (_lang, text, front, back) => {
      expect(asked(text)).toEqual([[front, back]]);
    },
  );

  it.each([
    [
      'de',
      `# Elterngeld\n\nElterngeld ist eine Leistung für Eltern, die ihr Kind nach der Geburt selbst betreuen.\n\n## Wer hat Anspruch auf Elterngeld?\n\nAnspruch hat, wer\n\n${'- seinen Wohnsitz oder gewöhnlichen Aufenthalt in Deutschland hat und dort gemeldet ist,\n'.repeat(4)}\n## FAQ\n\n### Why BPO?\n\nBecause.\n`,
    ],
    [
      'en',
      `# Child benefit\n\nChild benefit is a payment from the state to parents who bring up a child.\n\n## Who can claim child benefit?\n\nYou can claim if you\n\n${'- have lived in the United Kingdom for at least three months before the day of the claim,\n'.repeat(3)}\n## FAQ\n\n### Why BPO?\n\nBecause.\n`,
    ],
  ])('makes no card when the list is too long for one back (%s)', (_lang, text) => {
    expect(asked(text)).toEqual([['Why BPO?', 'Because.']]);
  });

  it.each([
    [
      'tr',
      '# Kıdem Tazminatı\n\nKıdem tazminatı, iş sözleşmesi sona eren işçiye işveren tarafından ödenen bir tazminattır.\n\n## Kimler kıdem tazminatı alabilir?\n\nEn az 1 yıl çalışanlar kıdem tazminatına hak kazanır. Şu sebeplerle ayrılanlar da alabilir:\n\n1) emeklilik,\n2) askerlik.\n',
      'Kimler kıdem tazminatı alabilir?',
      'En az 1 yıl çalışanlar kıdem tazminatına hak kazanır.',
    ],
    [
      'da',
      '# Kørselsfradrag\n\nKørselsfradrag er et fradrag for personer, der har langt til og fra deres arbejde.\n\n## Hvem kan få fradraget?\n\nDu skal have et lønnet arbejde. Det gælder også:\n\n- studiejob,\n- lønnet praktik.\n',
      'Kørselsfradrag — Hvem kan få fradraget?',
      'Du skal have et lønnet arbejde.',
    ],
  ])(
    'answers with the sentences before a lead ending in a colon (%s)',
    (_lang, text, front, back) => {
      expect(asked(text)).toEqual([[front, back]]);
    },
  );

  it.each([
    [
      'de',
      `# Elterngeld\n\nElterngeld ist eine Leistung für Eltern.\n\n## FAQ\n\n### Wer hat Anspruch?\n\nViele Eltern haben Anspruch. Anspruch hat, wer\n\n${'- seinen Wohnsitz oder gewöhnlichen Aufenthalt in Deutschland hat und dort gemeldet ist,\n'.repeat(3)}`,
      'Viele Eltern haben Anspruch.',
    ],
    [
      'en',
      `# Child benefit\n\nChild benefit is a payment to parents.\n\n## FAQ\n\n### Who can claim?\n\nMost parents can. You can claim if you\n\n${'- have lived in the United Kingdom for at least three months before the day of the claim,\n'.repeat(3)}`,
      'Most parents can.',
    ],
  ])(
    'cuts a long FAQ answer before its list, not at the lead or inside the list (%s)',
    (_lang, text, back) => {
      const [card] = cardsOf(build(text), 'faq');
      expect(card?.back).toBe(back);
    },
  );
});

describe('a question over a flattened table', () => {
  const prose = '# Title\n\nSome prose about the topic here, long enough to be an article.\n\n';
  const table = (question: string, cells: string[]) => `${question}\n\n${cells.join('\n\n')}\n`;
  /** A FAQ after the table, so the document has something to learn whatever the table gives. */
  const faq = '\n## FAQ\n\n### Why BPO?\n\nBecause.\n';
  const asked = (text: string) => faqs(text).map(([front, back]) => [front, back]);
  const questions: [string, string, string[]][] = [
    ['da', 'Fuldtid eller deltid?', ['Fuldtid', 'Deltid', 'Fuld dækning', 'Halv dækning']],
    ['en', 'Full time or part time?', ['Full time', 'Part time', '531 kr.', '354 kr.']],
    ['tr', 'Tam zamanlı mı, yarı zamanlı mı?', ['Tam zamanlı', 'Yarı zamanlı', '14 gün', '7 gün']],
    [
      'sk',
      'Plný alebo čiastočný úväzok?',
      ['Plný úväzok', 'Čiastočný úväzok', '40 hodín', '20 hodín'],
    ],
    ['de', 'Vollzeit oder Teilzeit?', ['Vollzeit', 'Teilzeit', '40 Stunden', '20 Stunden']],
  ];

  it.each(questions)(
    'makes no FAQ card of the cells under a question heading (%s)',
    (_lang, question, cells) => {
      expect(asked(`${prose}${table(`## ${question}`, cells)}${faq}`)).toEqual([
        ['Why BPO?', 'Because.'],
      ]);
    },
  );

  it.each(questions)(
    'makes no FAQ card of the cells under a FAQ question (%s)',
    (_lang, question, cells) => {
      const text = `${prose}## FAQ\n\n${table(`### ${question}`, cells)}\n### Why BPO?\n\nBecause.\n`;
      expect(asked(text)).toEqual([['Why BPO?', 'Because.']]);
    },
  );

  it.each(questions)(
    'makes no FAQ card of the cells under a question line (%s)',
    (_lang, question, cells) => {
      expect(asked(`${prose}${table(question, cells)}${faq}`)).toEqual([['Why BPO?', 'Because.']]);
    },
  );

  it.each([
    [
      'da',
      'Heltid eller fritid?',
      'Heltidsdækning Fritidsdækning\nDækker døgnet rundt Dækker kun i fritiden',
    ],
    [
      'da',
      'Heltid eller fritid?',
      'Heltidsdækning | Fritidsdækning\nDækker døgnet rundt | Dækker kun i fritiden',
    ],
    [
      'en',
      'Full time or leisure?',
      'Full-time cover Leisure cover\nAround the clock Only in your free time',
    ],
    [
      'en',
      'Full time or leisure?',
      'Full-time cover | Leisure cover\nCovers you around the clock | Covers you only in your free time',
    ],
  ])(
    'makes no FAQ card of a table run together in a paragraph of two lines (%s)',
    (_lang, question, rows) => {
      expect(asked(`${prose}## ${question}\n\n${rows}\n${faq}`)).toEqual([
        ['Why BPO?', 'Because.'],
      ]);
    },
  );

  it.each([
    [
      'tr',
      '# Damga Vergisi Nedir?\n\nDamga vergisi, resmi kağıtlar üzerinden alınan bir vergidir ve sözleşmelerde ödenir.\n\n## Nasıl hesaplanır?\n\nDamga vergisi = Sözleşme bedeli × binde 9\n100000 TL × binde 9 = 900 TL\n',
      [
        'Damga Vergisi — Nasıl hesaplanır?',
        'Damga vergisi = Sözleşme bedeli × binde 9 100000 TL × binde 9 = 900 TL',
      ],
    ],
    [
      'tr',
      '# Damga Vergisi Nedir?\n\nDamga vergisi, resmi kağıtlar üzerinden alınan bir vergidir ve sözleşmelerde ödenir.\n\n## Nasıl hesaplanır?\n\nDamga vergisi = Sözleşme bedeli × binde 9\n\n100000 TL × binde 9 = 900 TL\n',
      ['Damga Vergisi — Nasıl hesaplanır?', 'Damga vergisi = Sözleşme bedeli × binde 9'],
    ],
    [
      'da',
      '# Dækningsbidrag\n\nDækningsbidraget er det beløb, en virksomhed tjener på et salg, før de faste omkostninger er betalt.\n\n## Hvordan beregnes det?\n\nDækningsbidrag = Salgspris − variable omkostninger\n500 kr − 300 kr = 200 kr\n',
      [
        'Dækningsbidrag — Hvordan beregnes det?',
        'Dækningsbidrag = Salgspris − variable omkostninger 500 kr − 300 kr = 200 kr',
      ],
    ],
  ])(
    'answers a how-is-it-calculated question with its formula and worked example (%s)',
    (_lang, text, card) => {
      expect(asked(text)).toEqual([card]);
    },
  );

  it.each([
    ['tr', 'Nasıl hesaplanır?', 'Oran Tutar\nGenel oran Yüzde 20'],
    ['da', 'Hvordan beregnes det?', 'Sats Beløb\nFuld sats 500 kr'],
  ])(
    'still makes no FAQ card of rows run together under such a question (%s)',
    (_lang, question, rows) => {
      expect(asked(`${prose}## ${question}\n\n${rows}\n${faq}`)).toEqual([
        ['Why BPO?', 'Because.'],
      ]);
    },
  );

  it('asks the rows of such a table as table cards instead (en)', () => {
    const text = `${prose}${table('## Full time or part time?', ['Type', 'Who it suits', 'Full time', 'People working 37 hours a week', 'Part time', 'People working under 30 hours'])}`;
    const deck = build(text);
    expect(cardsOf(deck, 'faq')).toEqual([]);
    expect(cardsOf(deck, 'comparison').map((card) => [card.front, card.back])).toEqual([
      ['Full time or part time?\nFull time — Who it suits?', 'People working 37 hours a week'],
      ['Full time or part time?\nPart time — Who it suits?', 'People working under 30 hours'],
    ]);
  });
});

describe('a question that does not name its subject', () => {
  const fronts = (text: string) => faqs(text).map(([front, back]) => [front, back]);

  it.each([
    [
      'tr',
      '# Kıdem Tazminatı Nedir, Nasıl Hesaplanır?\n\nKıdem tazminatı, iş sözleşmesi sona eren işçiye işveren tarafından ödenen bir tazminattır ve çalışma süresine göre belirlenir.\n\n## Nasıl hesaplanır?\n\nHer tam yıl için 30 günlük ücret ödenir.\n',
      ['Kıdem Tazminatı — Nasıl hesaplanır?', 'Her tam yıl için 30 günlük ücret ödenir.'],
    ],
    [
      'de',
      'Ressourcen > Lexikon > Insourcing\n\nInsourcing ist die Wiedereingliederung von zuvor ausgelagerten Prozessen und Funktionen in das eigene Unternehmen.\n\nWas muss beachtet werden?\n\nInsourcing ist meist aufwändig und teuer.\n',
      ['Insourcing — Was muss beachtet werden?', 'Insourcing ist meist aufwändig und teuer.'],
    ],
    [
      'sk',
      '# Rodičovský príspevok – výška, nárok\n\nRodičovský príspevok je štátna sociálna dávka, ktorú dostáva rodič, ktorý sa stará o dieťa do troch rokov.\n\n## Kde podám žiadosť?\n\nNa úrade práce, sociálnych vecí a rodiny.\n',
      ['Rodičovský príspevok — Kde podám žiadosť?', 'Na úrade práce, sociálnych vecí a rodiny.'],
    ],
    [
      'en',
      '# Stamp duty: a guide for buyers\n\nStamp duty is a tax that the buyer of a property pays to the state when the sale is completed.\n\n## How is it calculated?\n\nAs a share of the price above a threshold.\n',
      ['Stamp duty — How is it calculated?', 'As a share of the price above a threshold.'],
    ],
  ])('puts the title term before a short question in %s', (_lang, text, card) => {
    expect(fronts(text)).toEqual([card]);
  });

  it.each([
    [
      'sk',
      '# Materské 2025 – kto má nárok a koľko dostanete\n\nMaterské je dávka nemocenského poistenia, ktorú dostáva poistenka počas materskej dovolenky.\n\n## Kto má nárok?\n\nPoistenka, ktorá bola poistená aspoň 270 dní.\n',
      ['Materské — Kto má nárok?', 'Poistenka, ktorá bola poistená aspoň 270 dní.'],
    ],
    [
      'da',
      '---\ntitle: "Kørselsfradrag 2024 – satser og regler"\n---\nKørselsfradrag er et fradrag for personer, der har langt til og fra deres arbejde.\n\n## Hvem kan få det?\n\nAlle med et lønnet arbejde.\n',
      ['Kørselsfradrag — Hvem kan få det?', 'Alle med et lønnet arbejde.'],
    ],
    [
      'de',
      '# Elterngeld 2024/25: Anspruch und Höhe\n\nElterngeld ist eine staatliche Leistung für Eltern, die ihr Kind nach der Geburt selbst betreuen.\n\n## Wer bekommt es?\n\nMütter und Väter, die ihr Kind selbst betreuen.\n',
      ['Elterngeld — Wer bekommt es?', 'Mütter und Väter, die ihr Kind selbst betreuen.'],
    ],
  ])('leaves the year a title is dated by out of the subject (%s)', (_lang, text, card) => {
    expect(fronts(text)).toEqual([card]);
  });

  it.each([
    [
      'da',
      '# Efterløn – sådan fungerer ordningen\n\nEfterløn er en velfærdsordning i Danmark, der giver mulighed for at trække sig tidligt tilbage fra arbejdsmarkedet.\n\n## Er det for sent at tilmelde sig?\n\nEr du født før 1977, er det for sent.\n',
      ['Efterløn — Er det for sent at tilmelde sig?', 'Er du født før 1977, er det for sent.'],
    ],
    [
      'de',
      '# Kurzarbeitergeld im Überblick\n\nDas Kurzarbeitergeld ist eine Leistung der Bundesagentur für Arbeit, wenn ein Betrieb die Arbeitszeit vorübergehend verringert.\n\n## Wann muss man es denn beantragen?\n\nSpätestens drei Monate nach dem Ausfall.\n',
      [
        'Kurzarbeitergeld im Überblick — Wann muss man es denn beantragen?',
        'Spätestens drei Monate nach dem Ausfall.',
      ],
    ],
  ])('puts it before a longer question whose pronoun stands for it in %s', (_lang, text, card) => {
    expect(fronts(text)).toEqual([card]);
  });

  it('takes the term of a "what is" section when the title is a question', () => {
    const text =
      '# Hvad dækker en indboforsikring?\n\n## Hvad er en indboforsikring?\n\nEn indboforsikring er en pakkeløsning, der dækker dine ting og dit erstatningsansvar i hjemmet.\n\n## Hvem er dækket?\n\nDig og din husstand.\n';
    expect(fronts(text)).toContainEqual([
      'Indboforsikring — Hvem er dækket?',
      'Dig og din husstand.',
    ]);
  });

  it('keeps a question that names its subject, asks what a term is, or holds an acronym', () => {
    const text =
      '# Kıdem Tazminatı Nedir, Nasıl Hesaplanır?\n\nKıdem tazminatı, iş sözleşmesi sona eren işçiye işveren tarafından ödenen bir tazminattır ve çalışma süresine göre belirlenir.\n\nSıkça Sorulan Sorular\n\nTazminat ne zaman ödenir?\n\nİş sözleşmesi sona erdiğinde.\n\nİhbar süresi nedir?\n\nİşverenin önceden haber verme süresidir.\n\nSGK ne yapar?\n\nPrimleri toplar.\n';
    expect(fronts(text).map(([front]) => front)).toEqual([
      'Tazminat ne zaman ödenir?',
      'İhbar süresi nedir?',
      'SGK ne yapar?',
    ]);
  });

  it('keeps the id of the question', () => {
    const text =
      '# Kıdem Tazminatı Nedir, Nasıl Hesaplanır?\n\nKıdem tazminatı, iş sözleşmesi sona eren işçiye işveren tarafından ödenen bir tazminattır ve çalışma süresine göre belirlenir.\n\n## Nasıl hesaplanır?\n\nHer tam yıl için 30 günlük ücret ödenir.\n';
    const [card] = cardsOf(build(text), 'faq');
    expect(card?.id).toBe(`doc:faq:${fnv1a32(foldForCompare('Nasıl hesaplanır?'))}`);
  });
});
