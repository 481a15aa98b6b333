# O que pode facer este navegador (a pantalla «Este dispositivo» do profesional, só en facilitator.html).
# Cada liña di si ou non con palabras, e que fai Pictokit se a resposta é non.

device-abilities-title = O que pode facer este navegador
device-abilities-hint = Pictokit funciona sen ningunha destas cousas. Cando falta unha, aquí dise que pasa no seu lugar.
device-record-yes = Gravar son: si ({ $format }), e este navegador pode reproducilo.
device-record-no = Gravar son: non. Este navegador non pode gravar son; por iso, úsase a voz sintética.
device-camera-yes = Cámara: si. As fotos pódense facer aquí ou escoller dos ficheiros.
device-camera-no = Cámara: non se atopou ningunha. As fotos aínda se poden escoller dos ficheiros do dispositivo.
device-camera-checking = Cámara: comprobando…
device-awake-yes = Manter a pantalla acesa: si, mentres funciona un temporizador.
device-awake-no = Manter a pantalla acesa: non. A pantalla pódese apagar durante un temporizador; dálle á tableta máis tempo de espera da pantalla na súa configuración.
device-notify-yes = Notificacións: posibles. Actívaas no horario dunha persoa.
device-notify-granted = Notificacións: permitidas. Os avisos tamén chegan como notificación se un horario o pide.
device-notify-denied = Notificacións: bloqueadas para Pictokit neste navegador. Os avisos seguen aparecendo dentro de Pictokit.
device-notify-no = Notificacións: non. Este navegador non pode mostrar notificacións; os avisos seguen aparecendo dentro de Pictokit.
device-keep-yes = Conservar os datos: si. O navegador garda os datos de Pictokit de forma segura neste dispositivo.
device-keep-no = Conservar os datos: non está garantido. O navegador podería borrar os datos de Pictokit se o dispositivo queda sen espazo. Instalar a aplicación axuda, e tamén exportalos de cando en vez.
