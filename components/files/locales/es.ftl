## Llevar un perfil a otro dispositivo: guardarlo en un archivo y abrir ese archivo
## (solo facilitator.html).

transfer-export-name = Guardar el perfil de { $name } en un archivo
transfer-export-done = El perfil de { $name } está guardado en el archivo «{ $file }». Las valoraciones no están: son datos de salud.
transfer-import-title = Llevar perfiles a otro dispositivo
transfer-import-hint = Guarda un perfil en un archivo, con sus imágenes y grabaciones, y abre el archivo en otro dispositivo. Verás lo que contiene un archivo antes de que cambie nada en este dispositivo.
transfer-import-open = Abrir un archivo de perfil
transfer-import-reading = Leyendo el archivo…
transfer-preview-title = Lo que contiene el archivo
transfer-preview-made = Guardado el { $date }.
transfer-preview-new = { $name } aún no está en este dispositivo: se añadirá el perfil.
transfer-preview-replaces = Este dispositivo ya tiene este perfil, como { $name }. Sustitúyelo por el del archivo o conserva los dos.
transfer-preview-board = { $count ->
    [one] 1 pictograma en el tablero
   *[other] { $count } pictogramas en el tablero
}
transfer-preview-lists = { $count ->
    [one] 1 lista de la compra
   *[other] { $count } listas de la compra
}
transfer-preview-activities = { $count ->
    [one] 1 actividad en la agenda
   *[other] { $count } actividades en la agenda
}
transfer-preview-routines = { $count ->
    [one] 1 rutina
   *[other] { $count } rutinas
}
transfer-preview-wallet = La cartera, con { $amount }
transfer-preview-photos = { $count ->
    [one] 1 foto propia
   *[other] { $count } fotos propias
}
transfer-preview-recordings = { $count ->
    [one] 1 grabación de voz
   *[other] { $count } grabaciones de voz
}
transfer-preview-downloaded = { $count ->
    [one] 1 pictograma descargado de ARASAAC
   *[other] { $count } pictogramas descargados de ARASAAC
}
transfer-preview-already = { $count ->
    [one] 1 imagen o grabación ya está en este dispositivo y se queda como está.
   *[other] { $count } imágenes o grabaciones ya están en este dispositivo y se quedan como están.
}
transfer-preview-repaired = { $count ->
    [one] 1 cosa del archivo no se ha podido leer y se deja fuera.
   *[other] { $count } cosas del archivo no se han podido leer y se dejan fuera.
}
transfer-import-add = Añadir a { $name }
transfer-import-replace = Sustituir a { $name }
transfer-import-keep-both = Conservar los dos
transfer-import-cancel = Cancelar
transfer-replace-title = ¿Sustituir el perfil de { $name }?
transfer-replace-body = Los ajustes, pictogramas, listas de la compra y agenda de este dispositivo se sustituyen por los del archivo. Las valoraciones se quedan en este dispositivo.
transfer-replace-yes = Sustituir
transfer-replace-no = Dejar lo que hay
transfer-imported = El perfil de { $name } ya está en este dispositivo.

bundle-error-not-zip = Esto no es un archivo de perfil de Pictokit. No se ha cambiado nada.
bundle-error-damaged = El archivo está dañado o incompleto. Guárdalo otra vez en el otro dispositivo. No se ha cambiado nada.
bundle-error-unsupported = El archivo está empaquetado de una forma que Pictokit no puede abrir (quizá está cifrado). No se ha cambiado nada.
bundle-error-too-large = El archivo es demasiado grande para un perfil: como mucho 64 MB y 2.000 partes. No se ha cambiado nada.
bundle-error-unsafe-name = El archivo tiene nombres que apuntan fuera de él, lo que no es seguro, así que no se ha abierto. No se ha cambiado nada.
bundle-error-entry-too-large = Algo del archivo es demasiado grande (una imagen, una grabación o una lista), así que no se ha abierto. No se ha cambiado nada.
bundle-error-not-pictokit = Este archivo zip no es un perfil de Pictokit. No se ha cambiado nada.
bundle-error-newer = Este archivo lo ha hecho un Pictokit más nuevo. Actualiza Pictokit en este dispositivo y ábrelo otra vez. No se ha cambiado nada.
bundle-error-incomplete = Falta una parte del archivo o no se puede leer. Guárdalo otra vez en el otro dispositivo. No se ha cambiado nada.
bundle-error-profile = El perfil del archivo no se puede leer. No se ha cambiado nada.
bundle-error-media = Una imagen o grabación del archivo no es de un tipo que Pictokit muestre, así que el archivo no se ha abierto. No se ha cambiado nada.
bundle-error-write = No se ha podido hacer el archivo. No se ha cambiado nada.

## Valoraciones llevadas cifradas (la pantalla del cuestionario de una persona).

sealed-title = Llevar las valoraciones a otro dispositivo, cifradas
sealed-hint = Las valoraciones y los planes de apoyo son datos de salud, así que su archivo se cierra con una frase de paso. Di la frase a la otra persona por otro medio, nunca con el archivo.
sealed-passphrase = Frase de paso (8 caracteres como mínimo)
sealed-save = Guardar las valoraciones, cifradas
sealed-open = Abrir un archivo cifrado
sealed-open-with = Abrirlo con esta frase de paso
sealed-working = Cerrar o abrir tarda un momento…
sealed-too-short = La frase de paso necesita 8 caracteres como mínimo.
sealed-nothing = { $name } aún no tiene valoraciones para guardar.
sealed-saved = Las valoraciones de { $name } están guardadas, cifradas, en el archivo «{ $file }».
sealed-ready = El archivo está listo: escribe su frase de paso arriba y toca «Abrirlo con esta frase de paso».
sealed-wrong = Esta frase de paso no abre el archivo, o el archivo ha cambiado. Revisa la frase y vuelve a probar. No se ha cambiado nada.
sealed-opened = { $added ->
    [0] Nada nuevo en el archivo.
    [one] 1 valoración añadida.
   *[other] { $added } valoraciones añadidas.
}
sealed-kept = { $kept ->
    [one] 1 valoración ya estaba aquí y se queda como está.
   *[other] { $kept } valoraciones ya estaban aquí y se quedan como están.
}
sealed-failed = No se ha podido hacer el archivo. No se ha cambiado nada.
sealed-error-not-sealed = Esto no es un archivo cifrado de Pictokit. No se ha cambiado nada.
sealed-error-newer = Este archivo lo ha hecho un Pictokit más nuevo. Actualiza Pictokit en este dispositivo y ábrelo otra vez. No se ha cambiado nada.
sealed-error-damaged = El archivo cifrado está dañado. Guárdalo otra vez en el otro dispositivo. No se ha cambiado nada.
sealed-error-too-large = El archivo es demasiado grande para ser valoraciones de Pictokit. No se ha cambiado nada.
sealed-error-other-content = Este archivo cifrado contiene otra cosa, no valoraciones. No se ha cambiado nada.

## Papel: una lista de la compra, la tira de un día, una semana de tiras.

print-list = Imprimir la lista
print-day = Imprimir este día
print-week = Imprimir esta semana
print-back = Volver
print-now = Imprimir
print-hint = Los pictogramas se imprimen en color y al tamaño que la persona conoce, cada tarjeta entera en una página. Recorta por las líneas discontinuas.
print-list-title = { $list }: lista de la compra de { $name }
print-budget = Dinero para esta compra: { $amount }
print-quantity = × { $count }
print-day-title = El día de { $name }: { $date }
print-week-title = La semana de { $name }, desde el { $date }
print-nothing = Nada previsto.
print-cancelled = Hoy no ({ $time })
print-routine = Imprimir
print-routine-name = Imprimir la rutina { $name }
print-routine-title = { $routine }: los pasos de { $name }
print-step = Paso { $n }
print-board = Imprimir los pictogramas
print-board-title = Los pictogramas de { $name }
sealed-error-not-answers = Este archivo cifrado no es un archivo de respuestas. No se ha cambiado nada.

## Settings as a QR code
qr-title = Ajustes en un código QR
qr-hint = En un código QR solo viajan los ajustes: idioma, voz, cuadrícula, tamaño del texto, tema y componentes. Muestra el código aquí y escanéalo con la otra tableta.
qr-show = Mostrar el código QR de los ajustes de { $name }
qr-code-alt = Código QR con los ajustes de { $name }
qr-code-how = En la otra tableta: abre Pictokit para facilitadores, ve a «Llevar perfiles a otro dispositivo» y toca «Escanear un código QR de ajustes». Pon esta pantalla delante de su cámara.
qr-scan = Escanear un código QR de ajustes
qr-scan-stop = Parar la cámara
qr-camera = Cámara, buscando un código QR
qr-scan-hint = Pon el código QR delante de la cámara, a unos 20 cm.
qr-found-title = Ajustes encontrados en el código QR
qr-add = Añadir a { $name } como perfil nuevo
qr-use-for = Usar estos ajustes para { $name }
qr-use-title = ¿Usar estos ajustes para { $name }?
qr-use-body = El idioma, la voz, la cuadrícula, el tamaño del texto, el tema y los componentes pasan a ser los del código. Los pictogramas, las listas, la agenda y las valoraciones no cambian.
qr-use-yes = Sí, usar estos ajustes
qr-applied = Los ajustes de { $name } están guardados en este dispositivo.

qr-error-not-pictokit = Este código QR no contiene ajustes de Pictokit. Escanea el código que muestra Pictokit en la otra tableta. No se ha cambiado nada.
qr-error-newer = Este código lo ha hecho un Pictokit más nuevo. Actualiza Pictokit en esta tableta y vuelve a escanearlo. No se ha cambiado nada.
qr-error-damaged = El código no se ha podido leer entero. Vuelve a escanearlo con más luz y sin reflejos. No se ha cambiado nada.
qr-error-too-big = Este código lleva mucho más de lo que ocupan unos ajustes, así que no se ha leído. No se ha cambiado nada.
qr-error-settings = Los ajustes del código no se pueden usar (por ejemplo, el nombre está vacío o es demasiado largo). Revísalos en la otra tableta y haz un código nuevo. No se ha cambiado nada.
qr-settings-too-big = Estos ajustes son demasiado largos para un código QR (a menudo por un nombre de voz muy largo). Guarda el perfil en un archivo y ábrelo en la otra tableta.
qr-photo-left-out = La foto no viaja en el código QR: la otra tableta mostrará la cara sonriente hasta que elijas allí una foto.

## Boards from other apps (Open Board Format)
obf-title = Tableros de otras aplicaciones
obf-hint = Abre un tablero hecho en Cboard, AsTeRICS Grid, CoughDrop u otra aplicación que guarde archivos Open Board Format (.obf, .obz), o guarda los pictogramas de { $name } como uno de esos archivos.
obf-open = Abrir un archivo de tablero (.obf, .obz)
obf-reading = Leyendo el archivo…
obf-making = Haciendo las imágenes…
obf-preview-title = Qué contiene el archivo de tablero
obf-preview-choose = Qué tablero añadir
obf-preview-board = «{ $board }»: { $count ->
    [one] 1 botón
   *[other] { $count } botones
}
obf-preview-pictures = Con su propia imagen: { $pictures }. Con su palabra sobre su color: { $words }.
obf-preview-hidden = { $count ->
    [one] 1 botón oculto no se añade.
   *[other] { $count } botones ocultos no se añaden.
}
obf-preview-warnings = { $count ->
    [one] 1 cosa del archivo no se ha podido conservar: una imagen que solo está en internet o que no es una foto, o un color o una palabra que no se han podido leer.
   *[other] { $count } cosas del archivo no se han podido conservar: imágenes que solo están en internet o que no son fotos, o colores o palabras que no se han podido leer.
}
obf-add = { $count ->
    [one] Añadir 1 imagen a los pictogramas de { $name }
   *[other] Añadir { $count } imágenes a los pictogramas de { $name }
}
obf-added = { $count ->
    [one] Se ha añadido 1 imagen de «{ $board }» a los pictogramas de { $name }.
   *[other] Se han añadido { $count } imágenes de «{ $board }» a los pictogramas de { $name }.
}
obf-failed = No se ha podido hacer una imagen. No se ha cambiado nada.
obf-preview-sounds = { $count ->
    [one] 1 botón tiene su propio sonido: será la grabación de su imagen.
   *[other] { $count } botones tienen su propio sonido: cada uno será la grabación de su imagen.
}
obf-preview-language = Sus palabras están en { $language }: se quedan en ese idioma, y se leen en voz alta en él, salvo las que el tablero también da en el idioma de esta persona.
obf-added-recordings = { $count ->
    [one] 1 sonido se ha guardado como la grabación de su imagen.
   *[other] { $count } sonidos se han guardado como las grabaciones de sus imágenes.
}
obf-added-sounds-refused = { $count ->
    [one] 1 sonido se ha dejado fuera: es demasiado largo para una grabación (como mucho, un minuto más o menos).
   *[other] { $count } sonidos se han dejado fuera: son demasiado largos para una grabación (como mucho, un minuto más o menos).
}
obf-save-obz = Guardar los pictogramas de { $name } como archivo de tablero (.obz)
obf-save-obf = Guardar los pictogramas de { $name } en un solo archivo .obf
obf-save-empty = { $name } todavía no tiene pictogramas para guardar.
obf-saved = El tablero está guardado en el archivo «{ $file }». Lo abren las aplicaciones que leen Open Board Format, como Cboard, AsTeRICS Grid y CoughDrop.
obf-error-not-board = Este archivo no es un tablero de comunicación. Elige un archivo .obf u .obz. No se ha cambiado nada.
obf-error-damaged = El archivo del tablero está dañado o incompleto. Vuelve a exportarlo desde la otra aplicación. No se ha cambiado nada.
obf-error-unsupported = El archivo está empaquetado de una forma que Pictokit no puede abrir (quizá tiene contraseña). Vuelve a exportarlo sin contraseña. No se ha cambiado nada.
obf-error-newer = Este tablero usa una versión del formato más nueva de la que Pictokit conoce. Actualiza Pictokit o exporta el tablero en formato open-board-0.1. No se ha cambiado nada.
obf-error-too-big = El archivo es demasiado grande: como mucho 64 MB, y 8 MB por tablero. Exporta menos tableros a la vez. No se ha cambiado nada.
obf-error-too-many = El tablero tiene demasiados botones para Pictokit: como mucho 400 botones, en 20 filas y 20 columnas, y 200 tableros por archivo. Hazlo más pequeño en la otra aplicación. No se ha cambiado nada.
obf-error-no-root = El conjunto de tableros no dice qué tablero se abre primero, o ese tablero no está. Vuelve a exportarlo desde la otra aplicación. No se ha cambiado nada.
obf-error-unsafe-path = El archivo tiene nombres que apuntan fuera de él, lo que no es seguro, así que no se ha abierto. No se ha cambiado nada.

## The report's table of answers, locked (views::sealed::LockedTableSave, LockedTableOpen)
table-title = Todas las respuestas en una tabla, cerrada
table-hint = La tabla tiene todas las respuestas: son datos de salud, así que se cierra con una frase de paso. Ábrela con Pictokit en el ordenador donde usas la hoja de cálculo: «Abrir una tabla cerrada», en la pantalla de perfiles, la guarda allí como archivo CSV.
table-passphrase = Frase de paso de la tabla (8 caracteres como mínimo)
table-save = Cerrar y guardar la tabla
table-saved = La tabla está guardada, cerrada, en el archivo «{ $file }».
table-open-title = Abrir una tabla cerrada (CSV)
table-open-hint = Una tabla de respuestas guardada por Pictokit está cerrada. Elígela y escribe su frase de paso: Pictokit la guarda en este ordenador como archivo CSV para una hoja de cálculo y no se queda nada.
table-choose = Elegir una tabla cerrada
table-ready = El archivo está listo: escribe su frase de paso y toca «Abrir y guardar el CSV».
table-open = Abrir y guardar el CSV
table-opened = La tabla está guardada en este ordenador como «{ $file }».
sealed-error-not-table = Este archivo cifrado no es una tabla de respuestas. No ha cambiado nada.
table-error-too-large = El archivo es demasiado grande para ser una tabla de respuestas cerrada (como mucho, 32 MB). Elige la tabla que guardó Pictokit. No se ha cambiado nada.
table-error-not-csv = El archivo se ha abierto, pero lo que contiene no es una tabla de respuestas guardada por Pictokit, así que no se ha guardado como CSV. No se ha cambiado nada.

obf-preview-no-format = El archivo no dice que sea un tablero, pero tiene botones con palabras, y se ha leído como un tablero. Mira las imágenes antes de añadirlas.
obf-preview-actions = { $count ->
    [one] 1 botón solo hace una acción en la otra aplicación (borrar, deletrear). Se deja fuera.
   *[other] { $count } botones solo hacen una acción en la otra aplicación (borrar, deletrear). Se dejan fuera.
}
obf-include-actions = Añadir también esos botones como imágenes
