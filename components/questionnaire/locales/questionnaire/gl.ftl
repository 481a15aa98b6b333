# Mensaxes do cuestionario de calidade de vida: só as leva facilitator.html (index.html segue sendo pequeno).

## Cuestionario: quen responde, e as respostas que non están na escala
questionnaire-role-person = A persoa
questionnaire-role-family = Familia
questionnaire-role-professional = Profesional
questionnaire-role-other = Outra persoa
questionnaire-answer-dont-know = Non o sei
questionnaire-answer-skip = Saltar

## Ficheiro de cuestionario: non se pode abrir
instrument-not-json = Este ficheiro está danado ou non é un cuestionario (hai un erro na liña { $line }, columna { $column }). Pídelle unha copia nova a quen o fixo.
instrument-not-object = Este ficheiro non é un cuestionario de Pictokit. Escolle un ficheiro de cuestionario.
instrument-too-big = Este ficheiro é demasiado grande para ser un cuestionario: o máximo é { $limit-mb } MB. Comproba que escolliches o ficheiro correcto.
instrument-wrong-format = { $found ->
    [pictokit-answers] Este ficheiro ten as respostas de alguén, non é un cuestionario. Engádeo onde se traen respostas doutro dispositivo.
   *[other] Este ficheiro non é un cuestionario de Pictokit. Escolle un ficheiro de cuestionario.
}
instrument-newer-format-version = Este cuestionario é para un Pictokit máis novo (versión de formato { $found }; este le ata a { $supported }). Actualiza Pictokit para abrilo.
instrument-bad-format-version = A versión de formato «{ $found }» non é válida: ten que ser un número enteiro, como 1. Corríxea no ficheiro e volve abrilo.
instrument-missing-id = O cuestionario non ten identificador. Engade un en «id», por exemplo, «o-meu-cuestionario».
instrument-bad-instrument-id = O identificador do cuestionario, «{ $found }», non é válido. Usa ata 64 letras sen til, números, «-», «_» ou «.», sen espazos.
instrument-no-versions = O cuestionario non di quen o responde. En «versions», pon «self» (respóndeo a persoa), «others» (respóndeno a familia e os profesionais) ou os dous.
instrument-scale-option-count = { $count ->
    [one] A escala de respostas só ten 1 opción que se poida usar, e precisa entre { $min } e { $max }. Revisa «scale/options».
   *[other] A escala de respostas ten { $count } opcións que se poden usar, e precisa entre { $min } e { $max }. Revisa «scale/options».
}
instrument-no-domains = O cuestionario non ten ningunha dimensión que se poida usar. Revisa a lista «domains».
instrument-no-items = O cuestionario non ten ningunha pregunta que se poida usar. Revisa a lista «items».

## Ficheiro de cuestionario: problemas que non impiden abrilo
instrument-missing-field = No ficheiro falta «{ $path }». Engádeo; mentres tanto, esa parte pode quedar fóra ou baleira.
instrument-wrong-type = { $expected ->
    [text] «{ $path }» debería ser un texto entre comiñas. Non se tivo en conta.
    [list] «{ $path }» debería ser unha lista entre corchetes. Non se tivo en conta.
    [object] «{ $path }» debería ser un grupo de campos entre chaves. Non se tivo en conta.
    [whole-number] «{ $path }» debería ser un número enteiro, como 3. Non se tivo en conta.
    [true-or-false] «{ $path }» debería ser true ou false. Non se tivo en conta.
    [translations] «{ $path }» debería ter un texto para cada idioma, como «ca», «es» e «en». Non se tivo en conta.
   *[other] «{ $path }» non ten o tipo de valor correcto (agardábase { $expected }). Non se tivo en conta.
}
instrument-bad-id = O identificador «{ $found }» de «{ $path }» non é válido, e esa parte quedou fóra. Usa ata 64 letras sen til, números, «-», «_» ou «.».
instrument-bad-language = «{ $found }» en «{ $path }» non é un código de idioma, como «ca», «es» ou «en». Non se tivo en conta.
instrument-duplicate-language = O idioma «{ $language }» aparece dúas veces en «languages». Non se tivo en conta o segundo.
instrument-missing-translation = «{ $path }» non ten texto en «{ $language }». Móstrase noutro idioma.
instrument-text-too-long = { $path ->
    [version] «{ $path }» ten máis de { $limit } caracteres, e recortouse.
    [licence] «{ $path }» ten máis de { $limit } caracteres, e recortouse.
   *[other] O texto en «{ $language }» de «{ $path }» ten máis de { $limit } caracteres, e recortouse.
}
instrument-too-many = { $count ->
    [one] «{ $path }» ten 1 elemento, e gárdanse { $limit } como máximo. O resto quedou fóra.
   *[other] «{ $path }» ten { $count } elementos, e gárdanse { $limit } como máximo. O resto quedou fóra.
}
instrument-unknown-version = «{ $found }» en «versions» non é unha versión que Pictokit coñeza, e non se tivo en conta. Usa «self» (respóndea a persoa) ou «others» (respóndena a familia e os profesionais).
instrument-duplicate-version = A versión «{ $version }» aparece dúas veces en «versions». Non se tivo en conta a segunda.
instrument-bad-scale-value = O valor «{ $found }» de «{ $path }» non é válido, e esa opción de resposta quedou fóra. Usa un número enteiro de -1000 a 1000.
instrument-duplicate-scale-value = Dúas opcións de resposta teñen o valor { $value }. A segunda quedou fóra.
instrument-scale-unsorted = As opcións de resposta non estaban ordenadas do valor máis baixo ao máis alto. Pictokit ordenounas.
instrument-bad-picto = «{ $found }» en «{ $path }» non é unha imaxe que Pictokit coñeza, e esa parte quedou sen imaxe. Usa «om:…», «arasaac:…» ou «photo:…».
instrument-duplicate-domain = Dúas dimensións teñen o identificador «{ $id }». A segunda quedou fóra.
instrument-duplicate-indicator = A dimensión «{ $domain }» ten dous indicadores co identificador «{ $id }». O segundo quedou fóra.
instrument-duplicate-item = Dúas preguntas teñen o identificador «{ $id }». A segunda quedou fóra.
instrument-unknown-domain = A pregunta «{ $item }» é da dimensión «{ $domain }», que non está no ficheiro. A pregunta quedou fóra.
instrument-unknown-indicator = A pregunta «{ $item }» usa o indicador «{ $indicator }», que a súa dimensión non ten. A pregunta consérvase sen indicador.
instrument-missing-item-text = { $version ->
    [self] A pregunta «{ $item }» non ten texto para a persoa («{ $version }»), e quedou fóra. Engade o texto no ficheiro.
   *[others] A pregunta «{ $item }» non ten texto para a familia e os profesionais («{ $version }»), e quedou fóra. Engade o texto no ficheiro.
}
instrument-empty-domain = A dimensión «{ $domain }» non ten preguntas. Consérvase, pero nunca terá puntuación.

## Ficheiro de respostas traído doutro dispositivo
answers-file-too-big = Este ficheiro é demasiado grande para ser un ficheiro de respostas: o máximo é { $limit-mb } MB. Comproba que escolliches o ficheiro correcto. Non se cambiou nada.
answers-file-empty = Este ficheiro está baleiro: non ten respostas. Escolle o ficheiro de respostas exportado no outro dispositivo: o seu nome comeza por «pictokit-answers». Non se cambiou nada.
answers-file-not-json = Este ficheiro está danado ou non é un ficheiro de respostas (hai un erro na liña { $line }, columna { $column }). Volve exportar as respostas no outro dispositivo. Non se cambiou nada.
answers-file-not-object = Este ficheiro non é un ficheiro de respostas de Pictokit. Escolle o ficheiro exportado no outro dispositivo: o seu nome comeza por «pictokit-answers». Non se cambiou nada.
answers-file-wrong-format = { $found ->
    [pictokit-instrument] Este ficheiro é un cuestionario, non as respostas de alguén. Escolle o ficheiro de respostas exportado no outro dispositivo: o seu nome comeza por «pictokit-answers». Non se cambiou nada.
   *[other] Este ficheiro non é un ficheiro de respostas de Pictokit. Escolle o ficheiro de respostas exportado no outro dispositivo: o seu nome comeza por «pictokit-answers». Non se cambiou nada.
}
answers-file-newer-version = Estas respostas gardáronse cun Pictokit máis novo (versión de ficheiro { $found }; este le ata a { $supported }). Actualiza Pictokit neste dispositivo e proba outra vez. Non se cambiou nada.
answers-file-bad-version = Este ficheiro de respostas non di que versión é, ou dío mal. Volve exportar as respostas no outro dispositivo. Non se cambiou nada.
answers-file-wrong-types = Falta unha parte deste ficheiro de respostas, ou non se pode ler. Volve exportar as respostas no outro dispositivo. Detalle técnico (en inglés): { $detail }. Non se cambiou nada.
answers-file-invalid = { $field ->
    [assessment] Este ficheiro de respostas non di ben de que avaliación é. Volve exportar as respostas no outro dispositivo. Non se cambiou nada.
    [informant] Neste ficheiro, o nome ou o identificador de quen respondeu non é válido: quizais o nome está baleiro ou ten máis de 60 caracteres. Volve exportar as respostas no outro dispositivo. Non se cambiou nada.
    [answers] As respostas deste ficheiro non son válidas: hai demasiadas, ou algún identificador de pregunta é incorrecto. Volve exportar as respostas no outro dispositivo. Non se cambiou nada.
    [important] As dimensións marcadas como importantes neste ficheiro non son válidas. Volve exportar as respostas no outro dispositivo. Non se cambiou nada.
   *[other] Hai algo neste ficheiro de respostas que non é válido («{ $field }»). Volve exportar as respostas no outro dispositivo. Non se cambiou nada.
}

## Ficheiro de respostas: engadir as respostas a esta avaliación
merge-wrong-assessment = Estas respostas son doutra avaliación («{ $found }»), non desta («{ $expected }»). Abre a avaliación da que veñen e engádeas alí. Non se cambiou nada.
merge-wrong-instrument = Estas respostas son do cuestionario «{ $found }», pero esta avaliación usa «{ $expected }». Non se poden engadir aquí. Non se cambiou nada.
merge-role-mismatch = Estas respostas non poden ir coas de «{ $informant }»: un é a persoa e o outro non, así que responderon preguntas distintas. Escolle outra persoa, ou engade as respostas como de alguén novo. Non se cambiou nada.
merge-second-person = O ficheiro ten as respostas da persoa, e «{ $person }» xa é a persoa deste equipo. Engade as respostas ás de «{ $person }» en vez de engadir alguén novo. Non se cambiou nada.
merge-id-taken = Estas respostas non poden entrar como de alguén novo: «{ $id }» xa está no equipo. Engádeas ás respostas de «{ $id }», ou revisa o ficheiro. Non se cambiou nada.
merge-team-full = O equipo está completo: xa ten 20 persoas. Quita alguén que xa non responda e proba outra vez. Non se cambiou nada.
merge-unknown-informant = «{ $id }» xa non está no equipo. Escolle alguén do equipo, ou engade as respostas como de alguén novo. Non se cambiou nada.
merge-stale-preview = Estas respostas revisáronse para outra avaliación. Volve abrir o ficheiro de respostas desde esta avaliación. Non se cambiou nada.

## Equipo: quen responde
team-bad-id = O identificador desta persoa non é válido. Usa letras sen til, números, «-», «_» ou «.», sen espazos.
team-duplicate-id = Alguén do equipo xa ten este identificador. Usa outro.
team-name-empty = Escribe o nome de quen responde.
team-name-too-long = O nome é demasiado longo. Usa 60 caracteres como máximo.
team-second-person = O equipo xa ten a persoa. Engade esta como familia, profesional ou outra persoa.
team-too-many = O equipo está completo: pode ter 20 persoas como máximo. Quita alguén que xa non responda para engadir alguén novo.

## Responder
answer-unknown-item = Esta pregunta non está no cuestionario. A resposta non se gardou.
answer-not-on-scale = Esa resposta non é ningunha das opcións. Escolle unha das respostas que se mostran.
answer-unknown-domain = Esta dimensión non está no cuestionario. A marca non se gardou.

## Plan de apoios
plan-bad-id = O identificador do obxectivo non é válido. Usa letras sen til, números, «-», «_» ou «.», sen espazos.
plan-duplicate-id = Outro obxectivo xa ten este identificador.
plan-unknown-goal = Este obxectivo xa non está no plan. Pode que alguén o quitase.
plan-empty-goal = Escribe o obxectivo coas palabras da persoa, ou escolle unha imaxe para el.
plan-text-too-long = Un texto do obxectivo é demasiado longo. Cada texto pode ter 500 caracteres como máximo.
plan-unknown-domain = Escolle unha dimensión do cuestionario para este obxectivo.
plan-too-many-goals = O plan xa ten 30 obxectivos, o máximo que pode ter. Quita un para engadir outro.
plan-bad-schedule-link = Este obxectivo non se pode ligar con esas actividades do horario. Un obxectivo pódese ligar con 20 actividades como máximo.
plan-no-goals = Engade polo menos un obxectivo antes de acordar o plan.
plan-nobody-agrees = Escolle quen está de acordo co plan.
plan-unknown-informant = Alguén que escolliches como de acordo xa non está no equipo. Volve escoller.
plan-person-must-agree = O plan é da persoa: ten que estar entre quen está de acordo con el.

## Puntuacións
score-not-enough-answers = { $needed ->
    [one] Aínda non hai puntuación: cómpre que polo menos 1 pregunta teña unha resposta da escala, e polo de agora téñena { $answered } de { $total }. «Non o sei» e as preguntas saltadas non contan.
   *[other] Aínda non hai puntuación: cómpre que polo menos { $needed } preguntas teñan unha resposta da escala, e polo de agora téñena { $answered } de { $total }. «Non o sei» e as preguntas saltadas non contan.
}
score-no-items = Non hai puntuación: esta dimensión non ten preguntas.
