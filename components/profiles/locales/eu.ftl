# Nabigatzaile honek zer egin dezakeen (profesionalaren «Gailu hau» pantaila, facilitator.html bakarrik).
# Lerro bakoitzak bai edo ez esaten du hitzez, eta ezetz bada, Pictokitek zer egiten duen horren ordez.

device-abilities-title = Nabigatzaile honek zer egin dezakeen
device-abilities-hint = Pictokitek funtzionatzen du hauetako bat ere gabe. Bat falta bada, hemen esaten da zer gertatzen den horren ordez.
device-record-yes = Soinua grabatzea: bai ({ $format }), eta nabigatzaile honek erreproduzitu egin dezake.
device-record-no = Soinua grabatzea: ez. Nabigatzaile honek ezin du soinua grabatu; horregatik, ahots sintetikoa erabiltzen da.
device-camera-yes = Kamera: bai. Argazkiak hemen atera daitezke, edo fitxategietatik aukeratu.
device-camera-no = Kamera: ez da aurkitu. Argazkiak gailuaren fitxategietatik aukera daitezke oraindik.
device-camera-checking = Kamera: egiaztatzen…
device-awake-yes = Pantaila piztuta edukitzea: bai, tenporizadore bat martxan dagoen bitartean.
device-awake-no = Pantaila piztuta edukitzea: ez. Pantaila itzal daiteke tenporizadore batean zehar; tabletaren ezarpenetan, eman denbora gehiago pantaila itzali aurretik.
device-notify-yes = Jakinarazpenak: posible. Aktibatu pertsona baten ordutegian.
device-notify-granted = Jakinarazpenak: baimenduta. Abisuak jakinarazpen gisa ere iristen dira, ordutegi batek hala eskatzen badu.
device-notify-denied = Jakinarazpenak: blokeatuta Pictokitentzat nabigatzaile honetan. Abisuak Pictokiten barruan ikusten dira oraindik.
device-notify-no = Jakinarazpenak: ez. Nabigatzaile honek ezin ditu jakinarazpenak erakutsi; abisuak Pictokiten barruan ikusten dira oraindik.
device-keep-yes = Datuak gordetzea: bai. Nabigatzaileak Pictokiten datuak modu seguruan gordetzen ditu gailu honetan.
device-keep-no = Datuak gordetzea: ez dago bermatuta. Nabigatzaileak Pictokiten datuak ezaba ditzake, gailuak lekurik ez badu. Aplikazioa instalatzeak laguntzen du, eta noizean behin datuak esportatzeak ere bai.

## Sakagailuen bidezko sarbidea (issue #25): nola iristen da pertsona pantailara
editor-section-access = Ukitu, sakagailuak, teklak edo seinalatu
access-method = { $name }: nola erabiltzen du pantaila?
access-method-touch = Ukitu
access-method-auto-scan = Sakagailu bat: argia berez mugitzen da
access-method-step-scan = Bi sakagailu: batek argia mugitzen du, besteak aukeratzen du
access-method-keys = Gezi-teklak, eta tekla bat aukeratzeko
access-method-dwell = Seinalatu eta geldi egon (buruko erakuslea, begirada)
access-switches-hint = Sakagailua hauetako bat izan daiteke: zuriune-barra, Intro tekla, sakagailu-interfaze bateko 1 edo 2, pantailan edozein lekutan ukitzea, saguaren botoi bat edo joko-kontrolagailu baten botoi bat. Bi sakagailu badaude, zuriune-barra edo 1 argia mugitzeko da. Intro edo 2 aukeratzeko da. Profesionalaren izkina ez da inoiz argiztatzen.
access-pattern = Nola mugitzen da argia
access-pattern-row-column = Errenkada bat, eta gero errenkada horretako irudiak
access-pattern-items = Irudiak banan-banan
access-pattern-groups = Pantailaren erdia, eta gero erdi horren erdia
access-scan-seconds = Argia zenbat segundo geratzen den urrats bakoitzean
access-first-step-seconds = Zenbat segundo lehen urratsean
access-rounds = Zenbat itzuli argia gelditu aurretik
access-start-by-press = Argia sakagailu bat sakatzean hasten da
access-restart = Aukeratu ondoren, argia berriro goitik hasten da
access-hold-seconds = Sakagailua zenbat segundo eduki behar den sakatuta balio izateko (dardara badago)
access-ignore-seconds = Zenbat segundotan ez den kontuan hartzen bigarren sakatze bat (dardara badago)
access-dwell-seconds = Zenbat segundo egon behar den geldi irudi baten gainean hura aukeratzeko
access-speak = Esan ozen irudi bakoitza argiztatzen denean
access-step-sound = Soinu labur bat urrats bakoitzean
access-try = Probatu
access-try-stop = Amaitu proba
access-try-title = Probatu ezarpenak hemen
access-try-chosen = Aukeratuta: { $name }
