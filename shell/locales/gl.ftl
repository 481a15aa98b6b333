# As pantallas do profesional (só facilitator.html): a primeira páxina non as inclúe.

facilitator-banner = Modo profesional
facilitator-exit = Volver ao inicio
facilitator-device = Este dispositivo
fac-profiles-title = Perfís
fac-profiles-empty = Aínda non hai perfís neste dispositivo.
fac-new-profile = Novo perfil
fac-edit = Editar
fac-edit-name = Editar { $name }
fac-duplicate = Duplicar
fac-duplicate-name = Duplicar { $name }
fac-delete = Borrar
fac-delete-name = Borrar { $name }
fac-preview = Vista previa
fac-preview-name = Ver a pantalla de { $name }
fac-lock-hint = Para deixarlle este dispositivo a unha persoa, bloquéao para ela: só verá as súas pantallas. Para volver aquí, mantén premida a esquina do cadeado 3 segundos.
profile-copy-name = { $name } (copia)
fac-summary = { $language } · { $grid } por pantalla · { $theme }
delete-confirm-title = Borrar o perfil de { $name }?
delete-confirm-body = O perfil quítase deste dispositivo. Podes desfacelo durante un tempo.
delete-confirm-yes = Borrar
delete-confirm-no = Conservalo
deleted-toast = Borrouse o perfil de { $name }.
trash-title = Borrados hai pouco
trash-restore = Recuperar
trash-restore-name = Recuperar { $name }

## Editor de perfil
editor-title-new = Novo perfil
editor-title-edit = Editar o perfil de { $name }
editor-section-person = Persoa
editor-section-speech = Voz
editor-section-screen = Pantalla
editor-section-components = Compoñentes
field-name = Nome
field-avatar = Imaxe
avatar-choose-photo = Usar unha foto
avatar-remove-photo = Usar un pictograma
avatar-photo-alt = Foto de { $name }
avatar-choose-pictogram = Escoller un pictograma
avatar-pictogram-alt = Pictograma escollido para { $name }
field-language = Idioma
field-speech = Ler en voz alta
field-voice = Voz
voice-default = A voz do dispositivo para este idioma
field-rate = Velocidade da voz
rate-value = { $percent } %
speech-test = Escoitar
speech-test-sentence = Ola, son { $name }.
field-text-size = Tamaño do texto
field-grid = Pictogramas por pantalla
grid-option = { $n }
field-show-labels = Mostrar palabras debaixo dos pictogramas
field-theme = Tema
field-reduced-motion = Reducir o movemento
save = Gardar
cancel = Cancelar
saved = Gardado.
editor-has-problems = Revisa os campos marcados.

## Estado da voz, para o profesional
speech-unsupported = Este navegador non pode falar. A voz queda en silencio; todo o demais funciona.
speech-no-voices = Este navegador non ten voz en { $language }. A voz queda en silencio; todo o demais funciona. Para oíla, engade unha voz en { $language } nos axustes do dispositivo: Síntese de voz en Android e Windows, Contido falado no iPad, o paquete espeak-ng en Linux.

## Compoñentes
pin-dots = { $count }

## Vista previa
device-title = Este dispositivo
device-language = Idioma das pantallas do profesional
device-pin-title = PIN do profesional
device-pin-explain = Un PIN opcional engade un paso máis para desbloquear a pantalla dunha persoa. O xesto de manter premido sempre é necesario.
device-pin-none = Non hai ningún PIN.
device-pin-is-set = Hai un PIN.
device-pin-new = PIN novo (de 4 a 8 números)
device-pin-set = Gardar o PIN
device-pin-remove = Quitar o PIN
device-pin-saved = PIN gardado.
device-pin-unavailable = Este navegador non pode protexer un PIN aquí (precisa unha páxina segura). Desbloquéase só co xesto de manter premido.
device-pin-removed = PIN quitado.
device-speech-title = A voz neste dispositivo

## Erros
error-boundary = Algo fallou nesta pantalla. Os teus datos están a salvo.
error-boundary-home = Volver ao inicio
fac-pictograms = Pictogramas
fac-pictograms-name = Pictogramas de { $name }
board-title = Pictogramas de { $name }
board-hint = Estes pictogramas forman o taboleiro de { $name }, «Os meus pictogramas». Engade varios á vez, ordénaos e grava unha voz coñecida para calquera deles.
board-add = Engadir pictogramas
board-empty = Aínda non hai pictogramas. Toca «Engadir pictogramas» para escoller algúns.
board-added = { $count ->
    [one] Engadiuse un pictograma.
   *[other] Engadíronse { $count } pictogramas.
}
board-unnamed = (sen nome)
board-move-up = Subir { $name }
board-move-down = Baixar { $name }
board-remove = Quitar
board-remove-name = Quitar { $name }
picker-title-many = Escolle pictogramas
picker-title-one = Escolle un pictograma
picker-search = Buscar
picker-browse = Mostrar
picker-recent = Recentes
picker-favourites = Favoritos
picker-categories = Categorías
picker-photos = Fotos propias
picker-all-categories = Todas as categorías
picker-results-label = Pictogramas
picker-preview = Pictograma escollido
picker-loading = Cargando os pictogramas…
picker-no-results = Non se atopou nada para «{ $query }».
picker-results = { $count ->
    [one] Atopouse un pictograma.
   *[other] Atopáronse { $count } pictogramas.
}
picker-recent-empty = Aínda non se escolleu ningún pictograma para esta persoa.
picker-favourites-empty = Aínda non hai favoritos. Marca un coa estrela.
picker-photos-empty = Aínda non hai fotos propias.
picker-listen = Escoitar
picker-favourite = Favorito
picker-selected = { $count ->
    [0] Aínda non escolliches nada.
    [one] Un escollido.
   *[other] { $count } escollidos.
}
picker-add = { $count ->
    [one] Engadir 1 pictograma
   *[other] Engadir { $count } pictogramas
}
photo-new = Nova foto
photo-camera = Cámara
photo-taken = A foto que acabas de facer
photo-open-camera = Usar a cámara
photo-take = Facer a foto
photo-choose-file = Escoller un ficheiro
photo-names = Nome da foto
photo-name-needed = Escribe un nome polo menos nun idioma.
photo-save = Gardar a foto

## Cámara, micrófono e rede
media-denied = Pictokit non ten permiso para usar a cámara ou o micrófono. Permíteo nos axustes do sitio do navegador ou escolle un ficheiro.
media-unavailable = Este dispositivo ou navegador non ten unha cámara ou un micrófono que Pictokit poida usar.
media-failed = Non funcionou. Téntao de novo.
media-network = O servidor non responde. Revisa a conexión; os pictogramas incluídos seguen funcionando.
voice-record = Gravar voz
voice-record-name = Gravar voz para { $name }
voice-play = Escoitar a voz
voice-play-name = Escoitar a voz de { $name }
voice-forget = Quitar a voz
voice-forget-name = Quitar a voz de { $name }
voice-stop = Parar
voice-recording = Gravando…
voice-listen-take = Escoitar
voice-keep = Gardar
voice-redo = Gravar outra vez
voice-unsupported = Este navegador non pode gravar son. Úsase a voz sintética.

## ARASAAC en liña
arasaac-title = Pictogramas de ARASAAC en liña
arasaac-explain = ARASAAC ofrece máis de 13.000 pictogramas pensados para as persoas que os precisan. Se o activas, o selector de pictogramas tamén busca en ARASAAC por internet: as palabras que escribes envíanse ao servidor de ARASAAC. Nada máis sae deste dispositivo.
arasaac-licence = Os pictogramas de ARASAAC son de Sergio Palao e pertencen ao Goberno de Aragón (España). A súa licenza é CC BY-NC-SA 4.0: úsaos só sen fins comerciais, cita o autor e comparte o que fagas con eles coa mesma licenza.
arasaac-enable = Buscar en ARASAAC por internet
arasaac-look = Como se ven os debuxos de ARASAAC
arasaac-color = En cor
arasaac-skin = Cor da pel das persoas
arasaac-hair = Cor do pelo das persoas
arasaac-own = Como o debuxa ARASAAC
arasaac-skin-white = Clara
arasaac-skin-assian = Clara media
arasaac-skin-aztec = Media
arasaac-skin-mulatto = Media escura
arasaac-skin-black = Escura
arasaac-hair-blonde = Loiro
arasaac-hair-brown = Castaño
arasaac-hair-darkBrown = Castaño escuro
arasaac-hair-gray = Gris
arasaac-hair-darkGray = Gris escuro
arasaac-hair-red = Roxo
arasaac-hair-black = Negro
arasaac-kept = { $count ->
    [0] Aínda non hai pictogramas de ARASAAC gardados neste dispositivo.
    [one] Hai un pictograma de ARASAAC gardado neste dispositivo.
   *[other] Hai { $count } pictogramas de ARASAAC gardados neste dispositivo.
}
arasaac-badge = ARASAAC
arasaac-searching = Buscando en ARASAAC…
arasaac-found = { $count ->
    [one] ARASAAC: un pictograma máis.
   *[other] ARASAAC: { $count } pictogramas máis.
}
arasaac-none = ARASAAC non ten nada para «{ $query }».
arasaac-credit = Pictograma de Sergio Palao para ARASAAC (Goberno de Aragón), CC BY-NC-SA 4.0.
arasaac-keep-all = { $count ->
    [one] Gardar este no dispositivo
   *[other] Gardar os { $count } no dispositivo
}
arasaac-keep-hint = Para gardar unha categoría enteira, busca o seu nome (por exemplo, «froita») e gárdaos todos.
arasaac-progress = Descargando pictogramas de ARASAAC
arasaac-progress-count = { $done } de { $total }
arasaac-stop = Parar
arasaac-kept-now = { $count ->
    [one] Un pictograma de ARASAAC gardado para usar sen conexión.
   *[other] { $count } pictogramas de ARASAAC gardados para usar sen conexión.
}
arasaac-stopped = { $count ->
    [one] Parado. Gardouse 1; o resto pódese descargar máis tarde.
   *[other] Parado. Gardáronse { $count }; o resto pódese descargar máis tarde.
}
arasaac-downloading = Descargando de ARASAAC…
picker-kept-arasaac = ARASAAC

## Acerca de
facilitator-about = Acerca de
about-title = Acerca de Pictokit
about-intro = Pictokit é software libre para crear aplicacións accesibles xunto coas persoas que as usan. Funciona neste dispositivo, sen conta.
about-credits = Créditos
about-openmoji-title = Pictogramas: OpenMoji
about-openmoji = Os pictogramas incluídos son OpenMoji { $version } (openmoji.org), o proxecto de emojis e iconas de código aberto, coa licenza CC BY-SA 4.0. Debuxados por:
about-author = { $name }: { $count ->
    [one] un pictograma
   *[other] { $count } pictogramas
}
about-openmoji-loading = Cargando a lista de autores…
about-cldr-title = Nomes e palabras clave: Unicode CLDR
about-cldr = Os nomes e as palabras clave dos pictogramas en seis idiomas veñen das anotacións de Unicode CLDR { $version }, © Unicode, Inc., coa licenza Unicode v3.
about-font-title = Tipo de letra: Atkinson Hyperlegible
about-font = Atkinson Hyperlegible, do Braille Institute of America, coa licenza SIL Open Font License 1.1.
about-arasaac-title = Pictogramas de ARASAAC
about-arasaac = Autor dos pictogramas de ARASAAC: Sergio Palao. Procedencia: ARASAAC (arasaac.org). Licenza: CC BY-NC-SA 4.0. Propiedade: Goberno de Aragón (España). Só se usan cando un profesional activa ARASAAC neste dispositivo.
about-licence-title = Pictokit
about-licence = Pictokit é software libre coa licenza GNU Affero General Public License, versión 3 ou posterior.

## Unha base de datos que volveu baleira ou máis antiga, e a copia gardada fóra dela
safekeeping-title = O que se gardou neste dispositivo volveu atrás
safekeeping-body = O navegador baleirou o almacenamento de Pictokit ou devolveu un máis antigo. Pode pasar cando un dispositivo se apaga mentres garda. O último cambio que viu este dispositivo foi o { $when }.
safekeeping-copy = Hai unha copia neste dispositivo, con { $count ->
        [one] unha persoa
       *[other] { $count } persoas
    }.
safekeeping-bring-back = Recuperar o que había o { $when }
safekeeping-go-on = Seguir sen ela
safekeeping-no-copy = Non hai ningunha copia neste dispositivo. Se tes o ficheiro de perfil dunha persoa, ábreo para recuperala.
safekeeping-restored = { $count ->
        [0] Recuperouse o que había.
       *[other] Recuperado: { $names }.
    }
safekeeping-left-out = { $count ->
        [one] Un dato gardado non se puido ler e quedou fóra.
       *[other] { $count } datos gardados non se puideron ler e quedaron fóra.
    }
safekeeping-copy-gone = A copia xa non está neste dispositivo. Non se cambiou nada.
safekeeping-copy-damaged = A copia está danada e non se pode usar. Non se cambiou nada.
safekeeping-copy-too-new = A copia é dunha versión máis nova de Pictokit. Actualiza Pictokit e téntao de novo. Non se cambiou nada.
safekeeping-restore-failed = Non se puido gardar a copia. Non se cambiou nada: libera espazo e téntao de novo.
storage-media-missing = Algunhas imaxes de { $name } xa non estaban neste dispositivo. Quitáronse do taboleiro para que nada apareza estragado.
