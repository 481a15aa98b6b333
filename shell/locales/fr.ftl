# Les écrans du professionnel (facilitator.html seulement) : la première page ne les contient pas.

facilitator-banner = Mode professionnel
facilitator-exit = Retour à l'accueil
facilitator-device = Cet appareil
fac-profiles-title = Profils
fac-profiles-empty = Il n'y a pas encore de profil sur cet appareil.
fac-new-profile = Nouveau profil
fac-edit = Modifier
fac-edit-name = Modifier { $name }
fac-duplicate = Dupliquer
fac-duplicate-name = Dupliquer { $name }
fac-delete = Supprimer
fac-delete-name = Supprimer { $name }
fac-preview = Aperçu
fac-preview-name = Voir l'écran de { $name }
fac-lock-hint = Pour donner cet appareil à une personne, verrouillez-le pour elle : elle voit seulement ses écrans. Pour revenir ici, restez appuyé 3 secondes sur le coin du cadenas.
profile-copy-name = { $name } (copie)
fac-summary = { $language } · { $grid } par écran · { $theme }
delete-confirm-title = Supprimer le profil de { $name } ?
delete-confirm-body = Le profil est retiré de cet appareil. Vous pouvez annuler pendant un moment.
delete-confirm-yes = Supprimer
delete-confirm-no = Le garder
deleted-toast = Le profil de { $name } a été supprimé.
trash-title = Supprimés récemment
trash-restore = Récupérer
trash-restore-name = Récupérer { $name }

## Modifier un profil
editor-title-new = Nouveau profil
editor-title-edit = Modifier le profil de { $name }
editor-section-person = Personne
editor-section-speech = Voix
editor-section-screen = Écran
editor-section-components = Composants
field-name = Nom
field-avatar = Image
avatar-choose-photo = Utiliser une photo
avatar-remove-photo = Utiliser un pictogramme
avatar-photo-alt = Photo de { $name }
avatar-choose-pictogram = Choisir un pictogramme
avatar-pictogram-alt = Pictogramme choisi pour { $name }
field-language = Langue
field-speech = Lire à voix haute
field-voice = Voix
voice-default = La voix de l'appareil pour cette langue
field-rate = Vitesse de la voix
rate-value = { $percent } %
speech-test = Écouter
speech-test-sentence = Bonjour, je m'appelle { $name }.
field-text-size = Taille du texte
field-grid = Pictogrammes par écran
grid-option = { $n }
field-show-labels = Afficher les mots sous les pictogrammes
field-theme = Thème
field-reduced-motion = Réduire les animations
save = Enregistrer
cancel = Annuler
saved = Enregistré.
editor-has-problems = Vérifiez les champs marqués.

## État de la voix, pour le professionnel
speech-unsupported = Ce navigateur ne peut pas parler. La voix reste muette. Tout le reste marche.
speech-no-voices = Ce navigateur n'a pas de voix en { $language }. La voix reste muette. Tout le reste marche. Pour l'entendre, ajoutez une voix en { $language } dans les réglages de l'appareil : Synthèse vocale sur Android et Windows, Contenu énoncé sur iPad, le paquet espeak-ng sur Linux.

## Composants
pin-dots = { $count }

## Aperçu
device-title = Cet appareil
device-language = Langue des écrans du professionnel
device-pin-title = Code PIN du professionnel
device-pin-explain = Un code PIN n'est pas obligatoire. Il ajoute une étape pour déverrouiller l'écran d'une personne. Il faut toujours rester appuyé.
device-pin-none = Il n'y a pas de code PIN.
device-pin-is-set = Un code PIN est en place.
device-pin-new = Nouveau code PIN (4 à 8 chiffres)
device-pin-set = Enregistrer le code PIN
device-pin-remove = Retirer le code PIN
device-pin-saved = Code PIN enregistré.
device-pin-unavailable = Ce navigateur ne peut pas protéger un code PIN ici (il faut une page sécurisée). Pour déverrouiller, il suffit de rester appuyé.
device-pin-removed = Code PIN retiré.
device-speech-title = La voix sur cet appareil

## Erreurs
error-boundary = Il y a eu un problème sur cet écran. Vos données sont en sécurité.
error-boundary-home = Retour à l'accueil
fac-pictograms = Pictogrammes
fac-pictograms-name = Pictogrammes de { $name }
board-title = Pictogrammes de { $name }
board-hint = Ces pictogrammes forment le tableau de { $name }, « Mes pictogrammes ». Ajoutez-en plusieurs à la fois, mettez-les dans l'ordre et enregistrez une voix connue pour chacun d'eux.
board-add = Ajouter des pictogrammes
board-empty = Pas encore de pictogrammes. Touchez « Ajouter des pictogrammes » pour en choisir.
board-added = { $count ->
    [one] { $count } pictogramme ajouté.
   *[other] { $count } pictogrammes ajoutés.
}
board-unnamed = (sans nom)
board-move-up = Monter { $name }
board-move-down = Descendre { $name }
board-remove = Retirer
board-remove-name = Retirer { $name }
picker-title-many = Choisissez des pictogrammes
picker-title-one = Choisissez un pictogramme
picker-search = Chercher
picker-browse = Afficher
picker-recent = Récents
picker-favourites = Favoris
picker-categories = Catégories
picker-photos = Photos personnelles
picker-all-categories = Toutes les catégories
picker-results-label = Pictogrammes
picker-preview = Pictogramme choisi
picker-loading = Chargement des pictogrammes…
picker-no-results = Rien trouvé pour « { $query } ».
picker-results = { $count ->
    [one] { $count } pictogramme trouvé.
   *[other] { $count } pictogrammes trouvés.
}
picker-recent-empty = Aucun pictogramme n'a encore été choisi pour cette personne.
picker-favourites-empty = Pas encore de favoris. Marquez-en un avec l'étoile.
picker-photos-empty = Pas encore de photos personnelles.
picker-listen = Écouter
picker-favourite = Favori
picker-selected = { $count ->
    [0] Rien n'est encore choisi.
    [one] { $count } choisi.
   *[other] { $count } choisis.
}
picker-add = { $count ->
    [one] Ajouter { $count } pictogramme
   *[other] Ajouter { $count } pictogrammes
}
photo-new = Nouvelle photo
photo-camera = Appareil photo
photo-taken = La photo que vous venez de prendre
photo-open-camera = Utiliser l'appareil photo
photo-take = Prendre la photo
photo-choose-file = Choisir un fichier
photo-names = Nom de la photo
photo-name-needed = Écrivez un nom dans au moins une langue.
photo-save = Garder la photo

## Appareil photo, micro et réseau
media-denied = Pictokit n'a pas le droit d'utiliser l'appareil photo ou le micro. Autorisez-le dans les réglages du site, dans le navigateur. Ou choisissez un fichier.
media-unavailable = Cet appareil ou ce navigateur n'a pas d'appareil photo ni de micro que Pictokit peut utiliser.
media-failed = Cela n'a pas marché. Réessayez.
media-network = Le serveur ne répond pas. Vérifiez la connexion. Les pictogrammes inclus marchent toujours.
voice-record = Enregistrer la voix
voice-record-name = Enregistrer la voix pour { $name }
voice-play = Écouter la voix
voice-play-name = Écouter la voix de { $name }
voice-forget = Retirer la voix
voice-forget-name = Retirer la voix de { $name }
voice-stop = Arrêter
voice-recording = Enregistrement…
voice-listen-take = Écouter
voice-keep = Garder
voice-redo = Enregistrer à nouveau
voice-unsupported = Ce navigateur ne peut pas enregistrer le son. La voix de synthèse est utilisée à la place.

## ARASAAC en ligne
arasaac-title = Pictogrammes ARASAAC en ligne
arasaac-explain = ARASAAC propose plus de 13 000 pictogrammes, faits pour les personnes qui en ont besoin. Quand c'est activé, le choix des pictogrammes cherche aussi dans ARASAAC sur internet : les mots que vous écrivez sont envoyés au serveur d'ARASAAC. Rien d'autre ne sort de cet appareil.
arasaac-licence = Les pictogrammes ARASAAC sont de Sergio Palao et appartiennent au Gouvernement d'Aragon (Espagne). Leur licence est CC BY-NC-SA 4.0 : utilisez-les seulement sans but commercial, citez l'auteur et partagez ce que vous faites avec eux sous la même licence.
arasaac-enable = Chercher dans ARASAAC en ligne
arasaac-look = L'aspect des images ARASAAC
arasaac-color = En couleur
arasaac-skin = Couleur de peau des personnes
arasaac-hair = Couleur des cheveux des personnes
arasaac-own = Comme ARASAAC le dessine
arasaac-skin-white = Claire
arasaac-skin-assian = Moyenne claire
arasaac-skin-aztec = Moyenne
arasaac-skin-mulatto = Moyenne foncée
arasaac-skin-black = Foncée
arasaac-hair-blonde = Blond
arasaac-hair-brown = Châtain
arasaac-hair-darkBrown = Châtain foncé
arasaac-hair-gray = Gris
arasaac-hair-darkGray = Gris foncé
arasaac-hair-red = Roux
arasaac-hair-black = Noir
arasaac-kept = { $count ->
    [0] Aucun pictogramme ARASAAC n'est encore gardé sur cet appareil.
    [one] Un pictogramme ARASAAC est gardé sur cet appareil.
   *[other] { $count } pictogrammes ARASAAC sont gardés sur cet appareil.
}
arasaac-badge = ARASAAC
arasaac-searching = Recherche dans ARASAAC…
arasaac-found = { $count ->
    [one] ARASAAC : { $count } pictogramme de plus.
   *[other] ARASAAC : { $count } pictogrammes de plus.
}
arasaac-none = ARASAAC n'a rien pour « { $query } ».
arasaac-credit = Pictogramme de Sergio Palao pour ARASAAC (Gouvernement d'Aragon), CC BY-NC-SA 4.0.
arasaac-keep-all = { $count ->
    [one] Garder { $count } pictogramme sur l'appareil
   *[other] Garder les { $count } sur l'appareil
}
arasaac-keep-hint = Pour garder une catégorie entière, cherchez son nom (par exemple « fruit »), puis gardez tout.
arasaac-progress = Téléchargement des pictogrammes ARASAAC
arasaac-progress-count = { $done } sur { $total }
arasaac-stop = Arrêter
arasaac-kept-now = { $count ->
    [one] { $count } pictogramme ARASAAC gardé pour l'utiliser sans connexion.
   *[other] { $count } pictogrammes ARASAAC gardés pour les utiliser sans connexion.
}
arasaac-stopped = { $count ->
    [one] Arrêté. { $count } gardé. Le reste pourra être téléchargé plus tard.
   *[other] Arrêté. { $count } gardés. Le reste pourra être téléchargé plus tard.
}
arasaac-downloading = Téléchargement depuis ARASAAC…
picker-kept-arasaac = ARASAAC

## À propos
facilitator-about = À propos
about-title = À propos de Pictokit
about-intro = Pictokit est un logiciel libre pour créer des applications accessibles avec les personnes qui les utilisent. Il marche sur cet appareil, sans compte.
about-credits = Crédits
about-openmoji-title = Pictogrammes : OpenMoji
about-openmoji = Les pictogrammes inclus sont OpenMoji { $version } (openmoji.org), le projet libre d'émojis et d'icônes, sous licence CC BY-SA 4.0. Dessinés par :
about-author = { $name } : { $count ->
    [one] { $count } pictogramme
   *[other] { $count } pictogrammes
}
about-openmoji-loading = Chargement de la liste des auteurs…
about-cldr-title = Noms et mots-clés : Unicode CLDR
about-cldr = Les noms et les mots-clés des pictogrammes en six langues viennent des annotations Unicode CLDR { $version }, © Unicode, Inc., sous la licence Unicode v3.
about-font-title = Police : Atkinson Hyperlegible
about-font = Atkinson Hyperlegible, du Braille Institute of America, sous la licence SIL Open Font License 1.1.
about-arasaac-title = Pictogrammes ARASAAC
about-arasaac = Auteur des pictogrammes ARASAAC : Sergio Palao. Origine : ARASAAC (arasaac.org). Licence : CC BY-NC-SA 4.0. Propriétaire : Gouvernement d'Aragon (Espagne). Ils sont utilisés seulement quand un professionnel active ARASAAC sur cet appareil.
about-licence-title = Pictokit
about-licence = Pictokit est un logiciel libre sous la licence GNU Affero General Public License, version 3 ou plus récente.

## Une base de données revenue vide ou plus ancienne, et la copie gardée à part
safekeeping-title = Ce qui était enregistré sur cet appareil est revenu en arrière
safekeeping-body = Le navigateur a vidé le stockage de Pictokit, ou il a remis un stockage plus ancien. Cela peut arriver quand un appareil s'éteint pendant un enregistrement. Le dernier changement vu par cet appareil date du { $when }.
safekeeping-copy = Une copie est gardée sur cet appareil, avec { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }.
safekeeping-bring-back = Récupérer ce qu'il y avait le { $when }
safekeeping-go-on = Continuer sans la copie
safekeeping-no-copy = Aucune copie n'est gardée sur cet appareil. Si vous avez le fichier de profil d'une personne, ouvrez-le pour la récupérer.
safekeeping-restored = { $count ->
        [0] Ce qu'il y avait est récupéré.
       *[other] Récupéré : { $names }.
    }
safekeeping-left-out = { $count ->
        [one] { $count } élément enregistré n'a pas pu être lu. Il a été laissé de côté.
       *[other] { $count } éléments enregistrés n'ont pas pu être lus. Ils ont été laissés de côté.
    }
safekeeping-copy-gone = La copie n'est plus sur cet appareil. Rien n'a été changé.
safekeeping-copy-damaged = La copie est abîmée. On ne peut pas l'utiliser. Rien n'a été changé.
safekeeping-copy-too-new = La copie a été faite avec une version plus récente de Pictokit. Mettez à jour Pictokit, puis réessayez. Rien n'a été changé.
safekeeping-restore-failed = La copie n'a pas pu être enregistrée. Rien n'a été changé. Libérez de la place, puis réessayez.
storage-media-missing = Certaines images de { $name } n'étaient plus sur cet appareil. Elles ont été retirées du tableau, pour que rien ne s'affiche cassé.
