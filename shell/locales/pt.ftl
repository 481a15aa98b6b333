# Os ecrãs do profissional (só facilitator.html): a primeira página não os inclui.

facilitator-banner = Modo profissional
facilitator-exit = Voltar ao início
facilitator-device = Este dispositivo
fac-profiles-title = Perfis
fac-profiles-empty = Ainda não há perfis neste dispositivo.
fac-new-profile = Novo perfil
fac-edit = Editar
fac-edit-name = Editar { $name }
fac-duplicate = Duplicar
fac-duplicate-name = Duplicar { $name }
fac-delete = Apagar
fac-delete-name = Apagar { $name }
fac-preview = Pré-visualizar
fac-preview-name = Ver o ecrã de { $name }
fac-lock-hint = Para deixar este dispositivo com uma pessoa, bloqueia-o para ela: só vai ver os seus ecrãs. Para voltar aqui, mantém premido o canto do cadeado durante 3 segundos.
profile-copy-name = { $name } (cópia)
fac-summary = { $language } · { $grid } por ecrã · { $theme }
delete-confirm-title = Apagar o perfil de { $name }?
delete-confirm-body = O perfil sai deste dispositivo. Podes desfazer durante algum tempo.
delete-confirm-yes = Apagar
delete-confirm-no = Manter
deleted-toast = O perfil de { $name } foi apagado.
trash-title = Apagados há pouco
trash-restore = Recuperar
trash-restore-name = Recuperar { $name }

## Editor de perfil
editor-title-new = Novo perfil
editor-title-edit = Editar o perfil de { $name }
editor-section-person = Pessoa
editor-section-speech = Voz
editor-section-screen = Ecrã
editor-section-components = Componentes
field-name = Nome
field-avatar = Imagem
avatar-choose-photo = Usar uma foto
avatar-remove-photo = Usar um pictograma
avatar-photo-alt = Foto de { $name }
avatar-choose-pictogram = Escolher um pictograma
avatar-pictogram-alt = Pictograma escolhido para { $name }
field-language = Língua
field-speech = Ler em voz alta
field-voice = Voz
voice-default = A voz do dispositivo para esta língua
field-rate = Velocidade da voz
rate-value = { $percent } %
speech-test = Ouvir
speech-test-sentence = Olá, eu sou { $name }.
field-text-size = Tamanho do texto
field-grid = Pictogramas por ecrã
grid-option = { $n }
field-show-labels = Mostrar palavras por baixo dos pictogramas
field-theme = Tema
field-reduced-motion = Reduzir o movimento
save = Guardar
cancel = Cancelar
saved = Guardado.
editor-has-problems = Revê os campos marcados.

## Estado da voz, para o profissional
speech-unsupported = Este navegador não consegue falar. A voz fica em silêncio; tudo o resto funciona.
speech-no-voices = Este navegador não tem voz em { $language }. A voz fica em silêncio; tudo o resto funciona. Para a ouvir, adiciona uma voz em { $language } nas definições do dispositivo: Texto para voz no Android e no Windows, Conteúdo falado no iPad, o pacote espeak-ng no Linux.

## Componentes
pin-dots = { $count }

## Pré-visualização
device-title = Este dispositivo
device-language = Língua dos ecrãs do profissional
device-pin-title = PIN do profissional
device-pin-explain = Um PIN opcional acrescenta mais um passo para desbloquear o ecrã de uma pessoa. O gesto de manter premido é sempre necessário.
device-pin-none = Não há nenhum PIN.
device-pin-is-set = Há um PIN.
device-pin-new = PIN novo (de 4 a 8 números)
device-pin-set = Guardar o PIN
device-pin-remove = Remover o PIN
device-pin-saved = PIN guardado.
device-pin-unavailable = Este navegador não consegue proteger um PIN aqui (precisa de uma página segura). Desbloqueia-se só com o gesto de manter premido.
device-pin-removed = PIN removido.
device-speech-title = A voz neste dispositivo

## Erros
error-boundary = Alguma coisa correu mal neste ecrã. Os teus dados estão seguros.
error-boundary-home = Voltar ao início
fac-pictograms = Pictogramas
fac-pictograms-name = Pictogramas de { $name }
board-title = Pictogramas de { $name }
board-hint = Estes pictogramas formam o quadro de { $name }, «Os meus pictogramas». Adiciona vários de uma vez, põe-nos por ordem e grava uma voz conhecida para qualquer um deles.
board-add = Adicionar pictogramas
board-empty = Ainda não há pictogramas. Toca em «Adicionar pictogramas» para escolher alguns.
board-added = { $count ->
    [one] Foi adicionado um pictograma.
   *[other] Foram adicionados { $count } pictogramas.
}
board-unnamed = (sem nome)
board-move-up = Subir { $name }
board-move-down = Descer { $name }
board-remove = Remover
board-remove-name = Remover { $name }
picker-title-many = Escolhe pictogramas
picker-title-one = Escolhe um pictograma
picker-search = Pesquisar
picker-browse = Mostrar
picker-recent = Recentes
picker-favourites = Favoritos
picker-categories = Categorias
picker-photos = Fotos próprias
picker-all-categories = Todas as categorias
picker-results-label = Pictogramas
picker-preview = Pictograma escolhido
picker-loading = A carregar os pictogramas…
picker-no-results = Não foi encontrado nada para «{ $query }».
picker-results = { $count ->
    [one] Foi encontrado um pictograma.
   *[other] Foram encontrados { $count } pictogramas.
}
picker-recent-empty = Ainda não foi escolhido nenhum pictograma para esta pessoa.
picker-favourites-empty = Ainda não há favoritos. Marca um com a estrela.
picker-photos-empty = Ainda não há fotos próprias.
picker-listen = Ouvir
picker-favourite = Favorito
picker-selected = { $count ->
    [0] Ainda não escolheste nada.
    [one] Um escolhido.
   *[other] { $count } escolhidos.
}
picker-add = { $count ->
    [one] Adicionar 1 pictograma
   *[other] Adicionar { $count } pictogramas
}
photo-new = Nova foto
photo-camera = Câmara
photo-taken = A foto que acabaste de tirar
photo-open-camera = Usar a câmara
photo-take = Tirar a foto
photo-choose-file = Escolher um ficheiro
photo-names = Nome da foto
photo-name-needed = Escreve um nome em pelo menos uma língua.
photo-save = Guardar a foto

## Câmara, microfone e rede
media-denied = O Pictokit não tem autorização para usar a câmara ou o microfone. Autoriza nas definições do site no navegador, ou escolhe um ficheiro.
media-unavailable = Este dispositivo ou navegador não tem uma câmara ou um microfone que o Pictokit possa usar.
media-failed = Não funcionou. Tenta outra vez.
media-network = O servidor não responde. Verifica a ligação; os pictogramas incluídos continuam a funcionar.
voice-record = Gravar voz
voice-record-name = Gravar voz para { $name }
voice-play = Ouvir a voz
voice-play-name = Ouvir a voz de { $name }
voice-forget = Remover a voz
voice-forget-name = Remover a voz de { $name }
voice-stop = Parar
voice-recording = A gravar…
voice-listen-take = Ouvir
voice-keep = Guardar
voice-redo = Gravar outra vez
voice-unsupported = Este navegador não consegue gravar som. É usada a voz sintética.

## ARASAAC na internet
arasaac-title = Pictogramas do ARASAAC na internet
arasaac-explain = O ARASAAC oferece mais de 13 mil pictogramas pensados para as pessoas que precisam deles. Se ativares esta opção, o seletor de pictogramas também pesquisa no ARASAAC pela internet: as palavras que escreves são enviadas para o servidor do ARASAAC. Nada mais sai deste dispositivo.
arasaac-licence = Os pictogramas do ARASAAC são de Sergio Palao e pertencem ao Governo de Aragão (Espanha). A sua licença é CC BY-NC-SA 4.0: usa-os só sem fins comerciais, indica o autor e partilha o que fizeres com eles com a mesma licença.
arasaac-enable = Pesquisar no ARASAAC pela internet
arasaac-look = Como ficam os desenhos do ARASAAC
arasaac-color = A cores
arasaac-skin = Cor da pele das pessoas
arasaac-hair = Cor do cabelo das pessoas
arasaac-own = Como o ARASAAC desenha
arasaac-skin-white = Clara
arasaac-skin-assian = Clara média
arasaac-skin-aztec = Média
arasaac-skin-mulatto = Média escura
arasaac-skin-black = Escura
arasaac-hair-blonde = Loiro
arasaac-hair-brown = Castanho
arasaac-hair-darkBrown = Castanho escuro
arasaac-hair-gray = Cinzento
arasaac-hair-darkGray = Cinzento escuro
arasaac-hair-red = Ruivo
arasaac-hair-black = Preto
arasaac-kept = { $count ->
    [0] Ainda não há pictogramas do ARASAAC guardados neste dispositivo.
    [one] Há um pictograma do ARASAAC guardado neste dispositivo.
   *[other] Há { $count } pictogramas do ARASAAC guardados neste dispositivo.
}
arasaac-badge = ARASAAC
arasaac-searching = A pesquisar no ARASAAC…
arasaac-found = { $count ->
    [one] ARASAAC: mais um pictograma.
   *[other] ARASAAC: mais { $count } pictogramas.
}
arasaac-none = O ARASAAC não tem nada para «{ $query }».
arasaac-credit = Pictograma de Sergio Palao para o ARASAAC (Governo de Aragão), CC BY-NC-SA 4.0.
arasaac-keep-all = { $count ->
    [one] Guardar este no dispositivo
   *[other] Guardar os { $count } no dispositivo
}
arasaac-keep-hint = Para guardar uma categoria inteira, pesquisa o nome dela (por exemplo «fruta») e guarda-os todos.
arasaac-progress = A descarregar pictogramas do ARASAAC
arasaac-progress-count = { $done } de { $total }
arasaac-stop = Parar
arasaac-kept-now = { $count ->
    [one] Um pictograma do ARASAAC guardado para usar sem ligação.
   *[other] { $count } pictogramas do ARASAAC guardados para usar sem ligação.
}
arasaac-stopped = { $count ->
    [one] Parado. Foi guardado 1; o resto pode ser descarregado mais tarde.
   *[other] Parado. Foram guardados { $count }; o resto pode ser descarregado mais tarde.
}
arasaac-downloading = A descarregar do ARASAAC…
picker-kept-arasaac = ARASAAC

## Acerca de
facilitator-about = Acerca de
about-title = Acerca do Pictokit
about-intro = O Pictokit é software livre para criar aplicações acessíveis em conjunto com as pessoas que as usam. Funciona neste dispositivo, sem conta.
about-credits = Créditos
about-openmoji-title = Pictogramas: OpenMoji
about-openmoji = Os pictogramas incluídos são OpenMoji { $version } (openmoji.org), o projeto de emojis e ícones de código aberto, com a licença CC BY-SA 4.0. Desenhados por:
about-author = { $name }: { $count ->
    [one] um pictograma
   *[other] { $count } pictogramas
}
about-openmoji-loading = A carregar a lista de autores…
about-cldr-title = Nomes e palavras-chave: Unicode CLDR
about-cldr = Os nomes e as palavras-chave dos pictogramas em seis línguas vêm das anotações do Unicode CLDR { $version }, © Unicode, Inc., com a licença Unicode v3.
about-font-title = Tipo de letra: Atkinson Hyperlegible
about-font = Atkinson Hyperlegible, do Braille Institute of America, com a licença SIL Open Font License 1.1.
about-arasaac-title = Pictogramas do ARASAAC
about-arasaac = Autor dos pictogramas do ARASAAC: Sergio Palao. Origem: ARASAAC (arasaac.org). Licença: CC BY-NC-SA 4.0. Proprietário: Governo de Aragão (Espanha). Só são usados quando um profissional ativa o ARASAAC neste dispositivo.
about-licence-title = Pictokit
about-licence = O Pictokit é software livre com a licença GNU Affero General Public License, versão 3 ou posterior.

## Uma base de dados que voltou vazia ou mais antiga, e a cópia guardada fora dela
safekeeping-title = O que estava guardado neste dispositivo voltou atrás
safekeeping-body = O navegador esvaziou o armazenamento do Pictokit, ou devolveu um mais antigo. Isto pode acontecer quando um dispositivo se desliga enquanto guarda. A última alteração que este dispositivo viu foi em { $when }.
safekeeping-copy = Há uma cópia neste dispositivo, com { $count ->
        [one] uma pessoa
       *[other] { $count } pessoas
    }.
safekeeping-bring-back = Recuperar o que havia em { $when }
safekeeping-go-on = Continuar sem ela
safekeeping-no-copy = Não há nenhuma cópia neste dispositivo. Se tens o ficheiro de perfil de uma pessoa, abre-o para a recuperar.
safekeeping-restored = { $count ->
        [0] Foi recuperado o que havia.
       *[other] Recuperado: { $names }.
    }
safekeeping-left-out = { $count ->
        [one] Não foi possível ler um dado guardado. Ficou de fora.
       *[other] Não foi possível ler { $count } dados guardados. Ficaram de fora.
    }
safekeeping-copy-gone = A cópia já não está neste dispositivo. Nada foi alterado.
safekeeping-copy-damaged = A cópia está danificada e não pode ser usada. Nada foi alterado.
safekeeping-copy-too-new = A cópia é de uma versão mais nova do Pictokit. Atualiza o Pictokit e tenta outra vez. Nada foi alterado.
safekeeping-restore-failed = Não foi possível guardar a cópia. Nada foi alterado: liberta espaço e tenta outra vez.
storage-media-missing = Algumas imagens de { $name } já não estavam neste dispositivo. Foram tiradas do quadro, para que nada apareça estragado.
