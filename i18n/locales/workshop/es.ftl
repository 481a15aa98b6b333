### Co-design workshops (issue #7): the sorting mat and the change history. The
### models are `pictokit_domain::sorting` and `pictokit_domain::history`; their screens are
### views::workshop, views::history, views::sorting and views::choice (facilitator.html).

sorting-place-love = Me encanta
sorting-place-like = Me gusta
sorting-place-unsure = No estoy seguro
sorting-place-dislike = No me gusta
sorting-place-hate = No me gusta nada
sorting-scale-three = Tres sitios
sorting-scale-five = Cinco sitios
sorting-problem-id = Este identificador no es válido.
sorting-problem-no-topic = Escribe un título para el tema.
sorting-problem-topic-too-long = El título es demasiado largo (60 letras como máximo).
sorting-problem-too-few-cards = Pon 2 tarjetas como mínimo.
sorting-problem-too-many-cards = Hay demasiadas tarjetas (24 como máximo).
sorting-problem-duplicate-card = Hay dos tarjetas con el mismo identificador.
sorting-problem-no-label = Cada tarjeta necesita un nombre.
sorting-problem-label-too-long = El nombre de una tarjeta es demasiado largo (60 letras como máximo).
sorting-problem-not-on-scale = Este sitio no está en este tablero.
sorting-problem-all-sorted = Ya has puesto todas las tarjetas.
sorting-problem-other-mat = Esta sesión es de otro tablero.
sorting-problem-not-found = No se ha encontrado. Quizá se ha borrado.
sorting-problem-id-taken = Ya hay uno con este identificador.
sorting-problem-too-many-mats = Ya hay 50 tableros. Borra uno para hacer uno nuevo.
sorting-change-same = Igual
sorting-change-warmer = Ahora le gusta más
sorting-change-cooler = Ahora le gusta menos
sorting-change-new = Nueva
sorting-change-missing = Esta vez no se ha puesto
sorting-record-too-new = Los tableros se hicieron con una versión más nueva de Pictokit. Se guardan, pero no se pueden cambiar. Actualiza Pictokit.
history-subject-profile = El perfil
history-subject-list = La lista
history-subject-schedule = La agenda
history-subject-questionnaire = El cuestionario
history-subject-board = El tablero de pictogramas
history-subject-mat = El tablero para ordenar
history-nothing-to-undo = No hay nada que deshacer.
history-undo-not-found = Este cambio ya no está en el historial.
history-undo-already-undone = Este cambio ya está deshecho.
history-undo-later-first = Primero deshaz el cambio más nuevo.
history-changed-since = Esto ha cambiado después. No se deshace, para no perder el cambio nuevo.
history-record-too-new = El historial se hizo con una versión más nueva de Pictokit. Se guarda, pero no se puede cambiar. Actualiza Pictokit.

## The workshop's home (views::workshop)
fac-workshop = Taller
fac-workshop-name = Taller con { $name }
workshop-title = Taller con { $name }
workshop-hint = Elegid entre opciones con { $name }, ordenad tarjetas de un tema en un tapete y mirad juntos qué ha cambiado.
workshop-back = Volver al taller con { $name }
workshop-session-title = Sesión del taller
workshop-session-hint = Empieza una sesión cuando os sentéis juntos: los cambios que hagáis se guardan con su nombre.
workshop-session-name = Nombre de la sesión (opcional)
workshop-session-start = Empezar una sesión
workshop-session-end = Terminar la sesión
workshop-session-on = Sesión en marcha: { $session }, desde { $since }.
workshop-session-default = Sesión del { $when }
workshop-session-name-too-long = El nombre es demasiado largo (60 letras como máximo).

## The change history (views::history)
history-title = Cambios
history-screen-title = Cambios para { $name }
history-hint = Cada cambio hecho para { $name } en las pantallas del facilitador, del más nuevo al más antiguo. Leedlos juntos; si { $name } no lo quiere, deshazlo. Se deshace paso a paso: primero el cambio más nuevo de cada cosa.
history-empty = Todavía no hay cambios.
history-see-all = Ver todos los cambios
history-undo = Deshacer
history-undo-this = Deshacer: { $change }
history-undone = Deshecho: { $change }
history-is-undone = Deshecho
history-undo-failed = Este cambio no se puede deshacer: lo que volvería a poner no se puede leer.
history-value-grid = { $n } por pantalla
history-before-after = Antes: { $before } · Ahora: { $after }
history-profile-name = Ha cambiado el nombre de { $name }
history-profile-avatar = Ha cambiado la imagen de { $name }
history-profile-language = Ha cambiado el idioma de { $name }
history-profile-speech = Ha cambiado cómo habla la pantalla de { $name }
history-profile-text-size = Ha cambiado el tamaño del texto de { $name }
history-profile-grid = Ha cambiado cuántas imágenes ve { $name } a la vez
history-profile-labels = Han cambiado las palabras bajo las imágenes de { $name }
history-profile-theme = Han cambiado los colores de la pantalla de { $name }
history-profile-motion = Ha cambiado el movimiento en la pantalla de { $name }
history-profile-components = Ha cambiado lo que { $name } puede abrir en la pantalla
history-profile-several = Han cambiado varios ajustes de { $name }
history-list-added = Se ha hecho la lista { $list }
history-list-removed = Se ha borrado la lista { $list }
history-list-changed = Ha cambiado la lista { $list }
history-schedule-changed = Ha cambiado la agenda de { $name }
history-questionnaire-changed = Ha cambiado el cuestionario de { $name }
history-board-changed = Han cambiado los pictogramas de { $name }

## The sorting mat (views::sorting)
sorting-title = Tapetes para ordenar
sorting-hint = Tarjetas que { $name } pone en sitios, de «Me gusta» a «No me gusta». Se guarda cada clasificación, para poder compararlas.
sorting-none = Todavía no hay ningún tapete para ordenar.
sorting-new = Nuevo tapete para ordenar
sorting-open = Abrir
sorting-open-label = Abrir el tapete { $topic }
sorting-mat-meta = { $cards } tarjetas · { $scale } · { $sessions ->
    [0] todavía sin clasificar
    [one] clasificado una vez
   *[other] clasificado { $sessions } veces
}
sorting-new-title = Nuevo tapete para ordenar para { $name }
sorting-edit-title = Cambiar el tapete «{ $topic }»
sorting-topic = Tema
sorting-topic-hint = Por ejemplo: Actividades de la semana
sorting-scale = ¿Cuántos sitios?
sorting-cards = Tarjetas
sorting-cards-hint = Elige de 2 a 24 imágenes. Puedes cambiar la palabra de cada tarjeta.
sorting-add-cards = Añadir tarjetas
sorting-card-word = Palabra de la tarjeta { $n }
sorting-remove-card = Quitar
sorting-remove-card-label = Quitar la tarjeta { $card }
sorting-no-cards = Todavía no hay tarjetas.
sorting-save = Guardar el tapete
sorting-cancel = Cancelar
sorting-not-found = Este tapete para ordenar ya no está. Quizá se borró.
sorting-back = Volver al taller
sorting-mat-title = Tapete para ordenar: { $topic }
sorting-mat-summary = { $cards } tarjetas · { $scale }
sorting-sort-with = Ordenar con { $name }
sorting-edit = Cambiar el tapete
sorting-delete = Borrar el tapete
sorting-delete-title = ¿Borrar el tapete «{ $topic }»?
sorting-delete-body = Se borrarán sus tarjetas y todas las clasificaciones que se hicieron.
sorting-delete-confirm = Borrar
sorting-delete-keep = Conservarlo
sorting-sessions = Clasificaciones
sorting-sessions-none = Todavía no se ha clasificado. Pulsa «Ordenar con { $name }» y dale la tableta a { $name }.
sorting-session-title = Clasificación { $n } – { $when }
sorting-session-done = Las { $cards } tarjetas están colocadas.
sorting-session-unfinished = Sin terminar: { $placed } de { $cards } tarjetas colocadas.
sorting-go-on = Seguir con { $name }
sorting-print = Imprimir
sorting-print-label = Imprimir la clasificación { $n }
sorting-print-title = { $name }: { $topic } ({ $when })
sorting-result-none = Ninguna tarjeta aquí
sorting-compare = Comparar con una clasificación anterior
sorting-compare-hint = Elige dos clasificaciones para ver cómo se ha movido cada tarjeta.
sorting-compare-earlier = Clasificación anterior
sorting-compare-later = Clasificación posterior
sorting-compare-list = Tarjeta por tarjeta
sorting-compare-before = Antes:
sorting-compare-after = Ahora:
sorting-compare-not-placed = No colocada
sorting-compare-summary = Ahora le gusta más: { $warmer } · Ahora le gusta menos: { $cooler } · Igual: { $same }
sorting-compare-summary-other = Nuevas: { $new } · No colocadas esta vez: { $missing }
sorting-compare-nothing = Estas dos clasificaciones no tienen ninguna tarjeta en común.
sorting-turn-progress = Tarjeta { $n } de { $total }
sorting-turn-places = ¿Dónde va?
sorting-turn-undo = Deshacer
sorting-turn-done = ¡Hecho! Todas las tarjetas están en su lugar.
sorting-turn-gone = Ahora no hay nada que clasificar.

## The choice board (views::choice)
choice-title = Tableros de elección
