# Bizi-kalitatearen galdetegiaren mezuak: facilitator.html fitxategiak bakarrik dakartza (index.html txiki geratzen da).

## Galdetegia: nork erantzuten duen, eta eskalan ez dauden erantzunak
questionnaire-role-person = Pertsona
questionnaire-role-family = Familia
questionnaire-role-professional = Profesionala
questionnaire-role-other = Beste norbait
questionnaire-answer-dont-know = Ez dakit
questionnaire-answer-skip = Saltatu

## Galdetegi-fitxategia: ezin da ireki
instrument-not-json = Fitxategi hau hondatuta dago, edo ez da galdetegi bat (errore bat dago { $line }. lerroan, { $column }. zutabean). Eskatu kopia berri bat egin zuenari.
instrument-not-object = Fitxategi hau ez da Pictokiten galdetegi bat. Aukeratu galdetegi-fitxategi bat.
instrument-too-big = Fitxategi hau handiegia da galdetegi bat izateko: gehienez { $limit-mb } MB izan daitezke. Begiratu fitxategi zuzena aukeratu duzun.
instrument-wrong-format = { $found ->
    [pictokit-answers] Fitxategi honetan norbaiten erantzunak daude; ez da galdetegi bat. Gehitu beste gailu bateko erantzunak ekartzen diren lekuan.
   *[other] Fitxategi hau ez da Pictokiten galdetegi bat. Aukeratu galdetegi-fitxategi bat.
}
instrument-newer-format-version = Galdetegi hau Pictokit berriago baterako egin zen (formatuaren bertsioa: { $found }; Pictokit honek bertsio hau arte irakurtzen du: { $supported }). Eguneratu Pictokit galdetegia irekitzeko.
instrument-bad-format-version = Formatuaren bertsioa («{ $found }») ez da baliozkoa: zenbaki oso bat izan behar du, 1 adibidez. Zuzendu fitxategian eta ireki berriro.
instrument-missing-id = Galdetegiak ez du identifikatzailerik. Gehitu bat «id» eremuan; adibidez, «nire-galdetegia».
instrument-bad-instrument-id = Galdetegiaren identifikatzailea («{ $found }») ez da baliozkoa. Erabili gehienez 64 karaktere: azentu gabeko letrak, zifrak, «-», «_» edo «.», espaziorik gabe.
instrument-no-versions = Galdetegiak ez du esaten nork erantzuten duen. «versions» eremuan, jarri «self» (pertsonak erantzuten du), «others» (familiak eta profesionalek erantzuten dute) edo biak.
instrument-scale-option-count = { $count ->
    [one] Erantzun-eskalak aukera erabilgarri 1 bakarrik du, eta { $min } eta { $max } artean behar ditu. Begiratu «scale/options».
   *[other] Erantzun-eskalak { $count } aukera erabilgarri ditu, eta { $min } eta { $max } artean behar ditu. Begiratu «scale/options».
}
instrument-no-domains = Galdetegiak ez du dimentsio erabilgarririk. Begiratu «domains» zerrenda.
instrument-no-items = Galdetegiak ez du galdera erabilgarririk. Begiratu «items» zerrenda.

## Galdetegi-fitxategia: irekitzea galarazten ez duten arazoak
instrument-missing-field = Fitxategian ez dago «{ $path }». Gehitu; bitartean, zati hori kanpoan edo hutsik gera daiteke.
instrument-wrong-type = { $expected ->
    [text] «{ $path }» testu bat izan beharko litzateke, komatxo artean. Ez da kontuan hartu.
    [list] «{ $path }» zerrenda bat izan beharko litzateke, kortxete artean. Ez da kontuan hartu.
    [object] «{ $path }» eremu-talde bat izan beharko litzateke, giltza artean. Ez da kontuan hartu.
    [whole-number] «{ $path }» zenbaki oso bat izan beharko litzateke, 3 adibidez. Ez da kontuan hartu.
    [true-or-false] «{ $path }» true edo false izan beharko litzateke. Ez da kontuan hartu.
    [translations] «{ $path }» eremuak testu bat izan beharko luke hizkuntza bakoitzerako, «ca», «es» eta «en» adibidez. Ez da kontuan hartu.
   *[other] «{ $path }» eremuaren balio mota ez da zuzena ({ $expected } espero zen). Ez da kontuan hartu.
}
instrument-bad-id = «{ $path }» eremuko identifikatzailea («{ $found }») ez da baliozkoa; beraz, zati hori kanpoan utzi da. Erabili gehienez 64 karaktere: azentu gabeko letrak, zifrak, «-», «_» edo «.».
instrument-bad-language = «{ $path }» eremuko «{ $found }» ez da hizkuntza-kode bat, «ca», «es» edo «en» bezalakoa. Ez da kontuan hartu.
instrument-duplicate-language = «{ $language }» hizkuntza bi aldiz dago «languages» zerrendan. Bigarrena ez da kontuan hartu.
instrument-missing-translation = «{ $path }» eremuak ez du testurik «{ $language }» hizkuntzan. Beste hizkuntza batean erakusten da.
instrument-text-too-long = { $path ->
    [version] «{ $path }» eremuak { $limit } karaktere baino gehiago ditu; beraz, moztu egin da.
    [licence] «{ $path }» eremuak { $limit } karaktere baino gehiago ditu; beraz, moztu egin da.
   *[other] «{ $path }» eremuko «{ $language }» testuak { $limit } karaktere baino gehiago ditu; beraz, moztu egin da.
}
instrument-too-many = { $count ->
    [one] «{ $path }» eremuak elementu 1 du, eta gehienez { $limit } gordetzen dira. Besteak kanpoan utzi dira.
   *[other] «{ $path }» eremuak { $count } elementu ditu, eta gehienez { $limit } gordetzen dira. Besteak kanpoan utzi dira.
}
instrument-unknown-version = «versions» zerrendako «{ $found }» ez da Pictokitek ezagutzen duen bertsio bat; beraz, ez da kontuan hartu. Erabili «self» (pertsonak erantzuten du) edo «others» (familiak eta profesionalek erantzuten dute).
instrument-duplicate-version = «{ $version }» bertsioa bi aldiz dago «versions» zerrendan. Bigarrena ez da kontuan hartu.
instrument-bad-scale-value = «{ $path }» eremuko balioa («{ $found }») ez da baliozkoa; beraz, erantzun-aukera hori kanpoan utzi da. Erabili -1000 eta 1000 arteko zenbaki oso bat.
instrument-duplicate-scale-value = Bi erantzun-aukerak balio bera dute: { $value }. Bigarrena kanpoan utzi da.
instrument-scale-unsorted = Erantzun-aukerak ez zeuden ordenatuta, baliorik txikienetik handienera. Pictokitek ordenatu ditu.
instrument-bad-picto = «{ $path }» eremuko «{ $found }» ez da Pictokitek ezagutzen duen irudi bat; beraz, zati horrek ez du irudirik. Erabili «om:…», «arasaac:…» edo «photo:…».
instrument-duplicate-domain = Bi dimentsiok identifikatzaile bera dute: «{ $id }». Bigarrena kanpoan utzi da.
instrument-duplicate-indicator = «{ $domain }» dimentsioak identifikatzaile bereko bi adierazle ditu: «{ $id }». Bigarrena kanpoan utzi da.
instrument-duplicate-item = Bi galderak identifikatzaile bera dute: «{ $id }». Bigarrena kanpoan utzi da.
instrument-unknown-domain = «{ $item }» galdera «{ $domain }» dimentsiokoa da, baina dimentsio hori ez dago fitxategian. Galdera kanpoan utzi da.
instrument-unknown-indicator = «{ $item }» galderak «{ $indicator }» adierazlea aipatzen du, baina haren dimentsioak ez du adierazle hori. Galdera adierazlerik gabe gordetzen da.
instrument-missing-item-text = { $version ->
    [self] «{ $item }» galderak ez du testurik pertsonarentzat («{ $version }»); beraz, kanpoan utzi da. Gehitu testua fitxategian.
   *[others] «{ $item }» galderak ez du testurik familiarentzat eta profesionalentzat («{ $version }»); beraz, kanpoan utzi da. Gehitu testua fitxategian.
}
instrument-empty-domain = «{ $domain }» dimentsioak ez du galderarik. Gordetzen da, baina ez du inoiz puntuaziorik izango.

## Beste gailu batetik ekarritako erantzun-fitxategia
answers-file-too-big = Fitxategi hau handiegia da erantzun-fitxategi bat izateko: gehienez { $limit-mb } MB izan daitezke. Begiratu fitxategi zuzena aukeratu duzun. Ez da ezer aldatu.
answers-file-empty = Fitxategi hau hutsik dago: ez du erantzunik. Aukeratu beste gailuan esportatutako erantzun-fitxategia: haren izena «pictokit-answers» hitzarekin hasten da. Ez da ezer aldatu.
answers-file-not-json = Fitxategi hau hondatuta dago, edo ez da erantzun-fitxategi bat (errore bat dago { $line }. lerroan, { $column }. zutabean). Esportatu berriro erantzunak beste gailuan. Ez da ezer aldatu.
answers-file-not-object = Fitxategi hau ez da Pictokiten erantzun-fitxategi bat. Aukeratu beste gailuan esportatutako fitxategia: haren izena «pictokit-answers» hitzarekin hasten da. Ez da ezer aldatu.
answers-file-wrong-format = { $found ->
    [pictokit-instrument] Fitxategi hau galdetegi bat da, ez norbaiten erantzunak. Aukeratu beste gailuan esportatutako erantzun-fitxategia: haren izena «pictokit-answers» hitzarekin hasten da. Ez da ezer aldatu.
   *[other] Fitxategi hau ez da Pictokiten erantzun-fitxategi bat. Aukeratu beste gailuan esportatutako erantzun-fitxategia: haren izena «pictokit-answers» hitzarekin hasten da. Ez da ezer aldatu.
}
answers-file-newer-version = Erantzun hauek Pictokit berriago batekin gorde ziren (fitxategiaren bertsioa: { $found }; Pictokit honek bertsio hau arte irakurtzen du: { $supported }). Eguneratu Pictokit gailu honetan eta saiatu berriro. Ez da ezer aldatu.
answers-file-bad-version = Erantzun-fitxategi honek ez du esaten zer bertsio den, edo gaizki esaten du. Esportatu berriro erantzunak beste gailuan. Ez da ezer aldatu.
answers-file-wrong-types = Erantzun-fitxategi honen zati bat falta da, edo ezin da irakurri. Esportatu berriro erantzunak beste gailuan. Xehetasun teknikoa (ingelesez): { $detail }. Ez da ezer aldatu.
answers-file-invalid = { $field ->
    [assessment] Erantzun-fitxategi honek ez du ondo esaten zer ebaluaziotakoa den. Esportatu berriro erantzunak beste gailuan. Ez da ezer aldatu.
    [informant] Fitxategi honetan, erantzun duenaren izena edo identifikatzailea ez da baliozkoa: agian izena hutsik dago edo 60 karaktere baino gehiago ditu. Esportatu berriro erantzunak beste gailuan. Ez da ezer aldatu.
    [answers] Fitxategi honetako erantzunak ez dira baliozkoak: gehiegi daude, edo galdera-identifikatzaileren bat okerra da. Esportatu berriro erantzunak beste gailuan. Ez da ezer aldatu.
    [important] Fitxategi honetan garrantzitsu gisa markatutako dimentsioak ez dira baliozkoak. Esportatu berriro erantzunak beste gailuan. Ez da ezer aldatu.
   *[other] Erantzun-fitxategi honetan zerbait ez da baliozkoa («{ $field }»). Esportatu berriro erantzunak beste gailuan. Ez da ezer aldatu.
}

## Erantzun-fitxategia: erantzunak ebaluazio honi gehitzea
merge-wrong-assessment = Erantzun hauek beste ebaluazio batekoak dira («{ $found }»), ez honetakoak («{ $expected }»). Ireki erantzunak datozen ebaluazioa, eta gehitu han. Ez da ezer aldatu.
merge-wrong-instrument = Erantzun hauek «{ $found }» galdetegikoak dira, baina ebaluazio honek «{ $expected }» erabiltzen du. Ezin dira hemen gehitu. Ez da ezer aldatu.
merge-role-mismatch = Erantzun hauek ezin dira «{ $informant }» informatzailearen erantzunekin batera joan: bata pertsona da eta bestea ez; beraz, galdera desberdinei erantzun diete. Aukeratu beste norbait, edo gehitu erantzunak norbait berriarenak bezala. Ez da ezer aldatu.
merge-second-person = Fitxategian pertsonaren erantzunak daude, eta «{ $person }» da dagoeneko talde honetako pertsona. Gehitu erantzunak «{ $person }» informatzailearenei, norbait berria gehitu beharrean. Ez da ezer aldatu.
merge-id-taken = Erantzun hauek ezin dira sartu norbait berriarenak bezala: «{ $id }» dagoeneko taldean dago. Gehitu «{ $id }» informatzailearen erantzunei, edo begiratu fitxategia. Ez da ezer aldatu.
merge-team-full = Taldea beteta dago: dagoeneko 20 pertsona ditu. Kendu jada erantzuten ez duen norbait, eta saiatu berriro. Ez da ezer aldatu.
merge-unknown-informant = «{ $id }» jada ez dago taldean. Aukeratu taldeko norbait, edo gehitu erantzunak norbait berriarenak bezala. Ez da ezer aldatu.
merge-stale-preview = Erantzun hauek beste ebaluazio baterako begiratu ziren. Ireki berriro erantzun-fitxategia ebaluazio honetatik. Ez da ezer aldatu.

## Taldea: nork erantzuten duen
team-bad-id = Pertsona honen identifikatzailea ez da baliozkoa. Erabili azentu gabeko letrak, zifrak, «-», «_» edo «.», espaziorik gabe.
team-duplicate-id = Taldeko norbaitek badu identifikatzaile hau. Erabili beste bat.
team-name-empty = Idatzi erantzuten duenaren izena.
team-name-too-long = Izena luzeegia da. Erabili gehienez 60 karaktere.
team-second-person = Taldean badago pertsona. Gehitu hau familia, profesional edo beste norbait gisa.
team-too-many = Taldea beteta dago: gehienez 20 pertsona izan ditzake. Norbait berria gehitzeko, kendu jada erantzuten ez duen norbait.

## Erantzutea
answer-unknown-item = Galdera hau ez dago galdetegian. Erantzuna ez da gorde.
answer-not-on-scale = Erantzun hori ez da aukeretako bat. Aukeratu erakusten diren erantzunetako bat.
answer-unknown-domain = Dimentsio hau ez dago galdetegian. Marka ez da gorde.

## Laguntza-plana
plan-bad-id = Helburuaren identifikatzailea ez da baliozkoa. Erabili azentu gabeko letrak, zifrak, «-», «_» edo «.», espaziorik gabe.
plan-duplicate-id = Beste helburu batek badu identifikatzaile hau.
plan-unknown-goal = Helburu hau jada ez dago planean. Agian norbaitek kendu du.
plan-empty-goal = Idatzi helburua pertsonaren hitzekin, edo aukeratu irudi bat harentzat.
plan-text-too-long = Helburuaren testu bat luzeegia da. Testu bakoitzak gehienez 500 karaktere izan ditzake.
plan-unknown-domain = Aukeratu galdetegiko dimentsio bat helburu honetarako.
plan-too-many-goals = Planak dagoeneko 30 helburu ditu, izan ditzakeen gehienak. Kendu bat beste bat gehitzeko.
plan-bad-schedule-link = Helburu hau ezin da lotu ordutegiko jarduera horiekin. Helburu bat gehienez 20 jarduerarekin lot daiteke.
plan-no-goals = Gehitu helburu bat gutxienez, plana adostu aurretik.
plan-nobody-agrees = Aukeratu nor dagoen ados planarekin.
plan-unknown-informant = Ados dagoela aukeratu duzun norbait jada ez dago taldean. Aukeratu berriro.
plan-person-must-agree = Plana pertsonarena da: pertsona ados daudenen artean egon behar da.

## Puntuazioak
score-not-enough-answers = { $needed ->
    [one] Oraindik ez dago puntuaziorik: galdera batek, gutxienez, eskalako erantzun bat behar du. Orain arte, erantzuna duten galderak: { $answered } / { $total }. «Ez dakit» eta saltatutako galderak ez dira kontuan hartzen.
   *[other] Oraindik ez dago puntuaziorik: { $needed } galderak, gutxienez, eskalako erantzun bat behar dute. Orain arte, erantzuna duten galderak: { $answered } / { $total }. «Ez dakit» eta saltatutako galderak ez dira kontuan hartzen.
}
score-no-items = Ez dago puntuaziorik: dimentsio honek ez du galderarik.
