## Levar um perfil para outro dispositivo: guardá-lo num ficheiro e abrir esse ficheiro
## (só facilitator.html).

transfer-export-name = Guardar o perfil de { $name } num ficheiro
transfer-export-done = O perfil de { $name } está guardado no ficheiro «{ $file }». As avaliações não estão lá: são dados de saúde.
transfer-import-title = Levar perfis para outro dispositivo
transfer-import-hint = Guarda um perfil num ficheiro, com as suas imagens e gravações, e abre o ficheiro noutro dispositivo. Vês o que o ficheiro tem antes de alguma coisa mudar neste dispositivo.
transfer-import-open = Abrir um ficheiro de perfil
transfer-import-reading = A ler o ficheiro…
transfer-preview-title = O que o ficheiro tem
transfer-preview-made = Guardado em { $date }.
transfer-preview-new = { $name } ainda não está neste dispositivo: o perfil vai ser adicionado.
transfer-preview-replaces = Este dispositivo já tem este perfil, como { $name }. Substitui-o pelo do ficheiro ou mantém os dois.
transfer-preview-board = { $count ->
    [one] 1 pictograma no quadro
   *[other] { $count } pictogramas no quadro
}
transfer-preview-lists = { $count ->
    [one] 1 lista de compras
   *[other] { $count } listas de compras
}
transfer-preview-activities = { $count ->
    [one] 1 atividade na agenda
   *[other] { $count } atividades na agenda
}
transfer-preview-routines = { $count ->
    [one] 1 rotina
   *[other] { $count } rotinas
}
transfer-preview-wallet = A carteira, com { $amount }
transfer-preview-photos = { $count ->
    [one] 1 foto própria
   *[other] { $count } fotos próprias
}
transfer-preview-recordings = { $count ->
    [one] 1 gravação de voz
   *[other] { $count } gravações de voz
}
transfer-preview-downloaded = { $count ->
    [one] 1 pictograma descarregado do ARASAAC
   *[other] { $count } pictogramas descarregados do ARASAAC
}
transfer-preview-already = { $count ->
    [one] 1 imagem ou gravação já está neste dispositivo e fica como está.
   *[other] { $count } imagens ou gravações já estão neste dispositivo e ficam como estão.
}
transfer-preview-repaired = { $count ->
    [one] Não foi possível ler 1 coisa do ficheiro. Fica de fora.
   *[other] Não foi possível ler { $count } coisas do ficheiro. Ficam de fora.
}
transfer-import-add = Adicionar { $name }
transfer-import-replace = Substituir { $name }
transfer-import-keep-both = Manter os dois
transfer-import-cancel = Cancelar
transfer-replace-title = Substituir o perfil de { $name }?
transfer-replace-body = As definições, os pictogramas, as listas de compras e a agenda deste dispositivo são substituídos pelos do ficheiro. As avaliações ficam neste dispositivo.
transfer-replace-yes = Substituir
transfer-replace-no = Deixar o que está aqui
transfer-imported = O perfil de { $name } já está neste dispositivo.

bundle-error-not-zip = Isto não é um ficheiro de perfil do Pictokit. Nada foi alterado.
bundle-error-damaged = O ficheiro está danificado ou incompleto. Guarda-o outra vez no outro dispositivo. Nada foi alterado.
bundle-error-unsupported = O ficheiro está compactado de uma forma que o Pictokit não consegue abrir (talvez esteja cifrado). Nada foi alterado.
bundle-error-too-large = O ficheiro é demasiado grande para um perfil: no máximo 64 MB e 2000 partes. Nada foi alterado.
bundle-error-unsafe-name = O ficheiro tem nomes que apontam para fora dele, o que não é seguro, por isso não foi aberto. Nada foi alterado.
bundle-error-entry-too-large = Uma coisa do ficheiro é demasiado grande (uma imagem, uma gravação ou uma lista), por isso não foi aberto. Nada foi alterado.
bundle-error-not-pictokit = Este ficheiro zip não é um perfil do Pictokit. Nada foi alterado.
bundle-error-newer = Este ficheiro foi feito por um Pictokit mais novo. Atualiza o Pictokit neste dispositivo e abre-o outra vez. Nada foi alterado.
bundle-error-incomplete = Falta uma parte do ficheiro, ou não é possível lê-la. Guarda-o outra vez no outro dispositivo. Nada foi alterado.
bundle-error-profile = Não é possível ler o perfil do ficheiro. Nada foi alterado.
bundle-error-media = Uma imagem ou gravação do ficheiro não é de um tipo que o Pictokit mostre, por isso o ficheiro não foi aberto. Nada foi alterado.
bundle-error-write = Não foi possível fazer o ficheiro. Nada foi alterado.

## Avaliações levadas cifradas (o ecrã do questionário de uma pessoa).

sealed-title = Levar as avaliações para outro dispositivo, cifradas
sealed-hint = As avaliações e os planos de apoio são dados de saúde, por isso o ficheiro fica fechado com uma palavra-passe. Diz a palavra-passe à outra pessoa de outra forma, nunca junto com o ficheiro.
sealed-passphrase = Palavra-passe (pelo menos 8 caracteres)
sealed-save = Guardar as avaliações, cifradas
sealed-open = Abrir um ficheiro cifrado
sealed-open-with = Abrir com esta palavra-passe
sealed-working = Fechar ou abrir demora um momento…
sealed-too-short = A palavra-passe precisa de pelo menos 8 caracteres.
sealed-nothing = { $name } ainda não tem avaliações para guardar.
sealed-saved = As avaliações de { $name } estão guardadas, cifradas, no ficheiro «{ $file }».
sealed-ready = O ficheiro está pronto: escreve a palavra-passe dele aqui em cima e toca em «Abrir com esta palavra-passe».
sealed-wrong = Esta palavra-passe não abre o ficheiro, ou o ficheiro foi alterado. Revê a palavra-passe e tenta outra vez. Nada foi alterado.
sealed-opened = { $added ->
    [0] Não há nada novo no ficheiro.
    [one] 1 avaliação adicionada.
   *[other] { $added } avaliações adicionadas.
}
sealed-kept = { $kept ->
    [one] 1 avaliação já estava aqui e fica como está.
   *[other] { $kept } avaliações já estavam aqui e ficam como estão.
}
sealed-failed = Não foi possível fazer o ficheiro. Nada foi alterado.
sealed-error-not-sealed = Isto não é um ficheiro cifrado do Pictokit. Nada foi alterado.
sealed-error-newer = Este ficheiro foi feito por um Pictokit mais novo. Atualiza o Pictokit neste dispositivo e abre-o outra vez. Nada foi alterado.
sealed-error-damaged = O ficheiro cifrado está danificado. Guarda-o outra vez no outro dispositivo. Nada foi alterado.
sealed-error-too-large = O ficheiro é demasiado grande para ser de avaliações do Pictokit. Nada foi alterado.
sealed-error-other-content = Este ficheiro cifrado tem outra coisa, não avaliações. Nada foi alterado.

## Papel: uma lista de compras, a tira de um dia, uma semana de tiras.

print-list = Imprimir a lista
print-day = Imprimir este dia
print-week = Imprimir esta semana
print-back = Voltar
print-now = Imprimir
print-hint = Os pictogramas são impressos a cores e no tamanho que a pessoa conhece, cada cartão inteiro numa página. Recorta pelas linhas tracejadas.
print-list-title = { $list }: lista de compras de { $name }
print-budget = Dinheiro para estas compras: { $amount }
print-quantity = × { $count }
print-day-title = O dia de { $name }: { $date }
print-week-title = A semana de { $name }, a partir de { $date }
print-nothing = Nada previsto.
print-cancelled = Hoje não ({ $time })
print-routine = Imprimir
print-routine-name = Imprimir a rotina { $name }
print-routine-title = { $routine }: os passos de { $name }
print-step = Passo { $n }
print-board = Imprimir os pictogramas
print-board-title = Os pictogramas de { $name }
sealed-error-not-answers = Este ficheiro cifrado não é um ficheiro de respostas. Nada foi alterado.

## Definições num código QR
qr-title = Definições num código QR
qr-hint = Num código QR só vão as definições: língua, voz, grelha, tamanho do texto, tema e componentes. Mostra o código aqui e lê-o com o outro tablet.
qr-show = Mostrar o código QR das definições de { $name }
qr-code-alt = Código QR com as definições de { $name }
qr-code-how = No outro tablet: abre o Pictokit para profissionais, vai a «Levar perfis para outro dispositivo» e toca em «Ler um código QR de definições». Põe este ecrã à frente da câmara dele.
qr-scan = Ler um código QR de definições
qr-scan-stop = Parar a câmara
qr-camera = Câmara, à procura de um código QR
qr-scan-hint = Põe o código QR à frente da câmara, a uns 20 cm.
qr-found-title = Definições encontradas no código QR
qr-add = Adicionar { $name } como perfil novo
qr-use-for = Usar estas definições para { $name }
qr-use-title = Usar estas definições para { $name }?
qr-use-body = A língua, a voz, a grelha, o tamanho do texto, o tema e os componentes passam a ser os do código. Os pictogramas, as listas, a agenda e as avaliações não mudam.
qr-use-yes = Sim, usar estas definições
qr-applied = As definições de { $name } estão guardadas neste dispositivo.

qr-error-not-pictokit = Este código QR não tem definições do Pictokit. Lê o código que o Pictokit mostra no outro tablet. Nada foi alterado.
qr-error-newer = Este código foi feito por um Pictokit mais novo. Atualiza o Pictokit neste tablet e volta a ler o código. Nada foi alterado.
qr-error-damaged = Não foi possível ler o código inteiro. Volta a lê-lo com mais luz e sem reflexos. Nada foi alterado.
qr-error-too-big = Este código tem muito mais do que umas definições, por isso não foi lido. Nada foi alterado.
qr-error-settings = Não é possível usar as definições do código (por exemplo, o nome está vazio ou é demasiado comprido). Revê-as no outro tablet e faz um código novo. Nada foi alterado.
qr-settings-too-big = Estas definições são demasiado compridas para um código QR (muitas vezes por causa de um nome de voz muito comprido). Guarda o perfil num ficheiro e abre-o no outro tablet.
qr-photo-left-out = A foto não vai no código QR: o outro tablet mostra a cara sorridente até escolheres lá uma foto.

## Quadros de outras aplicações (Open Board Format)
obf-title = Quadros de outras aplicações
obf-hint = Abre um quadro feito no Cboard, no AsTeRICS Grid, no CoughDrop ou noutra aplicação que guarde ficheiros Open Board Format (.obf, .obz), ou guarda os pictogramas de { $name } como um desses ficheiros.
obf-open = Abrir um ficheiro de quadro (.obf, .obz)
obf-reading = A ler o ficheiro…
obf-making = A fazer as imagens…
obf-preview-title = O que o ficheiro de quadro tem
obf-preview-choose = Que quadro adicionar
obf-preview-board = «{ $board }»: { $count ->
    [one] 1 botão
   *[other] { $count } botões
}
obf-preview-pictures = Com a sua própria imagem: { $pictures }. Com a sua palavra sobre a sua cor: { $words }.
obf-preview-hidden = { $count ->
    [one] 1 botão escondido não é adicionado.
   *[other] { $count } botões escondidos não são adicionados.
}
obf-preview-warnings = { $count ->
    [one] Não foi possível manter 1 coisa do ficheiro: uma imagem que só está na internet ou que não é uma foto, ou uma cor ou uma palavra que não foi possível ler.
   *[other] Não foi possível manter { $count } coisas do ficheiro: imagens que só estão na internet ou que não são fotos, ou cores ou palavras que não foi possível ler.
}
obf-add = { $count ->
    [one] Adicionar 1 imagem aos pictogramas de { $name }
   *[other] Adicionar { $count } imagens aos pictogramas de { $name }
}
obf-added = { $count ->
    [one] Foi adicionada 1 imagem de «{ $board }» aos pictogramas de { $name }.
   *[other] Foram adicionadas { $count } imagens de «{ $board }» aos pictogramas de { $name }.
}
obf-failed = Não foi possível fazer uma imagem. Nada foi alterado.
obf-preview-sounds = { $count ->
    [one] 1 botão tem o seu próprio som: vai ser a gravação da sua imagem.
   *[other] { $count } botões têm o seu próprio som: cada um vai ser a gravação da sua imagem.
}
obf-preview-language = As palavras estão em { $language }: ficam nessa língua e são lidas em voz alta nessa língua, exceto as que o quadro também dá na língua desta pessoa.
obf-added-recordings = { $count ->
    [one] 1 som ficou guardado como a gravação da sua imagem.
   *[other] { $count } sons ficaram guardados como as gravações das suas imagens.
}
obf-added-sounds-refused = { $count ->
    [one] 1 som ficou de fora: é demasiado comprido para uma gravação (no máximo, mais ou menos um minuto).
   *[other] { $count } sons ficaram de fora: são demasiado compridos para uma gravação (no máximo, mais ou menos um minuto).
}
obf-save-obz = Guardar os pictogramas de { $name } como ficheiro de quadro (.obz)
obf-save-obf = Guardar os pictogramas de { $name } num só ficheiro .obf
obf-save-empty = { $name } ainda não tem pictogramas para guardar.
obf-saved = O quadro está guardado no ficheiro «{ $file }». As aplicações que leem Open Board Format, como o Cboard, o AsTeRICS Grid e o CoughDrop, conseguem abri-lo.
obf-error-not-board = Este ficheiro não é um quadro de comunicação. Escolhe um ficheiro .obf ou .obz. Nada foi alterado.
obf-error-damaged = O ficheiro do quadro está danificado ou incompleto. Volta a exportá-lo a partir da outra aplicação. Nada foi alterado.
obf-error-unsupported = O ficheiro está compactado de uma forma que o Pictokit não consegue abrir (talvez tenha palavra-passe). Volta a exportá-lo sem palavra-passe. Nada foi alterado.
obf-error-newer = Este quadro usa uma versão do formato mais nova do que a que o Pictokit conhece. Atualiza o Pictokit ou exporta o quadro no formato open-board-0.1. Nada foi alterado.
obf-error-too-big = O ficheiro é demasiado grande: no máximo 64 MB, e 8 MB por quadro. Exporta menos quadros de cada vez. Nada foi alterado.
obf-error-too-many = O quadro tem demasiados botões para o Pictokit: no máximo 400 botões, em 20 linhas e 20 colunas, e 200 quadros por ficheiro. Torna-o mais pequeno na outra aplicação. Nada foi alterado.
obf-error-no-root = O conjunto de quadros não diz que quadro abre primeiro, ou esse quadro não está lá. Volta a exportá-lo a partir da outra aplicação. Nada foi alterado.
obf-error-unsafe-path = O ficheiro tem nomes que apontam para fora dele, o que não é seguro, por isso não foi aberto. Nada foi alterado.

## A tabela de respostas do relatório, fechada (views::sealed::LockedTableSave, LockedTableOpen)
table-title = Todas as respostas numa tabela, fechada
table-hint = A tabela tem todas as respostas: são dados de saúde, por isso fica fechada com uma palavra-passe. Abre-a com o Pictokit no computador onde usas a folha de cálculo: «Abrir uma tabela fechada», no ecrã dos perfis, guarda-a lá como ficheiro CSV.
table-passphrase = Palavra-passe da tabela (pelo menos 8 caracteres)
table-save = Fechar e guardar a tabela
table-saved = A tabela está guardada, fechada, no ficheiro «{ $file }».
table-open-title = Abrir uma tabela fechada (CSV)
table-open-hint = Uma tabela de respostas guardada pelo Pictokit está fechada. Escolhe-a e escreve a palavra-passe dela: o Pictokit guarda-a neste computador como ficheiro CSV para uma folha de cálculo, e não fica com nada.
table-choose = Escolher uma tabela fechada
table-ready = O ficheiro está pronto: escreve a palavra-passe dele e toca em «Abrir e guardar o CSV».
table-open = Abrir e guardar o CSV
table-opened = A tabela está guardada neste computador como «{ $file }».
sealed-error-not-table = Este ficheiro cifrado não é uma tabela de respostas. Nada foi alterado.
table-error-too-large = O ficheiro é demasiado grande para ser uma tabela de respostas fechada (no máximo 32 MB). Escolhe a tabela que o Pictokit guardou. Nada foi alterado.
table-error-not-csv = O ficheiro abriu, mas o que tem não é uma tabela de respostas guardada pelo Pictokit, por isso não foi guardado como CSV. Nada foi alterado.

obf-preview-no-format = O ficheiro não diz que é um quadro, mas tem botões com palavras, e foi lido como um quadro. Vê as imagens antes de as adicionar.
obf-preview-actions = { $count ->
    [one] 1 botão só faz uma ação na outra aplicação (apagar, soletrar). Fica de fora.
   *[other] { $count } botões só fazem uma ação na outra aplicação (apagar, soletrar). Ficam de fora.
}
obf-include-actions = Adicionar também esses botões como imagens
