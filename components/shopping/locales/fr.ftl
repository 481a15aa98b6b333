# Messages de l'aide aux courses : seul facilitator.html les contient (index.html reste petit).

## Courses : professionnel
fac-shopping = Courses
fac-shopping-name = Courses de { $name }
storage-shopping-dropped = Certaines listes ou certains produits de { $name } n'ont pas pu être lus. Ils ont été laissés de côté.
storage-shopping-newer = Les courses de { $name } ont été enregistrées avec une version plus récente de Pictokit. Elles sont gardées telles quelles, mais elles ne sont pas affichées ici.
shop-title = Les courses avec { $name }
shop-hint = Faites les listes avec { $name }. Au magasin, { $name } voit un produit à la fois et l'argent qui reste. À la caisse, { $name } voit quelles pièces et quels billets donner.
shop-lists = Listes
shop-lists-empty = Pas encore de liste. Écrivez un nom en dessous et créez la première.
shop-list-summary = { $count ->
    [one] { $count } produit
   *[other] { $count } produits
} · { $total }
shop-budget-is = budget { $amount }
shop-open-list = Ouvrir { $name }
shop-copy-list = Copier { $name }
shop-delete-list = Supprimer { $name }
shop-copy-name = { $name } (copie)
shop-copied = Copiée sous le nom « { $name } », prête pour les prochaines courses.
shop-new-list-name = Nom de la nouvelle liste
shop-new-list = Créer la liste
shop-list-name-empty = Écrivez un nom pour la liste.
shop-lists-full = Il y a trop de listes. Supprimez-en d'abord une.
shop-delete-confirm-title = Supprimer la liste « { $name } » ?
shop-delete-confirm-body = Les produits restent dans les produits habituels.
shop-wallet = Porte-monnaie
shop-count-wallet = Compter le porte-monnaie
shop-view-question = Comment { $name } voit la liste au magasin ?
shop-view-one-by-one = Un produit à la fois
shop-view-grid = Toute la liste dans la grille
pay-strategy-question = Comment { $name } paie à la caisse ?
pay-strategy-exact = Le montant exact
pay-strategy-exact-hint = Donner juste le total, quand le porte-monnaie a les bonnes pièces.
pay-strategy-next-euro = L'euro juste au-dessus
pay-strategy-next-euro-hint = Donner l'euro entier juste au-dessus du prix, et récupérer les centimes.
pay-strategy-one-note = Un billet qui suffit
pay-strategy-one-note-hint = Donner un billet qui suffit, et récupérer la monnaie.
shop-back-to-lists = Toutes les listes
shop-list-name = Nom de la liste
shop-budget = Budget
shop-total = Total : { $total }
shop-total-of-budget = Total : { $total } sur un budget de { $budget }
shop-set-budget = Écrire le budget
shop-budget-from-wallet = Utiliser le porte-monnaie : { $amount }
shop-no-budget = Sans budget
shop-items = Produits
shop-add-products = Ajouter des produits
shop-items-empty = Pas encore de produits. Ajoutez-les avec des pictogrammes ou des photos.
shop-list-full = Cette liste est pleine.
shop-quantity-of = Quantité : { $name }
shop-quantity-less = Retirer 1 : { $name }
shop-quantity-more = Ajouter 1 : { $name }
shop-price-of = Prix : { $name }
shop-price-each = { $price } l'unité
shop-price-unknown = Ajouter le prix
shop-remove-item = Retirer { $name }
shop-usual = Produits habituels
shop-usual-empty = Les produits mis sur une liste reviennent ici avec leur dernier prix.
shop-usual-add = Ajouter { $name }
shop-usual-add-priced = Ajouter { $name }, { $price }
wallet-title = Le porte-monnaie de { $name }
wallet-hint = Comptez maintenant les pièces et les billets du porte-monnaie de { $name }. Quand { $name } paie à la caisse, le porte-monnaie change.
wallet-total = Dans le porte-monnaie : { $amount }
wallet-coins = Pièces
wallet-notes = Billets
wallet-add = Ajouter : { $name }
wallet-remove = Retirer : { $name }
money-cent-coin = { $value ->
    [one] pièce de { $value } centime
   *[other] pièce de { $value } centimes
}
money-euro-coin = { $value ->
    [one] pièce de { $value } euro
   *[other] pièce de { $value } euros
}
money-note = billet de { $value } euros
money-pieces = { $count } × { $name }
keypad-price = Prix
keypad-delete = Effacer le dernier chiffre
keypad-clear = Tout effacer
keypad-decimal = virgule
price-ok = Valider
price-cancel = Annuler
price-none = Sans prix
price-empty = Il faut écrire un prix.
price-invalid = Ce n'est pas un prix. Exemple : 1,25.
price-too-big = Ce prix est trop grand.
budget-empty = Il faut écrire un budget.
budget-invalid = Ce n'est pas un montant. Exemple : 20,50.
budget-too-big = Ce budget est trop grand.

## Courses : mode personne
shop-person-title = Les courses
shop-person-no-lists = Il n'y a pas encore de liste.
shop-my-lists = Mes listes
shop-person-empty-list = Cette liste est vide.
shop-item-words = { $count ->
    [one] { $name }
   *[other] { $count } × { $name }
}
shop-position = { $n } sur { $total }
# Le prix d'une ligne de la liste : combien, le prix d'un produit, et le prix de tous.
shop-line-total = { $count } × { $price } = { $total }
shop-put-in = Dans le panier
shop-take-out = Sortir du panier
shop-in-basket = Dans le panier
shop-taken-out = Sorti du panier
shop-skip = Il n'y en a pas
shop-unskip = Il y en a
shop-skipped = Il n'y en a pas
shop-unskipped = De retour sur la liste
shop-price-changed = Nouveau prix
shop-price-now = Le prix est maintenant { $price }.
shop-previous = Précédent
shop-next = Suivant
shop-to-till = Payer
shop-spent = Dans le panier : { $spent }
shop-spent-of = Dans le panier : { $spent } sur { $budget }
budget-plenty = Il te reste { $left }.
budget-low = Il te reste peu d'argent : { $left }.
budget-next-does-not-fit = Tu n'as pas assez d'argent pour { $name }. Il te reste { $left }. C'est toi qui décides.
budget-over = Tu dépenses { $over } de plus que ton argent. C'est toi qui décides.
till-title = À la caisse
till-back = La liste
till-total = À payer : { $amount }
till-give-title = Donne
till-give = Donne { $money }.
till-fallback = Ta façon de payer ne marche pas avec ce porte-monnaie. Voici une autre façon.
till-change-title = On te rend
till-change = On te rend { $amount }.
till-no-change = On ne te rend rien.
till-paid = J'ai payé
till-well-done = Bravo ! Tu as payé.
till-undo = Je n'ai pas payé
wallet-now = Maintenant, dans ton porte-monnaie : { $amount }
till-not-enough-title = Pas assez d'argent
till-not-enough = Tu as { $have }. Il te manque { $missing }.
till-missing-hint = Voici l'argent qui manque. Tu peux laisser un produit, ou demander de l'aide.
practice-title = S'entraîner avec l'argent
practice-recognise = Trouve la pièce
practice-make-title = Prépare un montant
practice-change-title = Vérifie la monnaie
practice-find = Trouve : { $name }.
practice-right = Oui ! C'est bien : { $name }.
practice-that-is = Ça, c'est : { $name }. Cherche : { $target }.
practice-make = Mets { $amount } sur la table.
practice-on-table = Sur la table : { $amount }
practice-table = Sur la table
practice-purse = Ton argent
practice-put = Pose : { $name }
practice-take-back = Reprends : { $name }
practice-too-much = C'est trop : { $name }. Essaie avec moins d'argent.
practice-made = Oui ! C'est juste ce qu'il faut.
practice-change = Tu paies { $paid } pour { $price }. Est-ce que c'est la bonne monnaie ?
practice-change-right = Oui, c'est juste
practice-change-wrong = Non, ce n'est pas juste
practice-change-yes = Oui ! La monnaie, c'est { $amount }.
practice-change-was-right = Regarde encore : la monnaie est juste, { $amount }.
practice-change-short = Regarde encore : il manque quelque chose. La monnaie, c'est { $amount }.
practice-another = Encore un
practice-choose = Autre chose

## Photos de l'argent de la personne (professionnel, le porte-monnaie)
wallet-photos-title = Photos de son argent
wallet-photos-hint = Prenez en photo chaque pièce et chaque billet que la personne utilise, sur un fond uni. Ensuite, les courses montrent les photos à la place des dessins, en taille réelle. Seul cet appareil garde les photos.
wallet-photo-take = Photo : { $name }
wallet-photo-remove = Utiliser le dessin : { $name }
wallet-photo-kept = Photo gardée : { $name }.

## La caisse demande un autre montant que la liste
till-other = La caisse dit un autre montant
till-other-title = Que dit la caisse ?
till-says = La caisse dit { $amount }. La liste disait { $list }.
till-use-list = Utilise le total de la liste

## La liste dans la grille
shop-grid-hint = Touche un produit pour le mettre dans le panier. Touche-le encore pour le sortir du panier.
