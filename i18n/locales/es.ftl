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
fac-try-name = Bloquear este dispositivo para { $name }
undo = Deshacer
dismiss = Cerrar
text-size-normal = Normal
text-size-large = Grande
text-size-extra-large = Muy grande
theme-default = Cálido
theme-high-contrast = Alto contraste
theme-dark = Oscuro
theme-calm = Tranquilo
component-coming-soon = Próximamente
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
page-previous = Anterior
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
preview-title = Pantalla de { $name }
preview-hint = Esto es lo que ve { $name }. Al tocar, habla, como en el modo persona.
preview-edit = Editar los ajustes

## Ajustes del dispositivo
pin-error-digits = Usa solo las cifras del 0 al 9.
pin-error-length = Usa de 4 a 8 cifras.
profile-error-name-empty = Escribe un nombre.
profile-error-name-too-long = El nombre es demasiado largo (60 letras como máximo).
profile-error-photo-not-image = Ese archivo no es una imagen. Elige una foto (JPEG, PNG o WebP).
profile-error-photo-too-large = Esa imagen es demasiado grande. Elige una de menos de 20 MB.
profile-error-rate = Elige una velocidad entre el 50 % y el 200 %.
storage-error-title = Pictokit no puede guardar en este dispositivo
storage-error-blocked = El navegador no deja guardar datos a Pictokit (pasa en el modo privado). Puedes mirar, pero los cambios no se guardan.
storage-error-quota = El dispositivo está lleno. No se ha guardado nada de este cambio: libera espacio e inténtalo de nuevo.
storage-error-generic = No se ha podido guardar. Tus cambios siguen en pantalla; prueba otra vez.
storage-record-unreadable = Algunos datos guardados no se han podido leer. Se han dejado como estaban.
storage-record-too-new = Un perfil se hizo con una versión más nueva de Pictokit. Se conserva, pero no se muestra. Actualiza Pictokit para verlo.
storage-field-reset = Algunos ajustes de { $name } no se han podido leer y han vuelto a los valores iniciales.
storage-pictos-dropped = Algunos pictogramas de { $name } no se han podido leer y se han dejado fuera.
storage-media-skipped = Una foto o grabación guardada no se ha podido leer. Se ha dejado como estaba.
safekeeping-start-title = Los datos de Pictokit de este dispositivo no están
safekeeping-start-body = Puede pasar cuando una tableta se apaga mientras guarda. Puede que haya una copia en este dispositivo: la persona facilitadora puede recuperarla.

## Pictogramas propios de una persona
board-person-title = Mis pictogramas
board-person-home = Inicio

## Selector de pictogramas
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
media-problem-type = Ese archivo no es del tipo adecuado (una imagen o un sonido).
media-problem-too-large = Ese archivo es demasiado grande.
media-problem-name = Ese nombre es demasiado largo (60 letras como máximo).

## Voz propia
arasaac-timeout = ARASAAC tarda demasiado en responder. Los pictogramas de este dispositivo siguen funcionando.
arasaac-server = ARASAAC no responde bien ahora mismo. Los pictogramas de este dispositivo siguen funcionando.
arasaac-offline = No hay conexión a internet, así que no se puede buscar en ARASAAC. Los pictogramas de este dispositivo siguen funcionando.
arasaac-malformed = No se ha podido leer la respuesta de ARASAAC. Los pictogramas de este dispositivo siguen funcionando.
arasaac-picture = No se ha podido descargar un dibujo de ARASAAC. Prueba de nuevo cuando la conexión vaya mejor.

## A reminder of the schedule, shown on the first page too
day-reminder-title = Pronto
day-reminder-ok = De acuerdo

## Fechas, cuando el navegador no las sabe escribir en esta lengua (de Unicode CLDR)
date-long = { $weekday }, { $day } de { $month }
date-long-year = { $day } de { $month } de { $year }
date-month-1 = enero
date-month-2 = febrero
date-month-3 = marzo
date-month-4 = abril
date-month-5 = mayo
date-month-6 = junio
date-month-7 = julio
date-month-8 = agosto
date-month-9 = septiembre
date-month-10 = octubre
date-month-11 = noviembre
date-month-12 = diciembre
date-weekday-1 = lunes
date-weekday-2 = martes
date-weekday-3 = miércoles
date-weekday-4 = jueves
date-weekday-5 = viernes
date-weekday-6 = sábado
date-weekday-7 = domingo
date-weekday-short-1 = lun
date-weekday-short-2 = mar
date-weekday-short-3 = mié
date-weekday-short-4 = jue
date-weekday-short-5 = vie
date-weekday-short-6 = sáb
date-weekday-short-7 = dom
