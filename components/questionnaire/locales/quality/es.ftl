# Screens of the quality-of-life assessment (facilitator and person mode): only facilitator.html carries them.

## Facilitator: a person's assessments
fac-quality = Calidad de vida
fac-quality-name = Calidad de vida de { $name }
ql-title = Calidad de vida: { $name }
ql-hint = Una evaluación pregunta a { $name }, y a personas que conocen bien a { $name }, sobre 8 ámbitos de la vida. Con las respuestas se hace un informe, y el equipo acuerda un plan de apoyos con { $name }.
ql-assessments = Evaluaciones
ql-assessments-empty = Todavía no hay ninguna evaluación.
ql-assessment-summary = { $finished } de { $team } han terminado de responder
ql-open = Abrir
ql-open-name = Abrir la evaluación del { $date }
ql-new = Nueva evaluación
ql-questionnaire = Cuestionario
ql-builtin = incluido
ql-imported = importado
ql-start = Empezar una nueva evaluación
ql-too-many = Esta persona ya tiene 50 evaluaciones, el máximo que puede haber.
ql-stored-newer = Estas evaluaciones se guardaron con un Pictokit más nuevo. Se conservan tal como están; actualiza Pictokit para verlas.
ql-stored-dropped = Una parte de las evaluaciones guardadas no se ha podido leer y no se muestra. Todo lo demás está aquí.
ql-import = Otro cuestionario
ql-import-hint = Una organización puede añadir un archivo de cuestionario del que tenga licencia. Después aparece junto al cuestionario incluido.
ql-import-choose = Importar un archivo de cuestionario
ql-import-done = Se ha añadido «{ $title }».
ql-import-done-problems = Se ha añadido «{ $title }». El archivo tiene { $count ->
    [one] 1 problema
   *[other] { $count } problemas
}, y el resto funciona:
ql-import-refused = No se ha podido añadir este cuestionario. No se ha cambiado nada.

## Facilitator: one assessment and its team
ql-assessment-title = Evaluación de { $name }, { $date }
ql-not-found = Esta evaluación ya no está en este dispositivo.
ql-back-to-list = Todas las evaluaciones
ql-instrument-missing = El cuestionario de esta evaluación («{ $id }», versión { $version }) no está en este dispositivo. Impórtalo para ver las respuestas.
ql-report = Informe
ql-plan = Plan de apoyos
ql-team = Quién responde
ql-team-hint = Cada persona responde por su cuenta: aquí, en el modo persona, o en otro dispositivo con un archivo de respuestas.
ql-progress = Respondidas: { $answered } de { $total }
ql-progress-finished = Terminado. Respondidas: { $answered } de { $total }
ql-answer-person-name = { $name } responde en el modo persona
ql-answer-here = Responder aquí
ql-answer-here-name = Responder aquí como { $name }
ql-export = Exportar el archivo de respuestas
ql-export-name = Exportar el archivo de respuestas de { $name }
ql-exported = Se ha guardado el archivo de respuestas de { $name }. Ábrelo con Pictokit en el otro dispositivo.
ql-remove = Quitar
ql-remove-name = Quitar a { $name } del equipo
ql-remove-title = ¿Quitar a { $name } del equipo?
ql-remove-body = Sus respuestas se borran de esta evaluación.
ql-keep = Conservar
ql-new-name = Nombre de quien responde
ql-new-role = Quién es
ql-add = Añadir al equipo

## Facilitator: answers from another device
ql-merge = Respuestas de otro dispositivo
ql-merge-hint = Alguien ha respondido en otro dispositivo y ha exportado su archivo de respuestas: añádelo aquí. Antes de que cambie nada, ves qué es nuevo, qué es igual y qué es distinto.
ql-merge-choose = Añadir un archivo de respuestas
ql-merge-preview = Qué trae el archivo de respuestas
ql-merge-new = { $who } entra en el equipo con estas respuestas.
ql-merge-same = Estas son las respuestas de { $who }.
ql-merge-probably = Parece que son las respuestas de { $local }: { $who } tiene el mismo nombre y el mismo rol.
ql-merge-chosen = Estas respuestas van con las de { $local } ({ $who } en el archivo).
ql-merge-someone-else = No, es otra persona
ql-merge-counts = Respuestas nuevas: { $added }. Iguales que aquí: { $same }. Distintas: { $different }.
ql-merge-conflicts-hint = Algunas respuestas son distintas aquí y en el archivo. Elige cuál quieres conservar en cada caso. Mientras no elijas, se queda la respuesta de este dispositivo.
ql-keep-local = Conservar la de este dispositivo: { $answer }
ql-take-incoming = Tomar la del archivo: { $answer }
ql-merge-apply = Añadir las respuestas
ql-merge-cancel = Cancelar
ql-merged = Se han añadido las respuestas de { $name }: { $added } nuevas y { $taken } cambiadas por las del archivo.

## Facilitator: the form
ql-form-title = Respuestas de { $name }
ql-form-hint-person = Preguntas para la persona, con sus propias palabras. Cada respuesta se guarda al momento.
ql-form-hint-others = Preguntas sobre { $person }. Responde lo que ves; elige «No lo sé» si tienes dudas. Cada respuesta se guarda al momento.
ql-important-person = Esto es importante para mí
ql-important-others = Esto es importante para { $person }
ql-form-finish = He terminado
ql-form-later = Seguir más tarde
ql-form-saved = Las respuestas de { $name } están guardadas.
ql-finish-unanswered-title = { $count ->
    [one] Una de { $total } preguntas todavía no tiene respuesta
   *[other] { $count } de { $total } preguntas todavía no tienen respuesta
}
ql-finish-unanswered-body = Sin respuesta: { $domains }. Podéis terminar ahora y responderlas más adelante, o volver a ellas. «No lo sé» también es una respuesta.
ql-finish-anyway = Terminar con { $count } sin respuesta
ql-finish-go-back = Volver a las preguntas

## Person mode: answering
quiz-title = Preguntas sobre mi vida
quiz-progress = Por dónde voy
quiz-part = Parte { $number }: { $name }, { $state }
quiz-part-now = ahora
quiz-part-done = terminada
quiz-part-later = más tarde
quiz-question-of = Pregunta { $number } de { $total }
quiz-answers = Mi respuesta
quiz-back = Atrás
quiz-important-ask = ¿Qué es importante para ti? Toca las imágenes.
quiz-important = Importante
quiz-important-on = { $name }: importante
quiz-finish = He terminado
quiz-thanks = ¡Gracias! Tus respuestas están guardadas.
quiz-home = Inicio
quiz-nothing = Ahora no hay preguntas para ti.

## Facilitator: the report
ql-report-title = Informe: { $name }, { $date }
ql-report-rules = Las puntuaciones van de 0 a 100. Un ámbito de la vida se marca con «Opiniones distintas» cuando la puntuación de la persona y la media de los demás se diferencian en más de { $threshold } puntos.
ql-print = Imprimir
ql-back-to-assessment = Volver a la evaluación
ql-easy-report = Informe en lectura fácil
ql-csv = Todas las respuestas en una tabla (CSV)
ql-csv-informant = Quién ha respondido
ql-csv-role = Rol
ql-csv-domain = Dimensión
ql-csv-item = Identificador de la pregunta
ql-csv-question = Pregunta
ql-csv-answer = Respuesta
ql-csv-value = Valor
ql-csv-points = Puntos
ql-scores = Puntuaciones por ámbito de la vida
ql-domain = Ámbito de la vida
ql-others-mean = Los demás (media)
ql-together = En conjunto
ql-notes = Notas
ql-flag-domain = Opiniones distintas ({ $difference } puntos de diferencia)
ql-flag-short = Opiniones distintas
ql-why-short = { $answered } de { $total } respuestas, hacen falta { $needed }
ql-why-short-no-items = sin preguntas
ql-print-legend = —: todavía sin puntuación. Una parte de la vida tiene puntuación cuando al menos la mitad de sus preguntas tienen una respuesta de la escala; «No lo sé» y las preguntas saltadas no cuentan.
ql-note-important = Importante para la persona
ql-note-low = Puntuación baja
ql-chart = Gráfico de las puntuaciones
ql-chart-desc = Barras de 0 a 100 para cada ámbito de la vida: la puntuación de { $person }, en color liso, y la media de los demás, con rayas. La tabla de arriba tiene las mismas puntuaciones.
ql-differences = Preguntas con respuestas distintas
ql-differences-hint = Respuestas separadas por dos o más pasos de la escala. Son un buen punto de partida para la conversación del equipo.
ql-differences-none = Ninguna pregunta tiene respuestas muy distintas.
ql-priorities = Prioridades
ql-priorities-none = Todavía no hay ninguna prioridad.
ql-priority-important = importante para { $person }
ql-priority-low = puntuación baja
ql-priority-both = importante para { $person }, y puntuación baja
ql-priorities-rule = Una parte de la vida es una prioridad cuando { $person } la marca como importante, o cuando su puntuación conjunta es menor que { $low }. Solo lo que { $person } elige como importante la hace prioridad.
ql-priorities-rule-team = Una parte de la vida es una prioridad cuando alguien del equipo la marca como importante, o cuando su puntuación conjunta es menor que { $low }.
ql-priority-others = { $domain }: { $names } la marcó como importante para { $person }. Todavía no es una prioridad: preguntadlo a { $person }; lo será cuando { $person } también la marque como importante.
ql-change = Cambio desde el { $date }
ql-now = Ahora
ql-change-col = Cambio
ql-change-same = Igual
ql-change-up = { $points ->
    [one] 1 punto mejor
   *[other] { $points } puntos mejor
}
ql-change-down = { $points ->
    [one] 1 punto peor
   *[other] { $points } puntos peor
}

## Easy-read report, for the person
easy-report-title = Mi calidad de vida: { $name }
easy-report-intro = Esto es lo que hemos dicho sobre mi vida.
easy-you-said = Yo he dicho: { $band }.
easy-others-said = Mi equipo ha dicho: { $band }.
easy-band-good = va bien
easy-band-ok = va más o menos bien
easy-band-better = podría ir mejor
easy-band-none = todavía no lo sabemos
easy-important = Esto es importante para mí.
easy-differ = Mi equipo y yo lo vemos diferente. Vamos a hablarlo.

## Facilitator: the support plan
ql-plan-title = Plan de apoyos de { $name }
ql-easy-plan = Plan en lectura fácil
ql-plan-start = Por dónde empezar
ql-plan-hint = Las prioridades del informe. Acuerda cada objetivo con { $person }, con sus propias palabras.
ql-goal-for = Añadir un objetivo
ql-goal-for-name = Añadir un objetivo para { $domain }
ql-goal-new = Nuevo objetivo
ql-goals = Objetivos
ql-goals-none = Todavía no hay ningún objetivo.
ql-goal-form = Objetivo
ql-goal-words = El objetivo, con las palabras de la persona
ql-goal-words-hint = Por ejemplo: «Quiero ir a nadar con mis amigos».
ql-goal-domain = Ámbito de la vida
ql-goal-domain-choose = Elegir un ámbito de la vida
ql-goal-picture = Imagen
ql-goal-choose-picture = Elegir una imagen
ql-goal-supports = Apoyos necesarios
ql-goal-who = Quién ayuda
ql-goal-review = Fecha para volver a mirarlo
ql-goal-bad-date = Escribe la fecha como año-mes-día, por ejemplo 2027-03-01.
ql-goal-schedule = Actividades del horario para este objetivo
ql-goal-save = Guardar el objetivo
ql-goal-cancel = Cancelar
ql-goal-edit = Cambiar
ql-goal-edit-name = Cambiar el objetivo «{ $words }»
ql-goal-remove = Quitar
ql-goal-remove-name = Quitar el objetivo «{ $words }»
ql-agree = Acuerdo
ql-agree-who = Quién está de acuerdo con el plan
ql-agree-button = Acordar el plan
ql-plan-agreed = Acordado el { $date } por { $names }.

## Easy-read plan, for the person
easy-plan-title = Mi plan: { $name }
easy-plan-intro = Estos son mis objetivos. Los hemos acordado juntos.
easy-who-helps = Quién me ayuda: { $who }.
easy-supports = Qué me ayuda: { $supports }.
easy-review = Lo volvemos a mirar el { $date }.
easy-in-my-day = En mi día: { $activity }.
easy-agreed = Lo acordamos el { $date }: { $names }.

## Facilitator: answering another device's answers file
ql-form-hint-away = Preguntas sobre la persona evaluada. Responde lo que ves; elige «No lo sé» si tienes dudas. Cada respuesta se guarda al momento.
ql-important-away = Esto es importante para la persona
ql-away-title = Responder para otro dispositivo
ql-away-hint = ¿Alguien te ha enviado un archivo de respuestas de Pictokit? Ábrelo aquí, responde y devuelve el archivo.
ql-away-go = Responder un archivo de respuestas
ql-away-open = Abrir un archivo de respuestas
ql-away-continue = Seguir respondiendo
ql-away-continue-name = Seguir respondiendo como { $name }
ql-away-export = He terminado: guardar el archivo de respuestas
ql-away-exported = Se ha guardado el archivo de respuestas. Devuélveselo a quien te lo envió.
ql-away-unknown-instrument = El cuestionario de este archivo no está en este dispositivo. Pídelo e impórtalo en Calidad de vida.
ql-passphrase = Frase de paso de los archivos de respuestas (8 caracteres como mínimo)
ql-passphrase-hint = Las respuestas son datos de salud, por eso cada archivo de respuestas se cierra con esta frase de paso. Dísela a quien responde por otra vía: de palabra, nunca junto con el archivo.
ql-passphrase-first = Primero escribe una frase de paso de 8 caracteres como mínimo: el archivo de respuestas se cierra con ella.
ql-merge-locked = Este archivo de respuestas está cerrado. Escribe su frase de paso en «Frase de paso de los archivos de respuestas» y toca «Abrirlo con esta frase de paso».
ql-away-locked = Este archivo de respuestas está cerrado. Escribe la frase de paso que te han dicho y toca «Abrirlo con esta frase de paso».
ql-away-passphrase = Frase de paso del archivo (la que te han dicho)
