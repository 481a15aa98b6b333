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
