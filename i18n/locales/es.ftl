## Pictokit — mensajes en castellano. Cada id existe también en en.ftl y ca.ftl.

app-name = Pictokit
app-loading = Pictokit se está abriendo…

## Pantalla de inicio
start-title = ¿Quién usa Pictokit?
start-open-profile = Abrir la pantalla de { $name }
start-facilitator = Profesional
start-facilitator-hint = Perfiles y ajustes
firstrun-title = Te damos la bienvenida a Pictokit
firstrun-body = Pictokit muestra imágenes, habla y ayuda a comprar, a responder preguntas y a organizar el día. Empieza con un perfil para la persona que lo usará.
firstrun-create = Crear el primer perfil

## Modo profesional
facilitator-banner = Modo profesional
facilitator-exit = Volver al inicio
facilitator-device = Este dispositivo
fac-profiles-title = Perfiles
fac-profiles-empty = Todavía no hay perfiles en este dispositivo.
fac-new-profile = Nuevo perfil
fac-edit = Editar
fac-edit-name = Editar a { $name }
fac-duplicate = Duplicar
fac-duplicate-name = Duplicar a { $name }
fac-delete = Borrar
fac-delete-name = Borrar a { $name }
fac-preview = Vista previa
fac-preview-name = Ver la pantalla de { $name }
fac-try = Probar como la persona
fac-try-name = Probar como { $name }
profile-copy-name = { $name } (copia)
fac-summary = { $language } · { $grid } por pantalla · { $theme }
delete-confirm-title = ¿Borrar el perfil de { $name }?
delete-confirm-body = El perfil se quita de este dispositivo. Puedes deshacerlo durante un rato.
delete-confirm-yes = Borrar
delete-confirm-no = Conservarlo
deleted-toast = Se ha borrado el perfil de { $name }.
undo = Deshacer
dismiss = Cerrar
trash-title = Borrados hace poco
trash-restore = Recuperar
trash-restore-name = Recuperar a { $name }

## Editor de perfil
editor-title-new = Nuevo perfil
editor-title-edit = Editar el perfil de { $name }
editor-section-person = Persona
editor-section-speech = Voz
editor-section-screen = Pantalla
editor-section-components = Componentes
field-name = Nombre
field-avatar = Imagen
avatar-choose-photo = Usar una foto
avatar-remove-photo = Usar un pictograma
avatar-photo-alt = Foto de { $name }
field-language = Idioma
field-speech = Leer en voz alta
field-voice = Voz
voice-default = La voz del dispositivo para este idioma
field-rate = Velocidad de la voz
rate-value = { $percent } %
speech-test = Escuchar
speech-test-sentence = Hola, soy { $name }.
field-text-size = Tamaño del texto
text-size-normal = Normal
text-size-large = Grande
text-size-extra-large = Muy grande
field-grid = Pictogramas por pantalla
grid-option = { $n }
field-show-labels = Mostrar palabras bajo los pictogramas
field-theme = Tema
theme-default = Cálido
theme-high-contrast = Alto contraste
theme-dark = Oscuro
theme-calm = Tranquilo
field-reduced-motion = Reducir el movimiento
component-coming-soon = Próximamente
save = Guardar
cancel = Cancelar
saved = Guardado.
editor-has-problems = Revisa los campos marcados.

## Estado de la voz, para el profesional
speech-unsupported = Este navegador no puede hablar. La voz queda en silencio; todo lo demás funciona.
speech-no-voices = Este navegador no tiene voz en { $language }. La voz queda en silencio; todo lo demás funciona.

## Componentes
component-shopping = La compra
component-questionnaire = Mi vida
component-schedule = Mi día

## Pictogramas de avatar
avatar-smile = Cara sonriente
avatar-sun = Sol
avatar-star = Estrella
avatar-flower = Flor
avatar-cat = Gato
avatar-tree = Árbol

## Modo persona
person-greeting = Hola, { $name }
person-home-empty = Aquí todavía no hay nada.
page-next = Más
page-previous = Atrás
page-indicator = Página { $page } de { $pages }
lock-hold-label = Profesional: mantén pulsado 3 segundos para desbloquear
unlock-confirm-title = ¿Salir de la pantalla de { $name }?
unlock-confirm-body = Solo el profesional debe hacerlo.
unlock-confirm-yes = Desbloquear
unlock-confirm-no = Quedarse aquí
pin-title = PIN del profesional
pin-field = PIN
pin-submit = Desbloquear
pin-wrong = Ese PIN no es correcto. Prueba otra vez.
pin-dots = { $count }

## Vista previa
preview-title = Pantalla de { $name }
preview-hint = Esto es lo que ve { $name }. Al tocar, habla, como en el modo persona.
preview-edit = Editar los ajustes

## Ajustes del dispositivo
device-title = Este dispositivo
device-language = Idioma de las pantallas del profesional
device-pin-title = PIN del profesional
device-pin-explain = Un PIN opcional añade un paso más para desbloquear la pantalla de una persona. El gesto de mantener pulsado siempre es necesario.
device-pin-none = No hay ningún PIN.
device-pin-is-set = Hay un PIN.
device-pin-new = PIN nuevo (de 4 a 8 cifras)
device-pin-set = Guardar el PIN
device-pin-remove = Quitar el PIN
device-pin-saved = PIN guardado.
device-pin-unavailable = Este navegador no puede proteger un PIN aquí (necesita una página segura). Se desbloquea solo con el gesto de mantener pulsado.
device-pin-removed = PIN quitado.
pin-error-digits = Usa solo las cifras del 0 al 9.
pin-error-length = Usa de 4 a 8 cifras.
device-storage-title = Almacenamiento
device-storage-persisted = El navegador guarda los datos de Pictokit de forma segura en este dispositivo.
device-storage-not-persisted = El navegador podría borrar los datos de Pictokit si el dispositivo se queda sin espacio. Instalar la aplicación ayuda.
device-speech-title = La voz en este dispositivo

## Errores
profile-error-name-empty = Escribe un nombre.
profile-error-name-too-long = El nombre es demasiado largo (60 letras como máximo).
profile-error-photo-not-image = Ese archivo no es una imagen. Elige una foto (JPEG, PNG o WebP).
profile-error-photo-too-large = Esa imagen es demasiado grande. Elige una de menos de 20 MB.
profile-error-rate = Elige una velocidad entre el 50 % y el 200 %.
storage-error-title = Pictokit no puede guardar en este dispositivo
storage-error-blocked = El navegador no deja guardar datos a Pictokit (pasa en el modo privado). Puedes mirar, pero los cambios no se guardan.
storage-error-quota = El dispositivo está lleno. Libera espacio y prueba otra vez. No se ha perdido nada.
storage-error-generic = No se ha podido guardar. Tus cambios siguen en pantalla; prueba otra vez.
storage-record-unreadable = Algunos datos guardados no se han podido leer. Se han dejado como estaban.
storage-record-too-new = Un perfil se hizo con una versión más nueva de Pictokit. Se conserva, pero no se muestra. Actualiza Pictokit para verlo.
storage-field-reset = Algunos ajustes de { $name } no se han podido leer y han vuelto a los valores iniciales.
error-boundary = Algo ha fallado en esta pantalla. Tus datos están a salvo.
error-boundary-home = Volver al inicio
storage-pictos-dropped = Algunos pictogramas de { $name } no se han podido leer y se han dejado fuera.
storage-media-skipped = Una foto o grabación guardada no se ha podido leer. Se ha dejado como estaba.

## Pictogramas propios de una persona
fac-pictograms = Pictogramas
fac-pictograms-name = Pictogramas de { $name }
board-title = Pictogramas de { $name }
board-hint = Estos pictogramas forman el tablero de { $name }, «Mis pictogramas». Añade varios a la vez, ordénalos y graba una voz conocida para cualquiera de ellos.
board-add = Añadir pictogramas
board-empty = Aún no hay pictogramas. Toca «Añadir pictogramas» para elegir algunos.
board-added = { $count ->
    [one] Se ha añadido un pictograma.
   *[other] Se han añadido { $count } pictogramas.
}
board-unnamed = (sin nombre)
board-move-up = Subir { $name }
board-move-down = Bajar { $name }
board-remove = Quitar
board-remove-name = Quitar { $name }
board-person-title = Mis pictogramas
board-person-home = Inicio

## Selector de pictogramas
picker-title-many = Elige pictogramas
picker-title-one = Elige un pictograma
picker-search = Buscar
picker-browse = Mostrar
picker-recent = Recientes
picker-favourites = Favoritos
picker-categories = Categorías
picker-photos = Fotos propias
picker-all-categories = Todas las categorías
picker-results-label = Pictogramas
picker-preview = Pictograma elegido
picker-loading = Cargando los pictogramas…
picker-no-results = No se ha encontrado nada para «{ $query }».
picker-results = { $count ->
    [one] Se ha encontrado un pictograma.
   *[other] Se han encontrado { $count } pictogramas.
}
picker-recent-empty = Aún no se ha elegido ningún pictograma para esta persona.
picker-favourites-empty = Aún no hay favoritos. Marca uno con la estrella.
picker-photos-empty = Aún no hay fotos propias.
picker-listen = Escuchar
picker-favourite = Favorito
picker-selected = { $count ->
    [0] Aún no has elegido nada.
    [one] Uno elegido.
   *[other] { $count } elegidos.
}
picker-add = { $count ->
    [one] Añadir 1 pictograma
   *[other] Añadir { $count } pictogramas
}
picto-library-unreachable = No se han podido cargar los pictogramas. La primera vez hace falta conexión; después funcionan sin conexión.
picto-library-broken = La lista de pictogramas está dañada. Vuelve a cargar la aplicación para descargarla de nuevo.
picto-library-too-new = La lista de pictogramas es de un Pictokit más nuevo. Vuelve a cargar la aplicación para actualizarla.
picto-category-food = Comida
picto-category-drinks = Bebidas
picto-category-home = Casa
picto-category-hygiene = Higiene
picto-category-clothes = Ropa
picto-category-people = Personas
picto-category-body = Cuerpo
picto-category-feelings = Sentimientos
picto-category-activities = Actividades diarias
picto-category-health = Salud
picto-category-places = Lugares
picto-category-transport = Transporte
picto-category-time = Horas y fechas
picto-category-weather = El tiempo
picto-category-nature = Animales y naturaleza
picto-category-leisure = Ocio y deporte
picto-category-school-work = Escuela y trabajo
picto-category-technology = Tecnología
picto-category-money = Dinero
picto-category-symbols = Señales y símbolos

## Fotos propias
photo-new = Nueva foto
photo-camera = Cámara
photo-taken = La foto que acabas de hacer
photo-open-camera = Usar la cámara
photo-take = Hacer la foto
photo-choose-file = Elegir un archivo
photo-names = Nombre de la foto
photo-name-needed = Escribe un nombre al menos en un idioma.
photo-save = Guardar la foto

## Cámara, micrófono y red
media-denied = Pictokit no tiene permiso para usar la cámara o el micrófono. Permítelo en los ajustes del sitio del navegador, o elige un archivo.
media-unavailable = Este dispositivo o navegador no tiene una cámara o un micrófono que Pictokit pueda usar.
media-failed = No ha funcionado. Vuelve a intentarlo.
media-network = El servidor no responde. Revisa la conexión; los pictogramas incluidos siguen funcionando.
media-problem-type = Ese archivo no es del tipo adecuado (una imagen o un sonido).
media-problem-too-large = Ese archivo es demasiado grande.
media-problem-name = Ese nombre es demasiado largo (60 letras como máximo).

## Voz propia
voice-record = Grabar voz
voice-record-name = Grabar voz para { $name }
voice-play = Escuchar la voz
voice-play-name = Escuchar la voz de { $name }
voice-forget = Quitar la voz
voice-forget-name = Quitar la voz de { $name }
voice-stop = Parar
voice-recording = Grabando…
voice-listen-take = Escuchar
voice-keep = Guardar
voice-redo = Grabar otra vez
voice-unsupported = Este navegador no puede grabar sonido. Se usa la voz sintética.
