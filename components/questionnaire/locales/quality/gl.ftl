# Pantallas da avaliación da calidade de vida (profesional e modo persoa): só as leva facilitator.html.

## Profesional: as avaliacións dunha persoa
fac-quality = Calidade de vida
fac-quality-name = Calidade de vida de { $name }
ql-title = Calidade de vida: { $name }
ql-hint = Unha avaliación pregúntalles a { $name } e a persoas que coñecen ben a { $name } sobre 8 ámbitos da vida. Coas respostas faise un informe, e o equipo acorda un plan de apoios con { $name }.
ql-assessments = Avaliacións
ql-assessments-empty = Aínda non hai ningunha avaliación.
ql-assessment-summary = { $finished } de { $team } terminaron de responder
ql-open = Abrir
ql-open-name = Abrir a avaliación do { $date }
ql-new = Nova avaliación
ql-questionnaire = Cuestionario
ql-builtin = incluído
ql-imported = importado
ql-start = Comezar unha nova avaliación
ql-too-many = Esta persoa xa ten 50 avaliacións, o máximo que pode haber.
ql-stored-newer = Estas avaliacións gardáronse cun Pictokit máis novo. Consérvanse tal como están; actualiza Pictokit para velas.
ql-stored-dropped = Unha parte das avaliacións gardadas non se puido ler e non se mostra. Todo o demais está aquí.
ql-import = Outro cuestionario
ql-import-hint = Unha organización pode engadir un ficheiro de cuestionario do que teña licenza. Despois aparece xunto ao cuestionario incluído.
ql-import-choose = Importar un ficheiro de cuestionario
ql-import-done = Engadiuse «{ $title }».
ql-import-done-problems = Engadiuse «{ $title }». O ficheiro ten { $count ->
    [one] 1 problema
   *[other] { $count } problemas
}, e o resto funciona:
ql-import-refused = Non se puido engadir este cuestionario. Non se cambiou nada.

## Profesional: unha avaliación e o seu equipo
ql-assessment-title = Avaliación de { $name }, { $date }
ql-not-found = Esta avaliación xa non está neste dispositivo.
ql-back-to-list = Todas as avaliacións
ql-instrument-missing = O cuestionario desta avaliación («{ $id }», versión { $version }) non está neste dispositivo. Impórtao para ver as respostas.
ql-report = Informe
ql-plan = Plan de apoios
ql-team = Quen responde
ql-team-hint = Cada persoa responde pola súa conta: aquí, no modo persoa, ou noutro dispositivo cun ficheiro de respostas.
ql-progress = Respondidas: { $answered } de { $total }
ql-progress-finished = Terminado. Respondidas: { $answered } de { $total }
ql-answer-person-name = { $name } responde no modo persoa
ql-answer-here = Responder aquí
ql-answer-here-name = Responder aquí como { $name }
ql-export = Exportar o ficheiro de respostas
ql-export-name = Exportar o ficheiro de respostas de { $name }
ql-exported = Gardouse o ficheiro de respostas de { $name }. Ábreo con Pictokit no outro dispositivo.
ql-remove = Quitar
ql-remove-name = Quitar { $name } do equipo
ql-remove-title = Quitar { $name } do equipo?
ql-remove-body = As súas respostas bórranse desta avaliación.
ql-keep = Conservar
ql-new-name = Nome de quen responde
ql-new-role = Quen é
ql-add = Engadir ao equipo

## Profesional: respostas doutro dispositivo
ql-merge = Respostas doutro dispositivo
ql-merge-hint = Alguén respondeu noutro dispositivo e exportou o seu ficheiro de respostas: engádeo aquí. Antes de que cambie nada, ves que é novo, que é igual e que é distinto.
ql-merge-choose = Engadir un ficheiro de respostas
ql-merge-preview = Que trae o ficheiro de respostas
ql-merge-new = { $who } entra no equipo con estas respostas.
ql-merge-same = Estas son as respostas de { $who }.
ql-merge-probably = Parece que son as respostas de { $local }: { $who } ten o mesmo nome e o mesmo rol.
ql-merge-chosen = Estas respostas van coas de { $local } ({ $who } no ficheiro).
ql-merge-someone-else = Non, é outra persoa
ql-merge-counts = Respostas novas: { $added }. Iguais ca aquí: { $same }. Distintas: { $different }.
ql-merge-conflicts-hint = Algunhas respostas son distintas aquí e no ficheiro. Escolle cal queres conservar en cada caso. Mentres non escollas, queda a resposta deste dispositivo.
ql-keep-local = Conservar a deste dispositivo: { $answer }
ql-take-incoming = Coller a do ficheiro: { $answer }
ql-merge-apply = Engadir as respostas
ql-merge-cancel = Cancelar
ql-merged = Engadíronse as respostas de { $name }: { $added } novas e { $taken } cambiadas polas do ficheiro.

## Profesional: o formulario
ql-form-title = Respostas de { $name }
ql-form-hint-person = Preguntas para a persoa, coas súas propias palabras. Cada resposta gárdase ao momento.
ql-form-hint-others = Preguntas sobre { $person }. Responde o que ves; escolle «Non o sei» se tes dúbidas. Cada resposta gárdase ao momento.
ql-important-person = Isto é importante para min
ql-important-others = Isto é importante para { $person }
ql-form-finish = Terminei
ql-form-later = Seguir máis tarde
ql-form-saved = As respostas de { $name } están gardadas.
ql-finish-unanswered-title = { $count ->
    [one] Unha de { $total } preguntas aínda non ten resposta
   *[other] { $count } de { $total } preguntas aínda non teñen resposta
}
ql-finish-unanswered-body = Sen resposta: { $domains }. Podedes terminar agora e respondelas máis adiante, ou volver a elas. «Non o sei» tamén é unha resposta.
ql-finish-anyway = Terminar con { $count } sen resposta
ql-finish-go-back = Volver ás preguntas

## Modo persoa: responder
quiz-title = Preguntas sobre a miña vida
quiz-progress = Por onde vou
quiz-part = Parte { $number }: { $name }, { $state }
quiz-part-now = agora
quiz-part-done = terminada
quiz-part-later = máis tarde
quiz-question-of = Pregunta { $number } de { $total }
quiz-answers = A miña resposta
quiz-back = Atrás
quiz-important-ask = Que é importante para ti? Toca as imaxes.
quiz-important = Importante
quiz-important-on = { $name }: importante
quiz-finish = Terminei
quiz-thanks = Grazas! As túas respostas están gardadas.
quiz-home = Inicio
quiz-nothing = Agora non hai preguntas para ti.

## Profesional: o informe
ql-report-title = Informe: { $name }, { $date }
ql-report-rules = As puntuacións van de 0 a 100. Un ámbito da vida márcase con «Opinións distintas» cando a puntuación da persoa e a media das demais se diferencian en máis de { $threshold } puntos.
ql-print = Imprimir
ql-back-to-assessment = Volver á avaliación
ql-easy-report = Informe en lectura fácil
ql-csv = Todas as respostas nunha táboa (CSV)
ql-csv-informant = Quen respondeu
ql-csv-role = Rol
ql-csv-domain = Dimensión
ql-csv-item = Identificador da pregunta
ql-csv-question = Pregunta
ql-csv-answer = Resposta
ql-csv-value = Valor
ql-csv-points = Puntos
ql-scores = Puntuacións por ámbito da vida
ql-domain = Ámbito da vida
ql-others-mean = As demais persoas (media)
ql-together = En conxunto
ql-notes = Notas
ql-flag-domain = Opinións distintas ({ $difference } puntos de diferenza)
ql-flag-short = Opinións distintas
ql-why-short = { $answered } de { $total } respostas, cómpren { $needed }
ql-why-short-no-items = sen preguntas
ql-print-legend = —: aínda sen puntuación. Unha parte da vida ten puntuación cando polo menos a metade das súas preguntas teñen unha resposta da escala; «Non o sei» e as preguntas saltadas non contan.
ql-note-important = Importante para a persoa
ql-note-low = Puntuación baixa
ql-chart = Gráfico das puntuacións
ql-chart-desc = Barras de 0 a 100 para cada ámbito da vida: a puntuación de { $person }, en cor lisa, e a media das demais persoas, con raias. A táboa de arriba ten as mesmas puntuacións.
ql-differences = Preguntas con respostas distintas
ql-differences-hint = Respostas separadas por dous ou máis pasos da escala. Son un bo punto de partida para a conversa do equipo.
ql-differences-none = Ningunha pregunta ten respostas moi distintas.
ql-priorities = Prioridades
ql-priorities-none = Aínda non hai ningunha prioridade.
ql-priority-important = importante para { $person }
ql-priority-low = puntuación baixa
ql-priority-both = importante para { $person }, e puntuación baixa
ql-priorities-rule = Unha parte da vida é unha prioridade cando { $person } a marca como importante, ou cando a súa puntuación conxunta é menor ca { $low }. Só o que { $person } escolle como importante a fai prioridade.
ql-priorities-rule-team = Unha parte da vida é unha prioridade cando alguén do equipo a marca como importante, ou cando a súa puntuación conxunta é menor ca { $low }.
ql-priority-others = { $domain }: { $names } marcouna como importante para { $person }. Aínda non é unha prioridade: preguntádello a { $person }; serao cando { $person } tamén a marque como importante.
ql-change = Cambio desde o { $date }
ql-now = Agora
ql-change-col = Cambio
ql-change-same = Igual
ql-change-up = { $points ->
    [one] 1 punto mellor
   *[other] { $points } puntos mellor
}
ql-change-down = { $points ->
    [one] 1 punto peor
   *[other] { $points } puntos peor
}

## Informe en lectura fácil, para a persoa
easy-report-title = A miña calidade de vida: { $name }
easy-report-intro = Isto é o que dixemos sobre a miña vida.
easy-you-said = Eu dixen: { $band }.
easy-others-said = O meu equipo dixo: { $band }.
easy-band-good = vai ben
easy-band-ok = vai máis ou menos ben
easy-band-better = podería ir mellor
easy-band-none = aínda non o sabemos
easy-important = Isto é importante para min.
easy-differ = O meu equipo e mais eu vémolo diferente. Imos falalo.

## Profesional: o plan de apoios
ql-plan-title = Plan de apoios de { $name }
ql-easy-plan = Plan en lectura fácil
ql-plan-start = Por onde comezar
ql-plan-hint = As prioridades do informe. Acorda cada obxectivo con { $person }, coas súas propias palabras.
ql-goal-for = Engadir un obxectivo
ql-goal-for-name = Engadir un obxectivo para { $domain }
ql-goal-new = Novo obxectivo
ql-goals = Obxectivos
ql-goals-none = Aínda non hai ningún obxectivo.
ql-goal-form = Obxectivo
ql-goal-words = O obxectivo, coas palabras da persoa
ql-goal-words-hint = Por exemplo: «Quero ir nadar cos meus amigos».
ql-goal-domain = Ámbito da vida
ql-goal-domain-choose = Escoller un ámbito da vida
ql-goal-picture = Imaxe
ql-goal-choose-picture = Escoller unha imaxe
ql-goal-supports = Apoios necesarios
ql-goal-who = Quen axuda
ql-goal-review = Data para volver miralo
ql-goal-bad-date = Escribe a data como ano-mes-día, por exemplo, 2027-03-01.
ql-goal-schedule = Actividades do horario para este obxectivo
ql-goal-save = Gardar o obxectivo
ql-goal-cancel = Cancelar
ql-goal-edit = Cambiar
ql-goal-edit-name = Cambiar o obxectivo «{ $words }»
ql-goal-remove = Quitar
ql-goal-remove-name = Quitar o obxectivo «{ $words }»
ql-agree = Acordo
ql-agree-who = Quen está de acordo co plan
ql-agree-button = Acordar o plan
ql-plan-agreed = Acordado o { $date } por { $names }.

## Plan en lectura fácil, para a persoa
easy-plan-title = O meu plan: { $name }
easy-plan-intro = Estes son os meus obxectivos. Acordámolos xuntos.
easy-who-helps = Quen me axuda: { $who }.
easy-supports = Que me axuda: { $supports }.
easy-review = Volvémolo mirar o { $date }.
easy-in-my-day = No meu día: { $activity }.
easy-agreed = Acordámolo o { $date }: { $names }.

## Profesional: responder o ficheiro de respostas doutro dispositivo
ql-form-hint-away = Preguntas sobre a persoa avaliada. Responde o que ves; escolle «Non o sei» se tes dúbidas. Cada resposta gárdase ao momento.
ql-important-away = Isto é importante para a persoa
ql-away-title = Responder para outro dispositivo
ql-away-hint = Alguén che enviou un ficheiro de respostas de Pictokit? Ábreo aquí, responde e devolve o ficheiro.
ql-away-go = Responder un ficheiro de respostas
ql-away-open = Abrir un ficheiro de respostas
ql-away-continue = Seguir respondendo
ql-away-continue-name = Seguir respondendo como { $name }
ql-away-export = Terminei: gardar o ficheiro de respostas
ql-away-exported = Gardouse o ficheiro de respostas. Devólvello a quen cho enviou.
ql-away-unknown-instrument = O cuestionario deste ficheiro non está neste dispositivo. Pídeo e impórtao en Calidade de vida.
ql-passphrase = Frase de paso dos ficheiros de respostas (8 caracteres como mínimo)
ql-passphrase-hint = As respostas son datos de saúde; por iso, cada ficheiro de respostas péchase con esta frase de paso. Dílla a quen responde por outra vía: de palabra, nunca xunto co ficheiro.
ql-passphrase-first = Primeiro escribe unha frase de paso de 8 caracteres como mínimo: o ficheiro de respostas péchase con ela.
ql-merge-locked = Este ficheiro de respostas está pechado. Escribe a súa frase de paso en «Frase de paso dos ficheiros de respostas» e toca «Abrilo con esta frase de paso».
ql-away-locked = Este ficheiro de respostas está pechado. Escribe a frase de paso que che dixeron e toca «Abrilo con esta frase de paso».
ql-away-passphrase = Frase de paso do ficheiro (a que che dixeron)
