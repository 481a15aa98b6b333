# Mensagens da ajuda para as compras: só facilitator.html as tem (index.html continua pequeno).

## Compras: profissional
fac-shopping = Compras
fac-shopping-name = Compras de { $name }
storage-shopping-dropped = Não foi possível ler algumas listas ou produtos de { $name }. Ficaram de fora.
storage-shopping-newer = As compras de { $name } foram guardadas com um Pictokit mais novo. Ficam guardadas como estão e não aparecem aqui.
shop-title = As compras com { $name }
shop-hint = Façam as listas em conjunto com { $name }. Na loja, { $name } vê um produto de cada vez, o dinheiro que sobra e, na caixa, que moedas e notas tem de dar.
shop-lists = Listas
shop-lists-empty = Ainda não há nenhuma lista. Escrevam um nome aqui em baixo e façam a primeira.
shop-list-summary = { $count ->
    [one] 1 produto
   *[other] { $count } produtos
} · { $total }
shop-budget-is = orçamento { $amount }
shop-open-list = Abrir { $name }
shop-copy-list = Copiar { $name }
shop-delete-list = Apagar { $name }
shop-copy-name = { $name } (cópia)
shop-copied = Copiada como «{ $name }», pronta para as próximas compras.
shop-new-list-name = Nome da lista nova
shop-new-list = Fazer a lista
shop-list-name-empty = Escrevam um nome para a lista.
shop-lists-full = Há demasiadas listas. Primeiro apaguem uma.
shop-delete-confirm-title = Apagar a lista «{ $name }»?
shop-delete-confirm-body = Os produtos ficam nos produtos habituais.
shop-wallet = Carteira
shop-count-wallet = Contar a carteira
shop-view-question = Como é que { $name } vê a lista na loja?
shop-view-one-by-one = Um produto de cada vez
shop-view-grid = A lista toda na grelha
pay-strategy-question = Como é que { $name } paga na caixa?
pay-strategy-exact = O valor exato
pay-strategy-exact-hint = Dar exatamente o total quando a carteira tem as moedas certas.
pay-strategy-next-euro = O euro seguinte
pay-strategy-next-euro-hint = Dar o euro inteiro a seguir ao preço e receber os cêntimos de troco.
pay-strategy-one-note = Uma nota que chegue
pay-strategy-one-note-hint = Dar uma nota que chegue e receber o troco.
shop-back-to-lists = Todas as listas
shop-list-name = Nome da lista
shop-budget = Orçamento
shop-total = Total: { $total }
shop-total-of-budget = Total: { $total } de um orçamento de { $budget }
shop-set-budget = Escrever o orçamento
shop-budget-from-wallet = Usar a carteira: { $amount }
shop-no-budget = Sem orçamento
shop-items = Produtos
shop-add-products = Adicionar produtos
shop-items-empty = Ainda não há produtos. Adicionem-nos com pictogramas ou fotos.
shop-list-full = Esta lista está cheia.
shop-quantity-of = Quantidade de { $name }
shop-quantity-less = Menos 1 { $name }
shop-quantity-more = Mais 1 { $name }
shop-price-of = Preço de { $name }
shop-price-each = { $price } cada
shop-price-unknown = Adicionar o preço
shop-remove-item = Remover { $name }
shop-usual = Produtos habituais
shop-usual-empty = Os produtos que puserem numa lista voltam aqui com o último preço.
shop-usual-add = Adicionar { $name }
shop-usual-add-priced = Adicionar { $name }, { $price }
wallet-title = A carteira de { $name }
wallet-hint = Contem agora as moedas e as notas da carteira de { $name }. Pagar na caixa muda a carteira.
wallet-total = Na carteira: { $amount }
wallet-coins = Moedas
wallet-notes = Notas
wallet-add = Mais uma: { $name }
wallet-remove = Menos uma: { $name }
money-cent-coin = { $value ->
    [1] moeda de 1 cêntimo
   *[other] moeda de { $value } cêntimos
}
money-euro-coin = { $value ->
    [1] moeda de 1 euro
   *[other] moeda de { $value } euros
}
money-note = nota de { $value } euros
money-pieces = { $count } × { $name }
keypad-price = Preço
keypad-delete = Apagar o último número
keypad-clear = Apagar tudo
keypad-decimal = vírgula
price-ok = Pronto
price-cancel = Cancelar
price-none = Sem preço
price-empty = Escreve um preço.
price-invalid = Isto não é um preço. Escreve-o assim: 1,25.
price-too-big = Este preço é demasiado grande.
budget-empty = Escreve um orçamento.
budget-invalid = Isto não é um valor. Escreve-o assim: 20,50.
budget-too-big = Este orçamento é demasiado grande.

## Compras: modo pessoa
shop-person-title = Compras
shop-person-no-lists = Ainda não há listas.
shop-my-lists = As minhas listas
shop-person-empty-list = Esta lista está vazia.
shop-item-words = { $count ->
    [one] { $name }
   *[other] { $count } × { $name }
}
shop-position = { $n } de { $total }
# O preço de uma linha da lista: quantos, o preço de um e o preço de todos.
shop-line-total = { $count } × { $price } = { $total }
shop-put-in = No cesto
shop-take-out = Tirar
shop-in-basket = No cesto
shop-taken-out = Fora do cesto
shop-skip = Não há
shop-unskip = Afinal há
shop-skipped = Não há
shop-unskipped = Volta à lista
shop-price-changed = Preço novo
shop-price-now = Agora o preço é { $price }.
shop-previous = Anterior
shop-next = Seguinte
shop-to-till = Pagar
shop-spent = No cesto: { $spent }
shop-spent-of = No cesto: { $spent } de { $budget }
budget-plenty = Ainda tens { $left }.
budget-low = Tens pouco dinheiro: { $left }.
budget-next-does-not-fit = Não tens dinheiro suficiente para { $name }. Ainda tens { $left }. Tu decides.
budget-over = Gastaste { $over } a mais do que o teu dinheiro. Tu decides.
till-title = Na caixa
till-back = A lista
till-total = Tens de pagar: { $amount }
till-give-title = Dá
till-give = Dá { $money }.
till-fallback = A tua forma de pagar não funciona com esta carteira. Aqui tens outra forma.
till-change-title = Recebes de troco
till-change = Recebes de troco { $amount }.
till-no-change = Não recebes troco.
till-paid = Já paguei
till-well-done = Muito bem! Já pagaste.
till-undo = Não paguei
wallet-now = Agora tens na carteira: { $amount }
till-not-enough-title = Não há dinheiro suficiente
till-not-enough = Tens { $have }. Faltam-te { $missing }.
till-missing-hint = Este é o dinheiro que falta. Podes deixar alguma coisa ou pedir ajuda.
practice-title = Treina com dinheiro
practice-recognise = Encontra a moeda
practice-make-title = Faz um valor
practice-change-title = Confirma o troco
practice-find = Procura: { $name }.
practice-right = Sim, muito bem: { $name }.
practice-that-is = Isto é: { $name }. Procura: { $target }.
practice-make = Faz { $amount }.
practice-on-table = Na mesa: { $amount }
practice-table = Na mesa
practice-purse = O teu dinheiro
practice-put = Põe: { $name }
practice-take-back = Tira: { $name }
practice-too-much = É demasiado: { $name }. Experimenta com uma mais pequena.
practice-made = Sim! É mesmo isso.
practice-change = Pagas { $paid } por { $price }. Este troco está certo?
practice-change-right = Sim, está certo
practice-change-wrong = Não, não está certo
practice-change-yes = Sim! O troco é { $amount }.
practice-change-was-right = Olha outra vez: o troco está certo, { $amount }.
practice-change-short = Olha outra vez: falta alguma coisa. O troco é { $amount }.
practice-another = Outra
practice-choose = Outra coisa

## Fotos do dinheiro da própria pessoa (profissional, a carteira)
wallet-photos-title = Fotos do seu próprio dinheiro
wallet-photos-hint = Tira uma foto de cada moeda e de cada nota que a pessoa usa, num fundo liso. A loja vai mostrar as fotos em vez dos desenhos, no tamanho real. Só este dispositivo as guarda.
wallet-photo-take = Foto: { $name }
wallet-photo-remove = Usar o desenho: { $name }
wallet-photo-kept = Foto guardada: { $name }.

## A caixa pede um valor diferente do da lista
till-other = A caixa diz outro valor
till-other-title = O que diz a caixa?
till-says = A caixa diz { $amount }. A lista dizia { $list }.
till-use-list = Usar o total da lista

## A lista na grelha
shop-grid-hint = Toca num produto para o pôr no cesto. Toca outra vez para o tirar.
