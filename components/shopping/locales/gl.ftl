# Mensaxes do axudante da compra: só as leva facilitator.html (index.html segue sendo pequeno).

## Compra: profesional
fac-shopping = Compra
fac-shopping-name = Compra de { $name }
storage-shopping-dropped = Non se puideron ler algunhas listas ou produtos de { $name } e quedaron fóra.
storage-shopping-newer = A compra de { $name } gardouse cun Pictokit máis novo. Consérvase tal como está e aquí non se mostra.
shop-title = A compra con { $name }
shop-hint = Facede as listas xunto con { $name }. Na tenda, { $name } ve un produto cada vez, o diñeiro que queda e, na caixa, que moedas e billetes ten que dar.
shop-lists = Listas
shop-lists-empty = Aínda non hai ningunha lista. Escribide un nome abaixo e facede a primeira.
shop-list-summary = { $count ->
    [one] 1 produto
   *[other] { $count } produtos
} · { $total }
shop-budget-is = orzamento { $amount }
shop-open-list = Abrir { $name }
shop-copy-list = Copiar { $name }
shop-delete-list = Borrar { $name }
shop-copy-name = { $name } (copia)
shop-copied = Copiada como «{ $name }», lista para a próxima compra.
shop-new-list-name = Nome da lista nova
shop-new-list = Facer a lista
shop-list-name-empty = Escribide un nome para a lista.
shop-lists-full = Hai demasiadas listas. Primeiro borrade unha.
shop-delete-confirm-title = Borrar a lista «{ $name }»?
shop-delete-confirm-body = Os produtos quedan nos produtos habituais.
shop-wallet = Carteira
shop-count-wallet = Contar a carteira
shop-view-question = Como ve { $name } a lista na tenda?
shop-view-one-by-one = Un produto cada vez
shop-view-grid = Toda a lista na grade
pay-strategy-question = Como paga { $name } na caixa?
pay-strategy-exact = O importe exacto
pay-strategy-exact-hint = Dar exactamente o total cando a carteira ten as moedas para facelo.
pay-strategy-next-euro = O euro seguinte
pay-strategy-next-euro-hint = Dar o euro enteiro que vén despois do prezo e recibir os céntimos de cambio.
pay-strategy-one-note = Un billete que chegue
pay-strategy-one-note-hint = Dar un billete que chegue para pagar e recibir o cambio.
shop-back-to-lists = Todas as listas
shop-list-name = Nome da lista
shop-budget = Orzamento
shop-total = Total: { $total }
shop-total-of-budget = Total: { $total } dun orzamento de { $budget }
shop-set-budget = Escribir o orzamento
shop-budget-from-wallet = Usar a carteira: { $amount }
shop-no-budget = Sen orzamento
shop-items = Produtos
shop-add-products = Engadir produtos
shop-items-empty = Aínda non hai produtos. Engadídeos con pictogramas ou fotos.
shop-list-full = Esta lista está chea.
shop-quantity-of = Cantidade de { $name }
shop-quantity-less = Menos { $name }
shop-quantity-more = Máis { $name }
shop-price-of = Prezo de { $name }
shop-price-each = { $price } cada un
shop-price-unknown = Engadir o prezo
shop-remove-item = Quitar { $name }
shop-usual = Produtos habituais
shop-usual-empty = Os produtos que poñades nunha lista volven aquí co seu último prezo.
shop-usual-add = Engadir { $name }
shop-usual-add-priced = Engadir { $name }, { $price }
wallet-title = A carteira de { $name }
wallet-hint = Contade agora as moedas e os billetes da carteira de { $name }. Ao pagar na caixa, a carteira cambia.
wallet-total = Na carteira: { $amount }
wallet-coins = Moedas
wallet-notes = Billetes
wallet-add = Máis: { $name }
wallet-remove = Menos: { $name }
money-cent-coin = { $value ->
    [1] moeda de 1 céntimo
   *[other] moeda de { $value } céntimos
}
money-euro-coin = { $value ->
    [1] moeda de 1 euro
   *[other] moeda de { $value } euros
}
money-note = billete de { $value } euros
money-pieces = { $count } × { $name }
keypad-price = Prezo
keypad-delete = Borrar o último número
keypad-clear = Borrar todo
keypad-decimal = coma
price-ok = Feito
price-cancel = Cancelar
price-none = Sen prezo
price-empty = Escribe un prezo.
price-invalid = Isto non é un prezo. Escríbeo así: 1,25.
price-too-big = Este prezo é demasiado grande.
budget-empty = Escribe un orzamento.
budget-invalid = Isto non é unha cantidade. Escríbea así: 20,50.
budget-too-big = Este orzamento é demasiado grande.

## Compra: modo persoa
shop-person-title = Compra
shop-person-no-lists = Aínda non hai listas.
shop-my-lists = As miñas listas
shop-person-empty-list = Esta lista está baleira.
shop-item-words = { $count ->
    [one] { $name }
   *[other] { $count } × { $name }
}
shop-position = { $n } de { $total }
# O prezo dunha liña da lista: cantos, o prezo dun e o prezo de todos.
shop-line-total = { $count } × { $price } = { $total }
shop-put-in = Na cesta
shop-take-out = Sacalo
shop-in-basket = Na cesta
shop-taken-out = Fóra da cesta
shop-skip = Non hai
shop-unskip = Si que hai
shop-skipped = Non hai
shop-unskipped = Volve á lista
shop-price-changed = Prezo novo
shop-price-now = Agora o prezo é { $price }.
shop-previous = Anterior
shop-next = Seguinte
shop-to-till = Pagar
shop-spent = Na cesta: { $spent }
shop-spent-of = Na cesta: { $spent } de { $budget }
budget-plenty = Quédanche { $left }.
budget-low = Quédache pouco diñeiro: { $left }.
budget-next-does-not-fit = Non tes bastante diñeiro para { $name }. Quédanche { $left }. Ti decides.
budget-over = Gastaches { $over } máis do teu diñeiro. Ti decides.
till-title = Na caixa
till-back = A lista
till-total = Tes que pagar: { $amount }
till-give-title = Dá
till-give = Dá { $money }.
till-fallback = A túa forma de pagar non funciona con esta carteira. Aquí tes outra forma.
till-change-title = Devólvenche
till-change = Devólvenche { $amount }.
till-no-change = Non che devolven nada.
till-paid = Paguei
till-well-done = Moi ben! Pagaches.
till-undo = Non paguei
wallet-now = Agora tes na carteira: { $amount }
till-not-enough-title = Non hai bastante diñeiro
till-not-enough = Tes { $have }. Fáltanche { $missing }.
till-missing-hint = Este é o diñeiro que falta. Podes deixar algo ou pedir axuda.
practice-title = Practica co diñeiro
practice-recognise = Atopa a moeda
practice-make-title = Fai unha cantidade
practice-change-title = Comproba o cambio
practice-find = Busca: { $name }.
practice-right = Si, moi ben: { $name }.
practice-that-is = Isto é: { $name }. Busca: { $target }.
practice-make = Fai { $amount }.
practice-on-table = Na mesa: { $amount }
practice-table = Na mesa
practice-purse = O teu diñeiro
practice-put = Pon: { $name }
practice-take-back = Recolle: { $name }
practice-too-much = É demasiado: { $name }. Proba cunha máis pequena.
practice-made = Si! Xusto o que cumpría.
practice-change = Pagas { $paid } por { $price }. Este cambio está ben?
practice-change-right = Si, está ben
practice-change-wrong = Non, non está ben
practice-change-yes = Si! O cambio é { $amount }.
practice-change-was-right = Mira outra vez: o cambio está ben, { $amount }.
practice-change-short = Mira outra vez: falta algo. O cambio é { $amount }.
practice-another = Outra
practice-choose = Outra cousa

## Fotos do diñeiro propio da persoa (profesional, a carteira)
wallet-photos-title = Fotos do seu propio diñeiro
wallet-photos-hint = Fai unha foto de cada moeda e billete que usa a persoa, sobre un fondo liso. A tenda mostrará as fotos no canto dos debuxos, no seu tamaño real. Só as garda este dispositivo.
wallet-photo-take = Foto: { $name }
wallet-photo-remove = Volver ao debuxo: { $name }
wallet-photo-kept = Foto gardada: { $name }.

## A caixa pide outro importe distinto do da lista
till-other = A caixa di outro importe
till-other-title = Que di a caixa?
till-says = A caixa di { $amount }. A lista dicía { $list }.
till-use-list = Usa o total da lista

## A lista na grade
shop-grid-hint = Toca un produto para poñelo na cesta. Tócao outra vez para sacalo.
