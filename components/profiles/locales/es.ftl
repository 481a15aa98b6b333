# Lo que puede hacer este navegador (la pantalla «Este dispositivo» del profesional, solo en facilitator.html).
# Cada línea dice sí o no con palabras, y qué hace Pictokit si es que no.

device-abilities-title = Lo que puede hacer este navegador
device-abilities-hint = Pictokit funciona sin ninguna de estas cosas. Cuando falta una, aquí se dice qué pasa en su lugar.
device-record-yes = Grabar sonido: sí ({ $format }), y este navegador lo puede reproducir.
device-record-no = Grabar sonido: no. Este navegador no puede grabar sonido, por eso se usa la voz sintética.
device-camera-yes = Cámara: sí. Las fotos se pueden hacer aquí o elegir de los archivos.
device-camera-no = Cámara: no se ha encontrado ninguna. Las fotos aún se pueden elegir de los archivos del dispositivo.
device-camera-checking = Cámara: comprobando…
device-awake-yes = Mantener la pantalla encendida: sí, mientras corre un temporizador.
device-awake-no = Mantener la pantalla encendida: no. La pantalla se puede apagar durante un temporizador; da a la tableta más tiempo de espera de pantalla en su configuración.
device-notify-yes = Notificaciones: posibles. Actívalas en el horario de una persona.
device-notify-granted = Notificaciones: permitidas. Los avisos también llegan como notificación si un horario lo pide.
device-notify-denied = Notificaciones: bloqueadas para Pictokit en este navegador. Los avisos se siguen viendo dentro de Pictokit.
device-notify-no = Notificaciones: no. Este navegador no puede mostrar notificaciones; los avisos se siguen viendo dentro de Pictokit.
device-keep-yes = Conservar los datos: sí. El navegador guarda los datos de Pictokit de forma segura en este dispositivo.
device-keep-no = Conservar los datos: no está garantizado. El navegador podría borrar los datos de Pictokit si el dispositivo se queda sin espacio. Instalar la aplicación ayuda, y también exportarlos de vez en cuando.

## Acceso con pulsadores (issue #25): cómo llega la persona a la pantalla
editor-section-access = Tocar, pulsadores, teclas o señalar
access-method = Cómo usa la pantalla { $name }
access-method-touch = Tocar
access-method-auto-scan = Un pulsador: la luz se mueve sola
access-method-step-scan = Dos pulsadores: uno mueve la luz, el otro elige
access-method-keys = Teclas de flecha, y una tecla para elegir
access-method-dwell = Señalar y quedarse quieto (puntero de cabeza, mirada)
access-switches-hint = Un pulsador es el Espacio, el Intro, el 1 o el 2 de una interfaz de pulsadores, un toque en cualquier sitio de la pantalla, un botón del ratón o un botón de un mando de juego. Con dos pulsadores, el Espacio o el 1 mueven la luz y el Intro o el 2 eligen. La esquina del profesional nunca se ilumina.
access-pattern = Cómo se mueve la luz
access-pattern-row-column = Una fila, y después las imágenes de esa fila
access-pattern-items = Una imagen detrás de otra
access-pattern-groups = La mitad de la pantalla, y después la mitad de esa mitad
access-scan-seconds = Segundos que la luz se queda en cada paso
access-first-step-seconds = Segundos en el primer paso
access-rounds = Vueltas antes de que la luz se pare
access-start-by-press = La luz empieza cuando se pulsa un pulsador
access-restart = Después de elegir, la luz vuelve a empezar por arriba
access-hold-seconds = Segundos que hay que mantener pulsado un pulsador para que cuente (para un temblor)
access-ignore-seconds = Segundos en los que no se tiene en cuenta una segunda pulsación (para un temblor)
access-dwell-seconds = Segundos quieto sobre una imagen para elegirla
access-speak = Decir cada imagen cuando se ilumina
access-step-sound = Un sonido corto en cada paso
access-try = Probarlo
access-try-stop = Dejar de probar
access-try-title = Prueba los ajustes aquí
access-try-chosen = Elegido: { $name }
