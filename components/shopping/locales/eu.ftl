# Erosketa-laguntzailearen mezuak: facilitator.html fitxategiak bakarrik dakartza (index.html txiki geratzen da).

## Erosketak: profesionala
fac-shopping = Erosketak
fac-shopping-name = { $name } profilaren erosketak
storage-shopping-dropped = { $name } profilaren erosketa-zerrenda edo produktu batzuk ezin izan dira irakurri, eta kanpoan geratu dira.
storage-shopping-newer = { $name } profilaren erosketak Pictokit berriago batekin gorde ziren. Dauden bezala gordetzen dira, baina hemen ez dira erakusten.
shop-title = Erosketak: { $name }
shop-hint = Zu eta { $name }, egin zerrendak elkarrekin. Dendan, produktu bat ikusiko du aldi bakoitzean, eta geratzen zaion dirua. Kutxan, zer txanpon eta billete eman behar dituen ikusiko du.
shop-lists = Zerrendak
shop-lists-empty = Oraindik ez dago zerrendarik. Idatzi izen bat behean eta egin lehena.
shop-list-summary = { $count ->
    [one] produktu 1
   *[other] { $count } produktu
} · { $total }
shop-budget-is = aurrekontua: { $amount }
shop-open-list = Ireki { $name }
shop-copy-list = Kopiatu { $name }
shop-delete-list = Ezabatu { $name }
shop-copy-name = { $name } (kopia)
shop-copied = «{ $name }» izenarekin kopiatu da, hurrengo erosketarako prest.
shop-new-list-name = Zerrenda berriaren izena
shop-new-list = Egin zerrenda
shop-list-name-empty = Idatzi zerrendaren izena.
shop-lists-full = Zerrenda gehiegi daude. Ezabatu bat lehenengo.
shop-delete-confirm-title = «{ $name }» zerrenda ezabatu nahi duzu?
shop-delete-confirm-body = Produktuak ohiko produktuetan geratzen dira.
shop-wallet = Diru-zorroa
shop-count-wallet = Zenbatu diru-zorroa
shop-view-question = { $name }: nola ikusten du zerrenda dendan?
shop-view-one-by-one = Produktu bat aldi bakoitzean
shop-view-grid = Zerrenda osoa, saretan
pay-strategy-question = { $name }: nola ordaintzen du kutxan?
pay-strategy-exact = Zenbateko zehatza
pay-strategy-exact-hint = Eman guztizkoa zehatz-mehatz, diru-zorroan horretarako txanponak daudenean.
pay-strategy-next-euro = Hurrengo euroa
pay-strategy-next-euro-hint = Eman prezioaren gaineko hurrengo euro osoa, eta jaso zentimoak itzulian.
pay-strategy-one-note = Nahikoa den billete bat
pay-strategy-one-note-hint = Eman nahikoa den billete bat, eta jaso itzulia.
shop-back-to-lists = Zerrenda guztiak
shop-list-name = Zerrendaren izena
shop-budget = Aurrekontua
shop-total = Guztira: { $total }
shop-total-of-budget = Guztira: { $total }. Aurrekontua: { $budget }
shop-set-budget = Idatzi aurrekontua
shop-budget-from-wallet = Erabili diru-zorroa: { $amount }
shop-no-budget = Aurrekonturik gabe
shop-items = Produktuak
shop-add-products = Gehitu produktuak
shop-items-empty = Oraindik ez dago produkturik. Gehitu piktogramekin edo argazkiekin.
shop-list-full = Zerrenda hau beteta dago.
shop-quantity-of = Zenbat: { $name }
shop-quantity-less = { $name }: bat gutxiago
shop-quantity-more = { $name }: bat gehiago
shop-price-of = Prezioa: { $name }
shop-price-each = { $price } bakoitza
shop-price-unknown = Gehitu prezioa
shop-remove-item = Kendu { $name }
shop-usual = Ohiko produktuak
shop-usual-empty = Zerrenda batean jartzen dituzun produktuak hona itzultzen dira, azken prezioarekin.
shop-usual-add = Gehitu { $name }
shop-usual-add-priced = Gehitu { $name }, { $price }
wallet-title = Diru-zorroa: { $name }
wallet-hint = Zenbatu orain { $name } profilaren diru-zorroko txanponak eta billeteak. Kutxan ordaintzean, diru-zorroa aldatu egiten da.
wallet-total = Diru-zorroan: { $amount }
wallet-coins = Txanponak
wallet-notes = Billeteak
wallet-add = { $name }: bat gehiago
wallet-remove = { $name }: bat gutxiago
money-cent-coin = { $value } zentimoko txanpona
money-euro-coin = { $value } euroko txanpona
money-note = { $value } euroko billetea
money-pieces = { $count } × { $name }
keypad-price = Prezioa
keypad-delete = Ezabatu azken zenbakia
keypad-clear = Ezabatu dena
keypad-decimal = koma
price-ok = Eginda
price-cancel = Utzi
price-none = Preziorik gabe
price-empty = Idatzi prezio bat.
price-invalid = Hau ez da prezio bat. Idatzi honela: 1,25.
price-too-big = Prezio hau handiegia da.
budget-empty = Idatzi aurrekontu bat.
budget-invalid = Hau ez da zenbateko bat. Idatzi honela: 20,50.
budget-too-big = Aurrekontu hau handiegia da.

## Erosketak: pertsonaren modua
shop-person-title = Erosketak
shop-person-no-lists = Oraindik ez dago zerrendarik.
shop-my-lists = Nire zerrendak
shop-person-empty-list = Zerrenda hau hutsik dago.
shop-item-words = { $count ->
    [one] { $name }
   *[other] { $count } × { $name }
}
shop-position = { $n } / { $total }
# Zerrendako lerro baten prezioa: zenbat diren, baten prezioa eta guztien prezioa.
shop-line-total = { $count } × { $price } = { $total }
shop-put-in = Saskira
shop-take-out = Atera
shop-in-basket = Saskian
shop-taken-out = Saskitik kanpo
shop-skip = Ez dago
shop-unskip = Badago
shop-skipped = Ez dago
shop-unskipped = Berriro zerrendan
shop-price-changed = Prezio berria
shop-price-now = Orain, prezioa { $price } da.
shop-previous = Aurrekoa
shop-next = Hurrengoa
shop-to-till = Ordaindu
shop-spent = Saskian: { $spent }
shop-spent-of = Saskian: { $spent } / { $budget }
budget-plenty = Geratzen zaizun dirua: { $left }.
budget-low = Diru gutxi geratzen zaizu: { $left }.
budget-next-does-not-fit = Ez duzu nahikoa diru hau erosteko: { $name }. Geratzen zaizun dirua: { $left }. Zuk erabakitzen duzu.
budget-over = Saskian zure dirua baino { $over } gehiago dago. Zuk erabakitzen duzu.
till-title = Kutxan
till-back = Zerrenda
till-total = Ordaindu behar duzu: { $amount }
till-give-title = Eman
till-give = Eman { $money }.
till-fallback = Zure ordaintzeko moduak ez du balio diru-zorro honekin. Hona beste modu bat.
till-change-title = Itzulia
till-change = Itzulia jasoko duzu: { $amount }.
till-no-change = Ez dizute ezer itzuliko.
till-paid = Ordaindu dut
till-well-done = Oso ondo! Ordaindu duzu.
till-undo = Ez dut ordaindu
wallet-now = Orain diru-zorroan duzu: { $amount }
till-not-enough-title = Ez dago nahikoa diru
till-not-enough = Zure dirua: { $have }. Falta zaizuna: { $missing }.
till-missing-hint = Hau da falta den dirua. Zerbait utz dezakezu, edo laguntza eska dezakezu.
practice-title = Praktikatu diruarekin
practice-recognise = Aurkitu txanpona
practice-make-title = Osatu zenbateko bat
practice-change-title = Egiaztatu itzulia
practice-find = Bilatu: { $name }.
practice-right = Bai, oso ondo: { $name }.
practice-that-is = Hau da: { $name }. Bilatu: { $target }.
practice-make = Osatu zenbateko hau: { $amount }.
practice-on-table = Mahaian: { $amount }
practice-table = Mahaian
practice-purse = Zure dirua
practice-put = Jarri: { $name }
practice-take-back = Jaso: { $name }
practice-too-much = Gehiegi da: { $name }. Saiatu txikiago batekin.
practice-made = Bai! Behar zena, zehatz-mehatz.
practice-change = Prezioa: { $price }. Zuk ematen duzu: { $paid }. Itzuli hau ondo dago?
practice-change-right = Bai, ondo dago
practice-change-wrong = Ez, ez dago ondo
practice-change-yes = Bai! Itzulia: { $amount }.
practice-change-was-right = Begiratu berriro: itzulia ondo dago, { $amount }.
practice-change-short = Begiratu berriro: zerbait falta da. Itzulia: { $amount }.
practice-another = Beste bat
practice-choose = Beste zerbait

## Pertsonaren diru propioaren argazkiak (profesionala, diru-zorroa)
wallet-photos-title = Bere diruaren argazkiak
wallet-photos-hint = Atera argazki bat pertsonak erabiltzen duen txanpon eta billete bakoitzari, hondo lau baten gainean. Gero, dendan argazkiak agertuko dira marrazkien ordez, benetako tamainan. Gailu honek bakarrik gordetzen ditu.
wallet-photo-take = Argazkia: { $name }
wallet-photo-remove = Erabili marrazkia: { $name }
wallet-photo-kept = Argazkia gordeta: { $name }.

## Kutxak zerrendak ez bezalako zenbateko bat eskatzen du
till-other = Kutxak beste zenbateko bat dio
till-other-title = Zer dio kutxak?
till-says = Kutxak dio: { $amount }. Zerrendak zioen: { $list }.
till-use-list = Erabili zerrendaren guztizkoa

## Zerrenda saretan
shop-grid-hint = Sakatu produktu bat saskian jartzeko. Sakatu berriro saskitik ateratzeko.
