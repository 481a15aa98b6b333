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

## Acceso con pulsadores (issue #25): como chega a persoa á pantalla
editor-section-access = Tocar, pulsadores, teclas ou sinalar
access-method = Como usa a pantalla { $name }
access-method-touch = Tocar
access-method-auto-scan = Un pulsador: a luz móvese soa
access-method-step-scan = Dous pulsadores: un move a luz, o outro escolle
access-method-keys = Teclas de frecha, e unha tecla para escoller
access-method-dwell = Sinalar sen moverse (punteiro de cabeza, mirada)
access-switches-hint = Un pulsador pode ser: o Espazo, o Intro, o 1 ou o 2 dunha interface de pulsadores, un toque en calquera parte da pantalla, un botón do rato ou un botón dun mando de xogo. Con dous pulsadores, o Espazo ou o 1 moven a luz, e o Intro ou o 2 escollen. A esquina do profesional nunca se ilumina.
access-pattern = Como se move a luz
access-pattern-row-column = Unha fila, e despois as imaxes desa fila
access-pattern-items = Unha imaxe detrás doutra
access-pattern-groups = A metade da pantalla, e despois a metade desa metade
access-scan-seconds = Segundos que a luz queda en cada paso
access-first-step-seconds = Segundos no primeiro paso
access-rounds = Voltas antes de que a luz pare
access-start-by-press = A luz comeza cando se preme un pulsador
access-restart = Despois de escoller, a luz volve comezar por arriba
access-hold-seconds = Segundos que hai que manter premido un pulsador para que conte (se hai tremor)
access-ignore-seconds = Segundos nos que non conta unha segunda pulsación (se hai tremor)
access-dwell-seconds = Segundos sen moverse sobre unha imaxe para escollela
access-speak = Dicir cada imaxe cando se ilumina
access-step-sound = Un son curto en cada paso
access-try = Probalo
access-try-stop = Deixar de probar
access-try-title = Proba os axustes aquí
access-try-chosen = Escollido: { $name }
