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
