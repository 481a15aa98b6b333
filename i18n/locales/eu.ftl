## Pictokit — euskarazko mezuak. Id bakoitza en.ftl, ca.ftl eta es.ftl fitxategietan ere badago.

app-name = Pictokit
app-loading = Pictokit irekitzen ari da…

## Hasierako pantaila
start-title = Nork erabiltzen du Pictokit?
start-open-profile = Ireki { $name } profila
start-facilitator = Profesionala
start-facilitator-hint = Profilak eta ezarpenak
firstrun-title = Ongi etorri Pictokitera
firstrun-body = Pictokitek irudiak erakusten ditu eta hitz egiten du. Erosketak egiten, galderei erantzuten eta eguna antolatzen laguntzen du. Hasteko, sortu profil bat aplikazioa erabiliko duen pertsonarentzat.
firstrun-create = Sortu lehen profila

## Profesionalaren modua
fac-try-name = Blokeatu gailu hau { $name } profilean
undo = Desegin
dismiss = Itxi
text-size-normal = Arrunta
text-size-large = Handia
text-size-extra-large = Oso handia
theme-default = Beroa
theme-high-contrast = Kontraste handia
theme-dark = Iluna
theme-calm = Lasaia
component-coming-soon = Laster
component-shopping = Erosketak
component-questionnaire = Nire bizitza
component-schedule = Nire eguna

## Avatar-piktogramak
avatar-smile = Aurpegi irribarretsua
avatar-sun = Eguzkia
avatar-star = Izarra
avatar-flower = Lorea
avatar-cat = Katua
avatar-tree = Zuhaitza

## Pertsonaren modua
person-greeting = Kaixo, { $name }
person-home-empty = Hemen ez dago ezer oraindik.
page-next = Gehiago
page-previous = Aurrekoa
page-indicator = { $page }. orria, { $pages } orritatik
lock-hold-label = Profesionala: eduki sakatuta 3 segundoz desblokeatzeko
unlock-confirm-title = { $name } profiletik irten nahi duzu?
unlock-confirm-body = Profesionalak bakarrik egin behar du hau.
unlock-confirm-yes = Desblokeatu
unlock-confirm-no = Geratu hemen
pin-title = Profesionalaren PINa
pin-field = PIN
pin-submit = Desblokeatu
pin-wrong = PIN hori ez da zuzena. Saiatu berriro.
preview-title = { $name } profilaren pantaila
preview-hint = Hau da { $name } profilaren pantaila. Ukitzean, hitz egiten du, pertsonaren moduan bezala.
preview-edit = Editatu ezarpenak

## Gailuaren ezarpenak
pin-error-digits = Erabili 0tik 9ra arteko zifrak bakarrik.
pin-error-length = Erabili 4 eta 8 zifra artean.
profile-error-name-empty = Idatzi izen bat.
profile-error-name-too-long = Izena luzeegia da (gehienez 60 letra).
profile-error-photo-not-image = Fitxategi hori ez da irudi bat. Aukeratu argazki bat (JPEG, PNG edo WebP).
profile-error-photo-too-large = Irudi hori handiegia da. Aukeratu 20 MB baino gutxiagokoa.
profile-error-rate = Aukeratu % 50 eta % 200 arteko abiadura.
storage-error-title = Pictokitek ezin du gorde gailu honetan
storage-error-blocked = Nabigatzaileak ez dio uzten Pictokiti daturik gordetzen (modu pribatuan gertatzen da hau). Begiratu dezakezu, baina aldaketak ez dira gordetzen.
storage-error-quota = Gailua beteta dago. Aldaketa honetatik ez da ezer gorde: egin lekua eta saiatu berriro.
storage-error-generic = Ezin izan da gorde. Zure aldaketak pantailan daude oraindik; saiatu berriro.
storage-record-unreadable = Gordetako datu batzuk ezin izan dira irakurri. Zeuden bezala utzi dira.
storage-record-too-new = Profil bat Pictokiten bertsio berriago batekin egin zen. Gordeta dago, baina ez da erakusten. Eguneratu Pictokit profil hori ikusteko.
storage-field-reset = { $name } profilaren ezarpen batzuk ezin izan dira irakurri, eta hasierako balioetara itzuli dira.
storage-pictos-dropped = { $name } profilaren piktograma batzuk ezin izan dira irakurri, eta kanpoan geratu dira.
storage-media-skipped = Gordetako argazki edo grabazio bat ezin izan da irakurri. Zegoen bezala utzi da.
safekeeping-start-title = Gailu honetan ez daude Pictokiten datuak
safekeeping-start-body = Tableta bat gordetzen ari dela itzaltzen bada, gerta daiteke. Baliteke gailu honetan kopia bat egotea: profesionalak berreskura dezake.

## Pertsona baten piktograma propioak
board-person-title = Nire piktogramak
board-person-home = Hasiera

## Piktograma-hautatzailea
picto-library-unreachable = Ezin izan dira piktogramak kargatu. Lehen aldian, konexioa behar da; gero, konexiorik gabe ere funtzionatzen dute.
picto-library-broken = Piktogramen zerrenda hondatuta dago. Kargatu berriro aplikazioa, zerrenda berriro deskargatzeko.
picto-library-too-new = Piktogramen zerrenda Pictokit berriago batena da. Kargatu berriro aplikazioa, eguneratzeko.
picto-category-food = Janaria
picto-category-drinks = Edariak
picto-category-home = Etxea
picto-category-hygiene = Higienea
picto-category-clothes = Arropa
picto-category-people = Pertsonak
picto-category-body = Gorputza
picto-category-feelings = Sentimenduak
picto-category-activities = Eguneroko jarduerak
picto-category-health = Osasuna
picto-category-places = Lekuak
picto-category-transport = Garraioa
picto-category-time = Orduak eta datak
picto-category-weather = Eguraldia
picto-category-nature = Animaliak eta natura
picto-category-leisure = Aisia eta kirola
picto-category-school-work = Eskola eta lana
picto-category-technology = Teknologia
picto-category-money = Dirua
picto-category-symbols = Seinaleak eta ikurrak

## Argazki propioak
media-problem-type = Fitxategi hori ez da mota egokikoa (irudi bat edo soinu bat).
media-problem-too-large = Fitxategi hori handiegia da.
media-problem-name = Izen hori luzeegia da (gehienez 60 letra).

## Ahots propioa
arasaac-timeout = ARASAACek gehiegi behar du erantzuteko. Gailu honetako piktogramek funtzionatzen dute oraindik.
arasaac-server = ARASAACek ez du ondo erantzuten orain. Gailu honetako piktogramek funtzionatzen dute oraindik.
arasaac-offline = Ez dago Interneteko konexiorik; beraz, ezin da ARASAACen bilatu. Gailu honetako piktogramek funtzionatzen dute oraindik.
arasaac-malformed = Ezin izan da ARASAACen erantzuna irakurri. Gailu honetako piktogramek funtzionatzen dute oraindik.
arasaac-picture = Ezin izan da ARASAACeko irudi bat deskargatu. Saiatu berriro konexioa hobea denean.

## Ordutegiko abisu bat, lehen orrian ere erakusten dena
day-reminder-title = Laster
day-reminder-ok = Ados

## Datak, nabigatzaileak hizkuntza honetan idazten ez dakienean (Unicode CLDR-tik)
date-long = { $month } { $day }(a), { $weekday }
date-long-year = { $year }(e)ko { $month }ren { $day }(a)
date-month-1 = urtarrila
date-month-2 = otsaila
date-month-3 = martxoa
date-month-4 = apirila
date-month-5 = maiatza
date-month-6 = ekaina
date-month-7 = uztaila
date-month-8 = abuztua
date-month-9 = iraila
date-month-10 = urria
date-month-11 = azaroa
date-month-12 = abendua
date-weekday-1 = astelehena
date-weekday-2 = asteartea
date-weekday-3 = asteazkena
date-weekday-4 = osteguna
date-weekday-5 = ostirala
date-weekday-6 = larunbata
date-weekday-7 = igandea
date-weekday-short-1 = al.
date-weekday-short-2 = ar.
date-weekday-short-3 = az.
date-weekday-short-4 = og.
date-weekday-short-5 = or.
date-weekday-short-6 = lr.
date-weekday-short-7 = ig.
