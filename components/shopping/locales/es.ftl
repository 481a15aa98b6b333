# Messages of the shopping helper: only facilitator.html carries them (index.html stays small).

## Shopping: facilitator
fac-shopping = Compra
fac-shopping-name = Compra de { $name }
storage-shopping-dropped = Algunas listas o productos de { $name } no se han podido leer y se han dejado fuera.
storage-shopping-newer = La compra de { $name } se guardó con un Pictokit más nuevo. Se conserva tal como está y aquí no se muestra.
shop-title = La compra con { $name }
shop-hint = Haced las listas junto con { $name }. En la tienda, { $name } ve un producto cada vez, el dinero que queda y, en la caja, qué monedas y billetes tiene que dar.
shop-lists = Listas
shop-lists-empty = Aún no hay ninguna lista. Escribid un nombre abajo y haced la primera.
shop-list-summary = { $count ->
    [one] 1 producto
   *[other] { $count } productos
} · { $total }
shop-budget-is = presupuesto { $amount }
shop-open-list = Abrir { $name }
shop-copy-list = Copiar { $name }
shop-delete-list = Borrar { $name }
shop-copy-name = { $name } (copia)
shop-copied = Copiada como «{ $name }», lista para la próxima compra.
shop-new-list-name = Nombre de la lista nueva
shop-new-list = Hacer la lista
shop-list-name-empty = Escribid un nombre para la lista.
shop-lists-full = Hay demasiadas listas. Primero borrad una.
shop-delete-confirm-title = ¿Borrar la lista «{ $name }»?
shop-delete-confirm-body = Los productos se quedan en los productos habituales.
shop-wallet = Monedero
shop-count-wallet = Contar el monedero
shop-view-question = ¿Cómo ve { $name } la lista en la tienda?
shop-view-one-by-one = Un producto cada vez
shop-view-grid = Toda la lista en la cuadrícula
pay-strategy-question = ¿Cómo paga { $name } en la caja?
pay-strategy-exact = El importe exacto
pay-strategy-exact-hint = Dar exactamente el total cuando el monedero tiene las monedas para hacerlo.
pay-strategy-next-euro = El euro siguiente
pay-strategy-next-euro-hint = Dar el euro entero que viene después del precio y recibir los céntimos de cambio.
pay-strategy-one-note = Un billete que llegue
pay-strategy-one-note-hint = Dar un billete que sea suficiente y recibir el cambio.
shop-back-to-lists = Todas las listas
shop-list-name = Nombre de la lista
shop-budget = Presupuesto
shop-total = Total: { $total }
shop-total-of-budget = Total: { $total } de un presupuesto de { $budget }
shop-set-budget = Escribir el presupuesto
shop-budget-from-wallet = Usar el monedero: { $amount }
shop-no-budget = Sin presupuesto
shop-items = Productos
shop-add-products = Añadir productos
shop-items-empty = Aún no hay productos. Añadidlos con pictogramas o fotos.
shop-list-full = Esta lista está llena.
shop-quantity-of = Cantidad de { $name }
shop-quantity-less = Un { $name } menos
shop-quantity-more = Un { $name } más
shop-price-of = Precio de { $name }
shop-price-each = { $price } cada uno
shop-price-unknown = Añadir el precio
shop-remove-item = Quitar { $name }
shop-usual = Productos habituales
shop-usual-empty = Los productos que pongáis en una lista vuelven aquí con su último precio.
shop-usual-add = Añadir { $name }
shop-usual-add-priced = Añadir { $name }, { $price }
wallet-title = El monedero de { $name }
wallet-hint = Contad ahora las monedas y los billetes del monedero de { $name }. Pagar en la caja lo cambia.
wallet-total = En el monedero: { $amount }
wallet-coins = Monedas
wallet-notes = Billetes
wallet-add = Una { $name } más
wallet-remove = Una { $name } menos
money-cent-coin = { $value ->
    [1] moneda de 1 céntimo
   *[other] moneda de { $value } céntimos
}
money-euro-coin = { $value ->
    [1] moneda de 1 euro
   *[other] moneda de { $value } euros
}
money-note = billete de { $value } euros
money-pieces = { $count } × { $name }
keypad-price = Precio
keypad-delete = Borrar el último número
keypad-clear = Borrar todo
keypad-decimal = coma
price-ok = Hecho
price-cancel = Cancelar
price-none = Sin precio
price-empty = Escribe un precio.
price-invalid = Esto no es un precio. Escríbelo así: 1,25.
price-too-big = Este precio es demasiado grande.
budget-empty = Escribe un presupuesto.
budget-invalid = Esto no es una cantidad. Escríbela así: 20,50.
budget-too-big = Este presupuesto es demasiado grande.

## Shopping: person mode
shop-person-title = Compra
shop-person-no-lists = Aún no hay listas.
shop-my-lists = Mis listas
shop-person-empty-list = Esta lista está vacía.
shop-item-words = { $count ->
    [one] { $name }
   *[other] { $count } × { $name }
}
shop-position = { $n } de { $total }
# The price of a line of the list: how many, the price of one, and of all of them.
shop-line-total = { $count } × { $price } = { $total }
shop-put-in = En la cesta
shop-take-out = Sacarlo
shop-in-basket = En la cesta
shop-taken-out = Fuera de la cesta
shop-skip = No hay
shop-unskip = Sí que hay
shop-skipped = No hay
shop-unskipped = Vuelve a la lista
shop-price-changed = Precio nuevo
shop-price-now = Ahora el precio es { $price }.
shop-previous = Anterior
shop-next = Siguiente
shop-to-till = Pagar
shop-spent = En la cesta: { $spent }
shop-spent-of = En la cesta: { $spent } de { $budget }
budget-plenty = Te quedan { $left }.
budget-low = Te queda poco dinero: { $left }.
budget-next-does-not-fit = No tienes bastante dinero para { $name }. Te quedan { $left }. Tú decides.
budget-over = Has gastado { $over } más de tu dinero. Tú decides.
till-title = En la caja
till-back = La lista
till-total = Tienes que pagar: { $amount }
till-give-title = Da
till-give = Da { $money }.
till-fallback = Tu forma de pagar no funciona con este monedero. Aquí tienes otra forma.
till-change-title = Te devuelven
till-change = Te devuelven { $amount }.
till-no-change = No te devuelven nada.
till-paid = He pagado
till-well-done = ¡Muy bien! Has pagado.
till-undo = No he pagado
wallet-now = Ahora en el monedero tienes: { $amount }
till-not-enough-title = No hay bastante dinero
till-not-enough = Tienes { $have }. Te faltan { $missing }.
till-missing-hint = Este es el dinero que falta. Puedes dejar algo o pedir ayuda.
practice-title = Practica con dinero
practice-recognise = Encuentra la moneda
practice-make-title = Haz una cantidad
practice-change-title = Comprueba el cambio
practice-find = Busca: { $name }.
practice-right = Sí, muy bien: { $name }.
practice-that-is = Esto es: { $name }. Busca: { $target }.
practice-make = Haz { $amount }.
practice-on-table = En la mesa: { $amount }
practice-table = En la mesa
practice-purse = Tu dinero
practice-put = Pon: { $name }
practice-take-back = Recoge: { $name }
practice-too-much = Es demasiado: { $name }. Prueba con una más pequeña.
practice-made = ¡Sí! Justo lo que hacía falta.
practice-change = Pagas { $paid } por { $price }. ¿Este cambio está bien?
practice-change-right = Sí, está bien
practice-change-wrong = No, no está bien
practice-change-yes = ¡Sí! El cambio es { $amount }.
practice-change-was-right = Vuelve a mirar: el cambio está bien, { $amount }.
practice-change-short = Vuelve a mirar: falta algo. El cambio es { $amount }.
practice-another = Otra
practice-choose = Otra cosa

## Photos of the person's own money (facilitator, the wallet)
wallet-photos-title = Fotos de su propio dinero
wallet-photos-hint = Haz una foto de cada moneda y billete que usa la persona, sobre un fondo liso. La tienda mostrará las fotos en lugar de los dibujos, a su tamaño real. Solo las guarda este dispositivo.
wallet-photo-take = Foto: { $name }
wallet-photo-remove = Vuelve al dibujo: { $name }
wallet-photo-kept = Foto guardada: { $name }.

## The till asks for another amount than the list
till-other = La caja dice otro importe
till-other-title = ¿Qué dice la caja?
till-says = La caja dice { $amount }. La lista decía { $list }.
till-use-list = Usa el total de la lista

## The list in the grid
shop-grid-hint = Toca un producto para ponerlo en la cesta. Vuelve a tocarlo para sacarlo.
