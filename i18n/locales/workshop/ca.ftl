### Co-design workshops (issue #7): the sorting mat and the change history. The
### models are `pictokit_domain::sorting` and `pictokit_domain::history`; their screens
### are still to come.

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
