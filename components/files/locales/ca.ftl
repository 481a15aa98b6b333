## Portar un perfil a un altre dispositiu: desar-lo en un fitxer i obrir aquest fitxer
## (només facilitator.html).

transfer-export-name = Desa el perfil de { $name } en un fitxer
transfer-export-done = El perfil de { $name } està desat al fitxer «{ $file }». Les valoracions no hi són: són dades de salut.
transfer-import-title = Porta perfils a un altre dispositiu
transfer-import-hint = Desa un perfil en un fitxer, amb les seves imatges i enregistraments, i obre el fitxer en un altre dispositiu. Veuràs què conté un fitxer abans que canviï res en aquest dispositiu.
transfer-import-open = Obre un fitxer de perfil
transfer-import-reading = S'està llegint el fitxer…
transfer-preview-title = Què conté el fitxer
transfer-preview-made = Desat el { $date }.
transfer-preview-new = { $name } encara no és en aquest dispositiu: s'hi afegirà el perfil.
transfer-preview-replaces = Aquest dispositiu ja té aquest perfil, com a { $name }. Substitueix-lo pel del fitxer o conserva'ls tots dos.
transfer-preview-board = { $count ->
    [one] 1 pictograma al tauler
   *[other] { $count } pictogrames al tauler
}
transfer-preview-lists = { $count ->
    [one] 1 llista de la compra
   *[other] { $count } llistes de la compra
}
transfer-preview-activities = { $count ->
    [one] 1 activitat a l'agenda
   *[other] { $count } activitats a l'agenda
}
transfer-preview-routines = { $count ->
    [one] 1 rutina
   *[other] { $count } rutines
}
transfer-preview-wallet = La cartera, amb { $amount }
transfer-preview-photos = { $count ->
    [one] 1 foto pròpia
   *[other] { $count } fotos pròpies
}
transfer-preview-recordings = { $count ->
    [one] 1 enregistrament de veu
   *[other] { $count } enregistraments de veu
}
transfer-preview-downloaded = { $count ->
    [one] 1 pictograma baixat d'ARASAAC
   *[other] { $count } pictogrames baixats d'ARASAAC
}
transfer-preview-already = { $count ->
    [one] 1 imatge o enregistrament ja és en aquest dispositiu i es queda com està.
   *[other] { $count } imatges o enregistraments ja són en aquest dispositiu i es queden com estan.
}
transfer-preview-repaired = { $count ->
    [one] 1 cosa del fitxer no s'ha pogut llegir i es deixa fora.
   *[other] { $count } coses del fitxer no s'han pogut llegir i es deixen fora.
}
transfer-import-add = Afegeix { $name }
transfer-import-replace = Substitueix { $name }
transfer-import-keep-both = Conserva'ls tots dos
transfer-import-cancel = Cancel·la
transfer-replace-title = Vols substituir el perfil de { $name }?
transfer-replace-body = Els ajustos, pictogrames, llistes de la compra i agenda d'aquest dispositiu se substitueixen pels del fitxer. Les valoracions es queden en aquest dispositiu.
transfer-replace-yes = Substitueix
transfer-replace-no = Deixa el que hi ha
transfer-imported = El perfil de { $name } ja és en aquest dispositiu.

bundle-error-not-zip = Això no és un fitxer de perfil de Pictokit. No s'ha canviat res.
bundle-error-damaged = El fitxer està malmès o incomplet. Desa'l un altre cop a l'altre dispositiu. No s'ha canviat res.
bundle-error-unsupported = El fitxer està empaquetat d'una manera que Pictokit no pot obrir (potser està xifrat). No s'ha canviat res.
bundle-error-too-large = El fitxer és massa gran per a un perfil: com a màxim 64 MB i 2.000 parts. No s'ha canviat res.
bundle-error-unsafe-name = El fitxer té noms que apunten fora d'ell, cosa que no és segura, així que no s'ha obert. No s'ha canviat res.
bundle-error-entry-too-large = Alguna cosa del fitxer és massa gran (una imatge, un enregistrament o una llista), així que no s'ha obert. No s'ha canviat res.
bundle-error-not-pictokit = Aquest fitxer zip no és un perfil de Pictokit. No s'ha canviat res.
bundle-error-newer = Aquest fitxer l'ha fet un Pictokit més nou. Actualitza Pictokit en aquest dispositiu i torna'l a obrir. No s'ha canviat res.
bundle-error-incomplete = Falta una part del fitxer o no es pot llegir. Desa'l un altre cop a l'altre dispositiu. No s'ha canviat res.
bundle-error-profile = El perfil del fitxer no es pot llegir. No s'ha canviat res.
bundle-error-media = Una imatge o un enregistrament del fitxer no és d'un tipus que Pictokit mostri, així que el fitxer no s'ha obert. No s'ha canviat res.
bundle-error-write = No s'ha pogut fer el fitxer. No s'ha canviat res.

## Valoracions portades xifrades (la pantalla del qüestionari d'una persona).

sealed-title = Porta les valoracions a un altre dispositiu, xifrades
sealed-hint = Les valoracions i els plans de suport són dades de salut, així que el seu fitxer es tanca amb una frase de pas. Digues la frase a l'altra persona per un altre mitjà, mai amb el fitxer.
sealed-passphrase = Frase de pas (8 caràcters com a mínim)
sealed-save = Desa les valoracions, xifrades
sealed-open = Obre un fitxer xifrat
sealed-open-with = Obre'l amb aquesta frase de pas
sealed-working = Tancar o obrir triga una mica…
sealed-too-short = La frase de pas necessita 8 caràcters com a mínim.
sealed-nothing = { $name } encara no té valoracions per desar.
sealed-saved = Les valoracions de { $name } estan desades, xifrades, al fitxer «{ $file }».
sealed-ready = El fitxer és a punt: escriu-ne la frase de pas a dalt i toca «Obre'l amb aquesta frase de pas».
sealed-wrong = Aquesta frase de pas no obre el fitxer, o el fitxer ha canviat. Revisa la frase i torna-ho a provar. No s'ha canviat res.
sealed-opened = { $added ->
    [0] Res de nou al fitxer.
    [one] 1 valoració afegida.
   *[other] { $added } valoracions afegides.
}
sealed-kept = { $kept ->
    [one] 1 valoració ja hi era i es queda com està.
   *[other] { $kept } valoracions ja hi eren i es queden com estan.
}
sealed-failed = No s'ha pogut fer el fitxer. No s'ha canviat res.
sealed-error-not-sealed = Això no és un fitxer xifrat de Pictokit. No s'ha canviat res.
sealed-error-newer = Aquest fitxer l'ha fet un Pictokit més nou. Actualitza Pictokit en aquest dispositiu i torna'l a obrir. No s'ha canviat res.
sealed-error-damaged = El fitxer xifrat està malmès. Desa'l un altre cop a l'altre dispositiu. No s'ha canviat res.
sealed-error-too-large = El fitxer és massa gran per ser valoracions de Pictokit. No s'ha canviat res.
sealed-error-other-content = Aquest fitxer xifrat conté una altra cosa, no valoracions. No s'ha canviat res.

## Paper: una llista de la compra, la tira d'un dia, una setmana de tires.

print-list = Imprimeix la llista
print-day = Imprimeix aquest dia
print-week = Imprimeix aquesta setmana
print-back = Torna
print-now = Imprimeix
print-hint = Els pictogrames s'imprimeixen en color i a la mida que la persona coneix, cada targeta sencera en una pàgina. Retalla per les línies discontínues.
print-list-title = { $list }: llista de la compra de { $name }
print-budget = Diners per a aquesta compra: { $amount }
print-quantity = × { $count }
print-day-title = El dia de { $name }: { $date }
print-week-title = La setmana de { $name }, des del { $date }
print-nothing = No hi ha res previst.
print-cancelled = Avui no ({ $time })
print-routine = Imprimeix
print-routine-name = Imprimeix la rutina { $name }
print-routine-title = { $routine }: els passos de { $name }
print-step = Pas { $n }
print-board = Imprimeix els pictogrames
print-board-title = Els pictogrames de { $name }
sealed-error-not-answers = Aquest fitxer xifrat no és un fitxer de respostes. No s'ha canviat res.

## Settings as a QR code
qr-title = Ajustos en un codi QR
qr-hint = En un codi QR només hi viatgen els ajustos: idioma, veu, graella, mida del text, tema i components. Mostra el codi aquí i escaneja'l amb l'altra tauleta.
qr-show = Mostra el codi QR dels ajustos de { $name }
qr-code-alt = Codi QR amb els ajustos de { $name }
qr-code-how = A l'altra tauleta: obre Pictokit per a facilitadors, ves a «Porta perfils a un altre dispositiu» i toca «Escaneja un codi QR d'ajustos». Posa aquesta pantalla davant de la seva càmera.
qr-scan = Escaneja un codi QR d'ajustos
qr-scan-stop = Atura la càmera
qr-camera = Càmera, buscant un codi QR
qr-scan-hint = Posa el codi QR davant de la càmera, a uns 20 cm.
qr-found-title = Ajustos trobats al codi QR
qr-add = Afegeix { $name } com a perfil nou
qr-use-for = Fes servir aquests ajustos per a { $name }
qr-use-title = Vols fer servir aquests ajustos per a { $name }?
qr-use-body = L'idioma, la veu, la graella, la mida del text, el tema i els components passen a ser els del codi. Els pictogrames, les llistes, l'agenda i les valoracions no canvien.
qr-use-yes = Sí, fes servir aquests ajustos
qr-applied = Els ajustos de { $name } s'han desat en aquest dispositiu.

qr-error-not-pictokit = Aquest codi QR no conté ajustos de Pictokit. Escaneja el codi que mostra Pictokit a l'altra tauleta. No s'ha canviat res.
qr-error-newer = Aquest codi l'ha fet un Pictokit més nou. Actualitza Pictokit en aquesta tauleta i torna'l a escanejar. No s'ha canviat res.
qr-error-damaged = El codi no s'ha pogut llegir sencer. Torna'l a escanejar amb més llum i sense reflexos. No s'ha canviat res.
qr-error-too-big = Aquest codi porta molt més del que ocupen uns ajustos, així que no s'ha llegit. No s'ha canviat res.
qr-error-settings = Els ajustos del codi no es poden fer servir (per exemple, el nom és buit o massa llarg). Revisa'ls a l'altra tauleta i fes-ne un codi nou. No s'ha canviat res.
qr-settings-too-big = Aquests ajustos són massa llargs per a un codi QR (sovint per un nom de veu molt llarg). Desa el perfil en un fitxer i obre'l a l'altra tauleta.
qr-photo-left-out = La foto no viatja en el codi QR: l'altra tauleta mostrarà la cara somrient fins que hi triïs una foto.

## Boards from other apps (Open Board Format)
obf-title = Taulers d'altres aplicacions
obf-hint = Obre un tauler fet a Cboard, AsTeRICS Grid, CoughDrop o una altra aplicació que desi fitxers Open Board Format (.obf, .obz), o desa els pictogrames de { $name } com un d'aquests fitxers.
obf-open = Obre un fitxer de tauler (.obf, .obz)
obf-reading = S'està llegint el fitxer…
obf-making = S'estan fent les imatges…
obf-preview-title = Què conté el fitxer de tauler
obf-preview-choose = Quin tauler vols afegir
obf-preview-board = «{ $board }»: { $count ->
    [one] 1 botó
   *[other] { $count } botons
}
obf-preview-pictures = Amb la seva pròpia imatge: { $pictures }. Amb la seva paraula sobre el seu color: { $words }.
obf-preview-hidden = { $count ->
    [one] 1 botó amagat no s'afegeix.
   *[other] { $count } botons amagats no s'afegeixen.
}
obf-preview-warnings = { $count ->
    [one] 1 cosa del fitxer no s'ha pogut conservar: una imatge que només és a internet o que no és una foto, o un color o una paraula que no s'han pogut llegir.
   *[other] { $count } coses del fitxer no s'han pogut conservar: imatges que només són a internet o que no són fotos, o colors o paraules que no s'han pogut llegir.
}
obf-add = { $count ->
    [one] Afegeix 1 imatge als pictogrames de { $name }
   *[other] Afegeix { $count } imatges als pictogrames de { $name }
}
obf-added = { $count ->
    [one] S'ha afegit 1 imatge de «{ $board }» als pictogrames de { $name }.
   *[other] S'han afegit { $count } imatges de «{ $board }» als pictogrames de { $name }.
}
obf-failed = No s'ha pogut fer una imatge. No s'ha canviat res.
obf-preview-sounds = { $count ->
    [one] 1 botó té el seu propi so: serà l'enregistrament de la seva imatge.
   *[other] { $count } botons tenen el seu propi so: cadascun serà l'enregistrament de la seva imatge.
}
obf-preview-language = Les seves paraules són en { $language }: es queden en aquesta llengua, i es llegeixen en veu alta en ella, llevat de les que el tauler també dona en la llengua d'aquesta persona.
obf-added-recordings = { $count ->
    [one] 1 so s'ha desat com l'enregistrament de la seva imatge.
   *[other] { $count } sons s'han desat com els enregistraments de les seves imatges.
}
obf-added-sounds-refused = { $count ->
    [one] 1 so s'ha deixat fora: és massa llarg per a un enregistrament (com a molt, un minut més o menys).
   *[other] { $count } sons s'han deixat fora: són massa llargs per a un enregistrament (com a molt, un minut més o menys).
}
obf-save-obz = Desa els pictogrames de { $name } com a fitxer de tauler (.obz)
obf-save-obf = Desa els pictogrames de { $name } en un sol fitxer .obf
obf-save-empty = { $name } encara no té pictogrames per desar.
obf-saved = El tauler s'ha desat al fitxer «{ $file }». L'obren les aplicacions que llegeixen Open Board Format, com Cboard, AsTeRICS Grid i CoughDrop.
obf-error-not-board = Aquest fitxer no és un tauler de comunicació. Tria un fitxer .obf o .obz. No s'ha canviat res.
obf-error-damaged = El fitxer del tauler està malmès o incomplet. Torna'l a exportar des de l'altra aplicació. No s'ha canviat res.
obf-error-unsupported = El fitxer està empaquetat d'una manera que Pictokit no pot obrir (potser té contrasenya). Torna'l a exportar sense contrasenya. No s'ha canviat res.
obf-error-newer = Aquest tauler fa servir una versió del format més nova de la que Pictokit coneix. Actualitza Pictokit o exporta el tauler en format open-board-0.1. No s'ha canviat res.
obf-error-too-big = El fitxer és massa gran: com a màxim 64 MB, i 8 MB per tauler. Exporta menys taulers alhora. No s'ha canviat res.
obf-error-too-many = El tauler té massa botons per a Pictokit: com a màxim 400 botons, en 20 files i 20 columnes, i 200 taulers per fitxer. Fes-lo més petit a l'altra aplicació. No s'ha canviat res.
obf-error-no-root = El conjunt de taulers no diu quin tauler s'obre primer, o aquest tauler no hi és. Torna'l a exportar des de l'altra aplicació. No s'ha canviat res.
obf-error-unsafe-path = El fitxer té noms que apunten fora d'ell, cosa que no és segura, així que no s'ha obert. No s'ha canviat res.

## The report's table of answers, locked (views::sealed::LockedTableSave, LockedTableOpen)
table-title = Totes les respostes en una taula, tancada
table-hint = La taula té totes les respostes: són dades de salut, així que es tanca amb una frase de pas. Obre-la amb Pictokit a l'ordinador on fas servir el full de càlcul: «Obre una taula tancada», a la pantalla de perfils, la desa allà com a fitxer CSV.
table-passphrase = Frase de pas de la taula (8 caràcters com a mínim)
table-save = Tanca i desa la taula
table-saved = La taula està desada, tancada, al fitxer «{ $file }».
table-open-title = Obre una taula tancada (CSV)
table-open-hint = Una taula de respostes desada per Pictokit està tancada. Tria-la i escriu-ne la frase de pas: Pictokit la desa en aquest ordinador com a fitxer CSV per a un full de càlcul, i no se'n queda res.
table-choose = Tria una taula tancada
table-ready = El fitxer està a punt: escriu-ne la frase de pas i toca «Obre i desa el CSV».
table-open = Obre i desa el CSV
table-opened = La taula està desada en aquest ordinador com a «{ $file }».
sealed-error-not-table = Aquest fitxer xifrat no és una taula de respostes. No ha canviat res.
table-error-too-large = El fitxer és massa gran per ser una taula de respostes tancada (com a molt, 32 MB). Tria la taula que va desar Pictokit. No s'ha canviat res.
table-error-not-csv = El fitxer s'ha obert, però el que conté no és una taula de respostes desada per Pictokit, així que no s'ha desat com a CSV. No s'ha canviat res.

obf-preview-no-format = El fitxer no diu que sigui un tauler, però té botons amb paraules, i s'ha llegit com un tauler. Mira les imatges abans d'afegir-les.
obf-preview-actions = { $count ->
    [one] 1 botó només fa una acció a l'altra aplicació (esborrar, lletrejar). Es deixa fora.
   *[other] { $count } botons només fan una acció a l'altra aplicació (esborrar, lletrejar). Es deixen fora.
}
obf-include-actions = Afegir també aquests botons com a imatges
