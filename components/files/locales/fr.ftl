## Déplacer un profil vers un autre appareil : l'enregistrer dans un fichier et ouvrir ce fichier
## (seulement facilitator.html).

transfer-export-name = Enregistrer le profil de { $name } dans un fichier
transfer-export-done = Le profil de { $name } est enregistré dans le fichier « { $file } ». Les évaluations ne sont pas dedans : ce sont des données de santé.
transfer-import-title = Déplacer des profils entre appareils
transfer-import-hint = Enregistrez un profil dans un fichier, avec ses images et ses enregistrements, puis ouvrez le fichier sur un autre appareil. Vous voyez ce que contient un fichier avant tout changement sur cet appareil.
transfer-import-open = Ouvrir un fichier de profil
transfer-import-reading = Lecture du fichier…
transfer-preview-title = Ce que contient le fichier
transfer-preview-made = Enregistré le { $date }.
transfer-preview-new = { $name } n'est pas encore sur cet appareil : le profil sera ajouté.
transfer-preview-replaces = Cet appareil a déjà ce profil, sous le nom { $name }. Remplacez-le par celui du fichier, ou gardez les deux.
transfer-preview-board = { $count ->
    [one] { $count } pictogramme dans le tableau
   *[other] { $count } pictogrammes dans le tableau
}
transfer-preview-lists = { $count ->
    [one] { $count } liste de courses
   *[other] { $count } listes de courses
}
transfer-preview-activities = { $count ->
    [one] { $count } activité dans l'emploi du temps
   *[other] { $count } activités dans l'emploi du temps
}
transfer-preview-routines = { $count ->
    [one] { $count } routine
   *[other] { $count } routines
}
transfer-preview-wallet = Le porte-monnaie, avec { $amount }
transfer-preview-photos = { $count ->
    [one] { $count } photo personnelle
   *[other] { $count } photos personnelles
}
transfer-preview-recordings = { $count ->
    [one] { $count } enregistrement de voix
   *[other] { $count } enregistrements de voix
}
transfer-preview-downloaded = { $count ->
    [one] { $count } pictogramme téléchargé depuis ARASAAC
   *[other] { $count } pictogrammes téléchargés depuis ARASAAC
}
transfer-preview-already = { $count ->
    [one] { $count } image ou enregistrement est déjà sur cet appareil. Il reste comme il est.
   *[other] { $count } images ou enregistrements sont déjà sur cet appareil. Ils restent comme ils sont.
}
transfer-preview-repaired = { $count ->
    [one] { $count } élément du fichier n'a pas pu être lu. Il est laissé de côté.
   *[other] { $count } éléments du fichier n'ont pas pu être lus. Ils sont laissés de côté.
}
transfer-import-add = Ajouter { $name }
transfer-import-replace = Remplacer { $name }
transfer-import-keep-both = Garder les deux
transfer-import-cancel = Annuler
transfer-replace-title = Remplacer le profil de { $name } ?
transfer-replace-body = Les réglages, les pictogrammes, les listes de courses et l'emploi du temps de cet appareil sont remplacés par ceux du fichier. Les évaluations restent sur cet appareil.
transfer-replace-yes = Remplacer
transfer-replace-no = Garder ce qui est ici
transfer-imported = Le profil de { $name } est maintenant sur cet appareil.

bundle-error-not-zip = Ce n'est pas un fichier de profil Pictokit. Rien n'a été changé.
bundle-error-damaged = Le fichier est abîmé ou incomplet. Enregistrez-le à nouveau sur l'autre appareil. Rien n'a été changé.
bundle-error-unsupported = Le fichier est compressé d'une façon que Pictokit ne peut pas ouvrir (il est peut-être chiffré). Rien n'a été changé.
bundle-error-too-large = Le fichier est trop gros pour un profil : au maximum 64 Mo et 2 000 parties. Rien n'a été changé.
bundle-error-unsafe-name = Le fichier a des noms qui pointent en dehors de lui. Ce n'est pas sûr, donc il n'a pas été ouvert. Rien n'a été changé.
bundle-error-entry-too-large = Un élément du fichier est beaucoup trop gros (une image, un enregistrement ou une liste). Le fichier n'a donc pas été ouvert. Rien n'a été changé.
bundle-error-not-pictokit = Ce fichier zip n'est pas un profil Pictokit. Rien n'a été changé.
bundle-error-newer = Ce fichier a été fait avec une version plus récente de Pictokit. Mettez à jour Pictokit sur cet appareil, puis ouvrez-le à nouveau. Rien n'a été changé.
bundle-error-incomplete = Une partie du fichier manque ou ne peut pas être lue. Enregistrez-le à nouveau sur l'autre appareil. Rien n'a été changé.
bundle-error-profile = Le profil du fichier ne peut pas être lu. Rien n'a été changé.
bundle-error-media = Une image ou un enregistrement du fichier n'est pas d'un type que Pictokit affiche. Le fichier n'a donc pas été ouvert. Rien n'a été changé.
bundle-error-write = Le fichier n'a pas pu être créé. Rien n'a été changé.

## Évaluations déplacées chiffrées (l'écran du questionnaire d'une personne).

sealed-title = Déplacer les évaluations vers un autre appareil, chiffrées
sealed-hint = Les évaluations et les plans d'accompagnement sont des données de santé. Leur fichier est donc verrouillé avec une phrase secrète. Donnez la phrase secrète à l'autre personne par un autre moyen, jamais avec le fichier.
sealed-passphrase = Phrase secrète (au moins 8 caractères)
sealed-save = Enregistrer les évaluations, chiffrées
sealed-open = Ouvrir un fichier chiffré
sealed-open-with = L'ouvrir avec cette phrase secrète
sealed-working = Verrouiller ou déverrouiller prend un moment…
sealed-too-short = La phrase secrète doit avoir au moins 8 caractères.
sealed-nothing = { $name } n'a pas encore d'évaluations à enregistrer.
sealed-saved = Les évaluations de { $name } sont enregistrées, chiffrées, dans le fichier « { $file } ».
sealed-ready = Le fichier est prêt : écrivez sa phrase secrète au-dessus, puis touchez « L'ouvrir avec cette phrase secrète ».
sealed-wrong = Cette phrase secrète n'ouvre pas le fichier, ou le fichier a été modifié. Vérifiez la phrase secrète et réessayez. Rien n'a été changé.
sealed-opened = { $added ->
    [0] Rien de nouveau dans le fichier.
    [one] { $added } évaluation ajoutée.
   *[other] { $added } évaluations ajoutées.
}
sealed-kept = { $kept ->
    [one] { $kept } évaluation était déjà ici. Elle reste comme elle est.
   *[other] { $kept } évaluations étaient déjà ici. Elles restent comme elles sont.
}
sealed-failed = Le fichier n'a pas pu être créé. Rien n'a été changé.
sealed-error-not-sealed = Ce n'est pas un fichier chiffré de Pictokit. Rien n'a été changé.
sealed-error-newer = Ce fichier a été fait avec une version plus récente de Pictokit. Mettez à jour Pictokit sur cet appareil, puis ouvrez-le à nouveau. Rien n'a été changé.
sealed-error-damaged = Le fichier chiffré est abîmé. Enregistrez-le à nouveau sur l'autre appareil. Rien n'a été changé.
sealed-error-too-large = Le fichier est trop gros pour contenir des évaluations Pictokit. Rien n'a été changé.
sealed-error-other-content = Ce fichier chiffré contient autre chose, pas des évaluations. Rien n'a été changé.

## Papier : une liste de courses, une bande pour un jour, une semaine de bandes.

print-list = Imprimer la liste
print-day = Imprimer ce jour
print-week = Imprimer cette semaine
print-back = Retour
print-now = Imprimer
print-hint = Les pictogrammes s'impriment en couleur, à la taille que la personne connaît, chaque carte entière sur une page. Découpez le long des pointillés.
print-list-title = { $list } : liste de courses de { $name }
print-budget = Argent pour ces courses : { $amount }
print-quantity = × { $count }
print-day-title = La journée de { $name } : { $date }
print-week-title = La semaine de { $name }, à partir du { $date }
print-nothing = Rien de prévu.
print-cancelled = Pas aujourd'hui ({ $time })
print-routine = Imprimer
print-routine-name = Imprimer la routine { $name }
print-routine-title = { $routine } : les étapes de { $name }
print-step = Étape { $n }
print-board = Imprimer les pictogrammes
print-board-title = Les pictogrammes de { $name }
sealed-error-not-answers = Ce fichier chiffré n'est pas un fichier de réponses. Rien n'a été changé.

## Les réglages dans un code QR
qr-title = Réglages dans un code QR
qr-hint = Seuls les réglages passent dans un code QR : langue, voix, grille, taille du texte, thème et composants. Affichez le code ici, puis scannez-le avec l'autre tablette.
qr-show = Afficher le code QR des réglages de { $name }
qr-code-alt = Code QR avec les réglages de { $name }
qr-code-how = Sur l'autre tablette : ouvrez Pictokit pour les professionnels, allez dans « Déplacer des profils entre appareils » et touchez « Scanner un code QR de réglages ». Tenez cet écran devant son appareil photo.
qr-scan = Scanner un code QR de réglages
qr-scan-stop = Arrêter l'appareil photo
qr-camera = Appareil photo, à la recherche d'un code QR
qr-scan-hint = Tenez le code QR devant l'appareil photo, à environ 20 cm.
qr-found-title = Réglages trouvés dans le code QR
qr-add = Ajouter { $name } comme nouveau profil
qr-use-for = Utiliser ces réglages pour { $name }
qr-use-title = Utiliser ces réglages pour { $name } ?
qr-use-body = La langue, la voix, la grille, la taille du texte, le thème et les composants deviennent ceux du code. Les pictogrammes, les listes, l'emploi du temps et les évaluations ne changent pas.
qr-use-yes = Oui, utiliser ces réglages
qr-applied = Les réglages de { $name } sont enregistrés sur cet appareil.

qr-error-not-pictokit = Ce code QR ne contient pas de réglages Pictokit. Scannez le code que Pictokit affiche sur l'autre tablette. Rien n'a été changé.
qr-error-newer = Ce code a été fait avec une version plus récente de Pictokit. Mettez à jour Pictokit sur cette tablette, puis scannez-le à nouveau. Rien n'a été changé.
qr-error-damaged = Le code n'a pas pu être lu en entier. Scannez-le à nouveau avec plus de lumière et sans reflets. Rien n'a été changé.
qr-error-too-big = Ce code contient beaucoup plus que des réglages. Il n'a donc pas été lu. Rien n'a été changé.
qr-error-settings = Les réglages du code ne peuvent pas être utilisés (par exemple, le nom est vide ou trop long). Vérifiez-les sur l'autre tablette et créez un nouveau code. Rien n'a été changé.
qr-settings-too-big = Ces réglages sont trop longs pour un code QR (souvent à cause d'un nom de voix très long). Enregistrez le profil dans un fichier et ouvrez-le sur l'autre tablette.
qr-photo-left-out = La photo ne passe pas dans le code QR : l'autre tablette affiche le visage souriant jusqu'à ce que vous choisissiez une photo sur cette tablette.

## Tableaux d'autres applications (Open Board Format)
obf-title = Tableaux d'autres applications
obf-hint = Ouvrez un tableau fait dans Cboard, AsTeRICS Grid, CoughDrop ou une autre application qui enregistre des fichiers Open Board Format (.obf, .obz). Ou enregistrez les pictogrammes de { $name } dans un de ces fichiers.
obf-open = Ouvrir un fichier de tableau (.obf, .obz)
obf-reading = Lecture du fichier…
obf-making = Création des images…
obf-preview-title = Ce que contient le fichier de tableau
obf-preview-choose = Quel tableau ajouter
obf-preview-board = « { $board } » : { $count ->
    [one] { $count } bouton
   *[other] { $count } boutons
}
obf-preview-pictures = Avec leur propre image : { $pictures }. Avec leur mot sur leur couleur : { $words }.
obf-preview-hidden = { $count ->
    [one] { $count } bouton caché n'est pas ajouté.
   *[other] { $count } boutons cachés ne sont pas ajoutés.
}
obf-preview-warnings = { $count ->
    [one] { $count } élément du fichier n'a pas pu être gardé : une image seulement sur internet ou qui n'est pas une photo, ou une couleur ou un mot illisible.
   *[other] { $count } éléments du fichier n'ont pas pu être gardés : des images seulement sur internet ou qui ne sont pas des photos, ou des couleurs ou des mots illisibles.
}
obf-add = { $count ->
    [one] Ajouter { $count } image aux pictogrammes de { $name }
   *[other] Ajouter { $count } images aux pictogrammes de { $name }
}
obf-added = { $count ->
    [one] { $count } image de « { $board } » a été ajoutée aux pictogrammes de { $name }.
   *[other] { $count } images de « { $board } » ont été ajoutées aux pictogrammes de { $name }.
}
obf-failed = Une image n'a pas pu être créée. Rien n'a été changé.
obf-preview-sounds = { $count ->
    [one] { $count } bouton a son propre son : il devient l'enregistrement de son image.
   *[other] { $count } boutons ont leur propre son : chaque son devient l'enregistrement de son image.
}
obf-preview-language = Ses mots sont en { $language } : ils restent dans cette langue et sont lus à voix haute dans cette langue. Sauf les mots que le tableau donne aussi dans la langue de cette personne.
obf-added-recordings = { $count ->
    [one] { $count } son a été gardé comme enregistrement de son image.
   *[other] { $count } sons ont été gardés comme enregistrements de leurs images.
}
obf-added-sounds-refused = { $count ->
    [one] { $count } son a été laissé de côté : il est trop long pour un enregistrement (environ une minute au maximum).
   *[other] { $count } sons ont été laissés de côté : ils sont trop longs pour un enregistrement (environ une minute au maximum).
}
obf-save-obz = Enregistrer les pictogrammes de { $name } en fichier de tableau (.obz)
obf-save-obf = Enregistrer les pictogrammes de { $name } dans un seul fichier .obf
obf-save-empty = { $name } n'a pas encore de pictogrammes à enregistrer.
obf-saved = Le tableau est enregistré dans le fichier « { $file } ». Les applications qui lisent le format Open Board Format peuvent l'ouvrir, comme Cboard, AsTeRICS Grid et CoughDrop.
obf-error-not-board = Ce fichier n'est pas un tableau de communication. Choisissez un fichier .obf ou .obz. Rien n'a été changé.
obf-error-damaged = Le fichier de tableau est abîmé ou incomplet. Exportez-le à nouveau depuis l'autre application. Rien n'a été changé.
obf-error-unsupported = Le fichier est compressé d'une façon que Pictokit ne peut pas ouvrir (il a peut-être un mot de passe). Exportez-le à nouveau sans mot de passe. Rien n'a été changé.
obf-error-newer = Ce tableau utilise une version du format plus récente que celle connue de Pictokit. Mettez à jour Pictokit, ou exportez le tableau au format open-board-0.1. Rien n'a été changé.
obf-error-too-big = Le fichier est trop gros : au maximum 64 Mo, et 8 Mo pour chaque tableau. Exportez moins de tableaux à la fois. Rien n'a été changé.
obf-error-too-many = Le tableau a trop de boutons pour Pictokit : au maximum 400 boutons, sur 20 lignes et 20 colonnes, et 200 tableaux dans un fichier. Réduisez-le dans l'autre application. Rien n'a été changé.
obf-error-no-root = L'ensemble de tableaux ne dit pas quel tableau s'ouvre en premier, ou ce tableau manque. Exportez-le à nouveau depuis l'autre application. Rien n'a été changé.
obf-error-unsafe-path = Le fichier a des noms qui pointent en dehors de lui. Ce n'est pas sûr, donc il n'a pas été ouvert. Rien n'a été changé.

## Le tableau des réponses du rapport, verrouillé (views::sealed::LockedTableSave, LockedTableOpen)
table-title = Toutes les réponses dans un tableau, verrouillé
table-hint = Le tableau contient toutes les réponses : ce sont des données de santé. Il est donc verrouillé avec une phrase secrète. Ouvrez-le avec Pictokit sur l'ordinateur où vous utilisez le tableur : « Ouvrir un tableau verrouillé », sur l'écran des profils, l'enregistre sur cet ordinateur en fichier CSV.
table-passphrase = Phrase secrète du tableau (au moins 8 caractères)
table-save = Verrouiller et enregistrer le tableau
table-saved = Le tableau est enregistré, verrouillé, dans le fichier « { $file } ».
table-open-title = Ouvrir un tableau verrouillé (CSV)
table-open-hint = Un tableau de réponses enregistré par Pictokit est verrouillé. Choisissez-le et écrivez sa phrase secrète : Pictokit l'enregistre sur cet ordinateur en fichier CSV pour un tableur, et ne garde rien.
table-choose = Choisir un tableau verrouillé
table-ready = Le fichier est prêt : écrivez sa phrase secrète, puis touchez « Déverrouiller et enregistrer le CSV ».
table-open = Déverrouiller et enregistrer le CSV
table-opened = Le tableau est enregistré sur cet ordinateur sous le nom « { $file } ».
sealed-error-not-table = Ce fichier chiffré n'est pas un tableau de réponses. Rien n'a été changé.
table-error-too-large = Le fichier est trop gros pour être un tableau de réponses verrouillé (au maximum 32 Mo). Choisissez le tableau enregistré par Pictokit. Rien n'a été changé.
table-error-not-csv = Le fichier s'est ouvert, mais son contenu n'est pas un tableau de réponses enregistré par Pictokit. Il n'a donc pas été enregistré en CSV. Rien n'a été changé.

obf-preview-no-format = Le fichier ne dit pas que c'est un tableau, mais il a des boutons avec des mots. Il a donc été lu comme un tableau. Regardez les images avant de les ajouter.
obf-preview-actions = { $count ->
    [one] { $count } bouton sert seulement à une action dans l'autre application (effacer, supprimer, épeler). Il est laissé de côté.
   *[other] { $count } boutons servent seulement à une action dans l'autre application (effacer, supprimer, épeler). Ils sont laissés de côté.
}
obf-include-actions = Ajouter aussi ces boutons comme images
