# Messages of the shopping helper: only facilitator.html carries them (index.html stays small).

## Shopping: facilitator
fac-shopping = Compra
fac-shopping-name = Compra de { $name }
storage-shopping-dropped = Algunes llistes o productes de { $name } no s'han pogut llegir i s'han deixat de banda.
storage-shopping-newer = La compra de { $name } es va desar amb un Pictokit més nou. Es conserva tal com és i aquí no es mostra.
shop-title = La compra amb { $name }
shop-hint = Feu les llistes junts amb { $name }. A la botiga, { $name } veu un producte cada vegada, els diners que queden i, a la caixa, quines monedes i bitllets ha de donar.
shop-lists = Llistes
shop-lists-empty = Encara no hi ha cap llista. Escriviu un nom a sota i feu la primera.
shop-list-summary = { $count ->
    [one] 1 producte
   *[other] { $count } productes
} · { $total }
shop-budget-is = pressupost { $amount }
shop-open-list = Obre { $name }
shop-copy-list = Copia { $name }
shop-delete-list = Esborra { $name }
shop-copy-name = { $name } (còpia)
shop-copied = S'ha copiat com a «{ $name }», a punt per a la propera compra.
shop-new-list-name = Nom de la llista nova
shop-new-list = Fes la llista
shop-list-name-empty = Escriviu un nom per a la llista.
shop-lists-full = Hi ha massa llistes. Primer esborreu-ne una.
shop-delete-confirm-title = Voleu esborrar la llista «{ $name }»?
shop-delete-confirm-body = Els productes es queden als productes habituals.
shop-wallet = Moneder
shop-count-wallet = Compta el moneder
shop-view-question = Com veu { $name } la llista a la botiga?
shop-view-one-by-one = Un producte cada vegada
shop-view-grid = Tota la llista a la graella
pay-strategy-question = Com paga { $name } a la caixa?
pay-strategy-exact = L'import exacte
pay-strategy-exact-hint = Donar exactament el total quan el moneder té les monedes per fer-ho.
pay-strategy-next-euro = L'euro següent
pay-strategy-next-euro-hint = Donar l'euro sencer que ve després del preu i rebre els cèntims de canvi.
pay-strategy-one-note = Un bitllet que hi arribi
pay-strategy-one-note-hint = Donar un bitllet que sigui prou i rebre el canvi.
shop-back-to-lists = Totes les llistes
shop-list-name = Nom de la llista
shop-budget = Pressupost
shop-total = Total: { $total }
shop-total-of-budget = Total: { $total } d'un pressupost de { $budget }
shop-set-budget = Escriu el pressupost
shop-budget-from-wallet = Fes servir el moneder: { $amount }
shop-no-budget = Sense pressupost
shop-items = Productes
shop-add-products = Afegeix productes
shop-items-empty = Encara no hi ha productes. Afegiu-los amb pictogrames o fotos.
shop-list-full = Aquesta llista és plena.
shop-quantity-of = Quantitat de { $name }
shop-quantity-less = Un { $name } menys
shop-quantity-more = Un { $name } més
shop-price-of = Preu de { $name }
shop-price-each = { $price } cadascun
shop-price-unknown = Afegeix el preu
shop-remove-item = Treu { $name }
shop-usual = Productes habituals
shop-usual-empty = Els productes que poseu en una llista tornen aquí amb el darrer preu.
shop-usual-add = Afegeix { $name }
shop-usual-add-priced = Afegeix { $name }, { $price }
wallet-title = El moneder de { $name }
wallet-hint = Compteu ara les monedes i els bitllets del moneder de { $name }. Pagar a la caixa el canvia.
wallet-total = Al moneder: { $amount }
wallet-coins = Monedes
wallet-notes = Bitllets
wallet-add = Una { $name } més
wallet-remove = Una { $name } menys
money-cent-coin = { $value ->
    [1] moneda d'1 cèntim
   *[other] moneda de { $value } cèntims
}
money-euro-coin = { $value ->
    [1] moneda d'1 euro
   *[other] moneda de { $value } euros
}
money-note = bitllet de { $value } euros
money-pieces = { $count } × { $name }
keypad-price = Preu
keypad-delete = Esborra l'últim número
keypad-clear = Esborra-ho tot
keypad-decimal = coma
price-ok = Fet
price-cancel = Cancel·la
price-none = Sense preu
price-empty = Escriu un preu.
price-invalid = Això no és un preu. Escriu-lo així: 1,25.
price-too-big = Aquest preu és massa gran.
budget-empty = Escriu un pressupost.
budget-invalid = Això no és una quantitat. Escriu-la així: 20,50.
budget-too-big = Aquest pressupost és massa gran.

## Shopping: person mode
shop-person-title = Compra
shop-person-no-lists = Encara no hi ha llistes.
shop-my-lists = Les meves llistes
shop-person-empty-list = Aquesta llista és buida.
shop-item-words = { $count ->
    [one] { $name }
   *[other] { $count } × { $name }
}
shop-position = { $n } de { $total }
# The price of a line of the list: how many, the price of one, and of all of them.
shop-line-total = { $count } × { $price } = { $total }
shop-put-in = Al cistell
shop-take-out = Treu-lo
shop-in-basket = Al cistell
shop-taken-out = Fora del cistell
shop-skip = No n'hi ha
shop-unskip = Sí que n'hi ha
shop-skipped = No n'hi ha
shop-unskipped = Torna a la llista
shop-price-changed = Preu nou
shop-price-now = Ara el preu és { $price }.
shop-previous = Anterior
shop-next = Següent
shop-to-till = Paga
shop-spent = Al cistell: { $spent }
shop-spent-of = Al cistell: { $spent } de { $budget }
budget-plenty = Et queden { $left }.
budget-low = Et queden pocs diners: { $left }.
budget-next-does-not-fit = No tens prou diners per a { $name }. Et queden { $left }. Tu decideixes.
budget-over = Has gastat { $over } més dels teus diners. Tu decideixes.
till-title = A la caixa
till-back = La llista
till-total = Has de pagar: { $amount }
till-give-title = Dona
till-give = Dona { $money }.
till-fallback = La teva manera de pagar no funciona amb aquest moneder. Aquí tens una altra manera.
till-change-title = Et tornen
till-change = Et tornen { $amount }.
till-no-change = No et tornen res.
till-paid = He pagat
till-well-done = Molt bé! Has pagat.
till-undo = No he pagat
wallet-now = Ara al moneder tens: { $amount }
till-not-enough-title = No hi ha prou diners
till-not-enough = Tens { $have }. Et falten { $missing }.
till-missing-hint = Aquests són els diners que falten. Pots deixar alguna cosa o demanar ajuda.
practice-title = Practica amb diners
practice-recognise = Troba la moneda
practice-make-title = Fes una quantitat
practice-change-title = Comprova el canvi
practice-find = Busca: { $name }.
practice-right = Sí, molt bé: { $name }.
practice-that-is = Això és: { $name }. Busca: { $target }.
practice-make = Fes { $amount }.
practice-on-table = A la taula: { $amount }
practice-table = A la taula
practice-purse = Els teus diners
practice-put = Posa: { $name }
practice-take-back = Torna a agafar: { $name }
practice-too-much = És massa: { $name }. Prova amb una de més petita.
practice-made = Sí! Just el que calia.
practice-change = Pagues { $paid } per { $price }. Aquest canvi està bé?
practice-change-right = Sí, està bé
practice-change-wrong = No, no està bé
practice-change-yes = Sí! El canvi és { $amount }.
practice-change-was-right = Torna-ho a mirar: el canvi està bé, { $amount }.
practice-change-short = Torna-ho a mirar: en falta. El canvi és { $amount }.
practice-another = Una altra
practice-choose = Una altra cosa

## Photos of the person's own money (facilitator, the wallet)
wallet-photos-title = Fotos dels seus diners
wallet-photos-hint = Fes una foto de cada moneda i bitllet que fa servir la persona, sobre un fons llis. La botiga mostrarà les fotos en lloc dels dibuixos, a la mida real. Només les guarda aquest dispositiu.
wallet-photo-take = Foto: { $name }
wallet-photo-remove = Torna al dibuix: { $name }
wallet-photo-kept = Foto guardada: { $name }.

## The till asks for another amount than the list
till-other = La caixa diu un altre import
till-other-title = Què diu la caixa?
till-says = La caixa diu { $amount }. La llista deia { $list }.
till-use-list = Fes servir el total de la llista

## The list in the grid
shop-grid-hint = Toca un producte per posar-lo al cistell. Torna'l a tocar per treure'l.
