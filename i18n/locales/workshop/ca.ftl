### Co-design workshops (issue #7): the sorting mat and the change history. The
### models are `pictokit_domain::sorting` and `pictokit_domain::history`; their screens are
### views::workshop, views::history, views::sorting and views::choice (facilitator.html).

sorting-place-love = M'encanta
sorting-place-like = M'agrada
sorting-place-unsure = No n'estic segur
sorting-place-dislike = No m'agrada
sorting-place-hate = No m'agrada gens
sorting-scale-three = Tres llocs
sorting-scale-five = Cinc llocs
sorting-problem-id = Aquest identificador no és vàlid.
sorting-problem-no-topic = Escriu un títol per al tema.
sorting-problem-topic-too-long = El títol és massa llarg (60 lletres com a màxim).
sorting-problem-too-few-cards = Posa-hi 2 targetes com a mínim.
sorting-problem-too-many-cards = Hi ha massa targetes (24 com a màxim).
sorting-problem-duplicate-card = Hi ha dues targetes amb el mateix identificador.
sorting-problem-no-label = Cada targeta necessita un nom.
sorting-problem-label-too-long = El nom d'una targeta és massa llarg (60 lletres com a màxim).
sorting-problem-not-on-scale = Aquest lloc no és en aquest tauler.
sorting-problem-all-sorted = Ja has posat totes les targetes.
sorting-problem-other-mat = Aquesta sessió és d'un altre tauler.
sorting-problem-not-found = No s'ha trobat. Potser s'ha esborrat.
sorting-problem-id-taken = Ja n'hi ha un amb aquest identificador.
sorting-problem-too-many-mats = Ja hi ha 50 taulers. Esborra'n un per fer-ne un de nou.
sorting-change-same = Igual
sorting-change-warmer = Ara li agrada més
sorting-change-cooler = Ara li agrada menys
sorting-change-new = Nova
sorting-change-missing = Aquesta vegada no s'ha posat
sorting-record-too-new = Els taulers es van fer amb una versió més nova de Pictokit. Es conserven, però no es poden canviar. Actualitza Pictokit.
history-subject-profile = El perfil
history-subject-list = La llista
history-subject-schedule = L'agenda
history-subject-questionnaire = El qüestionari
history-subject-board = El tauler de pictogrames
history-subject-mat = El tauler per ordenar
history-nothing-to-undo = No hi ha res per desfer.
history-undo-not-found = Aquest canvi ja no és a l'historial.
history-undo-already-undone = Aquest canvi ja està desfet.
history-undo-later-first = Primer desfés el canvi més nou.
history-changed-since = Això ha canviat després. No es desfà, per no perdre el canvi nou.
history-record-too-new = L'historial es va fer amb una versió més nova de Pictokit. Es conserva, però no es pot canviar. Actualitza Pictokit.

## The workshop's home (views::workshop)
fac-workshop = Taller
fac-workshop-name = Taller amb { $name }
workshop-title = Taller amb { $name }
workshop-hint = Trieu entre opcions amb { $name }, ordeneu targetes d'un tema en un tapet i mireu junts què ha canviat.
workshop-back = Torna al taller amb { $name }
workshop-session-title = Sessió del taller
workshop-session-hint = Comença una sessió quan us asseieu junts: els canvis que feu es guarden amb el seu nom.
workshop-session-name = Nom de la sessió (opcional)
workshop-session-start = Comença una sessió
workshop-session-end = Acaba la sessió
workshop-session-on = Sessió en marxa: { $session }, des de { $since }.
workshop-session-default = Sessió del { $when }
workshop-session-name-too-long = El nom és massa llarg (60 lletres com a màxim).

## The change history (views::history)
history-title = Canvis
history-screen-title = Canvis per a { $name }
history-hint = Cada canvi fet per a { $name } a les pantalles del facilitador, del més nou al més antic. Llegiu-los junts; si { $name } no el vol, desfés-lo. Es desfà pas a pas: primer el canvi més nou de cada cosa.
history-empty = Encara no hi ha canvis.
history-see-all = Mira tots els canvis
history-undo = Desfés
history-undo-this = Desfés: { $change }
history-undone = Desfet: { $change }
history-is-undone = Desfet
history-undo-failed = Aquest canvi no es pot desfer: el que tornaria a posar no es pot llegir.
history-value-grid = { $n } per pantalla
history-before-after = Abans: { $before } · Ara: { $after }
history-profile-name = { $name }: ha canviat el nom
history-profile-avatar = { $name }: ha canviat la imatge
history-profile-language = { $name }: ha canviat la llengua
history-profile-speech = { $name }: ha canviat com parla la pantalla
history-profile-text-size = { $name }: ha canviat la mida del text
history-profile-grid = { $name }: ha canviat quantes imatges veu alhora
history-profile-labels = { $name }: han canviat les paraules sota les imatges
history-profile-theme = { $name }: han canviat els colors de la pantalla
history-profile-motion = { $name }: ha canviat el moviment a la pantalla
history-profile-components = { $name }: ha canviat el que pot obrir a la pantalla
history-profile-several = { $name }: han canviat diversos ajustos
history-list-added = S'ha fet la llista { $list }
history-list-removed = S'ha esborrat la llista { $list }
history-list-changed = Ha canviat la llista { $list }
history-schedule-changed = { $name }: ha canviat l'agenda
history-questionnaire-changed = { $name }: ha canviat el qüestionari
history-board-changed = { $name }: han canviat els pictogrames

## The sorting mat (views::sorting)
sorting-title = Tapets per ordenar
sorting-hint = Targetes que { $name } posa en llocs, de «M'agrada» a «No m'agrada». Es guarda cada classificació, per poder-les comparar.
sorting-none = Encara no hi ha cap tapet per ordenar.
sorting-new = Nou tapet per ordenar
sorting-open = Obre
sorting-open-label = Obre el tapet { $topic }
sorting-mat-meta = { $cards } targetes · { $scale } · { $sessions ->
    [0] encara no classificat
    [one] classificat una vegada
   *[other] classificat { $sessions } vegades
}
sorting-new-title = Nou tapet per ordenar per a { $name }
sorting-edit-title = Canvia el tapet «{ $topic }»
sorting-topic = Tema
sorting-topic-hint = Per exemple: Activitats de la setmana
sorting-scale = Quants llocs?
sorting-cards = Targetes
sorting-cards-hint = Tria de 2 a 24 imatges. Pots canviar la paraula de cada targeta.
sorting-add-cards = Afegeix targetes
sorting-card-word = Paraula de la targeta { $n }
sorting-remove-card = Treu
sorting-remove-card-label = Treu la targeta { $card }
sorting-no-cards = Encara no hi ha targetes.
sorting-save = Desa el tapet
sorting-cancel = Cancel·la
sorting-not-found = Aquest tapet per ordenar ja no hi és. Potser s'ha esborrat.
sorting-back = Torna al taller
sorting-mat-title = Tapet per ordenar: { $topic }
sorting-mat-summary = { $cards } targetes · { $scale }
sorting-sort-with = Ordena amb { $name }
sorting-edit = Canvia el tapet
sorting-delete = Esborra el tapet
sorting-delete-title = Vols esborrar el tapet «{ $topic }»?
sorting-delete-body = S'esborraran les targetes i totes les classificacions que se n'han fet.
sorting-delete-confirm = Esborra
sorting-delete-keep = Conserva'l
sorting-sessions = Classificacions
sorting-sessions-none = Encara no s'ha classificat. Prem «Ordena amb { $name }» i dona la tauleta a { $name }.
sorting-session-title = Classificació { $n } – { $when }
sorting-session-done = Les { $cards } targetes estan col·locades.
sorting-session-unfinished = No s'ha acabat: { $placed } de { $cards } targetes col·locades.
sorting-go-on = Continua amb { $name }
sorting-print = Imprimeix
sorting-print-label = Imprimeix la classificació { $n }
sorting-print-title = { $name }: { $topic } ({ $when })
sorting-result-none = Cap targeta aquí
sorting-compare = Compara amb una classificació anterior
sorting-compare-hint = Tria dues classificacions per veure com s'ha mogut cada targeta.
sorting-compare-earlier = Classificació anterior
sorting-compare-later = Classificació posterior
sorting-compare-list = Targeta per targeta
sorting-compare-before = Abans:
sorting-compare-after = Ara:
sorting-compare-not-placed = No col·locada
sorting-compare-summary = Ara li agrada més: { $warmer } · Ara li agrada menys: { $cooler } · Igual: { $same }
sorting-compare-summary-other = Noves: { $new } · No col·locades aquesta vegada: { $missing }
sorting-compare-nothing = Aquestes dues classificacions no tenen cap targeta en comú.
sorting-turn-progress = Targeta { $n } de { $total }
sorting-turn-places = On va?
sorting-turn-undo = Desfés
sorting-turn-done = Fet! Totes les targetes són al seu lloc.
sorting-turn-gone = Ara no hi ha res per classificar.

## The choice board (views::choice)
choice-title = Taulers d'elecció
