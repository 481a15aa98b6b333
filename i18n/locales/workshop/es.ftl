### Co-design workshops (issue #7): the sorting mat and the change history. The
### models are `pictokit_domain::sorting` and `pictokit_domain::history`; their screens
### are still to come.

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
