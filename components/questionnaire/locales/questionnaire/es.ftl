# Messages of the quality-of-life questionnaire: only facilitator.html carries them (index.html stays small).

## Questionnaire: who answers, and the answers that are not on the scale
questionnaire-role-person = La persona
questionnaire-role-family = Familia
questionnaire-role-professional = Profesional
questionnaire-role-other = Otra persona
questionnaire-answer-dont-know = No lo sé
questionnaire-answer-skip = Saltar

## Questionnaire file: it cannot be opened
instrument-not-json = Este archivo está dañado o no es un cuestionario (hay un error en la línea { $line }, columna { $column }). Pide una copia nueva a quien lo hizo.
instrument-not-object = Este archivo no es un cuestionario de Pictokit. Elige un archivo de cuestionario.
instrument-too-big = Este archivo es demasiado grande para ser un cuestionario: el máximo es { $limit-mb } MB. Comprueba que has elegido el archivo correcto.
instrument-wrong-format = { $found ->
    [pictokit-answers] Este archivo tiene las respuestas de alguien, no es un cuestionario. Añádelo donde se traen respuestas de otro dispositivo.
   *[other] Este archivo no es un cuestionario de Pictokit. Elige un archivo de cuestionario.
}
instrument-newer-format-version = Este cuestionario es para un Pictokit más nuevo (versión de formato { $found }; este lee hasta la { $supported }). Actualiza Pictokit para abrirlo.
instrument-bad-format-version = La versión de formato «{ $found }» no es válida: tiene que ser un número entero, como 1. Corrígela en el archivo y vuelve a abrirlo.
instrument-missing-id = El cuestionario no tiene identificador. Añade uno en «id», por ejemplo «mi-cuestionario».
instrument-bad-instrument-id = El identificador del cuestionario, «{ $found }», no es válido. Usa hasta 64 letras sin tildes, cifras, «-», «_» o «.», sin espacios.
instrument-no-versions = El cuestionario no dice quién lo responde. En «versions», pon «self» (lo responde la persona), «others» (lo responden la familia y los profesionales) o los dos.
instrument-scale-option-count = { $count ->
    [one] La escala de respuestas solo tiene 1 opción que se pueda usar, y necesita entre { $min } y { $max }. Revisa «scale/options».
   *[other] La escala de respuestas tiene { $count } opciones que se pueden usar, y necesita entre { $min } y { $max }. Revisa «scale/options».
}
instrument-no-domains = El cuestionario no tiene ninguna dimensión que se pueda usar. Revisa la lista «domains».
instrument-no-items = El cuestionario no tiene ninguna pregunta que se pueda usar. Revisa la lista «items».

## Questionnaire file: problems that do not stop it from opening
instrument-missing-field = En el archivo falta «{ $path }». Añádelo; mientras tanto, esa parte puede quedar fuera o vacía.
instrument-wrong-type = { $expected ->
    [text] «{ $path }» debería ser un texto entre comillas. No se ha tenido en cuenta.
    [list] «{ $path }» debería ser una lista entre corchetes. No se ha tenido en cuenta.
    [object] «{ $path }» debería ser un grupo de campos entre llaves. No se ha tenido en cuenta.
    [whole-number] «{ $path }» debería ser un número entero, como 3. No se ha tenido en cuenta.
    [true-or-false] «{ $path }» debería ser true o false. No se ha tenido en cuenta.
    [translations] «{ $path }» debería tener un texto para cada idioma, como «ca», «es» y «en». No se ha tenido en cuenta.
   *[other] «{ $path }» no tiene el tipo de valor correcto (se esperaba { $expected }). No se ha tenido en cuenta.
}
instrument-bad-id = El identificador «{ $found }» de «{ $path }» no es válido, y esa parte se ha dejado fuera. Usa hasta 64 letras sin tildes, cifras, «-», «_» o «.».
instrument-bad-language = «{ $found }» en «{ $path }» no es un código de idioma, como «ca», «es» o «en». No se ha tenido en cuenta.
instrument-duplicate-language = El idioma «{ $language }» aparece dos veces en «languages». No se ha tenido en cuenta el segundo.
instrument-missing-translation = «{ $path }» no tiene texto en «{ $language }». Se muestra en otro idioma.
instrument-text-too-long = { $path ->
    [version] «{ $path }» pasa de { $limit } caracteres, y se ha recortado.
    [licence] «{ $path }» pasa de { $limit } caracteres, y se ha recortado.
   *[other] El texto en «{ $language }» de «{ $path }» pasa de { $limit } caracteres, y se ha recortado.
}
instrument-too-many = { $count ->
    [one] «{ $path }» tiene 1 elemento, y se guardan { $limit } como máximo. El resto se ha dejado fuera.
   *[other] «{ $path }» tiene { $count } elementos, y se guardan { $limit } como máximo. El resto se ha dejado fuera.
}
instrument-unknown-version = «{ $found }» en «versions» no es una versión que Pictokit conozca, y no se ha tenido en cuenta. Usa «self» (la responde la persona) o «others» (la responden la familia y los profesionales).
instrument-duplicate-version = La versión «{ $version }» aparece dos veces en «versions». No se ha tenido en cuenta la segunda.
instrument-bad-scale-value = El valor «{ $found }» de «{ $path }» no es válido, y esa opción de respuesta se ha dejado fuera. Usa un número entero de -1000 a 1000.
instrument-duplicate-scale-value = Dos opciones de respuesta tienen el valor { $value }. La segunda se ha dejado fuera.
instrument-scale-unsorted = Las opciones de respuesta no estaban ordenadas del valor más bajo al más alto. Pictokit las ha ordenado.
instrument-bad-picto = «{ $found }» en «{ $path }» no es una imagen que Pictokit conozca, y esa parte se ha quedado sin imagen. Usa «om:…», «arasaac:…» o «photo:…».
instrument-duplicate-domain = Dos dimensiones tienen el identificador «{ $id }». La segunda se ha dejado fuera.
instrument-duplicate-indicator = La dimensión «{ $domain }» tiene dos indicadores con el identificador «{ $id }». El segundo se ha dejado fuera.
instrument-duplicate-item = Dos preguntas tienen el identificador «{ $id }». La segunda se ha dejado fuera.
instrument-unknown-domain = La pregunta «{ $item }» es de la dimensión «{ $domain }», que no está en el archivo. La pregunta se ha dejado fuera.
instrument-unknown-indicator = La pregunta «{ $item }» usa el indicador «{ $indicator }», que su dimensión no tiene. La pregunta se conserva sin indicador.
instrument-missing-item-text = { $version ->
    [self] La pregunta «{ $item }» no tiene texto para la persona («{ $version }»), y se ha dejado fuera. Añade el texto en el archivo.
   *[others] La pregunta «{ $item }» no tiene texto para la familia y los profesionales («{ $version }»), y se ha dejado fuera. Añade el texto en el archivo.
}
instrument-empty-domain = La dimensión «{ $domain }» no tiene preguntas. Se conserva, pero nunca tendrá puntuación.

## Answers file brought from another device
answers-file-too-big = Este archivo es demasiado grande para ser un archivo de respuestas: el máximo es { $limit-mb } MB. Comprueba que has elegido el archivo correcto. No se ha cambiado nada.
answers-file-empty = Este archivo está vacío: no tiene respuestas. Elige el archivo de respuestas exportado en el otro dispositivo: su nombre empieza por «pictokit-answers». No se ha cambiado nada.
answers-file-not-json = Este archivo está dañado o no es un archivo de respuestas (hay un error en la línea { $line }, columna { $column }). Vuelve a exportar las respuestas en el otro dispositivo. No se ha cambiado nada.
answers-file-not-object = Este archivo no es un archivo de respuestas de Pictokit. Elige el archivo exportado en el otro dispositivo: su nombre empieza por «pictokit-answers». No se ha cambiado nada.
answers-file-wrong-format = { $found ->
    [pictokit-instrument] Este archivo es un cuestionario, no las respuestas de alguien. Elige el archivo de respuestas exportado en el otro dispositivo: su nombre empieza por «pictokit-answers». No se ha cambiado nada.
   *[other] Este archivo no es un archivo de respuestas de Pictokit. Elige el archivo de respuestas exportado en el otro dispositivo: su nombre empieza por «pictokit-answers». No se ha cambiado nada.
}
answers-file-newer-version = Estas respuestas se guardaron con un Pictokit más nuevo (versión de archivo { $found }; este lee hasta la { $supported }). Actualiza Pictokit en este dispositivo y vuelve a probar. No se ha cambiado nada.
answers-file-bad-version = Este archivo de respuestas no dice qué versión es, o lo dice mal. Vuelve a exportar las respuestas en el otro dispositivo. No se ha cambiado nada.
answers-file-wrong-types = Falta una parte de este archivo de respuestas, o no se puede leer. Vuelve a exportar las respuestas en el otro dispositivo. Detalle técnico (en inglés): { $detail }. No se ha cambiado nada.
answers-file-invalid = { $field ->
    [assessment] Este archivo de respuestas no dice bien de qué evaluación es. Vuelve a exportar las respuestas en el otro dispositivo. No se ha cambiado nada.
    [informant] En este archivo, el nombre o el identificador de quien ha respondido no es válido: quizá el nombre está vacío o pasa de 60 caracteres. Vuelve a exportar las respuestas en el otro dispositivo. No se ha cambiado nada.
    [answers] Las respuestas de este archivo no son válidas: hay demasiadas, o algún identificador de pregunta es incorrecto. Vuelve a exportar las respuestas en el otro dispositivo. No se ha cambiado nada.
    [important] Las dimensiones marcadas como importantes en este archivo no son válidas. Vuelve a exportar las respuestas en el otro dispositivo. No se ha cambiado nada.
   *[other] Hay algo en este archivo de respuestas que no es válido («{ $field }»). Vuelve a exportar las respuestas en el otro dispositivo. No se ha cambiado nada.
}

## Answers file: adding the answers to this assessment
merge-wrong-assessment = Estas respuestas son de otra evaluación («{ $found }»), no de esta («{ $expected }»). Abre la evaluación de la que vienen y añádelas allí. No se ha cambiado nada.
merge-wrong-instrument = Estas respuestas son del cuestionario «{ $found }», pero esta evaluación usa «{ $expected }». No se pueden añadir aquí. No se ha cambiado nada.
merge-role-mismatch = Estas respuestas no pueden ir con las de «{ $informant }»: uno es la persona y el otro no, así que han respondido preguntas distintas. Elige a otra persona, o añade las respuestas como de alguien nuevo. No se ha cambiado nada.
merge-second-person = El archivo tiene las respuestas de la persona, y «{ $person }» ya es la persona de este equipo. Añade las respuestas a las de «{ $person }» en lugar de añadir a alguien nuevo. No se ha cambiado nada.
merge-id-taken = Estas respuestas no pueden entrar como de alguien nuevo: «{ $id }» ya está en el equipo. Añádelas a las respuestas de «{ $id }», o revisa el archivo. No se ha cambiado nada.
merge-team-full = El equipo está completo: ya tiene 20 personas. Quita a alguien que ya no responda y vuelve a probar. No se ha cambiado nada.
merge-unknown-informant = «{ $id }» ya no está en el equipo. Elige a alguien del equipo, o añade las respuestas como de alguien nuevo. No se ha cambiado nada.
merge-stale-preview = Estas respuestas se revisaron para otra evaluación. Vuelve a abrir el archivo de respuestas desde esta evaluación. No se ha cambiado nada.

## Team: who answers
team-bad-id = El identificador de esta persona no es válido. Usa letras sin tildes, cifras, «-», «_» o «.», sin espacios.
team-duplicate-id = Alguien del equipo ya tiene este identificador. Usa otro.
team-name-empty = Escribe el nombre de quien responde.
team-name-too-long = El nombre es demasiado largo. Usa 60 caracteres como máximo.
team-second-person = El equipo ya tiene a la persona. Añade a esta como familia, profesional u otra persona.
team-too-many = El equipo está completo: puede tener 20 personas como máximo. Quita a alguien que ya no responda para añadir a alguien nuevo.

## Answering
answer-unknown-item = Esta pregunta no está en el cuestionario. La respuesta no se ha guardado.
answer-not-on-scale = Esa respuesta no es ninguna de las opciones. Elige una de las respuestas que se muestran.
answer-unknown-domain = Esta dimensión no está en el cuestionario. La marca no se ha guardado.

## Support plan
plan-bad-id = El identificador del objetivo no es válido. Usa letras sin tildes, cifras, «-», «_» o «.», sin espacios.
plan-duplicate-id = Otro objetivo ya tiene este identificador.
plan-unknown-goal = Este objetivo ya no está en el plan. Puede que alguien lo haya quitado.
plan-empty-goal = Escribe el objetivo con las palabras de la persona, o elige una imagen para él.
plan-text-too-long = Un texto del objetivo es demasiado largo. Cada texto puede tener 500 caracteres como máximo.
plan-unknown-domain = Elige una dimensión del cuestionario para este objetivo.
plan-too-many-goals = El plan ya tiene 30 objetivos, el máximo que puede tener. Quita uno para añadir otro.
plan-bad-schedule-link = Este objetivo no se puede enlazar con esas actividades del horario. Un objetivo se puede enlazar con 20 actividades como máximo.
plan-no-goals = Añade al menos un objetivo antes de acordar el plan.
plan-nobody-agrees = Elige quién está de acuerdo con el plan.
plan-unknown-informant = Alguien que has elegido como de acuerdo ya no está en el equipo. Vuelve a elegir.
plan-person-must-agree = El plan es de la persona: tiene que estar entre quienes están de acuerdo con él.

## Scores
score-not-enough-answers = { $needed ->
    [one] Aún no hay puntuación: hace falta que al menos 1 pregunta tenga una respuesta de la escala, y por ahora la tienen { $answered } de { $total }. «No lo sé» y las preguntas saltadas no cuentan.
   *[other] Aún no hay puntuación: hace falta que al menos { $needed } preguntas tengan una respuesta de la escala, y por ahora la tienen { $answered } de { $total }. «No lo sé» y las preguntas saltadas no cuentan.
}
score-no-items = No hay puntuación: esta dimensión no tiene preguntas.
