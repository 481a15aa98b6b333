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
