# Bizi-kalitatearen ebaluazioaren pantailak (profesionalaren modua eta pertsonaren modua): facilitator.html fitxategiak bakarrik dakartza.

## Profesionala: pertsona baten ebaluazioak
fac-quality = Bizi-kalitatea
fac-quality-name = { $name } profilaren bizi-kalitatea
ql-title = Bizi-kalitatea: { $name }
ql-hint = Ebaluazioan, { $name } eta hura ondo ezagutzen duten pertsonek bizitzaren 8 arlori buruzko galderak erantzuten dituzte. Erantzunekin txosten bat egiten da. Gero, taldeak, { $name } barne, laguntza-plan bat adosten du.
ql-assessments = Ebaluazioak
ql-assessments-empty = Oraindik ez dago ebaluaziorik.
ql-assessment-summary = Erantzuten amaitu dutenak: { $finished } / { $team }
ql-open = Ireki
ql-open-name = Ireki data honetako ebaluazioa: { $date }
ql-new = Ebaluazio berria
ql-questionnaire = Galdetegia
ql-builtin = integratua
ql-imported = inportatua
ql-start = Hasi ebaluazio berri bat
ql-too-many = Pertsona honek dagoeneko 50 ebaluazio ditu, egon daitezkeen gehienak.
ql-stored-newer = Ebaluazio hauek Pictokit berriago batekin gorde ziren. Dauden bezala gordetzen dira; eguneratu Pictokit haiek ikusteko.
ql-stored-dropped = Gordetako ebaluazioen zati bat ezin izan da irakurri, eta ez da erakusten. Beste guztia hemen dago.
ql-import = Beste galdetegi bat
ql-import-hint = Erakunde batek lizentzia duen galdetegi-fitxategi bat gehi dezake. Gero, galdetegi integratuaren ondoan agertzen da.
ql-import-choose = Inportatu galdetegi-fitxategi bat
ql-import-done = «{ $title }» gehitu da.
ql-import-done-problems = «{ $title }» gehitu da. Fitxategiak { $count ->
    [one] arazo 1
   *[other] { $count } arazo
} ditu, eta gainerakoak funtzionatzen du:
ql-import-refused = Ezin izan da galdetegi hau gehitu. Ez da ezer aldatu.

## Profesionala: ebaluazio bat eta haren taldea
ql-assessment-title = Ebaluazioa: { $name }, { $date }
ql-not-found = Ebaluazio hau jada ez dago gailu honetan.
ql-back-to-list = Ebaluazio guztiak
ql-instrument-missing = Ebaluazio honen galdetegia («{ $id }», { $version } bertsioa) ez dago gailu honetan. Inportatu, erantzunak ikusteko.
ql-report = Txostena
ql-plan = Laguntza-plana
ql-team = Nork erantzuten du
ql-team-hint = Pertsona bakoitzak bere kabuz erantzuten du: hemen, pertsonaren moduan, edo beste gailu batean, erantzun-fitxategi batekin.
ql-progress = Erantzunda: { $answered } / { $total }
ql-progress-finished = Amaituta. Erantzunda: { $answered } / { $total }
ql-answer-person-name = { $name }: pertsonaren moduan erantzuten du
ql-answer-here = Erantzun hemen
ql-answer-here-name = Erantzun hemen, { $name } gisa
ql-export = Esportatu erantzun-fitxategia
ql-export-name = Esportatu erantzun-fitxategia: { $name }
ql-exported = { $name }: erantzun-fitxategia gorde da. Ireki Pictokitekin beste gailuan.
ql-remove = Kendu
ql-remove-name = Kendu { $name } taldetik
ql-remove-title = { $name } taldetik kendu nahi duzu?
ql-remove-body = Haren erantzunak ebaluazio honetatik ezabatzen dira.
ql-keep = Mantendu
ql-new-name = Erantzuten duenaren izena
ql-new-role = Nor den
ql-add = Gehitu taldera

## Profesionala: beste gailu bateko erantzunak
ql-merge = Beste gailu bateko erantzunak
ql-merge-hint = Norbaitek beste gailu batean erantzun du, eta bere erantzun-fitxategia esportatu du: gehitu hemen. Ezer aldatu aurretik, ikusiko duzu zer den berria, zer den berdina eta zer den desberdina.
ql-merge-choose = Gehitu erantzun-fitxategi bat
ql-merge-preview = Zer dakarren erantzun-fitxategiak
ql-merge-new = { $who } taldean sartzen da erantzun hauekin.
ql-merge-same = Hauek { $who } informatzailearen erantzunak dira.
ql-merge-probably = Badirudi hauek { $local } informatzailearen erantzunak direla: { $who } izen eta rol berekoa da.
ql-merge-chosen = Erantzun hauek { $local } informatzailearen erantzunekin doaz (fitxategian: { $who }).
ql-merge-someone-else = Ez, beste norbait da
ql-merge-counts = Erantzun berriak: { $added }. Hemengoen berdinak: { $same }. Desberdinak: { $different }.
ql-merge-conflicts-hint = Erantzun batzuk desberdinak dira hemen eta fitxategian. Aukeratu zein gorde, kasu bakoitzean. Aukeratzen ez duzun bitartean, gailu honetako erantzuna geratzen da.
ql-keep-local = Gorde gailu honetakoa: { $answer }
ql-take-incoming = Hartu fitxategikoa: { $answer }
ql-merge-apply = Gehitu erantzunak
ql-merge-cancel = Utzi
ql-merged = { $name } informatzailearen erantzunak gehitu dira: { $added } berri, eta { $taken } fitxategiaren arabera aldatuta.

## Profesionala: formularioa
ql-form-title = Erantzunak: { $name }
ql-form-hint-person = Pertsonarentzako galderak, bere hitzekin. Erantzun bakoitza berehala gordetzen da.
ql-form-hint-others = Pertsona honi buruzko galderak: { $person }. Erantzun ikusten duzuna; aukeratu «Ez dakit» zalantza baduzu. Erantzun bakoitza berehala gordetzen da.
ql-important-person = Hau garrantzitsua da niretzat
ql-important-others = { $person }: hau garrantzitsua da harentzat
ql-form-finish = Amaitu dut
ql-form-later = Jarraitu geroago
ql-form-saved = { $name }: erantzunak gordeta daude.
ql-finish-unanswered-title = { $count ->
    [one] Galdera batek ez du erantzunik oraindik ({ $total } galderatatik)
   *[other] { $count } galderak ez dute erantzunik oraindik ({ $total } galderatatik)
}
ql-finish-unanswered-body = Erantzunik gabe: { $domains }. Orain amaitu dezakezu eta geroago erantzun, edo galdera horietara itzuli. «Ez dakit» ere erantzun bat da.
ql-finish-anyway = Amaitu, { $count } erantzun gabe
ql-finish-go-back = Itzuli galderetara

## Pertsonaren modua: erantzutea
quiz-title = Nire bizitzari buruzko galderak
quiz-progress = Non nago
quiz-part = { $number }. zatia: { $name }, { $state }
quiz-part-now = orain
quiz-part-done = amaituta
quiz-part-later = geroago
quiz-question-of = { $number }. galdera, { $total } galderatatik
quiz-answers = Nire erantzuna
quiz-back = Atzera
quiz-important-ask = Zer da garrantzitsua zuretzat? Sakatu irudiak.
quiz-important = Garrantzitsua
quiz-important-on = { $name }: garrantzitsua
quiz-finish = Amaitu dut
quiz-thanks = Eskerrik asko! Zure erantzunak gordeta daude.
quiz-home = Hasiera
quiz-nothing = Orain ez dago galderarik zuretzat.

## Profesionala: txostena
ql-report-title = Txostena: { $name }, { $date }
ql-report-rules = Puntuazioak 0tik 100era doaz. Bizitzaren arlo batek «Iritzi desberdinak» marka du, pertsonaren puntuazioaren eta besteen batez bestekoaren artean { $threshold } puntu baino gehiagoko aldea dagoenean.
ql-print = Inprimatu
ql-back-to-assessment = Itzuli ebaluaziora
ql-easy-report = Txostena irakurketa errazean
ql-csv = Erantzun guztiak taula batean (CSV)
ql-csv-informant = Nork erantzun du
ql-csv-role = Rola
ql-csv-domain = Dimentsioa
ql-csv-item = Galderaren identifikatzailea
ql-csv-question = Galdera
ql-csv-answer = Erantzuna
ql-csv-value = Balioa
ql-csv-points = Puntuak
ql-scores = Puntuazioak, bizitzaren arloka
ql-domain = Bizitzaren arloa
ql-others-mean = Besteak (batez bestekoa)
ql-together = Denak batera
ql-notes = Oharrak
ql-flag-domain = Iritzi desberdinak ({ $difference } puntuko aldea)
ql-flag-short = Iritzi desberdinak
ql-why-short = { $answered } / { $total } erantzunda; { $needed } behar dira
ql-why-short-no-items = galderarik gabe
ql-print-legend = —: oraindik puntuaziorik gabe. Bizitzaren arlo batek puntuazioa du, haren galderen erdiek, gutxienez, eskalako erantzun bat dutenean; «Ez dakit» eta saltatutako galderak ez dira kontuan hartzen.
ql-note-important = Garrantzitsua pertsonarentzat
ql-note-low = Puntuazio baxua
ql-chart = Puntuazioen grafikoa
ql-chart-desc = Barrak, 0tik 100era, bizitzaren arlo bakoitzeko. Kolore lauan: pertsonaren puntuazioa ({ $person }). Marraduna: besteen batez bestekoa. Goiko taulak puntuazio berak ditu.
ql-differences = Modu desberdinean erantzundako galderak
ql-differences-hint = Eskalan bi urrats edo gehiagoko aldea duten erantzunak. Abiapuntu ona dira taldearen elkarrizketarako.
ql-differences-none = Ez dago oso modu desberdinean erantzundako galderarik.
ql-priorities = Lehentasunak
ql-priorities-none = Oraindik ez dago lehentasunik.
ql-priority-important = garrantzitsua pertsonarentzat ({ $person })
ql-priority-low = puntuazio baxua
ql-priority-both = garrantzitsua pertsonarentzat ({ $person }), eta puntuazio baxua
ql-priorities-rule = Bizitzaren arlo bat lehentasuna da pertsonak ({ $person }) garrantzitsu gisa markatzen duenean, edo denen puntuazioa { $low } baino txikiagoa denean. Pertsonak berak garrantzitsu gisa aukeratzen duena bakarrik bihurtzen da lehentasun.
ql-priorities-rule-team = Bizitzaren arlo bat lehentasuna da taldeko norbaitek garrantzitsu gisa markatzen duenean, edo denen puntuazioa { $low } baino txikiagoa denean.
ql-priority-others = { $domain }. Hauek markatu dute garrantzitsu gisa pertsonarentzat ({ $person }): { $names }. Oraindik ez da lehentasuna: galdetu pertsonari; lehentasun bihurtuko da pertsonak berak ere garrantzitsu gisa markatzen duenean.
ql-change = Aldaketa data honetatik: { $date }
ql-now = Orain
ql-change-col = Aldaketa
ql-change-same = Berdin
ql-change-up = { $points ->
    [one] Puntu 1 hobeto
   *[other] { $points } puntu hobeto
}
ql-change-down = { $points ->
    [one] Puntu 1 okerrago
   *[other] { $points } puntu okerrago
}

## Txostena irakurketa errazean, pertsonarentzat
easy-report-title = Nire bizi-kalitatea: { $name }
easy-report-intro = Hau esan dugu nire bizitzari buruz.
easy-you-said = Nik esan dut: { $band }.
easy-others-said = Nire taldeak esan du: { $band }.
easy-band-good = ondo doa
easy-band-ok = nahiko ondo doa
easy-band-better = hobeto joan liteke
easy-band-none = oraindik ez dakigu
easy-important = Hau garrantzitsua da niretzat.
easy-differ = Nire taldeak eta nik modu desberdinean ikusten dugu hau. Horretaz hitz egingo dugu.

## Profesionala: laguntza-plana
ql-plan-title = Laguntza-plana: { $name }
ql-easy-plan = Plana irakurketa errazean
ql-plan-start = Nondik hasi
ql-plan-hint = Txostenaren lehentasunak. Adostu helburu bakoitza pertsonarekin ({ $person }), haren hitzekin.
ql-goal-for = Gehitu helburu bat
ql-goal-for-name = Gehitu helburu bat: { $domain }
ql-goal-new = Helburu berria
ql-goals = Helburuak
ql-goals-none = Oraindik ez dago helbururik.
ql-goal-form = Helburua
ql-goal-words = Helburua, pertsonaren hitzekin
ql-goal-words-hint = Adibidez: «Igerilekura joan nahi dut nire lagunekin».
ql-goal-domain = Bizitzaren arloa
ql-goal-domain-choose = Aukeratu bizitzaren arlo bat
ql-goal-picture = Irudia
ql-goal-choose-picture = Aukeratu irudi bat
ql-goal-supports = Behar diren laguntzak
ql-goal-who = Nork laguntzen du
ql-goal-review = Berriro begiratzeko data
ql-goal-bad-date = Idatzi data honela: urtea-hilabetea-eguna; adibidez, 2027-03-01.
ql-goal-schedule = Helburu honetarako ordutegiko jarduerak
ql-goal-save = Gorde helburua
ql-goal-cancel = Utzi
ql-goal-edit = Aldatu
ql-goal-edit-name = Aldatu helburua: «{ $words }»
ql-goal-remove = Kendu
ql-goal-remove-name = Kendu helburua: «{ $words }»
ql-agree = Adostasuna
ql-agree-who = Nor dago ados planarekin
ql-agree-button = Adostu plana
ql-plan-agreed = Data honetan adostua: { $date }. Nork: { $names }.

## Plana irakurketa errazean, pertsonarentzat
easy-plan-title = Nire plana: { $name }
easy-plan-intro = Hauek dira nire helburuak. Elkarrekin adostu ditugu.
easy-who-helps = Nork laguntzen dit: { $who }.
easy-supports = Zerk laguntzen dit: { $supports }.
easy-review = Egun honetan begiratuko dugu berriro: { $date }.
easy-in-my-day = Nire egunean: { $activity }.
easy-agreed = Egun honetan adostu genuen: { $date }. Gu: { $names }.

## Profesionala: beste gailu bateko erantzun-fitxategi bati erantzutea
ql-form-hint-away = Ebaluatzen den pertsonari buruzko galderak. Erantzun ikusten duzuna; aukeratu «Ez dakit» zalantza baduzu. Erantzun bakoitza berehala gordetzen da.
ql-important-away = Hau garrantzitsua da pertsonarentzat
ql-away-title = Beste gailu baterako erantzun
ql-away-hint = Norbaitek Pictokiten erantzun-fitxategi bat bidali dizu? Ireki hemen, erantzun, eta bidali berriro fitxategia.
ql-away-go = Erantzun erantzun-fitxategi bati
ql-away-open = Ireki erantzun-fitxategi bat
ql-away-continue = Jarraitu erantzuten
ql-away-continue-name = Jarraitu erantzuten, { $name } gisa
ql-away-export = Amaitu dut: gorde erantzun-fitxategia
ql-away-exported = Erantzun-fitxategia gorde da. Bidali zuri bidali zizun pertsonari.
ql-away-unknown-instrument = Fitxategi honen galdetegia ez dago gailu honetan. Eskatu galdetegia, eta inportatu Bizi-kalitatea atalean.
ql-passphrase = Erantzun-fitxategien pasaesaldia (gutxienez 8 karaktere)
ql-passphrase-hint = Erantzunak osasun-datuak dira; horregatik, erantzun-fitxategi bakoitza pasaesaldi honekin blokeatzen da. Esan pasaesaldia erantzuten duenari beste bide batetik: ahoz, eta inoiz ez fitxategiarekin batera.
ql-passphrase-first = Lehenengo, idatzi gutxienez 8 karaktereko pasaesaldi bat: erantzun-fitxategia pasaesaldi horrekin blokeatzen da.
ql-merge-locked = Erantzun-fitxategi hau blokeatuta dago. Idatzi haren pasaesaldia «Erantzun-fitxategien pasaesaldia» eremuan, eta sakatu «Ireki pasaesaldi honekin».
ql-away-locked = Erantzun-fitxategi hau blokeatuta dago. Idatzi esan dizuten pasaesaldia, eta sakatu «Ireki pasaesaldi honekin».
ql-away-passphrase = Fitxategiaren pasaesaldia (esan dizutena)
