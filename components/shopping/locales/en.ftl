# Messages of the shopping helper: only facilitator.html carries them (index.html stays small).

## Shopping: facilitator
fac-shopping = Shopping
fac-shopping-name = Shopping of { $name }
storage-shopping-dropped = Some shopping lists or products of { $name } could not be read and were left out.
storage-shopping-newer = The shopping of { $name } was saved by a newer Pictokit. It is kept as it is and not shown here.
shop-title = Shopping with { $name }
shop-hint = Make the lists together with { $name }. In the shop, { $name } sees one product at a time, the money left, and at the till which coins and notes to give.
shop-lists = Lists
shop-lists-empty = No lists yet. Write a name below and make the first one.
shop-list-summary = { $count ->
    [one] 1 product
   *[other] { $count } products
} · { $total }
shop-budget-is = budget { $amount }
shop-open-list = Open { $name }
shop-copy-list = Copy { $name }
shop-delete-list = Delete { $name }
shop-copy-name = { $name } (copy)
shop-copied = Copied as “{ $name }”, ready for the next trip.
shop-new-list-name = Name of the new list
shop-new-list = Make the list
shop-list-name-empty = Write a name for the list.
shop-lists-full = There are too many lists. Delete one first.
shop-delete-confirm-title = Delete the list “{ $name }”?
shop-delete-confirm-body = The products stay in the usual products.
shop-wallet = Wallet
shop-count-wallet = Count the wallet
shop-view-question = How does { $name } see the list in the shop?
shop-view-one-by-one = One product at a time
shop-view-grid = The whole list in the grid
pay-strategy-question = How does { $name } pay at the till?
pay-strategy-exact = The exact amount
pay-strategy-exact-hint = Give exactly the total when the wallet has the coins for it.
pay-strategy-next-euro = The next euro up
pay-strategy-next-euro-hint = Give the next whole euro above the price, and get the cents back.
pay-strategy-one-note = One note that covers it
pay-strategy-one-note-hint = Give one note that is enough, and get the change back.
shop-back-to-lists = All lists
shop-list-name = Name of the list
shop-budget = Budget
shop-total = Total: { $total }
shop-total-of-budget = Total: { $total } of a budget of { $budget }
shop-set-budget = Type the budget
shop-budget-from-wallet = Use the wallet: { $amount }
shop-no-budget = No budget
shop-items = Products
shop-add-products = Add products
shop-items-empty = No products yet. Add them with pictograms or photos.
shop-list-full = This list is full.
shop-quantity-of = How many { $name }
shop-quantity-less = One { $name } fewer
shop-quantity-more = One { $name } more
shop-price-of = Price of { $name }
shop-price-each = { $price } each
shop-price-unknown = Add the price
shop-remove-item = Remove { $name }
shop-usual = Usual products
shop-usual-empty = Products put on a list come back here with their last price.
shop-usual-add = Add { $name }
shop-usual-add-priced = Add { $name }, { $price }
wallet-title = The wallet of { $name }
wallet-hint = Count the coins and notes in the wallet of { $name } now. Paying at the till changes it.
wallet-total = In the wallet: { $amount }
wallet-coins = Coins
wallet-notes = Notes
wallet-add = One more { $name }
wallet-remove = One fewer { $name }
money-cent-coin = { $value } cent coin
money-euro-coin = { $value } euro coin
money-note = { $value } euro note
money-pieces = { $count } × { $name }
keypad-price = Price
keypad-delete = Delete the last number
keypad-clear = Clear
keypad-decimal = point
price-ok = Done
price-cancel = Cancel
price-none = No price
price-empty = Type a price.
price-invalid = This is not a price. Type it like 1.25.
price-too-big = This price is too big.
budget-empty = Type a budget.
budget-invalid = This is not an amount. Type it like 20.50.
budget-too-big = This budget is too big.

## Shopping: person mode
shop-person-title = Shopping
shop-person-no-lists = There are no lists yet.
shop-my-lists = My lists
shop-person-empty-list = This list is empty.
shop-item-words = { $count ->
    [one] { $name }
   *[other] { $count } × { $name }
}
shop-position = { $n } of { $total }
# The price of a line of the list: how many, the price of one, and of all of them.
shop-line-total = { $count } × { $price } = { $total }
shop-put-in = In the basket
shop-take-out = Take it out
shop-in-basket = In the basket
shop-taken-out = Taken out
shop-skip = Not there
shop-unskip = It is there
shop-skipped = Not there
shop-unskipped = Back on the list
shop-price-changed = New price
shop-price-now = The price is now { $price }.
shop-previous = Previous
shop-next = Next
shop-to-till = Pay
shop-spent = In the basket: { $spent }
shop-spent-of = In the basket: { $spent } of { $budget }
budget-plenty = You have { $left } left.
budget-low = Money is running low. You have { $left } left.
budget-next-does-not-fit = { $name } does not fit in your money. You have { $left } left. You decide.
budget-over = You have { $over } more than your money. You decide.
till-title = At the till
till-back = The list
till-total = To pay: { $amount }
till-give-title = Give
till-give = Give { $money }.
till-fallback = Your way of paying does not work with this wallet, so here is another way.
till-change-title = You get back
till-change = You get back { $amount }.
till-no-change = You get nothing back.
till-paid = I paid
till-well-done = Well done! You paid.
till-undo = I did not pay
wallet-now = Now in your wallet: { $amount }
till-not-enough-title = Not enough money
till-not-enough = You have { $have }. You need { $missing } more.
till-missing-hint = This is the money that is missing. You can leave something out, or ask for help.
practice-title = Practise with money
practice-recognise = Find the coin
practice-make-title = Make an amount
practice-change-title = Check the change
practice-find = Show me the { $name }.
practice-right = Yes! That is the { $name }.
practice-that-is = That is the { $name }. Look for the { $target }.
practice-make = Make { $amount }.
practice-on-table = On the table: { $amount }
practice-table = On the table
practice-purse = Your money
practice-put = Put down a { $name }
practice-take-back = Take back { $name }
practice-too-much = The { $name } is too much. Try a smaller one.
practice-made = Yes! That is just right.
practice-change = You pay { $paid } for { $price }. Is this the right change?
practice-change-right = Yes, it is right
practice-change-wrong = No, it is not
practice-change-yes = Yes! The change is { $amount }.
practice-change-was-right = Look again: the change is right, { $amount }.
practice-change-short = Look again: something is missing. The change is { $amount }.
practice-another = Another one
practice-choose = Something else

## Photos of the person's own money (facilitator, the wallet)
wallet-photos-title = Photos of their own money
wallet-photos-hint = Take a photo of each coin and note the person uses, on a plain background. The shop then shows the photos instead of the drawings, at their real size. Only this device keeps them.
wallet-photo-take = Photo: { $name }
wallet-photo-remove = Use the drawing: { $name }
wallet-photo-kept = Photo kept: { $name }.

## The till asks for another amount than the list
till-other = The till says another amount
till-other-title = What does the till say?
till-says = The till says { $amount }. The list said { $list }.
till-use-list = Use the list's total

## The list in the grid
shop-grid-hint = Tap a product to put it in the basket. Tap it again to take it out.
