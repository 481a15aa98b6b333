# The facilitator's screens (facilitator.html only): the first page leaves these out.

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
fac-lock-hint = Para dejar este dispositivo a una persona, bloquéalo para ella: solo verá sus pantallas. Para volver aquí, mantén pulsada la esquina del candado 3 segundos.
profile-copy-name = { $name } (copia)
fac-summary = { $language } · { $grid } por pantalla · { $theme }
delete-confirm-title = ¿Borrar el perfil de { $name }?
delete-confirm-body = El perfil se quita de este dispositivo. Puedes deshacerlo durante un rato.
delete-confirm-yes = Borrar
delete-confirm-no = Conservarlo
deleted-toast = Se ha borrado el perfil de { $name }.
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
avatar-choose-pictogram = Elegir un pictograma
avatar-pictogram-alt = Pictograma elegido para { $name }
field-language = Idioma
field-speech = Leer en voz alta
field-voice = Voz
voice-default = La voz del dispositivo para este idioma
field-rate = Velocidad de la voz
rate-value = { $percent } %
speech-test = Escuchar
speech-test-sentence = Hola, soy { $name }.
field-text-size = Tamaño del texto
field-grid = Pictogramas por pantalla
grid-option = { $n }
field-show-labels = Mostrar palabras bajo los pictogramas
field-theme = Tema
field-reduced-motion = Reducir el movimiento
save = Guardar
cancel = Cancelar
saved = Guardado.
editor-has-problems = Revisa los campos marcados.

## Estado de la voz, para el profesional
speech-unsupported = Este navegador no puede hablar. La voz queda en silencio; todo lo demás funciona.
speech-no-voices = Este navegador no tiene voz en { $language }. La voz queda en silencio; todo lo demás funciona. Para oírla, añade una voz en { $language } en los ajustes del dispositivo: Síntesis de voz en Android y Windows, Contenido leído en el iPad, el paquete espeak-ng en Linux.

## Componentes
pin-dots = { $count }

## Vista previa
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
device-speech-title = La voz en este dispositivo

## Errores
error-boundary = Algo ha fallado en esta pantalla. Tus datos están a salvo.
error-boundary-home = Volver al inicio
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

## ARASAAC online
arasaac-title = Pictogramas de ARASAAC en línea
arasaac-explain = ARASAAC ofrece más de 13.000 pictogramas pensados para las personas que los necesitan. Si lo activas, el selector de pictogramas también busca en ARASAAC por internet: las palabras que escribes se envían al servidor de ARASAAC. Nada más sale de este dispositivo.
arasaac-licence = Los pictogramas de ARASAAC son de Sergio Palao y pertenecen al Gobierno de Aragón (España). Su licencia es CC BY-NC-SA 4.0: úsalos solo sin fines comerciales, cita al autor y comparte lo que hagas con ellos con la misma licencia.
arasaac-enable = Buscar en ARASAAC por internet
arasaac-look = Cómo se ven los dibujos de ARASAAC
arasaac-color = En color
arasaac-skin = Color de piel de las personas
arasaac-hair = Color de pelo de las personas
arasaac-own = Como lo dibuja ARASAAC
arasaac-skin-white = Clara
arasaac-skin-assian = Clara media
arasaac-skin-aztec = Media
arasaac-skin-mulatto = Media oscura
arasaac-skin-black = Oscura
arasaac-hair-blonde = Rubio
arasaac-hair-brown = Castaño
arasaac-hair-darkBrown = Castaño oscuro
arasaac-hair-gray = Gris
arasaac-hair-darkGray = Gris oscuro
arasaac-hair-red = Pelirrojo
arasaac-hair-black = Negro
arasaac-kept = { $count ->
    [0] Aún no hay pictogramas de ARASAAC guardados en este dispositivo.
    [one] Hay un pictograma de ARASAAC guardado en este dispositivo.
   *[other] Hay { $count } pictogramas de ARASAAC guardados en este dispositivo.
}
arasaac-badge = ARASAAC
arasaac-searching = Buscando en ARASAAC…
arasaac-found = { $count ->
    [one] ARASAAC: un pictograma más.
   *[other] ARASAAC: { $count } pictogramas más.
}
arasaac-none = ARASAAC no tiene nada para «{ $query }».
arasaac-credit = Pictograma de Sergio Palao para ARASAAC (Gobierno de Aragón), CC BY-NC-SA 4.0.
arasaac-keep-all = { $count ->
    [one] Guardar este en el dispositivo
   *[other] Guardar los { $count } en el dispositivo
}
arasaac-keep-hint = Para guardar una categoría entera, busca su nombre (por ejemplo «fruta») y guárdalos todos.
arasaac-progress = Descargando pictogramas de ARASAAC
arasaac-progress-count = { $done } de { $total }
arasaac-stop = Parar
arasaac-kept-now = { $count ->
    [one] Un pictograma de ARASAAC guardado para usar sin conexión.
   *[other] { $count } pictogramas de ARASAAC guardados para usar sin conexión.
}
arasaac-stopped = { $count ->
    [one] Parado. Se ha guardado 1; el resto se puede descargar más tarde.
   *[other] Parado. Se han guardado { $count }; el resto se puede descargar más tarde.
}
arasaac-downloading = Descargando de ARASAAC…
picker-kept-arasaac = ARASAAC

## About
facilitator-about = Acerca de
about-title = Acerca de Pictokit
about-intro = Pictokit es software libre para crear aplicaciones accesibles junto con las personas que las usan. Funciona en este dispositivo, sin cuenta.
about-credits = Créditos
about-openmoji-title = Pictogramas: OpenMoji
about-openmoji = Los pictogramas incluidos son OpenMoji { $version } (openmoji.org), el proyecto de emojis e iconos de código abierto, con licencia CC BY-SA 4.0. Dibujados por:
about-author = { $name }: { $count ->
    [one] un pictograma
   *[other] { $count } pictogramas
}
about-openmoji-loading = Cargando la lista de autores…
about-cldr-title = Nombres y palabras clave: Unicode CLDR
about-cldr = Los nombres y las palabras clave de los pictogramas en seis idiomas vienen de las anotaciones de Unicode CLDR { $version }, © Unicode, Inc., con la licencia Unicode v3.
about-font-title = Tipografía: Atkinson Hyperlegible
about-font = Atkinson Hyperlegible, del Braille Institute of America, con la licencia SIL Open Font License 1.1.
about-arasaac-title = Pictogramas de ARASAAC
about-arasaac = Autor de los pictogramas de ARASAAC: Sergio Palao. Procedencia: ARASAAC (arasaac.org). Licencia: CC BY-NC-SA 4.0. Propiedad: Gobierno de Aragón (España). Solo se usan cuando una persona facilitadora activa ARASAAC en este dispositivo.
about-licence-title = Pictokit
about-licence = Pictokit es software libre con la licencia GNU Affero General Public License, versión 3 o posterior.

## A database that came back empty or older, and the copy kept outside it
safekeeping-title = Lo guardado en este dispositivo ha vuelto atrás
safekeeping-body = El navegador ha vaciado el almacenamiento de Pictokit, o ha devuelto uno más antiguo. Puede pasar cuando un dispositivo se apaga mientras guarda. El último cambio que vio este dispositivo fue el { $when }.
safekeeping-copy = Hay una copia en este dispositivo, con { $count ->
        [one] una persona
       *[other] { $count } personas
    }.
safekeeping-bring-back = Recuperar lo que había el { $when }
safekeeping-go-on = Seguir sin ella
safekeeping-no-copy = No hay ninguna copia en este dispositivo. Si tienes el archivo de perfil de una persona, ábrelo para recuperarla.
safekeeping-restored = { $count ->
        [0] Se ha recuperado lo que había.
       *[other] Recuperado: { $names }.
    }
safekeeping-left-out = { $count ->
        [one] Un dato guardado no se ha podido leer y se ha dejado fuera.
       *[other] { $count } datos guardados no se han podido leer y se han dejado fuera.
    }
safekeeping-copy-gone = La copia ya no está en este dispositivo. No se ha cambiado nada.
safekeeping-copy-damaged = La copia está dañada y no se puede usar. No se ha cambiado nada.
safekeeping-copy-too-new = La copia es de una versión más nueva de Pictokit. Actualiza Pictokit e inténtalo de nuevo. No se ha cambiado nada.
safekeeping-restore-failed = No se ha podido guardar la copia. No se ha cambiado nada: libera espacio e inténtalo de nuevo.
storage-media-missing = Algunas imágenes de { $name } ya no estaban en este dispositivo. Se han quitado del tablero para que nada se vea roto.
