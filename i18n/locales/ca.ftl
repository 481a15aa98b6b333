## Pictokit — missatges en català. Cada id també existeix a en.ftl i es.ftl.

app-name = Pictokit
app-loading = Pictokit s'està obrint…

## Pantalla d'inici
start-title = Qui fa servir Pictokit?
start-open-profile = Obre la pantalla de { $name }
start-facilitator = Professional
start-facilitator-hint = Perfils i ajustos
firstrun-title = Et donem la benvinguda a Pictokit
firstrun-body = Pictokit mostra imatges, parla i ajuda a comprar, a respondre preguntes i a organitzar el dia. Comença amb un perfil per a la persona que el farà servir.
firstrun-create = Crea el primer perfil

## Mode professional
fac-try-name = Bloqueja aquest dispositiu per a { $name }
undo = Desfés
dismiss = Tanca
text-size-normal = Normal
text-size-large = Gran
text-size-extra-large = Molt gran
theme-default = Càlid
theme-high-contrast = Contrast alt
theme-dark = Fosc
theme-calm = Tranquil
component-coming-soon = Aviat
component-shopping = La compra
component-questionnaire = La meva vida
component-schedule = El meu dia

## Pictogrames d'avatar
avatar-smile = Cara somrient
avatar-sun = Sol
avatar-star = Estrella
avatar-flower = Flor
avatar-cat = Gat
avatar-tree = Arbre

## Mode persona
person-greeting = Hola, { $name }
person-home-empty = Aquí encara no hi ha res.
page-next = Més
page-previous = Anterior
page-indicator = Pàgina { $page } de { $pages }
lock-hold-label = Professional: mantén premut 3 segons per desbloquejar
unlock-confirm-title = Vols sortir de la pantalla de { $name }?
unlock-confirm-body = Només ho ha de fer el professional.
unlock-confirm-yes = Desbloqueja
unlock-confirm-no = Queda't aquí
pin-title = PIN del professional
pin-field = PIN
pin-submit = Desbloqueja
pin-wrong = Aquest PIN no és correcte. Torna-ho a provar.
preview-title = Pantalla de { $name }
preview-hint = Això és el que veu { $name }. En tocar, parla, com en el mode persona.
preview-edit = Edita els ajustos

## Ajustos del dispositiu
pin-error-digits = Fes servir només les xifres del 0 al 9.
pin-error-length = Fes servir de 4 a 8 xifres.
profile-error-name-empty = Escriu un nom.
profile-error-name-too-long = El nom és massa llarg (60 lletres com a màxim).
profile-error-photo-not-image = Aquest fitxer no és una imatge. Tria una foto (JPEG, PNG o WebP).
profile-error-photo-too-large = Aquesta imatge és massa gran. Tria'n una de menys de 20 MB.
profile-error-rate = Tria una velocitat entre el 50 % i el 200 %.
storage-error-title = Pictokit no pot desar en aquest dispositiu
storage-error-blocked = El navegador no deixa desar dades a Pictokit (passa en el mode privat). Pots mirar, però els canvis no es desen.
storage-error-quota = El dispositiu és ple. No s'ha desat res d'aquest canvi: allibera espai i torna-ho a provar.
storage-error-generic = No s'ha pogut desar. Els canvis continuen a la pantalla; torna-ho a provar.
storage-record-unreadable = Algunes dades desades no s'han pogut llegir. S'han deixat com estaven.
storage-record-too-new = Un perfil es va fer amb una versió més nova de Pictokit. Es conserva, però no es mostra. Actualitza Pictokit per veure'l.
storage-field-reset = Alguns ajustos de { $name } no s'han pogut llegir i han tornat als valors inicials.
storage-pictos-dropped = Alguns pictogrames de { $name } no s'han pogut llegir i s'han deixat fora.
storage-media-skipped = Una foto o gravació desada no s'ha pogut llegir. S'ha deixat com estava.
safekeeping-start-title = Les dades de Pictokit d'aquest dispositiu no hi són
safekeeping-start-body = Pot passar quan una tauleta s'apaga mentre desa. Potser hi ha una còpia en aquest dispositiu: la persona facilitadora la pot recuperar.

## Pictogrames propis d'una persona
board-person-title = Els meus pictogrames
board-person-home = Inici

## Selector de pictogrames
picto-library-unreachable = No s'han pogut carregar els pictogrames. La primera vegada cal connexió; després funcionen sense connexió.
picto-library-broken = La llista de pictogrames està malmesa. Torna a carregar l'aplicació per baixar-la de nou.
picto-library-too-new = La llista de pictogrames és d'un Pictokit més nou. Torna a carregar l'aplicació per actualitzar-la.
picto-category-food = Menjar
picto-category-drinks = Begudes
picto-category-home = Casa
picto-category-hygiene = Higiene
picto-category-clothes = Roba
picto-category-people = Persones
picto-category-body = Cos
picto-category-feelings = Sentiments
picto-category-activities = Activitats diàries
picto-category-health = Salut
picto-category-places = Llocs
picto-category-transport = Transport
picto-category-time = Hores i dates
picto-category-weather = El temps
picto-category-nature = Animals i natura
picto-category-leisure = Lleure i esport
picto-category-school-work = Escola i feina
picto-category-technology = Tecnologia
picto-category-money = Diners
picto-category-symbols = Senyals i símbols

## Fotos pròpies
media-problem-type = Aquest fitxer no és del tipus adequat (una imatge o un so).
media-problem-too-large = Aquest fitxer és massa gran.
media-problem-name = Aquest nom és massa llarg (60 lletres com a màxim).

## Veu pròpia
arasaac-timeout = ARASAAC triga massa a respondre. Els pictogrames d'aquest dispositiu continuen funcionant.
arasaac-server = ARASAAC no respon bé ara mateix. Els pictogrames d'aquest dispositiu continuen funcionant.
arasaac-offline = No hi ha connexió a internet, així que no es pot cercar a ARASAAC. Els pictogrames d'aquest dispositiu continuen funcionant.
arasaac-malformed = No s'ha pogut llegir la resposta d'ARASAAC. Els pictogrames d'aquest dispositiu continuen funcionant.
arasaac-picture = No s'ha pogut baixar un dibuix d'ARASAAC. Torna-ho a provar quan la connexió vagi millor.

## A reminder of the schedule, shown on the first page too
day-reminder-title = Aviat
day-reminder-ok = D'acord

## Dates, quan el navegador no les sap escriure en aquesta llengua (de Unicode CLDR)
date-long = { $weekday }, { $day } { $month }
date-long-year = { $day } { $month } del { $year }
date-month-1 = de gener
date-month-2 = de febrer
date-month-3 = de març
date-month-4 = d’abril
date-month-5 = de maig
date-month-6 = de juny
date-month-7 = de juliol
date-month-8 = d’agost
date-month-9 = de setembre
date-month-10 = d’octubre
date-month-11 = de novembre
date-month-12 = de desembre
date-weekday-1 = dilluns
date-weekday-2 = dimarts
date-weekday-3 = dimecres
date-weekday-4 = dijous
date-weekday-5 = divendres
date-weekday-6 = dissabte
date-weekday-7 = diumenge
date-weekday-short-1 = dl.
date-weekday-short-2 = dt.
date-weekday-short-3 = dc.
date-weekday-short-4 = dj.
date-weekday-short-5 = dv.
date-weekday-short-6 = ds.
date-weekday-short-7 = dg.
