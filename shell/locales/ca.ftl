# The facilitator's screens (facilitator.html only): the first page leaves these out.

facilitator-banner = Mode professional
facilitator-exit = Torna a l'inici
facilitator-device = Aquest dispositiu
fac-profiles-title = Perfils
fac-profiles-empty = Encara no hi ha cap perfil en aquest dispositiu.
fac-new-profile = Perfil nou
fac-edit = Edita
fac-edit-name = Edita { $name }
fac-duplicate = Duplica
fac-duplicate-name = Duplica { $name }
fac-delete = Esborra
fac-delete-name = Esborra { $name }
fac-preview = Previsualitza
fac-preview-name = Mira la pantalla de { $name }
fac-lock-hint = Per deixar aquest dispositiu a una persona, bloqueja'l per a ella: només veurà les seves pantalles. Per tornar aquí, mantén premuda la cantonada del cadenat 3 segons.
profile-copy-name = { $name } (còpia)
fac-summary = { $language } · { $grid } per pantalla · { $theme }
delete-confirm-title = Vols esborrar el perfil de { $name }?
delete-confirm-body = El perfil surt d'aquest dispositiu. Ho pots desfer durant una estona.
delete-confirm-yes = Esborra
delete-confirm-no = Conserva'l
deleted-toast = S'ha esborrat el perfil de { $name }.
trash-title = Esborrats fa poc
trash-restore = Recupera
trash-restore-name = Recupera { $name }

## Editor de perfil
editor-title-new = Perfil nou
editor-title-edit = Edita el perfil de { $name }
editor-section-person = Persona
editor-section-speech = Veu
editor-section-screen = Pantalla
editor-section-components = Components
field-name = Nom
field-avatar = Imatge
avatar-choose-photo = Fes servir una foto
avatar-remove-photo = Fes servir un pictograma
avatar-photo-alt = Foto de { $name }
avatar-choose-pictogram = Triar un pictograma
avatar-pictogram-alt = Pictograma triat per a { $name }
field-language = Llengua
field-speech = Llegeix en veu alta
field-voice = Veu
voice-default = La veu del dispositiu per a aquesta llengua
field-rate = Velocitat de la veu
rate-value = { $percent } %
speech-test = Escolta
speech-test-sentence = Hola, sóc { $name }.
field-text-size = Mida del text
field-grid = Pictogrames per pantalla
grid-option = { $n }
field-show-labels = Mostra paraules sota els pictogrames
field-theme = Tema
field-reduced-motion = Redueix el moviment
save = Desa
cancel = Cancel·la
saved = Desat.
editor-has-problems = Revisa els camps marcats.

## Estat de la veu, per al professional
speech-unsupported = Aquest navegador no pot parlar. La veu queda en silenci; tota la resta funciona.
speech-no-voices = Aquest navegador no té cap veu en { $language }. La veu queda en silenci; tota la resta funciona. Per sentir-la, afegeix una veu en { $language } als ajustos del dispositiu: Síntesi de veu a Android i Windows, Contingut parlat a l'iPad, el paquet espeak-ng a Linux.

## Components
pin-dots = { $count }

## Previsualització
device-title = Aquest dispositiu
device-language = Llengua de les pantalles del professional
device-pin-title = PIN del professional
device-pin-explain = Un PIN opcional afegeix un pas més per desbloquejar la pantalla d'una persona. El gest de mantenir premut sempre cal.
device-pin-none = No hi ha cap PIN.
device-pin-is-set = Hi ha un PIN.
device-pin-new = PIN nou (de 4 a 8 xifres)
device-pin-set = Desa el PIN
device-pin-remove = Treu el PIN
device-pin-saved = PIN desat.
device-pin-unavailable = Aquest navegador no pot protegir un PIN aquí (necessita una pàgina segura). Es desbloqueja només amb el gest de mantenir premut.
device-pin-removed = PIN tret.
device-speech-title = La veu en aquest dispositiu

## Errors
error-boundary = Alguna cosa ha fallat en aquesta pantalla. Les teves dades són segures.
error-boundary-home = Torna a l'inici
fac-pictograms = Pictogrames
fac-pictograms-name = Pictogrames de { $name }
board-title = Pictogrames de { $name }
board-hint = Aquests pictogrames formen el tauler de { $name }, «Els meus pictogrames». Afegeix-ne diversos alhora, ordena'ls i grava una veu coneguda per a qualsevol d'ells.
board-add = Afegir pictogrames
board-empty = Encara no hi ha pictogrames. Toca «Afegir pictogrames» per triar-ne alguns.
board-added = { $count ->
    [one] S'ha afegit un pictograma.
   *[other] S'han afegit { $count } pictogrames.
}
board-unnamed = (sense nom)
board-move-up = Pujar { $name }
board-move-down = Baixar { $name }
board-remove = Treure
board-remove-name = Treure { $name }
picker-title-many = Tria pictogrames
picker-title-one = Tria un pictograma
picker-search = Cercar
picker-browse = Mostrar
picker-recent = Recents
picker-favourites = Preferits
picker-categories = Categories
picker-photos = Fotos pròpies
picker-all-categories = Totes les categories
picker-results-label = Pictogrames
picker-preview = Pictograma triat
picker-loading = S'estan carregant els pictogrames…
picker-no-results = No s'ha trobat res per a «{ $query }».
picker-results = { $count ->
    [one] S'ha trobat un pictograma.
   *[other] S'han trobat { $count } pictogrames.
}
picker-recent-empty = Encara no s'ha triat cap pictograma per a aquesta persona.
picker-favourites-empty = Encara no hi ha preferits. Marca'n un amb l'estrella.
picker-photos-empty = Encara no hi ha fotos pròpies.
picker-listen = Escoltar
picker-favourite = Preferit
picker-selected = { $count ->
    [0] Encara no has triat res.
    [one] Un de triat.
   *[other] { $count } de triats.
}
picker-add = { $count ->
    [one] Afegir 1 pictograma
   *[other] Afegir { $count } pictogrames
}
photo-new = Foto nova
photo-camera = Càmera
photo-taken = La foto que acabes de fer
photo-open-camera = Fer servir la càmera
photo-take = Fer la foto
photo-choose-file = Triar un fitxer
photo-names = Nom de la foto
photo-name-needed = Escriu un nom almenys en una llengua.
photo-save = Desar la foto

## Càmera, micròfon i xarxa
media-denied = Pictokit no té permís per fer servir la càmera o el micròfon. Permet-ho a la configuració del lloc del navegador, o tria un fitxer.
media-unavailable = Aquest dispositiu o navegador no té cap càmera ni micròfon que Pictokit pugui fer servir.
media-failed = No ha funcionat. Torna-ho a provar.
media-network = El servidor no respon. Revisa la connexió; els pictogrames inclosos continuen funcionant.
voice-record = Gravar veu
voice-record-name = Gravar veu per a { $name }
voice-play = Escoltar la veu
voice-play-name = Escoltar la veu de { $name }
voice-forget = Treure la veu
voice-forget-name = Treure la veu de { $name }
voice-stop = Aturar
voice-recording = S'està gravant…
voice-listen-take = Escoltar
voice-keep = Desar
voice-redo = Tornar a gravar
voice-unsupported = Aquest navegador no pot gravar so. Es fa servir la veu sintètica.

## ARASAAC online
arasaac-title = Pictogrames d'ARASAAC en línia
arasaac-explain = ARASAAC ofereix més de 13.000 pictogrames pensats per a les persones que els necessiten. Si ho actives, el selector de pictogrames també cerca a ARASAAC per internet: les paraules que escrius s'envien al servidor d'ARASAAC. Res més surt d'aquest dispositiu.
arasaac-licence = Els pictogrames d'ARASAAC són de Sergio Palao i pertanyen al Govern d'Aragó (Espanya). La seva llicència és CC BY-NC-SA 4.0: fes-los servir només sense finalitat comercial, cita l'autor i comparteix el que facis amb ells amb la mateixa llicència.
arasaac-enable = Cercar a ARASAAC per internet
arasaac-look = Com es veuen els dibuixos d'ARASAAC
arasaac-color = En color
arasaac-skin = Color de pell de les persones
arasaac-hair = Color de cabell de les persones
arasaac-own = Com ho dibuixa ARASAAC
arasaac-skin-white = Clara
arasaac-skin-assian = Clara mitjana
arasaac-skin-aztec = Mitjana
arasaac-skin-mulatto = Mitjana fosca
arasaac-skin-black = Fosca
arasaac-hair-blonde = Ros
arasaac-hair-brown = Castany
arasaac-hair-darkBrown = Castany fosc
arasaac-hair-gray = Gris
arasaac-hair-darkGray = Gris fosc
arasaac-hair-red = Pèl-roig
arasaac-hair-black = Negre
arasaac-kept = { $count ->
    [0] Encara no hi ha pictogrames d'ARASAAC desats en aquest dispositiu.
    [one] Hi ha un pictograma d'ARASAAC desat en aquest dispositiu.
   *[other] Hi ha { $count } pictogrames d'ARASAAC desats en aquest dispositiu.
}
arasaac-badge = ARASAAC
arasaac-searching = Cercant a ARASAAC…
arasaac-found = { $count ->
    [one] ARASAAC: un pictograma més.
   *[other] ARASAAC: { $count } pictogrames més.
}
arasaac-none = ARASAAC no té res per a «{ $query }».
arasaac-credit = Pictograma de Sergio Palao per a ARASAAC (Govern d'Aragó), CC BY-NC-SA 4.0.
arasaac-keep-all = { $count ->
    [one] Desar aquest al dispositiu
   *[other] Desar-ne tots { $count } al dispositiu
}
arasaac-keep-hint = Per desar una categoria sencera, cerca'n el nom (per exemple «fruita») i desa'ls tots.
arasaac-progress = Baixant pictogrames d'ARASAAC
arasaac-progress-count = { $done } de { $total }
arasaac-stop = Aturar
arasaac-kept-now = { $count ->
    [one] Un pictograma d'ARASAAC desat per fer-lo servir sense connexió.
   *[other] { $count } pictogrames d'ARASAAC desats per fer-los servir sense connexió.
}
arasaac-stopped = { $count ->
    [one] Aturat. Se n'ha desat 1; la resta es pot baixar més tard.
   *[other] Aturat. Se n'han desat { $count }; la resta es pot baixar més tard.
}
arasaac-downloading = Baixant d'ARASAAC…
picker-kept-arasaac = ARASAAC

## About
facilitator-about = Quant a
about-title = Quant a Pictokit
about-intro = Pictokit és programari lliure per crear aplicacions accessibles juntament amb les persones que les fan servir. Funciona en aquest dispositiu, sense compte.
about-credits = Crèdits
about-openmoji-title = Pictogrames: OpenMoji
about-openmoji = Els pictogrames inclosos són OpenMoji { $version } (openmoji.org), el projecte d'emojis i icones de codi obert, amb llicència CC BY-SA 4.0. Dibuixats per:
about-author = { $name }: { $count ->
    [one] un pictograma
   *[other] { $count } pictogrames
}
about-openmoji-loading = Carregant la llista d'autors…
about-cldr-title = Noms i paraules clau: Unicode CLDR
about-cldr = Els noms i les paraules clau dels pictogrames en sis llengües vénen de les anotacions d'Unicode CLDR { $version }, © Unicode, Inc., amb la llicència Unicode v3.
about-font-title = Tipus de lletra: Atkinson Hyperlegible
about-font = Atkinson Hyperlegible, del Braille Institute of America, amb la llicència SIL Open Font License 1.1.
about-arasaac-title = Pictogrames d'ARASAAC
about-arasaac = Autor dels pictogrames d'ARASAAC: Sergio Palao. Procedència: ARASAAC (arasaac.org). Llicència: CC BY-NC-SA 4.0. Propietat: Govern d'Aragó (Espanya). Només es fan servir quan una persona facilitadora activa ARASAAC en aquest dispositiu.
about-licence-title = Pictokit
about-licence = Pictokit és programari lliure amb la llicència GNU Affero General Public License, versió 3 o posterior.

## A database that came back empty or older, and the copy kept outside it
safekeeping-title = El que hi havia desat en aquest dispositiu ha tornat enrere
safekeeping-body = El navegador ha buidat l'emmagatzematge de Pictokit, o n'ha tornat un de més antic. Pot passar quan un dispositiu s'apaga mentre desa. L'últim canvi que va veure aquest dispositiu va ser el { $when }.
safekeeping-copy = Hi ha una còpia en aquest dispositiu, amb { $count ->
        [one] una persona
       *[other] { $count } persones
    }.
safekeeping-bring-back = Recuperar el que hi havia el { $when }
safekeeping-go-on = Continuar sense
safekeeping-no-copy = No hi ha cap còpia en aquest dispositiu. Si tens el fitxer de perfil d'una persona, obre'l per recuperar-la.
safekeeping-restored = { $count ->
        [0] S'ha recuperat el que hi havia.
       *[other] Recuperat: { $names }.
    }
safekeeping-left-out = { $count ->
        [one] Una dada desada no s'ha pogut llegir i s'ha deixat fora.
       *[other] { $count } dades desades no s'han pogut llegir i s'han deixat fora.
    }
safekeeping-copy-gone = La còpia ja no és en aquest dispositiu. No s'ha canviat res.
safekeeping-copy-damaged = La còpia està malmesa i no es pot fer servir. No s'ha canviat res.
safekeeping-copy-too-new = La còpia és d'una versió més nova de Pictokit. Actualitza Pictokit i torna-ho a provar. No s'ha canviat res.
safekeeping-restore-failed = No s'ha pogut desar la còpia. No s'ha canviat res: allibera espai i torna-ho a provar.
storage-media-missing = Algunes imatges de { $name } ja no eren en aquest dispositiu. S'han tret del tauler perquè res no es vegi trencat.
