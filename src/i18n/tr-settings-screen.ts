import type { enSettingsScreen } from './en-settings-screen.ts';
import type { Translation } from './translator.ts';

/** Turkish strings of the Settings screen (see `en-settings-screen.ts`). */
export const trSettingsScreen = {
  settings: {
    title: 'Ayarlar',
    language: {
      title: 'Dil',
      label: 'Uygulamanın dili',
      hint: 'Siz bir dil seçene kadar uygulama tarayıcınızın dillerini izler.',
      failed: 'Dil değiştirilemedi: {{reason}}',
    },
    storage: {
      title: 'Bu cihazdaki depolama',
      usage: 'Bu sitenin kullanabileceği {{quota}} alanın {{usage}} kadarı kullanılıyor.',
      usageUnknown: 'Bu tarayıcı uygulamanın ne kadar depolama kullandığını söylemiyor.',
      persisted: 'Kalıcı olarak saklanıyor: tarayıcı yer açmak için verilerinizi silmez.',
      notPersisted:
        'Kalıcı olarak saklanmıyor: cihazda yer azaldığında tarayıcı verilerinizi silebilir. Arada bir yedek dışa aktarın.',
      persistUnknown:
        'Bu tarayıcı site verilerini kalıcı olarak saklayamıyor. Arada bir yedek dışa aktarın.',
      persist: 'Verilerimi kalıcı olarak sakla',
      persistDenied:
        'Tarayıcı verileri kalıcı olarak saklamayı kabul etmedi. Uygulamayı yüklemek ya da daha sık kullanmak bunu değiştirebilir; o zamana kadar yedek dışa aktarın.',
    },
    backup: {
      title: 'Yedek',
      intro:
        'Bir yedek dosyası bütün koleksiyonunuzu içerir: desteler ve seçenekleri, planlamalarıyla kartlar, inceleme geçmişi, test geçmişi ve ayarlar.',
      export: 'Yedeği dışa aktar',
      exporting: 'Yedek hazırlanıyor…',
      exported: 'Yedek {{file}} olarak kaydedildi.',
      importTitle: 'Yedek içe aktar',
      choose: 'Yedek dosyası',
      checking: 'Dosya kontrol ediliyor…',
      summary:
        '{{file}}: {{date}} tarihinde {{appVersion}} sürümüyle alınmış bir yedek. Desteler: {{decks}}, kartlar: {{cards}}, incelemeler: {{reviews}}, testler: {{quizzes}}.',
      replace: 'Değiştir',
      replaceHint: 'Koleksiyonunuz tam olarak yedekteki hâline gelir.',
      confirmReplace:
        '{{cards}} kartınızın ve {{reviews}} incelemenizin yerini yedekteki {{backupCards}} kart ve {{backupReviews}} inceleme alacak.',
      snapshotFirst:
        'Önce koleksiyonunuzun bir anlık görüntüsü alınır: onu burada ya da daha sonra “Otomatik anlık görüntüler” altında geri yükleyebilirsiniz.',
      noSnapshot:
        'Koleksiyonunuzda anlık görüntü için çok fazla inceleme var, bu yüzden hiçbir şey onu korumuyor: geri isteyebilecekseniz önce bir yedek dışa aktarın.',
      confirmReplaceButton: 'Evet, değiştir',
      replaceSynced:
        'Eşitleme kurulu: bir sonraki eşitlemede yedeğin kartları, desteleri ve incelemeleri diğer cihazlarınıza gider, ama orada hiçbir şey silinmez. Yedekte olmayanlar (sonradan eklenen kartlar, desteler ya da incelemeler) sunucudan buraya geri gelir.',
      keptBefore: 'Koleksiyonunuzun içe aktarmadan önceki hâli anlık görüntü olarak saklandı.',
      restoreBefore: 'Önceki koleksiyonu geri yükle',
      merge: 'Birleştir',
      mergeHint:
        'Yedekte olup bu cihazda olmayanları ekler; her kart en son incelenen durumunu korur ve hiçbir inceleme iki kez sayılmaz.',
      cancel: 'İptal',
      importing: 'İçe aktarılıyor…',
      replaced:
        'Yedek içe aktarıldı; koleksiyonunuz değiştirildi. Kartlar: {{cards}}, incelemeler: {{reviews}}.',
      merged:
        'Yedek birleştirildi. Eklenen kayıtlar: {{added}}, daha yeni bir duruma güncellenen kartlar: {{updated}}.',
      refused: 'Bu dosya içe aktarılmadı ve hiçbir şey değişmedi. {{reason}}',
      failed: 'İçe aktarma başarısız oldu ve hiçbir şey değişmedi. {{reason}}',
    },
    problem: {
      empty: 'Dosya boş.',
      truncated:
        'Dosya erken bitiyor: belki yarıda kalan bir indirme ya da kopyalama yüzünden kesilmiş. Yedeğin eksiksiz bir kopyasını kullanın.',
      notJson: 'Dosya bir yedek değil: geçerli JSON değil ({{detail}}).',
      foreign: 'Dosya bir Deckwright yedeği değil.',
      newerFormat:
        'Yedek, Deckwright’ın daha yeni bir sürümüyle alınmış (yedek biçimi {{formatVersion}}). Uygulamayı güncelleyin, sonra içe aktarın.',
      newerSchema:
        'Yedek, Deckwright’ın daha yeni bir sürümüyle alınmış (veritabanı sürümü {{schemaVersion}}). Uygulamayı güncelleyin, sonra içe aktarın.',
      invalidHeader: 'Yedeğin başlığı “{{path}}” konumunda bozuk.',
      unknownTable: 'Yedek, uygulamanın bu sürümünün tanımadığı “{{table}}” tablosunu içeriyor.',
      countMismatch:
        'Yedekte “{{table}}” için {{expected}} kayıt olmalıydı ama {{actual}} kayıt var: eksik ya da düzenlenmiş.',
      invalidRecord:
        '“{{table}}” tablosunun {{position}}. kaydı geçerli değil: “{{path}}” {{expected}} olmalıydı ama {{received}}.',
      missingField: '“{{table}}” tablosunun {{position}}. kaydı geçerli değil: “{{path}}” eksik.',
      duplicateKey: '“{{table}}” tablosunda {{key}} anahtarlı iki kayıt var.',
      missingReference:
        '“{{table}}” tablosunun {{position}}. kaydı, yedekte olmayan {{parent}} “{{value}}” kaydını gösteriyor.',
      checksumMismatch:
        'Yedeğin içeriği sağlama toplamıyla uyuşmuyor: dosya yazıldıktan sonra bozulmuş ya da düzenlenmiş.',
      futureDate:
        '“{{table}}” tablosunun {{position}}. kaydında “{{field}}” {{value}}, yani gelecekte: dosyayı yazan cihazın saati yanlıştı ya da dosya düzenlenmiş.',
      damagedMedia:
        '“{{name}}” resmi ya da sesi (“media” tablosunun {{position}}. kaydı) bozuk: içeriği, olması gereken dosya olarak okunamıyor.',
      wrongDeck:
        '“{{cardId}}” kartının {{position}}. incelemesi, kartın destesi olmayan “{{deckId}}” destesine kayıtlı.',
    },
    check: {
      title: 'Veritabanını kontrol et',
      intro:
        'Her kartı inceleme geçmişiyle karşılaştırır, hiçbir şeye ait olmayan kayıtları (silinmiş kartların incelemeleri, silinmiş destelerin kartları) kaldırır ve istatistikleri yeniden oluşturur. Bir şey yanlış göründüğünde çalıştırın; sağlam bir koleksiyona dokunulmaz.',
      run: 'Veritabanını kontrol et',
      checking: 'Veritabanı kontrol ediliyor…',
      reportLabel: 'Veritabanı kontrol raporu',
      checked_one: '{{count}} kart kontrol edildi.',
      checked_other: '{{count}} kart kontrol edildi.',
      sound: 'Sorun bulunamadı.',
      cardsRepaired_one:
        '{{count}} kart inceleme geçmişiyle uyuşmuyordu ve cevaplarının gösterdiği duruma getirildi.',
      cardsRepaired_other:
        '{{count}} kart inceleme geçmişiyle uyuşmuyordu ve cevaplarının gösterdiği duruma getirildi.',
      queuesFixed_one: '{{count}} kart yanlış çalışma kuyruğundaydı ve kendi kuyruğuna geri kondu.',
      queuesFixed_other:
        '{{count}} kart yanlış çalışma kuyruğundaydı ve kendi kuyruğuna geri kondu.',
      orphanReviews_one: 'Artık var olmayan bir kartın {{count}} incelemesi kaldırıldı.',
      orphanReviews_other: 'Artık var olmayan kartların {{count}} incelemesi kaldırıldı.',
      orphanCards_one: 'Artık var olmayan bir destenin {{count}} kartı kaldırıldı.',
      orphanCards_other: 'Artık var olmayan destelerin {{count}} kartı kaldırıldı.',
      orphanUndo_one: 'Hiçbir şeyi göstermeyen {{count}} geri alma adımı kaldırıldı.',
      orphanUndo_other: 'Hiçbir şeyi göstermeyen {{count}} geri alma adımı kaldırıldı.',
      closedTabSteps_one: 'Kapatılmış bir sekmeye ait {{count}} geri alma adımı kaldırıldı.',
      closedTabSteps_other: 'Kapatılmış sekmelere ait {{count}} geri alma adımı kaldırıldı.',
      orphanQuizAnswers_one: 'Artık var olmayan bir testin {{count}} cevabı kaldırıldı.',
      orphanQuizAnswers_other: 'Artık var olmayan testlerin {{count}} cevabı kaldırıldı.',
      orphanMedia_one: 'Artık hiçbir kartın göstermediği {{count}} medya dosyası kaldırıldı.',
      orphanMedia_other: 'Artık hiçbir kartın göstermediği {{count}} medya dosyası kaldırıldı.',
      summariesFixed_one: '{{count}} istatistik kaydı güncel değildi ve yeniden oluşturuldu.',
      summariesFixed_other: '{{count}} istatistik kaydı güncel değildi ve yeniden oluşturuldu.',
      failed: 'Kontrol başarısız oldu ve hiçbir şey değişmedi. {{reason}}',
    },
    snapshots: {
      title: 'Otomatik anlık görüntüler',
      intro:
        'Uygulama günde bir kez koleksiyonunuzun bir kopyasını bu cihazda saklar ve son {{count}} kopyayı tutar. Bunlar bir hatayı (örneğin yanlış bir içe aktarmayı) geri alır, kaybolan bir cihazı değil: ona karşı yalnızca dışa aktarılmış bir yedek korur.',
      tooLarge:
        '{{count}} incelemeden büyük koleksiyonlar otomatik olarak kopyalanmaz (her kopya dakikalar ve yüzlerce megabayt alırdı): bunun yerine bir yedek dışa aktarın.',
      empty:
        'Henüz anlık görüntü yok: çalışmaya başladıktan sonra uygulamayı açtığınız her gün bir tane alınır.',
      item: '{{date}} (kartlar: {{cards}}, incelemeler: {{reviews}})',
      itemBeforeReplace:
        '{{date}}, bir Değiştir işleminden önce (kartlar: {{cards}}, incelemeler: {{reviews}})',
      restore: 'Geri yükle',
      restoreLabel: '{{date}} tarihli anlık görüntüyü geri yükle',
      confirm:
        'Bütün koleksiyonunuz {{date}} tarihli anlık görüntüyle değiştirilsin mi? O zamandan beri yaptıklarınız, önce bir yedek dışa aktarmazsanız kaybolur.',
      confirmRestore: 'Evet, geri yükle',
      restored: '{{date}} tarihli anlık görüntü geri yüklendi.',
    },
    sync: {
      title: 'Eşitleme',
      intro:
        'Bu koleksiyonu bir CouchDB sunucusu üzerinden diğer cihazlarınızla eşit tutun: her cihazdaki her cevap saklanır ve her kartın takvimi bunların hepsinden çıkar.',
      server: 'Sunucu',
      database: 'Veritabanı',
      user: 'Kullanıcı',
      password: 'Parola',
      passwordHint:
        'Yalnızca bu tarayıcı sekmesinde tutulur; hiçbir zaman kaydedilmez ve yedeğe girmez.',
      continuous: 'Çevrimiçiyken kendiliğinden eşitle',
      save: 'Kaydet',
      syncNow: 'Şimdi eşitle',
      syncing: 'Eşitleniyor…',
      progress: {
        checking: 'Bağlanılıyor…',
        sending: 'Değişiklikler gönderiliyor ({{done}})…',
        receiving: 'Değişiklikler alınıyor…',
        applying: 'Değişiklikler uygulanıyor ({{done}})…',
        receivingOf: 'Değişiklikler alınıyor: {{done}}/{{total}}…',
        applyingOf: 'Değişiklikler uygulanıyor: {{done}}/{{total}}…',
        derivingOf: 'Kartların planlaması hesaplanıyor: {{done}}/{{total}}…',
      },
      never: 'Henüz eşitlenmedi.',
      lastSync: 'Son eşitleme: {{date}}.',
      waiting_one: 'Gönderilmeyi bekleyen {{count}} değişiklik var.',
      waiting_other: 'Gönderilmeyi bekleyen {{count}} değişiklik var.',
      needPassword: 'Eşitlemek için parolayı girin.',
      incomplete: 'Sunucu, veritabanı ve kullanıcıyı doldurun.',
      error: {
        unreachable:
          'Sunucuya ulaşılamadı ya da sunucu bu uygulamanın bağlanmasına izin vermiyor. Adresi, bağlantınızı ve sunucunun CORS ayarlarını (bu uygulamanın adresine izin vermeli) kontrol edin; eşitleme kaldığı yerden sürer.',
        wrongPassword: 'Sunucu kullanıcı adını ya da parolayı kabul etmedi.',
        serverFull:
          'Sunucunun depolama alanı dolu, bu yüzden gönderilen değişiklikleri saklayamadı. Bu cihazda hiçbir şey kaybolmadı: değişiklikler hâlâ gönderilmeyi bekliyor. Sunucunun yöneticisinden yer açmasını isteyin, sonra yeniden eşitleyin.',
        diskFull:
          'Bu cihazın depolama alanı dolu, bu yüzden gelen değişiklikler kaydedilemedi. Hiçbir şey yarım kaydedilmedi. Yer açın (deste ya da başka sitelerin verilerini silin) ve yeniden eşitleyin; eşitleme kaldığı yerden sürer.',
        notCouch: 'Adres yanıt veriyor, ama bir CouchDB sunucusu olarak değil.',
        otherApp:
          'Bu veritabanında başka bir uygulamanın verileri var. Başka bir veritabanı adı seçin.',
        noDatabase:
          'Veritabanı yok ve bu kullanıcı onu oluşturamıyor. Sunucunun yöneticisine sorun ya da başka bir ad seçin.',
        badAddress: 'Sunucu adresi http:// ya da https:// ile başlamalı.',
        failed: 'Eşitleme başarısız oldu: {{reason}}',
      },
    },
  },
} as const satisfies Translation<typeof enSettingsScreen>;
