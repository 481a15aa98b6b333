## Levar un perfil a outro dispositivo: gardalo nun ficheiro e abrir ese ficheiro
## (só facilitator.html).

transfer-export-name = Gardar o perfil de { $name } nun ficheiro
transfer-export-done = O perfil de { $name } está gardado no ficheiro «{ $file }». As avaliacións non están: son datos de saúde.
transfer-import-title = Levar perfís a outro dispositivo
transfer-import-hint = Garda un perfil nun ficheiro, coas súas imaxes e gravacións, e abre o ficheiro noutro dispositivo. Verás o que contén un ficheiro antes de que cambie nada neste dispositivo.
transfer-import-open = Abrir un ficheiro de perfil
transfer-import-reading = Lendo o ficheiro…
transfer-preview-title = O que contén o ficheiro
transfer-preview-made = Gardado o { $date }.
transfer-preview-new = { $name } aínda non está neste dispositivo: engadirase o perfil.
transfer-preview-replaces = Este dispositivo xa ten este perfil, como { $name }. Substitúeo polo do ficheiro ou conserva os dous.
transfer-preview-board = { $count ->
    [one] 1 pictograma no taboleiro
   *[other] { $count } pictogramas no taboleiro
}
transfer-preview-lists = { $count ->
    [one] 1 lista da compra
   *[other] { $count } listas da compra
}
transfer-preview-activities = { $count ->
    [one] 1 actividade no horario
   *[other] { $count } actividades no horario
}
transfer-preview-routines = { $count ->
    [one] 1 rutina
   *[other] { $count } rutinas
}
transfer-preview-wallet = A carteira, con { $amount }
transfer-preview-photos = { $count ->
    [one] 1 foto propia
   *[other] { $count } fotos propias
}
transfer-preview-recordings = { $count ->
    [one] 1 gravación de voz
   *[other] { $count } gravacións de voz
}
transfer-preview-downloaded = { $count ->
    [one] 1 pictograma descargado de ARASAAC
   *[other] { $count } pictogramas descargados de ARASAAC
}
transfer-preview-already = { $count ->
    [one] 1 imaxe ou gravación xa está neste dispositivo e queda como está.
   *[other] { $count } imaxes ou gravacións xa están neste dispositivo e quedan como están.
}
transfer-preview-repaired = { $count ->
    [one] 1 cousa do ficheiro non se puido ler e queda fóra.
   *[other] { $count } cousas do ficheiro non se puideron ler e quedan fóra.
}
transfer-import-add = Engadir { $name }
transfer-import-replace = Substituír { $name }
transfer-import-keep-both = Conservar os dous
transfer-import-cancel = Cancelar
transfer-replace-title = Substituír o perfil de { $name }?
transfer-replace-body = Os axustes, os pictogramas, as listas da compra e o horario deste dispositivo substitúense polos do ficheiro. As avaliacións quedan neste dispositivo.
transfer-replace-yes = Substituír
transfer-replace-no = Deixar o que hai
transfer-imported = O perfil de { $name } xa está neste dispositivo.

bundle-error-not-zip = Isto non é un ficheiro de perfil de Pictokit. Non se cambiou nada.
bundle-error-damaged = O ficheiro está danado ou incompleto. Gárdao outra vez no outro dispositivo. Non se cambiou nada.
bundle-error-unsupported = O ficheiro está empaquetado dunha forma que Pictokit non pode abrir (quizais está cifrado). Non se cambiou nada.
bundle-error-too-large = O ficheiro é demasiado grande para un perfil: como moito 64 MB e 2.000 partes. Non se cambiou nada.
bundle-error-unsafe-name = O ficheiro ten nomes que apuntan fóra del. Isto non é seguro; por iso, non se abriu. Non se cambiou nada.
bundle-error-entry-too-large = Algo do ficheiro é demasiado grande (unha imaxe, unha gravación ou unha lista); por iso, non se abriu. Non se cambiou nada.
bundle-error-not-pictokit = Este ficheiro zip non é un perfil de Pictokit. Non se cambiou nada.
bundle-error-newer = Este ficheiro fíxoo un Pictokit máis novo. Actualiza Pictokit neste dispositivo e ábreo outra vez. Non se cambiou nada.
bundle-error-incomplete = Falta unha parte do ficheiro ou non se pode ler. Gárdao outra vez no outro dispositivo. Non se cambiou nada.
bundle-error-profile = Non se pode ler o perfil do ficheiro. Non se cambiou nada.
bundle-error-media = Unha imaxe ou gravación do ficheiro non é dun tipo que Pictokit mostre; por iso, o ficheiro non se abriu. Non se cambiou nada.
bundle-error-write = Non se puido facer o ficheiro. Non se cambiou nada.

## Avaliacións levadas cifradas (a pantalla do cuestionario dunha persoa).

sealed-title = Levar as avaliacións a outro dispositivo, cifradas
sealed-hint = As avaliacións e os plans de apoios son datos de saúde; por iso, o seu ficheiro péchase cunha frase de paso. Dille a frase á outra persoa por outro medio, nunca co ficheiro.
sealed-passphrase = Frase de paso (8 caracteres como mínimo)
sealed-save = Gardar as avaliacións, cifradas
sealed-open = Abrir un ficheiro cifrado
sealed-open-with = Abrilo con esta frase de paso
sealed-working = Pechar ou abrir tarda un momento…
sealed-too-short = A frase de paso precisa 8 caracteres como mínimo.
sealed-nothing = { $name } aínda non ten avaliacións para gardar.
sealed-saved = As avaliacións de { $name } están gardadas, cifradas, no ficheiro «{ $file }».
sealed-ready = O ficheiro está listo: escribe a súa frase de paso arriba e toca «Abrilo con esta frase de paso».
sealed-wrong = Esta frase de paso non abre o ficheiro, ou o ficheiro cambiou. Revisa a frase e proba outra vez. Non se cambiou nada.
sealed-opened = { $added ->
    [0] Nada novo no ficheiro.
    [one] 1 avaliación engadida.
   *[other] { $added } avaliacións engadidas.
}
sealed-kept = { $kept ->
    [one] 1 avaliación xa estaba aquí e queda como está.
   *[other] { $kept } avaliacións xa estaban aquí e quedan como están.
}
sealed-failed = Non se puido facer o ficheiro. Non se cambiou nada.
sealed-error-not-sealed = Isto non é un ficheiro cifrado de Pictokit. Non se cambiou nada.
sealed-error-newer = Este ficheiro fíxoo un Pictokit máis novo. Actualiza Pictokit neste dispositivo e ábreo outra vez. Non se cambiou nada.
sealed-error-damaged = O ficheiro cifrado está danado. Gárdao outra vez no outro dispositivo. Non se cambiou nada.
sealed-error-too-large = O ficheiro é demasiado grande para ser avaliacións de Pictokit. Non se cambiou nada.
sealed-error-other-content = Este ficheiro cifrado contén outra cousa, non avaliacións. Non se cambiou nada.

## Papel: unha lista da compra, a tira dun día, unha semana de tiras.

print-list = Imprimir a lista
print-day = Imprimir este día
print-week = Imprimir esta semana
print-back = Volver
print-now = Imprimir
print-hint = Os pictogramas imprímense en cor e no tamaño que a persoa coñece, cada tarxeta enteira nunha páxina. Recorta polas liñas descontinuas.
print-list-title = { $list }: lista da compra de { $name }
print-budget = Diñeiro para esta compra: { $amount }
print-quantity = × { $count }
print-day-title = O día de { $name }: { $date }
print-week-title = A semana de { $name }, desde o { $date }
print-nothing = Nada previsto.
print-cancelled = Hoxe non ({ $time })
print-routine = Imprimir
print-routine-name = Imprimir a rutina { $name }
print-routine-title = { $routine }: os pasos de { $name }
print-step = Paso { $n }
print-board = Imprimir os pictogramas
print-board-title = Os pictogramas de { $name }
sealed-error-not-answers = Este ficheiro cifrado non é un ficheiro de respostas. Non se cambiou nada.

## Axustes nun código QR
qr-title = Axustes nun código QR
qr-hint = Nun código QR só viaxan os axustes: idioma, voz, grade, tamaño do texto, tema e compoñentes. Mostra o código aquí e escanéao coa outra tableta.
qr-show = Mostrar o código QR dos axustes de { $name }
qr-code-alt = Código QR cos axustes de { $name }
qr-code-how = Na outra tableta: abre Pictokit para profesionais, vai a «Levar perfís a outro dispositivo» e toca «Escanear un código QR de axustes». Pon esta pantalla diante da súa cámara.
qr-scan = Escanear un código QR de axustes
qr-scan-stop = Parar a cámara
qr-camera = Cámara, buscando un código QR
qr-scan-hint = Pon o código QR diante da cámara, a uns 20 cm.
qr-found-title = Axustes atopados no código QR
qr-add = Engadir { $name } como perfil novo
qr-use-for = Usar estes axustes para { $name }
qr-use-title = Usar estes axustes para { $name }?
qr-use-body = O idioma, a voz, a grade, o tamaño do texto, o tema e os compoñentes pasan a ser os do código. Os pictogramas, as listas, o horario e as avaliacións non cambian.
qr-use-yes = Si, usar estes axustes
qr-applied = Os axustes de { $name } están gardados neste dispositivo.

qr-error-not-pictokit = Este código QR non contén axustes de Pictokit. Escanea o código que mostra Pictokit na outra tableta. Non se cambiou nada.
qr-error-newer = Este código fíxoo un Pictokit máis novo. Actualiza Pictokit nesta tableta e volve escanealo. Non se cambiou nada.
qr-error-damaged = Non se puido ler o código enteiro. Volve escanealo con máis luz e sen reflexos. Non se cambiou nada.
qr-error-too-big = Este código leva moito máis do que ocupan uns axustes; por iso, non se leu. Non se cambiou nada.
qr-error-settings = Os axustes do código non se poden usar (por exemplo, o nome está baleiro ou é demasiado longo). Revísaos na outra tableta e fai un código novo. Non se cambiou nada.
qr-settings-too-big = Estes axustes son demasiado longos para un código QR (moitas veces por un nome de voz moi longo). Garda o perfil nun ficheiro e ábreo na outra tableta.
qr-photo-left-out = A foto non viaxa no código QR: a outra tableta mostrará a cara sorrinte ata que escollas alí unha foto.

## Taboleiros doutras aplicacións (Open Board Format)
obf-title = Taboleiros doutras aplicacións
obf-hint = Abre un taboleiro feito en Cboard, AsTeRICS Grid, CoughDrop ou outra aplicación que garde ficheiros Open Board Format (.obf, .obz), ou garda os pictogramas de { $name } como un deses ficheiros.
obf-open = Abrir un ficheiro de taboleiro (.obf, .obz)
obf-reading = Lendo o ficheiro…
obf-making = Facendo as imaxes…
obf-preview-title = Que contén o ficheiro de taboleiro
obf-preview-choose = Que taboleiro engadir
obf-preview-board = «{ $board }»: { $count ->
    [one] 1 botón
   *[other] { $count } botóns
}
obf-preview-pictures = Coa súa propia imaxe: { $pictures }. Coa súa palabra sobre a súa cor: { $words }.
obf-preview-hidden = { $count ->
    [one] 1 botón oculto non se engade.
   *[other] { $count } botóns ocultos non se engaden.
}
obf-preview-warnings = { $count ->
    [one] 1 cousa do ficheiro non se puido conservar: unha imaxe que só está en internet ou que non é unha foto, ou unha cor ou unha palabra que non se puideron ler.
   *[other] { $count } cousas do ficheiro non se puideron conservar: imaxes que só están en internet ou que non son fotos, ou cores ou palabras que non se puideron ler.
}
obf-add = { $count ->
    [one] Engadir 1 imaxe aos pictogramas de { $name }
   *[other] Engadir { $count } imaxes aos pictogramas de { $name }
}
obf-added = { $count ->
    [one] Engadiuse 1 imaxe de «{ $board }» aos pictogramas de { $name }.
   *[other] Engadíronse { $count } imaxes de «{ $board }» aos pictogramas de { $name }.
}
obf-failed = Non se puido facer unha imaxe. Non se cambiou nada.
obf-preview-sounds = { $count ->
    [one] 1 botón ten o seu propio son: será a gravación da súa imaxe.
   *[other] { $count } botóns teñen o seu propio son: cada un será a gravación da súa imaxe.
}
obf-preview-language = As súas palabras están en { $language }: quedan nese idioma e lense en voz alta nel, agás as que o taboleiro tamén dá no idioma desta persoa.
obf-added-recordings = { $count ->
    [one] 1 son gardouse como a gravación da súa imaxe.
   *[other] { $count } sons gardáronse como as gravacións das súas imaxes.
}
obf-added-sounds-refused = { $count ->
    [one] 1 son quedou fóra: é demasiado longo para unha gravación (como moito, un minuto máis ou menos).
   *[other] { $count } sons quedaron fóra: son demasiado longos para unha gravación (como moito, un minuto máis ou menos).
}
obf-save-obz = Gardar os pictogramas de { $name } como ficheiro de taboleiro (.obz)
obf-save-obf = Gardar os pictogramas de { $name } nun só ficheiro .obf
obf-save-empty = { $name } aínda non ten pictogramas para gardar.
obf-saved = O taboleiro está gardado no ficheiro «{ $file }». Ábreno as aplicacións que len Open Board Format, como Cboard, AsTeRICS Grid e CoughDrop.
obf-error-not-board = Este ficheiro non é un taboleiro de comunicación. Escolle un ficheiro .obf ou .obz. Non se cambiou nada.
obf-error-damaged = O ficheiro do taboleiro está danado ou incompleto. Volve exportalo desde a outra aplicación. Non se cambiou nada.
obf-error-unsupported = O ficheiro está empaquetado dunha forma que Pictokit non pode abrir (quizais ten contrasinal). Volve exportalo sen contrasinal. Non se cambiou nada.
obf-error-newer = Este taboleiro usa unha versión do formato máis nova da que Pictokit coñece. Actualiza Pictokit ou exporta o taboleiro no formato open-board-0.1. Non se cambiou nada.
obf-error-too-big = O ficheiro é demasiado grande: como moito 64 MB, e 8 MB por taboleiro. Exporta menos taboleiros á vez. Non se cambiou nada.
obf-error-too-many = O taboleiro ten demasiados botóns para Pictokit: como moito 400 botóns, en 20 filas e 20 columnas, e 200 taboleiros por ficheiro. Faino máis pequeno na outra aplicación. Non se cambiou nada.
obf-error-no-root = O conxunto de taboleiros non di que taboleiro se abre primeiro, ou ese taboleiro non está. Volve exportalo desde a outra aplicación. Non se cambiou nada.
obf-error-unsafe-path = O ficheiro ten nomes que apuntan fóra del. Isto non é seguro; por iso, non se abriu. Non se cambiou nada.

## A táboa de respostas do informe, pechada (views::sealed::LockedTableSave, LockedTableOpen)
table-title = Todas as respostas nunha táboa, pechada
table-hint = A táboa ten todas as respostas: son datos de saúde; por iso, péchase cunha frase de paso. Ábrea con Pictokit no ordenador onde usas a folla de cálculo: «Abrir unha táboa pechada», na pantalla de perfís, gárdaa alí como ficheiro CSV.
table-passphrase = Frase de paso da táboa (8 caracteres como mínimo)
table-save = Pechar e gardar a táboa
table-saved = A táboa está gardada, pechada, no ficheiro «{ $file }».
table-open-title = Abrir unha táboa pechada (CSV)
table-open-hint = Unha táboa de respostas gardada por Pictokit está pechada. Escóllea e escribe a súa frase de paso: Pictokit gárdaa neste ordenador como ficheiro CSV para unha folla de cálculo e non garda nada máis.
table-choose = Escoller unha táboa pechada
table-ready = O ficheiro está listo: escribe a súa frase de paso e toca «Abrir e gardar o CSV».
table-open = Abrir e gardar o CSV
table-opened = A táboa está gardada neste ordenador como «{ $file }».
sealed-error-not-table = Este ficheiro cifrado non é unha táboa de respostas. Non se cambiou nada.
table-error-too-large = O ficheiro é demasiado grande para ser unha táboa de respostas pechada (como moito, 32 MB). Escolle a táboa que gardou Pictokit. Non se cambiou nada.
table-error-not-csv = O ficheiro abriuse, pero o que contén non é unha táboa de respostas gardada por Pictokit; por iso, non se gardou como CSV. Non se cambiou nada.

obf-preview-no-format = O ficheiro non di que sexa un taboleiro, pero ten botóns con palabras, e leuse como un taboleiro. Mira as imaxes antes de engadilas.
obf-preview-actions = { $count ->
    [one] 1 botón só fai unha acción na outra aplicación (borrar, soletrear). Déixase fóra.
   *[other] { $count } botóns só fan unha acción na outra aplicación (borrar, soletrear). Déixanse fóra.
}
obf-include-actions = Engadir tamén eses botóns como imaxes
