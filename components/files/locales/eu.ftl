## Profil bat beste gailu batera eramatea: fitxategi batean gordetzea eta fitxategi hori irekitzea
## (facilitator.html bakarrik).

transfer-export-name = Gorde { $name } profila fitxategi batean
transfer-export-done = { $name } profila «{ $file }» fitxategian gorde da. Ebaluazioak ez daude fitxategian: osasun-datuak dira.
transfer-import-title = Eraman profilak beste gailu batera
transfer-import-hint = Gorde profil bat fitxategi batean, bere irudi eta grabazioekin, eta ireki fitxategia beste gailu batean. Gailu honetan ezer aldatu aurretik, fitxategian zer dagoen ikusiko duzu.
transfer-import-open = Ireki profil-fitxategi bat
transfer-import-reading = Fitxategia irakurtzen…
transfer-preview-title = Zer dagoen fitxategian
transfer-preview-made = Gordetze-data: { $date }.
transfer-preview-new = { $name } oraindik ez dago gailu honetan: profila gehituko da.
transfer-preview-replaces = Gailu honek badu profil hau, izen honekin: { $name }. Ordeztu fitxategikoarekin, edo gorde biak.
transfer-preview-board = { $count ->
    [one] Piktograma 1 taulan
   *[other] { $count } piktograma taulan
}
transfer-preview-lists = { $count ->
    [one] Erosketa-zerrenda 1
   *[other] { $count } erosketa-zerrenda
}
transfer-preview-activities = { $count ->
    [one] Jarduera 1 ordutegian
   *[other] { $count } jarduera ordutegian
}
transfer-preview-routines = { $count ->
    [one] Errutina 1
   *[other] { $count } errutina
}
transfer-preview-wallet = Diru-zorroa: { $amount }
transfer-preview-photos = { $count ->
    [one] Argazki propio 1
   *[other] { $count } argazki propio
}
transfer-preview-recordings = { $count ->
    [one] Ahots-grabazio 1
   *[other] { $count } ahots-grabazio
}
transfer-preview-downloaded = { $count ->
    [one] ARASAACetik deskargatutako piktograma 1
   *[other] ARASAACetik deskargatutako { $count } piktograma
}
transfer-preview-already = { $count ->
    [one] Irudi edo grabazio 1 badago gailu honetan, eta dagoen bezala geratzen da.
   *[other] { $count } irudi edo grabazio badaude gailu honetan, eta dauden bezala geratzen dira.
}
transfer-preview-repaired = { $count ->
    [one] Fitxategiko gauza 1 ezin izan da irakurri, eta kanpoan geratzen da.
   *[other] Fitxategiko { $count } gauza ezin izan dira irakurri, eta kanpoan geratzen dira.
}
transfer-import-add = Gehitu { $name }
transfer-import-replace = Ordeztu { $name }
transfer-import-keep-both = Gorde biak
transfer-import-cancel = Utzi
transfer-replace-title = { $name } profila ordeztu nahi duzu?
transfer-replace-body = Gailu honetako ezarpenak, piktogramak, erosketa-zerrendak eta ordutegia fitxategikoekin ordezten dira. Ebaluazioak gailu honetan geratzen dira.
transfer-replace-yes = Ordeztu
transfer-replace-no = Utzi hemen dagoena
transfer-imported = { $name } profila gailu honetan dago orain.

bundle-error-not-zip = Hau ez da Pictokiten profil-fitxategi bat. Ez da ezer aldatu.
bundle-error-damaged = Fitxategia hondatuta edo osatu gabe dago. Gorde berriro beste gailuan. Ez da ezer aldatu.
bundle-error-unsupported = Fitxategia Pictokitek ireki ezin duen modu batean paketatuta dago (agian zifratuta dago). Ez da ezer aldatu.
bundle-error-too-large = Fitxategia handiegia da profil baterako: gehienez 64 MB eta 2.000 zati. Ez da ezer aldatu.
bundle-error-unsafe-name = Fitxategiak kanpora begira dauden izenak ditu, eta hori ez da segurua; beraz, ez da ireki. Ez da ezer aldatu.
bundle-error-entry-too-large = Fitxategiko zerbait handiegia da (irudi bat, grabazio bat edo zerrenda bat); beraz, ez da ireki. Ez da ezer aldatu.
bundle-error-not-pictokit = Zip fitxategi hau ez da Pictokiten profil bat. Ez da ezer aldatu.
bundle-error-newer = Fitxategi hau Pictokit berriago batekin egin zen. Eguneratu Pictokit gailu honetan, eta ireki berriro. Ez da ezer aldatu.
bundle-error-incomplete = Fitxategiaren zati bat falta da, edo ezin da irakurri. Gorde berriro beste gailuan. Ez da ezer aldatu.
bundle-error-profile = Ezin da fitxategiko profila irakurri. Ez da ezer aldatu.
bundle-error-media = Fitxategiko irudi edo grabazio bat ez da Pictokitek erakusten duen motakoa; beraz, fitxategia ez da ireki. Ez da ezer aldatu.
bundle-error-write = Ezin izan da fitxategia egin. Ez da ezer aldatu.

## Zifratuta eramandako ebaluazioak (pertsona baten galdetegiaren pantaila).

sealed-title = Eraman ebaluazioak beste gailu batera, zifratuta
sealed-hint = Ebaluazioak eta laguntza-planak osasun-datuak dira; horregatik, haien fitxategia pasaesaldi batekin blokeatzen da. Esan pasaesaldia beste pertsonari beste bide batetik, inoiz ez fitxategiarekin batera.
sealed-passphrase = Pasaesaldia (gutxienez 8 karaktere)
sealed-save = Gorde ebaluazioak, zifratuta
sealed-open = Ireki fitxategi zifratu bat
sealed-open-with = Ireki pasaesaldi honekin
sealed-working = Blokeatzeak edo desblokeatzeak une bat behar du…
sealed-too-short = Pasaesaldiak gutxienez 8 karaktere behar ditu.
sealed-nothing = { $name }: oraindik ez dago gordetzeko ebaluaziorik.
sealed-saved = { $name } profilaren ebaluazioak «{ $file }» fitxategian gorde dira, zifratuta.
sealed-ready = Fitxategia prest dago: idatzi haren pasaesaldia goian, eta sakatu «Ireki pasaesaldi honekin».
sealed-wrong = Pasaesaldi honek ez du fitxategia irekitzen, edo fitxategia aldatu egin da. Begiratu pasaesaldia eta saiatu berriro. Ez da ezer aldatu.
sealed-opened = { $added ->
    [0] Ez dago ezer berririk fitxategian.
    [one] Ebaluazio 1 gehitu da.
   *[other] { $added } ebaluazio gehitu dira.
}
sealed-kept = { $kept ->
    [one] Ebaluazio 1 bazegoen hemen, eta dagoen bezala geratzen da.
   *[other] { $kept } ebaluazio bazeuden hemen, eta dauden bezala geratzen dira.
}
sealed-failed = Ezin izan da fitxategia egin. Ez da ezer aldatu.
sealed-error-not-sealed = Hau ez da Pictokiten fitxategi zifratu bat. Ez da ezer aldatu.
sealed-error-newer = Fitxategi hau Pictokit berriago batekin egin zen. Eguneratu Pictokit gailu honetan, eta ireki berriro. Ez da ezer aldatu.
sealed-error-damaged = Fitxategi zifratua hondatuta dago. Gorde berriro beste gailuan. Ez da ezer aldatu.
sealed-error-too-large = Fitxategia handiegia da Pictokiten ebaluazioak izateko. Ez da ezer aldatu.
sealed-error-other-content = Fitxategi zifratu honetan beste zerbait dago, ez ebaluazioak. Ez da ezer aldatu.

## Papera: erosketa-zerrenda bat, egun baten zerrenda, aste bateko zerrendak.

print-list = Inprimatu zerrenda
print-day = Inprimatu egun hau
print-week = Inprimatu aste hau
print-back = Itzuli
print-now = Inprimatu
print-hint = Piktogramak koloretan inprimatzen dira, pertsonak ezagutzen duen tamainan, eta txartel bakoitza osorik orri batean. Moztu marra etenen gainetik.
print-list-title = { $list }: { $name } profilaren erosketa-zerrenda
print-budget = Erosketa honetarako dirua: { $amount }
print-quantity = × { $count }
print-day-title = { $name } profilaren eguna: { $date }
print-week-title = { $name } profilaren astea, data honetatik: { $date }
print-nothing = Ez dago ezer aurreikusita.
print-cancelled = Gaur ez ({ $time })
print-routine = Inprimatu
print-routine-name = Inprimatu errutina: { $name }
print-routine-title = { $routine }: { $name } profilaren urratsak
print-step = { $n }. urratsa
print-board = Inprimatu piktogramak
print-board-title = { $name } profilaren piktogramak
sealed-error-not-answers = Fitxategi zifratu hau ez da erantzun-fitxategi bat. Ez da ezer aldatu.

## Ezarpenak QR kode batean
qr-title = Ezarpenak QR kode batean
qr-hint = QR kode batean ezarpenak bakarrik bidaltzen dira: hizkuntza, ahotsa, sareta, testuaren tamaina, itxura eta osagaiak. Erakutsi kodea hemen, eta eskaneatu beste tabletarekin.
qr-show = Erakutsi { $name } profilaren ezarpenen QR kodea
qr-code-alt = { $name } profilaren ezarpenak dituen QR kodea
qr-code-how = Beste tabletan: ireki profesionalentzako Pictokit, joan «Eraman profilak beste gailu batera» atalera, eta sakatu «Eskaneatu ezarpenen QR kode bat». Jarri pantaila hau haren kameraren aurrean.
qr-scan = Eskaneatu ezarpenen QR kode bat
qr-scan-stop = Gelditu kamera
qr-camera = Kamera, QR kode baten bila
qr-scan-hint = Jarri QR kodea kameraren aurrean, 20 cm ingurura.
qr-found-title = QR kodean aurkitutako ezarpenak
qr-add = Gehitu { $name } profil berri gisa
qr-use-for = Erabili ezarpen hauek { $name } profilean
qr-use-title = Ezarpen hauek { $name } profilean erabili nahi dituzu?
qr-use-body = Hizkuntza, ahotsa, sareta, testuaren tamaina, itxura eta osagaiak kodekoak izango dira. Piktogramak, zerrendak, ordutegia eta ebaluazioak ez dira aldatzen.
qr-use-yes = Bai, erabili ezarpen hauek
qr-applied = { $name } profilaren ezarpenak gailu honetan gorde dira.

qr-error-not-pictokit = QR kode honek ez du Pictokiten ezarpenik. Eskaneatu Pictokitek beste tabletan erakusten duen kodea. Ez da ezer aldatu.
qr-error-newer = Kode hau Pictokit berriago batekin egin zen. Eguneratu Pictokit tableta honetan, eta eskaneatu berriro. Ez da ezer aldatu.
qr-error-damaged = Ezin izan da kodea osorik irakurri. Eskaneatu berriro, argi gehiagorekin eta distirarik gabe. Ez da ezer aldatu.
qr-error-too-big = Kode honek ezarpen batzuek baino askoz gehiago dakar; beraz, ez da irakurri. Ez da ezer aldatu.
qr-error-settings = Ezin dira kodeko ezarpenak erabili (adibidez, izena hutsik dago edo luzeegia da). Begiratu ezarpenak beste tabletan, eta egin kode berri bat. Ez da ezer aldatu.
qr-settings-too-big = Ezarpen hauek luzeegiak dira QR kode baterako (askotan, ahots baten izena oso luzea delako). Gorde profila fitxategi batean, eta ireki beste tabletan.
qr-photo-left-out = Argazkia ez da QR kodean bidaltzen: beste tabletak aurpegi irribarretsua erakutsiko du, han argazki bat aukeratu arte.

## Beste aplikazio batzuetako taulak (Open Board Format)
obf-title = Beste aplikazio batzuetako taulak
obf-hint = Ireki Cboard, AsTeRICS Grid, CoughDrop edo Open Board Format fitxategiak (.obf, .obz) gordetzen dituen beste aplikazio batekin egindako taula bat, edo gorde { $name } profilaren piktogramak fitxategi horietako batean.
obf-open = Ireki taula-fitxategi bat (.obf, .obz)
obf-reading = Fitxategia irakurtzen…
obf-making = Irudiak egiten…
obf-preview-title = Zer dagoen taula-fitxategian
obf-preview-choose = Zer taula gehitu
obf-preview-board = «{ $board }»: { $count ->
    [one] botoi 1
   *[other] { $count } botoi
}
obf-preview-pictures = Irudi propioarekin: { $pictures }. Hitza bere kolorearen gainean: { $words }.
obf-preview-hidden = { $count ->
    [one] Ezkutuko botoi 1 ez da gehitzen.
   *[other] Ezkutuko { $count } botoi ez dira gehitzen.
}
obf-preview-warnings = { $count ->
    [one] Fitxategiko gauza 1 ezin izan da gorde: Interneten bakarrik dagoen irudi bat edo argazkia ez den irudi bat, edo irakurri ezin izan den kolore edo hitz bat.
   *[other] Fitxategiko { $count } gauza ezin izan dira gorde: Interneten bakarrik dauden irudiak edo argazkiak ez diren irudiak, edo irakurri ezin izan diren koloreak edo hitzak.
}
obf-add = { $count ->
    [one] Gehitu irudi 1 { $name } profilaren piktogrametara
   *[other] Gehitu { $count } irudi { $name } profilaren piktogrametara
}
obf-added = { $count ->
    [one] «{ $board }» taulako irudi 1 gehitu da { $name } profilaren piktogrametara.
   *[other] «{ $board }» taulako { $count } irudi gehitu dira { $name } profilaren piktogrametara.
}
obf-failed = Ezin izan da irudi bat egin. Ez da ezer aldatu.
obf-preview-sounds = { $count ->
    [one] Botoi batek soinu propioa du: bere irudiaren grabazioa izango da.
   *[other] { $count } botoik soinu propioa dute: bakoitza bere irudiaren grabazioa izango da.
}
obf-preview-language = Haren hitzak hizkuntza honetan daude: { $language }. Hizkuntza horretan geratzen dira, eta hizkuntza horretan irakurtzen dira ozen. Salbuespena: taulak pertsona honen hizkuntzan ere ematen dituen hitzak.
obf-added-recordings = { $count ->
    [one] Soinu 1 bere irudiaren grabazio gisa gorde da.
   *[other] { $count } soinu beren irudien grabazio gisa gorde dira.
}
obf-added-sounds-refused = { $count ->
    [one] Soinu 1 kanpoan geratu da: handiegia da grabazio baterako (gehienez, minutu bat inguru).
   *[other] { $count } soinu kanpoan geratu dira: handiegiak dira grabazio baterako (gehienez, minutu bat inguru).
}
obf-save-obz = Gorde { $name } profilaren piktogramak taula-fitxategi gisa (.obz)
obf-save-obf = Gorde { $name } profilaren piktogramak .obf fitxategi bakar batean
obf-save-empty = { $name }: oraindik ez dago gordetzeko piktogramarik.
obf-saved = Taula «{ $file }» fitxategian gorde da. Open Board Format irakurtzen duten aplikazioek irekitzen dute, hala nola Cboard, AsTeRICS Grid eta CoughDrop aplikazioek.
obf-error-not-board = Fitxategi hau ez da komunikazio-taula bat. Aukeratu .obf edo .obz fitxategi bat. Ez da ezer aldatu.
obf-error-damaged = Taula-fitxategia hondatuta edo osatu gabe dago. Esportatu berriro beste aplikaziotik. Ez da ezer aldatu.
obf-error-unsupported = Fitxategia Pictokitek ireki ezin duen modu batean paketatuta dago (agian pasahitza du). Esportatu berriro pasahitzik gabe. Ez da ezer aldatu.
obf-error-newer = Taula honek Pictokitek ezagutzen duena baino formatu-bertsio berriagoa erabiltzen du. Eguneratu Pictokit, edo esportatu taula open-board-0.1 formatuan. Ez da ezer aldatu.
obf-error-too-big = Fitxategia handiegia da: gehienez 64 MB, eta 8 MB taula bakoitzeko. Esportatu taula gutxiago aldi bakoitzean. Ez da ezer aldatu.
obf-error-too-many = Taulak botoi gehiegi ditu Pictokitentzat: gehienez 400 botoi, 20 errenkadatan eta 20 zutabetan, eta 200 taula fitxategi bakoitzean. Egin txikiagoa beste aplikazioan. Ez da ezer aldatu.
obf-error-no-root = Taula-multzoak ez du esaten zer taula irekitzen den lehenengo, edo taula hori falta da. Esportatu berriro beste aplikaziotik. Ez da ezer aldatu.
obf-error-unsafe-path = Fitxategiak kanpora begira dauden izenak ditu, eta hori ez da segurua; beraz, ez da ireki. Ez da ezer aldatu.

## Txostenaren erantzun-taula, blokeatuta (views::sealed::LockedTableSave, LockedTableOpen)
table-title = Erantzun guztiak taula batean, blokeatuta
table-hint = Taulan erantzun guztiak daude: osasun-datuak dira; horregatik, pasaesaldi batekin blokeatzen da. Ireki Pictokitekin, kalkulu-orria erabiltzen duzun ordenagailuan: profilen pantailako «Ireki taula blokeatu bat» aukerak CSV fitxategi gisa gordetzen du han.
table-passphrase = Taularen pasaesaldia (gutxienez 8 karaktere)
table-save = Blokeatu eta gorde taula
table-saved = Taula «{ $file }» fitxategian gorde da, blokeatuta.
table-open-title = Ireki taula blokeatu bat (CSV)
table-open-hint = Pictokitek gordetako erantzun-taulak blokeatuta daude. Aukeratu taula eta idatzi haren pasaesaldia: Pictokitek ordenagailu honetan gordetzen du, kalkulu-orri baterako CSV fitxategi gisa, eta ez du ezer gordetzen beretzat.
table-choose = Aukeratu taula blokeatu bat
table-ready = Fitxategia prest dago: idatzi haren pasaesaldia, eta sakatu «Desblokeatu eta gorde CSVa».
table-open = Desblokeatu eta gorde CSVa
table-opened = Taula ordenagailu honetan gorde da, izen honekin: «{ $file }».
sealed-error-not-table = Fitxategi zifratu hau ez da erantzun-taula bat. Ez da ezer aldatu.
table-error-too-large = Fitxategia handiegia da erantzun-taula blokeatu bat izateko (gehienez 32 MB). Aukeratu Pictokitek gordetako taula. Ez da ezer aldatu.
table-error-not-csv = Fitxategia ireki da, baina barruan dagoena ez da Pictokitek gordetako erantzun-taula bat; beraz, ez da CSV gisa gorde. Ez da ezer aldatu.

obf-preview-no-format = Fitxategiak ez du esaten taula bat denik, baina hitzak dituzten botoiak ditu; beraz, taula gisa irakurri da. Begiratu irudiak, gehitu aurretik.
obf-preview-actions = { $count ->
    [one] Botoi batek beste aplikazioan bakarrik egiten du zerbait (garbitu, ezabatu, letraz letra idatzi). Kanpoan geratzen da.
   *[other] { $count } botoik beste aplikazioan bakarrik egiten dute zerbait (garbitu, ezabatu, letraz letra idatzi). Kanpoan geratzen dira.
}
obf-include-actions = Gehitu botoi horiek ere irudi gisa
