import type { enStudyScreen } from './en-study-screen.ts';
import type { Translation } from './translator.ts';

/** Turkish strings of the study screen (see `en-study-screen.ts`). */
export const trStudyScreen = {
  study: {
    journal: {
      changed:
        'Uygulama son kapanmadan hemen önce verilen bir cevap kaydedilmedi: kartı bu arada başka bir yerde (başka bir sekmede ya da cihazda) değiştirildi.',
      unreadable:
        'Uygulama son kapanmadan hemen önce verilen bir cevap geri okunamadı, bu yüzden kaydedilmedi. Başka hiçbir şey kaybolmadı.',
      failed:
        'Uygulama son kapanmadan hemen önce verilen bir cevap henüz kaydedilemedi; uygulama bir sonraki açılışında yeniden denenecek.',
      dismiss: 'Kapat',
    },
    back: 'Desteye dön',
    missing: '“{{deckId}}” kimlikli bir deste yok.',
    countsLabel: 'Kalan: {{new}} yeni, {{learning}} öğreniliyor, {{review}} incelenecek',
    progress: 'Oturum ilerlemesi',
    band: { new: 'Yeni', learning: 'Öğreniliyor', review: 'İnceleme' },
    showAnswer: 'Cevabı göster',
    showAnswerHint: 'Boşluk ya da Enter',
    gradeLabel: '{{grade}}, sonraki {{interval}} sonra ({{key}} tuşu)',
    goodKeys: '{{key}} ya da Boşluk',
    keys: {
      title: 'Klavye kısayolları',
      open: 'Kısayollar',
      close: 'Kapat',
      spaceKeys: 'Boşluk / Enter',
      space: 'Cevabı göster; cevap tarafında İyi olarak değerlendir',
      grades: 'Tekrar, Zor, İyi, Kolay',
      help: 'Bu listeyi göster ya da gizle',
    },
    countsHint:
      'Bugün kalan kartlar: öğrenilecek yeni kartlar, şu anda zamanı gelen öğrenilen ya da yeniden öğrenilen kartlar, bugün zamanı gelen incelemeler.',
    gradesLabel: 'Ne kadar iyi hatırladınız?',
    actions: 'Kart işlemleri',
    undo: 'Geri al',
    bury: 'Yarına kadar gizle',
    suspend: 'Askıya al',
    edit: 'Düzenle',
    keyHint: '({{key}} tuşu)',
    editTitle: 'Kartı düzenle',
    save: 'Kaydet',
    cancel: 'İptal',
    front: 'Ön yüz',
    backSide: 'Arka yüz',
    editEmpty: 'Bir kartın ön ve arka yüzü olmalı.',
    editCurrent: 'Kartın şu anki hâli',
    notice: {
      changedElsewhere:
        'Bu kart başka bir sekmede değiştirildi; yeniden yüklendi ve hiçbir şey iki kez sayılmadı.',
      editConflict:
        'Bu kart başka bir sekmede değiştirildiği için düzenlemeniz kaydedilmedi. Metniniz duruyor; kartın şu anki hâli yanında gösteriliyor. Onun yerine geçirmek için yeniden kaydedin.',
      undoConflict:
        'Bu cevap geri alınamaz: kart o zamandan beri değişti (belki başka bir sekmede).',
      nothingToUndo: 'Geri alınacak bir şey yok.',
      undone: 'Son cevap geri alındı.',
      buried: 'Kart yarına kadar gizlendi.',
      suspended: 'Kart askıya alındı; askıdan çıkarana kadar gösterilmeyecek.',
      answerNotSaved:
        'Cevabınız kaydedilemedi, bu yüzden kart yeniden gösteriliyor; ondan sonra verilen cevaplar da kaydedilmedi.',
      saveFailed: 'Değişiklik kaydedilemedi.',
    },
    wait: 'Şu anda zamanı gelen başka kart yok. Öğrendiğiniz kartlar için şu saatte geri gelin: {{time}}.',
    done: 'Tebrikler! Bu desteyi şimdilik bitirdiniz.',
    next: {
      title: 'Sırada ne var?',
      dueTomorrow_one: 'Yarın bu destede {{count}} kartın zamanı geliyor.',
      dueTomorrow_other: 'Yarın bu destede {{count}} kartın zamanı geliyor.',
      unbury_one: 'Gizlenen {{count}} kartı geri getir ve çalış',
      unbury_other: 'Gizlenen {{count}} kartı geri getir ve çalış',
      quiz: 'Bu desteyle kendini test et',
      deck: 'Zamanı gelen kartları olan sıradaki desteyi çalış:',
      decks: 'Tüm desteler',
      more: {
        title: 'Bugün daha fazla yeni kart çalış',
        left_one: 'Bu destede henüz çalışılmamış {{count}} yeni kart var.',
        left_other: 'Bu destede henüz çalışılmamış {{count}} yeni kart var.',
        add_one: '{{count}} tane daha',
        add_other: '{{count}} tane daha',
        count: 'Kaç tane daha',
        study: 'Onları çalış',
      },
    },
    summary: {
      title: 'Oturum özeti',
      studied_one: '{{count}} kart çalışıldı',
      studied_other: '{{count}} kart çalışıldı',
      time: 'Harcanan süre: {{time}}',
      again: 'Tekrar: cevapların {{percent}} kadarı',
      nextDue: 'Sıradaki kartın zamanı: {{when}}',
      nothingDue: 'Henüz planlanmış bir kart yok.',
    },
  },
} as const satisfies Translation<typeof enStudyScreen>;
