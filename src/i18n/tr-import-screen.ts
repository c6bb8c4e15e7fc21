import type { enImportScreen } from './en-import-screen.ts';
import type { Translation } from './translator.ts';

/** Turkish strings of a document's messages, preview and update (see `en-import-screen.ts`). */
export const trImportScreen = {
  import: {
    deckFile: {
      notJson:
        '{{file}} bir deste dosyası değil: geçerli JSON değil (yarım kalmış ya da bozuk mu?).',
      foreign: '{{file}} bir Deckwright deste dosyası değil.',
      backup: '{{file}} bütün bir koleksiyonun yedeği: onu Ayarlar’dan içe aktarın.',
      damaged: '{{file}} bozuk bir deste dosyası: {{path}} eksik ya da hatalı.',
      tooLarge: '{{file}} 20 MB’tan büyük; bir deste dosyası en fazla bu kadar olabilir.',
      update:
        '{{file}}, sizde olan “{{title}}” destesinin bir sürümü: {{added}} yeni, {{updated}} değişen, {{retired}} kaldırılan.',
      updated:
        '{{file}}: “{{title}}” güncellendi ({{added}} yeni, {{updated}} değişen, {{retired}} kaldırılan).',
    },
    problem: {
      unsupported:
        '{{file}} bu uygulamanın okuyabildiği bir belge değil: Markdown (.md, .markdown), metin (.txt) veya HTML (.html, .htm) kullanın.',
      tooLarge:
        '{{file}} 20 MB’tan büyük; bir belge en fazla bu kadar olabilir. Daha küçük dosyalara bölün.',
      empty: '{{file}} boş.',
      whitespace: '{{file}} yalnızca boşluk içeriyor, metin yok.',
      binary: '{{file}} bir metin belgesi değil (ikili veri içeriyor).',
      pdf: '{{file}} bir PDF: önce metne ya da HTML’e dönüştürün.',
      word: '{{file}} bir Word (veya benzeri) belgesi: önce metne ya da HTML’e dönüştürün.',
      navigationOnly:
        '{{file}} yalnızca gezinme öğeleri (menüler, üst bilgi, alt bilgi) içeriyor; kart yapılacak bir yazı yok.',
      noCards:
        '{{file}}: öğrenilecek bir şey bulunamadı — tanım, vurgu, SSS, liste ya da karşılaştırma tablosu yok.',
    },
    update: {
      title: 'Desteyi güncelle',
      fromFile: 'Belgesinin yeni bir sürümünden güncelle',
      regenerate: 'Yeniden oluştur',
      regenerateHint:
        'Kartları saklanan belgeden ({{file}}) yeniden oluşturur, örneğin bir uygulama güncellemesinden sonra.',
      working: 'Kartlar oluşturuluyor…',
      summary: '{{file}}: {{added}} yeni, {{updated}} değişen, {{retired}} kaldırılan.',
      unchanged: '{{file}}: deste bu belgeyle zaten uyumlu; değişecek bir şey yok.',
      rules:
        'Değişmeyen kartlar geçmişlerini korur; düzenlediğiniz kartlar sizin metninizi korur; çalıştığınız kaldırılan kartlar askıya alınır, diğerleri silinir.',
      apply: 'Uygula',
      done: 'Güncellendi: {{added}} yeni, {{updated}} değişen, {{retired}} kaldırılan.',
    },
    preview: {
      heading: 'Yeni desteyi kontrol edin',
      file: 'Kaynak: {{file}}',
      deckTitle: 'Deste başlığı',
      language: 'Dil',
      windows1252:
        'Bu dosya UTF-8 değil, bu yüzden Windows-1252 (Batı Avrupa) olarak okundu. æ, ø, é gibi harflerin doğru göründüğünü kontrol edin.',
      merged_one: 'Tekrarlanan {{count}} kart bir başkasıyla birleştirildi.',
      merged_other: 'Tekrarlanan {{count}} kart başkalarıyla birleştirildi.',
      selected: '{{total}} karttan {{selected}} tanesi eklenecek.',
      include: '“{{front}}” dahil edilsin',
      edit: 'Düzenle',
      editCard: '“{{front}}” kartını düzenle',
      front: 'Ön yüz',
      back: 'Arka yüz',
      done: 'Tamam',
      showAll: '{{count}} kartın hepsini göster',
      skipped: 'Bulunan ama karta dönüştürülmeyenler ({{count}})',
      skip: {
        table:
          '“{{heading}}” (satır {{from}}–{{to}}): bir tablo, ama iki sütunlu bir karşılaştırma değil.',
        list: '“{{heading}}” (satır {{from}}–{{to}}): maddelerinden kart çıkmayan bir liste (onları tanıtan bir giriş satırı yok ve maddeler “Etiket: açıklama” biçiminde yazılmamış).',
        prose:
          '“{{heading}}” (satır {{from}}–{{to}}): yalnızca düz yazı — tanım, vurgu, SSS, liste ya da karşılaştırma tablosu yok.',
      },
      addDeck: 'Desteyi ekle',
      adding: 'Ekleniyor…',
      discard: 'Vazgeç',
      noneSelected: 'Desteyi eklemek için en az bir kart işaretleyin.',
    },
    table: {
      heading: 'Listedeki kartları kontrol edin',
      firstRowIsHeader: 'İlk satır sütunları adlandırıyor',
      front: 'Ön yüz',
      back: 'Arka yüz',
      tags: 'Etiketler',
      noTags: 'Etiket yok',
      column: 'Sütun {{number}}',
      namedColumn: 'Sütun {{number}}: {{name}}',
      cards_one: '{{count}} kart eklenecek.',
      cards_other: '{{count}} kart eklenecek.',
      showing: 'İlk {{shown}} tanesi:',
      none: 'Bu sütunlardan hem ön hem arka yüzü olan bir kart çıkmıyor: başka sütunlar seçin.',
      problem: {
        empty:
          '{{file}} hiç kart içermiyor: (başlığın altında) satır yok. Hiçbir şey kaydedilmedi.',
        oneColumn:
          '{{file}} tek sütunlu: bir kart listesinde her satırda virgül, noktalı virgül, sekme ya da | ile ayrılmış bir ön ve arka yüz olmalı. Hiçbir şey kaydedilmedi.',
        unevenRows:
          '{{file}}: {{row}}. satırda {{fields}} alan var, ama ilk satırda {{expected}} var. Dosyayı düzeltin (bir alanın içindeki ayırıcı tırnak içinde olmalı) ve yeniden ekleyin. Hiçbir şey kaydedilmedi.',
        unclosedQuote:
          '{{file}}: {{row}}. satırda açılan tırnak hiç kapanmıyor (yarım kalmış ya da bozuk mu?). Hiçbir şey kaydedilmedi.',
      },
    },
  },
} as const satisfies Translation<typeof enImportScreen>;
