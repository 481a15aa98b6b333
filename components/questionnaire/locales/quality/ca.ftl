# Screens of the quality-of-life assessment (facilitator and person mode): only facilitator.html carries them.

## Facilitator: a person's assessments
fac-quality = Qualitat de vida
fac-quality-name = Qualitat de vida de { $name }
ql-title = Qualitat de vida: { $name }
ql-hint = Una avaluació pregunta a { $name }, i a persones que coneixen bé { $name }, sobre 8 àmbits de la vida. Amb les respostes es fa un informe, i l'equip acorda un pla de suports amb { $name }.
ql-assessments = Avaluacions
ql-assessments-empty = Encara no hi ha cap avaluació.
ql-assessment-summary = { $finished } de { $team } han acabat de respondre
ql-open = Obre
ql-open-name = Obre l'avaluació del { $date }
ql-new = Avaluació nova
ql-questionnaire = Qüestionari
ql-builtin = inclòs
ql-imported = importat
ql-start = Comença una avaluació nova
ql-too-many = Aquesta persona ja té 50 avaluacions, el màxim que hi pot haver.
ql-stored-newer = Aquestes avaluacions es van desar amb un Pictokit més nou. Es conserven tal com són; actualitza Pictokit per veure-les.
ql-stored-dropped = Una part de les avaluacions desades no s'ha pogut llegir i no es mostra. Tota la resta és aquí.
ql-import = Un altre qüestionari
ql-import-hint = Una organització pot afegir un fitxer de qüestionari del qual tingui llicència. Després surt al costat del qüestionari inclòs.
ql-import-choose = Importa un fitxer de qüestionari
ql-import-done = S'ha afegit «{ $title }».
ql-import-done-problems = S'ha afegit «{ $title }». El fitxer té { $count ->
    [one] 1 problema
   *[other] { $count } problemes
}, i la resta funciona:
ql-import-refused = No s'ha pogut afegir aquest qüestionari. No s'ha canviat res.

## Facilitator: one assessment and its team
ql-assessment-title = Avaluació de { $name }, { $date }
ql-not-found = Aquesta avaluació ja no és en aquest dispositiu.
ql-back-to-list = Totes les avaluacions
ql-instrument-missing = El qüestionari d'aquesta avaluació («{ $id }», versió { $version }) no és en aquest dispositiu. Importa'l per veure les respostes.
ql-report = Informe
ql-plan = Pla de suports
ql-team = Qui respon
ql-team-hint = Cada persona respon pel seu compte: aquí, en el mode persona, o en un altre dispositiu amb un fitxer de respostes.
ql-progress = Respostes: { $answered } de { $total }
ql-progress-finished = Acabat. Respostes: { $answered } de { $total }
ql-answer-person-name = { $name } respon en el mode persona
ql-answer-here = Respon aquí
ql-answer-here-name = Respon aquí com a { $name }
ql-export = Exporta el fitxer de respostes
ql-export-name = Exporta el fitxer de respostes de { $name }
ql-exported = S'ha desat el fitxer de respostes de { $name }. Obre'l amb Pictokit a l'altre dispositiu.
ql-remove = Treu
ql-remove-name = Treu { $name } de l'equip
ql-remove-title = Vols treure { $name } de l'equip?
ql-remove-body = Les seves respostes s'esborren d'aquesta avaluació.
ql-keep = Conserva
ql-new-name = Nom de qui respon
ql-new-role = Qui és
ql-add = Afegeix a l'equip

## Facilitator: answers from another device
ql-merge = Respostes d'un altre dispositiu
ql-merge-hint = Algú ha respost en un altre dispositiu i n'ha exportat el fitxer de respostes: afegeix-lo aquí. Abans que canviï res, veus què és nou, què és igual i què és diferent.
ql-merge-choose = Afegeix un fitxer de respostes
ql-merge-preview = Què porta el fitxer de respostes
ql-merge-new = { $who } entra a l'equip amb aquestes respostes.
ql-merge-same = Aquestes són les respostes de { $who }.
ql-merge-probably = Sembla que són les respostes de { $local }: { $who } té el mateix nom i el mateix rol.
ql-merge-chosen = Aquestes respostes van amb les de { $local } ({ $who } al fitxer).
ql-merge-someone-else = No, és una altra persona
ql-merge-counts = Respostes noves: { $added }. Iguals que aquí: { $same }. Diferents: { $different }.
ql-merge-conflicts-hint = Algunes respostes són diferents aquí i al fitxer. Tria quina vols conservar en cada cas. Mentre no triïs, es queda la resposta d'aquest dispositiu.
ql-keep-local = Conserva la d'aquest dispositiu: { $answer }
ql-take-incoming = Agafa la del fitxer: { $answer }
ql-merge-apply = Afegeix les respostes
ql-merge-cancel = Cancel·la
ql-merged = S'han afegit les respostes de { $name }: { $added } de noves i { $taken } canviades per les del fitxer.

## Facilitator: the form
ql-form-title = Respostes de { $name }
ql-form-hint-person = Preguntes per a la persona, amb les seves paraules. Cada resposta es desa de seguida.
ql-form-hint-others = Preguntes sobre { $person }. Respon el que veus; tria «No ho sé» si tens dubtes. Cada resposta es desa de seguida.
ql-important-person = Això és important per a mi
ql-important-others = Això és important per a { $person }
ql-form-finish = He acabat
ql-form-later = Continua més tard
ql-form-saved = Les respostes de { $name } estan desades.
ql-finish-unanswered-title = { $count ->
    [one] Una de { $total } preguntes encara no té resposta
   *[other] { $count } de { $total } preguntes encara no tenen resposta
}
ql-finish-unanswered-body = Sense resposta: { $domains }. Podeu acabar ara i respondre-les més endavant, o tornar-hi. «No ho sé» també és una resposta.
ql-finish-anyway = Acaba amb { $count } sense resposta
ql-finish-go-back = Torna a les preguntes

## Person mode: answering
quiz-title = Preguntes sobre la meva vida
quiz-progress = Per on vaig
quiz-part = Part { $number }: { $name }, { $state }
quiz-part-now = ara
quiz-part-done = acabada
quiz-part-later = més tard
quiz-question-of = Pregunta { $number } de { $total }
quiz-answers = La meva resposta
quiz-back = Enrere
quiz-important-ask = Què és important per a tu? Toca les imatges.
quiz-important = És important
quiz-important-on = { $name }: important
quiz-finish = He acabat
quiz-thanks = Gràcies! Les teves respostes estan desades.
quiz-home = Inici
quiz-nothing = Ara no hi ha preguntes per a tu.

## Facilitator: the report
ql-report-title = Informe: { $name }, { $date }
ql-report-rules = Les puntuacions van de 0 a 100. Un àmbit de la vida es marca amb «Opinions diferents» quan la puntuació de la persona i la mitjana dels altres es diferencien en més de { $threshold } punts.
ql-print = Imprimeix
ql-back-to-assessment = Torna a l'avaluació
ql-easy-report = Informe en lectura fàcil
ql-csv = Totes les respostes en una taula (CSV)
ql-csv-informant = Qui ha respost
ql-csv-role = Rol
ql-csv-domain = Dimensió
ql-csv-item = Identificador de la pregunta
ql-csv-question = Pregunta
ql-csv-answer = Resposta
ql-csv-value = Valor
ql-csv-points = Punts
ql-scores = Puntuacions per àmbit de la vida
ql-domain = Àmbit de la vida
ql-others-mean = Els altres (mitjana)
ql-together = En conjunt
ql-notes = Observacions
ql-flag-domain = Opinions diferents ({ $difference } punts de diferència)
ql-flag-short = Opinions diferents
ql-why-short = { $answered } de { $total } respostes, en calen { $needed }
ql-why-short-no-items = sense preguntes
ql-print-legend = —: encara sense puntuació. Una part de la vida té puntuació quan almenys la meitat de les preguntes tenen una resposta de l'escala; «No ho sé» i les preguntes saltades no compten.
ql-note-important = Important per a la persona
ql-note-low = Puntuació baixa
ql-chart = Gràfic de les puntuacions
ql-chart-desc = Barres de 0 a 100 per a cada àmbit de la vida: la puntuació de { $person }, en color sòlid, i la mitjana dels altres, amb ratlles. La taula de dalt té les mateixes puntuacions.
ql-differences = Preguntes amb respostes diferents
ql-differences-hint = Respostes separades per dos o més passos de l'escala. Són un bon punt de partida per a la conversa de l'equip.
ql-differences-none = Cap pregunta no té respostes molt diferents.
ql-priorities = Prioritats
ql-priorities-none = Encara no hi ha cap prioritat.
ql-priority-important = important per a { $person }
ql-priority-low = puntuació baixa
ql-priority-both = important per a { $person }, i puntuació baixa
ql-priorities-rule = Una part de la vida és una prioritat quan { $person } la marca com a important, o quan la seva puntuació conjunta és inferior a { $low }. Només el que tria { $person } com a important en fa una prioritat.
ql-priorities-rule-team = Una part de la vida és una prioritat quan algú de l'equip la marca com a important, o quan la seva puntuació conjunta és inferior a { $low }.
ql-priority-others = { $domain }: { $names } l'ha marcat com a important per a { $person }. Encara no és una prioritat: pregunteu-ho a { $person }; ho serà quan { $person } també la marqui com a important.
ql-change = Canvi des del { $date }
ql-now = Ara
ql-change-col = Canvi
ql-change-same = Igual
ql-change-up = { $points ->
    [one] 1 punt millor
   *[other] { $points } punts millor
}
ql-change-down = { $points ->
    [one] 1 punt pitjor
   *[other] { $points } punts pitjor
}

## Easy-read report, for the person
easy-report-title = La meva qualitat de vida: { $name }
easy-report-intro = Això és el que hem dit sobre la meva vida.
easy-you-said = Jo he dit: { $band }.
easy-others-said = El meu equip ha dit: { $band }.
easy-band-good = va bé
easy-band-ok = va més o menys bé
easy-band-better = podria anar millor
easy-band-none = encara no ho sabem
easy-important = Això és important per a mi.
easy-differ = El meu equip i jo ho veiem diferent. En parlarem.

## Facilitator: the support plan
ql-plan-title = Pla de suports de { $name }
ql-easy-plan = Pla en lectura fàcil
ql-plan-start = Per on començar
ql-plan-hint = Les prioritats de l'informe. Acorda cada objectiu amb { $person }, amb les seves paraules.
ql-goal-for = Afegeix un objectiu
ql-goal-for-name = Afegeix un objectiu per a { $domain }
ql-goal-new = Objectiu nou
ql-goals = Objectius
ql-goals-none = Encara no hi ha cap objectiu.
ql-goal-form = Objectiu
ql-goal-words = L'objectiu, amb les paraules de la persona
ql-goal-words-hint = Per exemple: «Vull anar a nedar amb els meus amics».
ql-goal-domain = Àmbit de la vida
ql-goal-domain-choose = Tria un àmbit de la vida
ql-goal-picture = Imatge
ql-goal-choose-picture = Tria una imatge
ql-goal-supports = Suports que calen
ql-goal-who = Qui ajuda
ql-goal-review = Data per tornar-lo a mirar
ql-goal-bad-date = Escriu la data com a any-mes-dia, per exemple 2027-03-01.
ql-goal-schedule = Activitats de l'horari per a aquest objectiu
ql-goal-save = Desa l'objectiu
ql-goal-cancel = Cancel·la
ql-goal-edit = Canvia
ql-goal-edit-name = Canvia l'objectiu «{ $words }»
ql-goal-remove = Treu
ql-goal-remove-name = Treu l'objectiu «{ $words }»
ql-agree = Acord
ql-agree-who = Qui està d'acord amb el pla
ql-agree-button = Acorda el pla
ql-plan-agreed = Acordat el { $date } per { $names }.

## Easy-read plan, for the person
easy-plan-title = El meu pla: { $name }
easy-plan-intro = Aquests són els meus objectius. Els hem acordat junts.
easy-who-helps = Qui m'ajuda: { $who }.
easy-supports = Què m'ajuda: { $supports }.
easy-review = Ho tornem a mirar el { $date }.
easy-in-my-day = Al meu dia: { $activity }.
easy-agreed = L'hem acordat el { $date }: { $names }.

## Facilitator: answering another device's answers file
ql-form-hint-away = Preguntes sobre la persona avaluada. Respon el que veus; tria «No ho sé» si tens dubtes. Cada resposta es desa de seguida.
ql-important-away = Això és important per a la persona
ql-away-title = Respondre per a un altre dispositiu
ql-away-hint = Algú t'ha enviat un fitxer de respostes de Pictokit? Obre'l aquí, respon i torna a enviar el fitxer.
ql-away-go = Respon un fitxer de respostes
ql-away-open = Obre un fitxer de respostes
ql-away-continue = Continua responent
ql-away-continue-name = Continua responent com a { $name }
ql-away-export = He acabat: desa el fitxer de respostes
ql-away-exported = S'ha desat el fitxer de respostes. Torna'l a qui te l'ha enviat.
ql-away-unknown-instrument = El qüestionari d'aquest fitxer no és en aquest dispositiu. Demana'l i importa'l a Qualitat de vida.
ql-passphrase = Frase de pas dels fitxers de respostes (8 caràcters com a mínim)
ql-passphrase-hint = Les respostes són dades de salut, per això cada fitxer de respostes es tanca amb aquesta frase de pas. Digues-la a qui respon per una altra via: de paraula, mai amb el fitxer.
ql-passphrase-first = Primer escriu una frase de pas de 8 caràcters com a mínim: el fitxer de respostes es tanca amb ella.
ql-merge-locked = Aquest fitxer de respostes està tancat. Escriu la frase de pas a «Frase de pas dels fitxers de respostes» i toca «Obre'l amb aquesta frase de pas».
ql-away-locked = Aquest fitxer de respostes està tancat. Escriu la frase de pas que t'han dit i toca «Obre'l amb aquesta frase de pas».
ql-away-passphrase = Frase de pas del fitxer (la que t'han dit)
