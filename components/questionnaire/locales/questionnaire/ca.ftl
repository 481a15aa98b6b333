# Messages of the quality-of-life questionnaire: only facilitator.html carries them (index.html stays small).

## Questionnaire: who answers, and the answers that are not on the scale
questionnaire-role-person = La persona
questionnaire-role-family = Família
questionnaire-role-professional = Professional
questionnaire-role-other = Una altra persona
questionnaire-answer-dont-know = No ho sé
questionnaire-answer-skip = Salta

## Questionnaire file: it cannot be opened
instrument-not-json = Aquest fitxer està malmès o no és un qüestionari (hi ha un error a la línia { $line }, columna { $column }). Demana una còpia nova a qui l'ha fet.
instrument-not-object = Aquest fitxer no és un qüestionari de Pictokit. Tria un fitxer de qüestionari.
instrument-too-big = Aquest fitxer és massa gran per ser un qüestionari: el màxim és { $limit-mb } MB. Comprova que has triat el fitxer correcte.
instrument-wrong-format = { $found ->
    [pictokit-answers] Aquest fitxer té les respostes d'algú, no és un qüestionari. Afegeix-lo allà on es porten respostes d'un altre dispositiu.
   *[other] Aquest fitxer no és un qüestionari de Pictokit. Tria un fitxer de qüestionari.
}
instrument-newer-format-version = Aquest qüestionari és per a un Pictokit més nou (versió de format { $found }; aquest en llegeix fins a la { $supported }). Actualitza Pictokit per obrir-lo.
instrument-bad-format-version = La versió de format «{ $found }» no és vàlida: ha de ser un nombre enter, com ara 1. Corregeix-la al fitxer i torna'l a obrir.
instrument-missing-id = El qüestionari no té identificador. Afegeix-ne un a «id», com ara «el-meu-questionari».
instrument-bad-instrument-id = L'identificador del qüestionari, «{ $found }», no és vàlid. Fes servir fins a 64 lletres sense accents, xifres, «-», «_» o «.», sense espais.
instrument-no-versions = El qüestionari no diu qui el respon. A «versions», posa «self» (el respon la persona), «others» (el responen la família i els professionals) o tots dos.
instrument-scale-option-count = { $count ->
    [one] L'escala de respostes només té 1 opció que es pugui fer servir, i n'ha de tenir entre { $min } i { $max }. Revisa «scale/options».
   *[other] L'escala de respostes té { $count } opcions que es poden fer servir, i n'ha de tenir entre { $min } i { $max }. Revisa «scale/options».
}
instrument-no-domains = El qüestionari no té cap dimensió que es pugui fer servir. Revisa la llista «domains».
instrument-no-items = El qüestionari no té cap pregunta que es pugui fer servir. Revisa la llista «items».

## Questionnaire file: problems that do not stop it from opening
instrument-missing-field = Al fitxer hi falta «{ $path }». Afegeix-l'hi; mentrestant, aquesta part pot quedar fora o buida.
instrument-wrong-type = { $expected ->
    [text] «{ $path }» hauria de ser un text entre cometes. No s'ha tingut en compte.
    [list] «{ $path }» hauria de ser una llista entre claudàtors. No s'ha tingut en compte.
    [object] «{ $path }» hauria de ser un grup de camps entre claus. No s'ha tingut en compte.
    [whole-number] «{ $path }» hauria de ser un nombre enter, com ara 3. No s'ha tingut en compte.
    [true-or-false] «{ $path }» hauria de ser true o false. No s'ha tingut en compte.
    [translations] «{ $path }» hauria de tenir un text per a cada idioma, com ara «ca», «es» i «en». No s'ha tingut en compte.
   *[other] «{ $path }» no té el tipus de valor que toca (s'esperava { $expected }). No s'ha tingut en compte.
}
instrument-bad-id = L'identificador «{ $found }» de «{ $path }» no és vàlid, i aquesta part s'ha deixat fora. Fes servir fins a 64 lletres sense accents, xifres, «-», «_» o «.».
instrument-bad-language = «{ $found }» de «{ $path }» no és un codi d'idioma, com ara «ca», «es» o «en». No s'ha tingut en compte.
instrument-duplicate-language = L'idioma «{ $language }» surt dues vegades a «languages». No s'ha tingut en compte el segon.
instrument-missing-translation = «{ $path }» no té text en «{ $language }». Es mostra en un altre idioma.
instrument-text-too-long = { $path ->
    [version] «{ $path }» passa de { $limit } caràcters, i s'ha retallat.
    [licence] «{ $path }» passa de { $limit } caràcters, i s'ha retallat.
   *[other] El text en «{ $language }» de «{ $path }» passa de { $limit } caràcters, i s'ha retallat.
}
instrument-too-many = { $count ->
    [one] «{ $path }» té 1 element, i se'n guarden { $limit } com a màxim. La resta s'han deixat fora.
   *[other] «{ $path }» té { $count } elements, i se'n guarden { $limit } com a màxim. La resta s'han deixat fora.
}
instrument-unknown-version = «{ $found }» de «versions» no és una versió que Pictokit conegui, i no s'ha tingut en compte. Fes servir «self» (la respon la persona) o «others» (la responen la família i els professionals).
instrument-duplicate-version = La versió «{ $version }» surt dues vegades a «versions». No s'ha tingut en compte la segona.
instrument-bad-scale-value = El valor «{ $found }» de «{ $path }» no és vàlid, i aquesta opció de resposta s'ha deixat fora. Fes servir un nombre enter de -1000 a 1000.
instrument-duplicate-scale-value = Dues opcions de resposta tenen el valor { $value }. La segona s'ha deixat fora.
instrument-scale-unsorted = Les opcions de resposta no anaven ordenades del valor més baix al més alt. Pictokit les ha ordenat.
instrument-bad-picto = «{ $found }» de «{ $path }» no és una imatge que Pictokit conegui, i aquesta part s'ha quedat sense imatge. Fes servir «om:…», «arasaac:…» o «photo:…».
instrument-duplicate-domain = Dues dimensions tenen l'identificador «{ $id }». La segona s'ha deixat fora.
instrument-duplicate-indicator = La dimensió «{ $domain }» té dos indicadors amb l'identificador «{ $id }». El segon s'ha deixat fora.
instrument-duplicate-item = Dues preguntes tenen l'identificador «{ $id }». La segona s'ha deixat fora.
instrument-unknown-domain = La pregunta «{ $item }» és de la dimensió «{ $domain }», que no és al fitxer. La pregunta s'ha deixat fora.
instrument-unknown-indicator = La pregunta «{ $item }» fa servir l'indicador «{ $indicator }», que la seva dimensió no té. La pregunta es conserva sense indicador.
instrument-missing-item-text = { $version ->
    [self] La pregunta «{ $item }» no té text per a la persona («{ $version }»), i s'ha deixat fora. Afegeix el text al fitxer.
   *[others] La pregunta «{ $item }» no té text per a la família i els professionals («{ $version }»), i s'ha deixat fora. Afegeix el text al fitxer.
}
instrument-empty-domain = La dimensió «{ $domain }» no té preguntes. Es conserva, però no tindrà mai puntuació.

## Answers file brought from another device
answers-file-too-big = Aquest fitxer és massa gran per ser un fitxer de respostes: el màxim és { $limit-mb } MB. Comprova que has triat el fitxer correcte. No s'ha canviat res.
answers-file-empty = Aquest fitxer és buit: no té cap resposta. Tria el fitxer de respostes exportat a l'altre dispositiu: el nom comença per «pictokit-answers». No s'ha canviat res.
answers-file-not-json = Aquest fitxer està malmès o no és un fitxer de respostes (hi ha un error a la línia { $line }, columna { $column }). Torna a exportar les respostes a l'altre dispositiu. No s'ha canviat res.
answers-file-not-object = Aquest fitxer no és un fitxer de respostes de Pictokit. Tria el fitxer exportat a l'altre dispositiu: el nom comença per «pictokit-answers». No s'ha canviat res.
answers-file-wrong-format = { $found ->
    [pictokit-instrument] Aquest fitxer és un qüestionari, no les respostes d'algú. Tria el fitxer de respostes exportat a l'altre dispositiu: el nom comença per «pictokit-answers». No s'ha canviat res.
   *[other] Aquest fitxer no és un fitxer de respostes de Pictokit. Tria el fitxer de respostes exportat a l'altre dispositiu: el nom comença per «pictokit-answers». No s'ha canviat res.
}
answers-file-newer-version = Aquestes respostes es van desar amb un Pictokit més nou (versió de fitxer { $found }; aquest en llegeix fins a la { $supported }). Actualitza Pictokit en aquest dispositiu i torna-ho a provar. No s'ha canviat res.
answers-file-bad-version = Aquest fitxer de respostes no diu quina versió és, o ho diu malament. Torna a exportar les respostes a l'altre dispositiu. No s'ha canviat res.
answers-file-wrong-types = Falta una part d'aquest fitxer de respostes, o no es pot llegir. Torna a exportar les respostes a l'altre dispositiu. Detall tècnic (en anglès): { $detail }. No s'ha canviat res.
answers-file-invalid = { $field ->
    [assessment] Aquest fitxer de respostes no diu bé de quina avaluació és. Torna a exportar les respostes a l'altre dispositiu. No s'ha canviat res.
    [informant] En aquest fitxer, el nom o l'identificador de qui ha respost no és vàlid: potser el nom és buit o passa de 60 caràcters. Torna a exportar les respostes a l'altre dispositiu. No s'ha canviat res.
    [answers] Les respostes d'aquest fitxer no són vàlides: n'hi ha massa, o algun identificador de pregunta és incorrecte. Torna a exportar les respostes a l'altre dispositiu. No s'ha canviat res.
    [important] Les dimensions marcades com a importants en aquest fitxer no són vàlides. Torna a exportar les respostes a l'altre dispositiu. No s'ha canviat res.
   *[other] Hi ha alguna cosa d'aquest fitxer de respostes que no és vàlida («{ $field }»). Torna a exportar les respostes a l'altre dispositiu. No s'ha canviat res.
}

## Answers file: adding the answers to this assessment
merge-wrong-assessment = Aquestes respostes són d'una altra avaluació («{ $found }»), no d'aquesta («{ $expected }»). Obre l'avaluació d'on venen i afegeix-les allà. No s'ha canviat res.
merge-wrong-instrument = Aquestes respostes són del qüestionari «{ $found }», però aquesta avaluació fa servir «{ $expected }». No s'hi poden afegir. No s'ha canviat res.
merge-role-mismatch = Aquestes respostes no poden anar amb les de «{ $informant }»: l'un és la persona i l'altre no, i per això han respost preguntes diferents. Tria una altra persona, o afegeix les respostes com d'algú nou. No s'ha canviat res.
merge-second-person = El fitxer té les respostes de la persona, i «{ $person }» ja és la persona d'aquest equip. Afegeix les respostes a les de «{ $person }» en lloc d'afegir algú nou. No s'ha canviat res.
merge-id-taken = Aquestes respostes no poden entrar com d'algú nou: «{ $id }» ja és a l'equip. Afegeix-les a les respostes de «{ $id }», o revisa el fitxer. No s'ha canviat res.
merge-team-full = L'equip és ple: ja té 20 persones. Treu algú que ja no respongui i torna-ho a provar. No s'ha canviat res.
merge-unknown-informant = «{ $id }» ja no és a l'equip. Tria algú de l'equip, o afegeix les respostes com d'algú nou. No s'ha canviat res.
merge-stale-preview = Aquestes respostes es van revisar per a una altra avaluació. Torna a obrir el fitxer de respostes des d'aquesta avaluació. No s'ha canviat res.

## Team: who answers
team-bad-id = L'identificador d'aquesta persona no és vàlid. Fes servir lletres sense accents, xifres, «-», «_» o «.», sense espais.
team-duplicate-id = Algú de l'equip ja té aquest identificador. Fes-ne servir un altre.
team-name-empty = Escriu el nom de qui respon.
team-name-too-long = El nom és massa llarg. Fes servir 60 caràcters com a màxim.
team-second-person = L'equip ja té la persona. Afegeix aquesta com a família, professional o una altra persona.
team-too-many = L'equip és ple: pot tenir 20 persones com a màxim. Treu algú que ja no respongui per afegir-ne una de nova.

## Answering
answer-unknown-item = Aquesta pregunta no és al qüestionari. La resposta no s'ha desat.
answer-not-on-scale = Aquesta resposta no és cap de les opcions. Tria una de les respostes que es mostren.
answer-unknown-domain = Aquesta dimensió no és al qüestionari. La marca no s'ha desat.

## Support plan
plan-bad-id = L'identificador de l'objectiu no és vàlid. Fes servir lletres sense accents, xifres, «-», «_» o «.», sense espais.
plan-duplicate-id = Un altre objectiu ja té aquest identificador.
plan-unknown-goal = Aquest objectiu ja no és al pla. Potser algú l'ha tret.
plan-empty-goal = Escriu l'objectiu amb les paraules de la persona, o tria'n una imatge.
plan-text-too-long = Un text de l'objectiu és massa llarg. Cada text pot tenir 500 caràcters com a màxim.
plan-unknown-domain = Tria una dimensió del qüestionari per a aquest objectiu.
plan-too-many-goals = El pla ja té 30 objectius, el màxim que pot tenir. Treu-ne un per afegir-ne un altre.
plan-bad-schedule-link = Aquest objectiu no es pot enllaçar amb aquestes activitats de l'horari. Un objectiu es pot enllaçar amb 20 activitats com a màxim.
plan-no-goals = Afegeix almenys un objectiu abans d'acordar el pla.
plan-nobody-agrees = Tria qui està d'acord amb el pla.
plan-unknown-informant = Algú que has triat com a d'acord ja no és a l'equip. Torna a triar.
plan-person-must-agree = El pla és de la persona: ha de ser entre els qui hi estan d'acord.

## Scores
score-not-enough-answers = { $needed ->
    [one] Encara no hi ha puntuació: cal que almenys 1 pregunta tingui una resposta de l'escala, i de moment n'hi ha { $answered } de { $total }. «No ho sé» i les preguntes saltades no compten.
   *[other] Encara no hi ha puntuació: cal que almenys { $needed } preguntes tinguin una resposta de l'escala, i de moment n'hi ha { $answered } de { $total }. «No ho sé» i les preguntes saltades no compten.
}
score-no-items = No hi ha puntuació: aquesta dimensió no té preguntes.
