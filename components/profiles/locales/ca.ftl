# El que pot fer aquest navegador (la pantalla «Aquest dispositiu» del professional, només a facilitator.html).
# Cada línia diu sí o no amb paraules, i què fa Pictokit si és que no.

device-abilities-title = El que pot fer aquest navegador
device-abilities-hint = Pictokit funciona sense cap d'aquestes coses. Quan en falta una, aquí es diu què passa en lloc seu.
device-record-yes = Gravar so: sí ({ $format }), i aquest navegador el pot reproduir.
device-record-no = Gravar so: no. Aquest navegador no pot gravar so, i per això es fa servir la veu sintètica.
device-camera-yes = Càmera: sí. Les fotos es poden fer aquí o triar dels fitxers.
device-camera-no = Càmera: no se n'ha trobat cap. Les fotos encara es poden triar dels fitxers del dispositiu.
device-camera-checking = Càmera: comprovant…
device-awake-yes = Mantenir la pantalla encesa: sí, mentre corre un temporitzador.
device-awake-no = Mantenir la pantalla encesa: no. La pantalla es pot apagar durant un temporitzador; dona a la tauleta més temps d'espera de pantalla a la seva configuració.
device-notify-yes = Notificacions: possibles. Activa-les a l'horari d'una persona.
device-notify-granted = Notificacions: permeses. Els avisos també arriben com a notificació si un horari ho demana.
device-notify-denied = Notificacions: bloquejades per a Pictokit en aquest navegador. Els avisos es continuen veient dins de Pictokit.
device-notify-no = Notificacions: no. Aquest navegador no pot mostrar notificacions; els avisos es continuen veient dins de Pictokit.
device-keep-yes = Conservar les dades: sí. El navegador guarda les dades de Pictokit de manera segura en aquest dispositiu.
device-keep-no = Conservar les dades: no està garantit. El navegador podria esborrar les dades de Pictokit si el dispositiu es queda sense espai. Instal·lar l'aplicació hi ajuda, i també exportar-les de tant en tant.

## Accés amb commutadors (issue #25): com arriba la persona a la pantalla
editor-section-access = Tocar, commutadors, tecles o assenyalar
access-method = Com fa servir la pantalla { $name }
access-method-touch = Tocar
access-method-auto-scan = Un commutador: la llum es mou sola
access-method-step-scan = Dos commutadors: un mou la llum, l'altre tria
access-method-keys = Tecles de fletxa, i una tecla per triar
access-method-dwell = Assenyalar i quedar-se quiet (punter de cap, mirada)
access-switches-hint = Un commutador és l'Espai, l'Intro, l'1 o el 2 d'una interfície de commutadors, un toc a qualsevol lloc de la pantalla, un botó del ratolí o un botó d'un comandament de joc. Amb dos commutadors, l'Espai o l'1 mouen la llum i l'Intro o el 2 trien. El racó del professional no s'il·lumina mai.
access-pattern = Com es mou la llum
access-pattern-row-column = Una fila, i després les imatges d'aquella fila
access-pattern-items = Una imatge darrere l'altra
access-pattern-groups = La meitat de la pantalla, i després la meitat d'aquella meitat
access-scan-seconds = Segons que la llum es queda a cada pas
access-first-step-seconds = Segons al primer pas
access-rounds = Voltes abans que la llum s'aturi
access-start-by-press = La llum comença quan es prem un commutador
access-restart = Després de triar, la llum torna a començar per dalt
access-hold-seconds = Segons que cal mantenir premut un commutador perquè compti (per a un tremolor)
access-ignore-seconds = Segons en què no es té en compte una segona pulsació (per a un tremolor)
access-dwell-seconds = Segons quiet sobre una imatge per triar-la
access-speak = Dir cada imatge quan s'il·lumina
access-step-sound = Un so curt a cada pas
access-try = Provar-ho
access-try-stop = Deixar de provar
access-try-title = Prova els ajustos aquí
access-try-chosen = Triat: { $name }
