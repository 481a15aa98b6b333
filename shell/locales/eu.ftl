# Profesionalaren pantailak (facilitator.html bakarrik): lehen orriak ez ditu hauek kargatzen.

facilitator-banner = Profesionalaren modua
facilitator-exit = Itzuli hasierara
facilitator-device = Gailu hau
fac-profiles-title = Profilak
fac-profiles-empty = Oraindik ez dago profilik gailu honetan.
fac-new-profile = Profil berria
fac-edit = Editatu
fac-edit-name = Editatu { $name }
fac-duplicate = Bikoiztu
fac-duplicate-name = Bikoiztu { $name }
fac-delete = Ezabatu
fac-delete-name = Ezabatu { $name }
fac-preview = Aurrebista
fac-preview-name = Ikusi { $name } profilaren pantaila
fac-lock-hint = Gailu hau pertsona bati uzteko, blokeatu haren profilean: bere pantailak bakarrik ikusiko ditu. Hona itzultzeko, eduki sakatuta giltzarrapoaren izkina 3 segundoz.
profile-copy-name = { $name } (kopia)
fac-summary = { $language } · pantaila bakoitzeko { $grid } · { $theme }
delete-confirm-title = { $name } profila ezabatu nahi duzu?
delete-confirm-body = Profila gailu honetatik kenduko da. Denbora batez desegin dezakezu.
delete-confirm-yes = Ezabatu
delete-confirm-no = Mantendu
deleted-toast = { $name } profila ezabatu da.
trash-title = Duela gutxi ezabatuak
trash-restore = Berreskuratu
trash-restore-name = Berreskuratu { $name }

## Profil-editorea
editor-title-new = Profil berria
editor-title-edit = Editatu { $name } profila
editor-section-person = Pertsona
editor-section-speech = Ahotsa
editor-section-screen = Pantaila
editor-section-components = Osagaiak
field-name = Izena
field-avatar = Irudia
avatar-choose-photo = Erabili argazki bat
avatar-remove-photo = Erabili piktograma bat
avatar-photo-alt = Argazkia: { $name }
avatar-choose-pictogram = Aukeratu piktograma bat
avatar-pictogram-alt = { $name } profilerako aukeratutako piktograma
field-language = Hizkuntza
field-speech = Irakurri ozen
field-voice = Ahotsa
voice-default = Gailuaren ahotsa hizkuntza honetarako
field-rate = Ahotsaren abiadura
rate-value = % { $percent }
speech-test = Entzun
speech-test-sentence = Kaixo, { $name } naiz.
field-text-size = Testuaren tamaina
field-grid = Piktogramak pantaila bakoitzeko
grid-option = { $n }
field-show-labels = Erakutsi hitzak piktogramen azpian
field-theme = Itxura
field-reduced-motion = Gutxitu mugimendua
save = Gorde
cancel = Utzi
saved = Gordeta.
editor-has-problems = Begiratu markatutako eremuak.

## Ahotsaren egoera, profesionalarentzat
speech-unsupported = Nabigatzaile honek ezin du hitz egin. Ahotsa isilik geratzen da; beste guztiak funtzionatzen du.
speech-no-voices = Nabigatzaile honek ez du ahotsik hizkuntza honetan: { $language }. Ahotsa isilik geratzen da; beste guztiak funtzionatzen du. Entzuteko, gehitu hizkuntza horretako ahots bat gailuaren ezarpenetan: Testua ahots bihurtzea Android eta Windows-en, Ahozko edukia iPad-en, espeak-ng paketea Linux-en.

## Osagaiak
pin-dots = { $count }

## Aurrebista
device-title = Gailu hau
device-language = Profesionalaren pantailen hizkuntza
device-pin-title = Profesionalaren PINa
device-pin-explain = Nahi baduzu, PIN bat jar dezakezu. PINarekin, urrats bat gehiago behar da pertsona baten pantaila desblokeatzeko. Sakatuta edukitzeko keinua beti behar da.
device-pin-none = Ez dago PINik.
device-pin-is-set = PIN bat dago.
device-pin-new = PIN berria (4 eta 8 zifra artean)
device-pin-set = Gorde PINa
device-pin-remove = Kendu PINa
device-pin-saved = PINa gordeta.
device-pin-unavailable = Nabigatzaile honek ezin du PIN bat babestu hemen (orri seguru bat behar du). Sakatuta edukitzeko keinuarekin bakarrik desblokeatzen da.
device-pin-removed = PINa kenduta.
device-speech-title = Ahotsa gailu honetan

## Erroreak
error-boundary = Zerbaitek huts egin du pantaila honetan. Zure datuak salbu daude.
error-boundary-home = Itzuli hasierara
fac-pictograms = Piktogramak
fac-pictograms-name = { $name } profilaren piktogramak
board-title = { $name } profilaren piktogramak
board-hint = Piktograma hauek { $name } profilaren taula osatzen dute: «Nire piktogramak». Gehitu batzuk batera, ordenatu, eta grabatu ahots ezagun bat edozein piktogramatarako.
board-add = Gehitu piktogramak
board-empty = Oraindik ez dago piktogramarik. Sakatu «Gehitu piktogramak» batzuk aukeratzeko.
board-added = { $count ->
    [one] Piktograma bat gehitu da.
   *[other] { $count } piktograma gehitu dira.
}
board-unnamed = (izenik gabe)
board-move-up = Igo { $name }
board-move-down = Jaitsi { $name }
board-remove = Kendu
board-remove-name = Kendu { $name }
picker-title-many = Aukeratu piktogramak
picker-title-one = Aukeratu piktograma bat
picker-search = Bilatu
picker-browse = Erakutsi
picker-recent = Azkenak
picker-favourites = Gogokoak
picker-categories = Kategoriak
picker-photos = Argazki propioak
picker-all-categories = Kategoria guztiak
picker-results-label = Piktogramak
picker-preview = Aukeratutako piktograma
picker-loading = Piktogramak kargatzen…
picker-no-results = Ez da ezer aurkitu hitz honekin: «{ $query }».
picker-results = { $count ->
    [one] Piktograma bat aurkitu da.
   *[other] { $count } piktograma aurkitu dira.
}
picker-recent-empty = Oraindik ez da piktogramarik aukeratu pertsona honentzat.
picker-favourites-empty = Oraindik ez dago gogokorik. Markatu bat izarrarekin.
picker-photos-empty = Oraindik ez dago argazki propiorik.
picker-listen = Entzun
picker-favourite = Gogokoa
picker-selected = { $count ->
    [0] Oraindik ez duzu ezer aukeratu.
    [one] Bat aukeratuta.
   *[other] { $count } aukeratuta.
}
picker-add = { $count ->
    [one] Gehitu piktograma 1
   *[other] Gehitu { $count } piktograma
}
photo-new = Argazki berria
photo-camera = Kamera
photo-taken = Atera berri duzun argazkia
photo-open-camera = Erabili kamera
photo-take = Atera argazkia
photo-choose-file = Aukeratu fitxategi bat
photo-names = Argazkiaren izena
photo-name-needed = Idatzi izen bat, gutxienez hizkuntza batean.
photo-save = Gorde argazkia

## Kamera, mikrofonoa eta sarea
media-denied = Pictokitek ez du baimenik kamera edo mikrofonoa erabiltzeko. Eman baimena nabigatzailearen gunearen ezarpenetan, edo aukeratu fitxategi bat.
media-unavailable = Gailu honek edo nabigatzaile honek ez du Pictokitek erabil dezakeen kamerarik edo mikrofonorik.
media-failed = Ez du funtzionatu. Saiatu berriro.
media-network = Zerbitzariak ez du erantzuten. Begiratu konexioa; Pictokitekin datozen piktogramek funtzionatzen dute oraindik.
voice-record = Grabatu ahotsa
voice-record-name = Grabatu ahotsa: { $name }
voice-play = Entzun ahotsa
voice-play-name = Entzun ahotsa: { $name }
voice-forget = Kendu ahotsa
voice-forget-name = Kendu ahotsa: { $name }
voice-stop = Gelditu
voice-recording = Grabatzen…
voice-listen-take = Entzun
voice-keep = Gorde
voice-redo = Grabatu berriro
voice-unsupported = Nabigatzaile honek ezin du soinua grabatu. Ahots sintetikoa erabiltzen da.

## ARASAAC sarean
arasaac-title = ARASAACen piktogramak sarean
arasaac-explain = ARASAACek 13.000 piktograma baino gehiago eskaintzen ditu, behar dituzten pertsonentzat eginak. Aktibatzen baduzu, piktograma-hautatzaileak ARASAACen ere bilatzen du Interneten bidez: idazten dituzun hitzak ARASAACen zerbitzarira bidaltzen dira. Beste ezer ez da ateratzen gailu honetatik.
arasaac-licence = ARASAACen piktogramak Sergio Palaorenak dira, eta Aragoiko Gobernuarenak (Espainia). Haien lizentzia CC BY-NC-SA 4.0 da: erabili helburu ez-komertzialetarako bakarrik, aipatu egilea, eta partekatu haiekin egiten duzuna lizentzia berarekin.
arasaac-enable = Bilatu ARASAACen Interneten bidez
arasaac-look = Nolakoak diren ARASAACen marrazkiak
arasaac-color = Koloretan
arasaac-skin = Pertsonen azalaren kolorea
arasaac-hair = Pertsonen ilearen kolorea
arasaac-own = ARASAACek marrazten duen bezala
arasaac-skin-white = Argia
arasaac-skin-assian = Ertain argia
arasaac-skin-aztec = Ertaina
arasaac-skin-mulatto = Ertain iluna
arasaac-skin-black = Iluna
arasaac-hair-blonde = Horia
arasaac-hair-brown = Marroia
arasaac-hair-darkBrown = Marroi iluna
arasaac-hair-gray = Grisa
arasaac-hair-darkGray = Gris iluna
arasaac-hair-red = Gorria
arasaac-hair-black = Beltza
arasaac-kept = { $count ->
    [0] Oraindik ez dago ARASAACen piktogramarik gordeta gailu honetan.
    [one] ARASAACen piktograma bat dago gordeta gailu honetan.
   *[other] ARASAACen { $count } piktograma daude gordeta gailu honetan.
}
arasaac-badge = ARASAAC
arasaac-searching = ARASAACen bilatzen…
arasaac-found = { $count ->
    [one] ARASAAC: piktograma bat gehiago.
   *[other] ARASAAC: { $count } piktograma gehiago.
}
arasaac-none = ARASAACek ez du ezer hitz honekin: «{ $query }».
arasaac-credit = Piktogramaren egilea: Sergio Palao, ARASAACentzat (Aragoiko Gobernua), CC BY-NC-SA 4.0.
arasaac-keep-all = { $count ->
    [one] Gorde hau gailuan
   *[other] Gorde { $count } guztiak gailuan
}
arasaac-keep-hint = Kategoria oso bat gordetzeko, bilatu haren izena (adibidez, «fruta») eta gorde guztiak.
arasaac-progress = ARASAACen piktogramak deskargatzen
arasaac-progress-count = { $done } / { $total }
arasaac-stop = Gelditu
arasaac-kept-now = { $count ->
    [one] ARASAACen piktograma bat gordeta, konexiorik gabe erabiltzeko.
   *[other] ARASAACen { $count } piktograma gordeta, konexiorik gabe erabiltzeko.
}
arasaac-stopped = { $count ->
    [one] Geldituta. Bat gorde da; besteak geroago deskarga daitezke.
   *[other] Geldituta. { $count } gorde dira; besteak geroago deskarga daitezke.
}
arasaac-downloading = ARASAACetik deskargatzen…
picker-kept-arasaac = ARASAAC

## Honi buruz
facilitator-about = Honi buruz
about-title = Pictokiti buruz
about-intro = Pictokit software librea da. Aplikazio irisgarriak egiteko balio du, erabiltzen dituzten pertsonekin batera. Gailu honetan funtzionatzen du, konturik gabe.
about-credits = Kredituak
about-openmoji-title = Piktogramak: OpenMoji
about-openmoji = Pictokitekin datozen piktogramak OpenMoji { $version } dira (openmoji.org), kode irekiko emoji eta ikonoen proiektua, CC BY-SA 4.0 lizentziarekin. Marrazkigileak:
about-author = { $name }: { $count ->
    [one] piktograma bat
   *[other] { $count } piktograma
}
about-openmoji-loading = Egileen zerrenda kargatzen…
about-cldr-title = Izenak eta gako-hitzak: Unicode CLDR
about-cldr = Piktogramen izenak eta gako-hitzak sei hizkuntzatan Unicode CLDR { $version } oharpenetatik datoz, © Unicode, Inc., Unicode lizentziarekin (v3).
about-font-title = Letra-tipoa: Atkinson Hyperlegible
about-font = Atkinson Hyperlegible, Braille Institute of America erakundearena, SIL Open Font License 1.1 lizentziarekin.
about-arasaac-title = ARASAACen piktogramak
about-arasaac = ARASAACen piktogramen egilea: Sergio Palao. Jatorria: ARASAAC (arasaac.org). Lizentzia: CC BY-NC-SA 4.0. Jabea: Aragoiko Gobernua (Espainia). Profesional batek gailu honetan ARASAAC aktibatzen duenean bakarrik erabiltzen dira.
about-licence-title = Pictokit
about-licence = Pictokit software librea da, GNU Affero General Public License lizentziarekin, 3. bertsioa edo berriagoa.

## Hutsik edo zaharrago itzuli den datu-basea, eta haren kanpoan gordetako kopia
safekeeping-title = Gailu honetan gordetakoa atzera joan da
safekeeping-body = Nabigatzaileak Pictokiten biltegia hustu du, edo zaharrago bat itzuli du. Hau gerta daiteke gailu bat gordetzen ari dela itzaltzen bada. Gailu honek ikusi zuen azken aldaketaren data: { $when }.
safekeeping-copy = Gailu honetan kopia bat dago, { $count ->
        [one] pertsona batekin
       *[other] { $count } pertsonarekin
    }.
safekeeping-bring-back = Berreskuratu egun honetan zegoena: { $when }
safekeeping-go-on = Jarraitu kopiarik gabe
safekeeping-no-copy = Gailu honetan ez dago kopiarik. Pertsona baten profil-fitxategia baduzu, ireki hura pertsona hori berreskuratzeko.
safekeeping-restored = { $count ->
        [0] Hemen zegoena berreskuratu da.
       *[other] Berreskuratuta: { $names }.
    }
safekeeping-left-out = { $count ->
        [one] Gordetako datu bat ezin izan da irakurri, eta kanpoan geratu da.
       *[other] Gordetako { $count } datu ezin izan dira irakurri, eta kanpoan geratu dira.
    }
safekeeping-copy-gone = Kopia jada ez dago gailu honetan. Ez da ezer aldatu.
safekeeping-copy-damaged = Kopia hondatuta dago, eta ezin da erabili. Ez da ezer aldatu.
safekeeping-copy-too-new = Kopia Pictokiten bertsio berriago batekin egin zen. Eguneratu Pictokit eta saiatu berriro. Ez da ezer aldatu.
safekeeping-restore-failed = Ezin izan da kopia gorde. Ez da ezer aldatu: egin lekua eta saiatu berriro.
storage-media-missing = { $name } profilaren irudi batzuk jada ez zeuden gailu honetan. Taulatik kendu dira, ezer hautsita ez ikusteko.
