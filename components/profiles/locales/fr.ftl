# Ce que ce navigateur peut faire (l'écran « Cet appareil » du professionnel, seulement dans facilitator.html).
# Chaque ligne dit oui ou non avec des mots, et ce que fait Pictokit à la place quand c'est non.

device-abilities-title = Ce que ce navigateur peut faire
device-abilities-hint = Pictokit marche sans toutes ces choses. Quand une chose manque, vous voyez ici ce qui se passe à la place.
device-record-yes = Enregistrer le son : oui ({ $format }), et ce navigateur peut le faire écouter.
device-record-no = Enregistrer le son : non. Ce navigateur ne peut pas enregistrer le son. La voix de synthèse est donc utilisée à la place.
device-camera-yes = Appareil photo : oui. On peut prendre des photos ici ou les choisir dans les fichiers.
device-camera-no = Appareil photo : aucun trouvé. On peut quand même choisir des photos dans les fichiers de l'appareil.
device-camera-checking = Appareil photo : vérification…
device-awake-yes = Garder l'écran allumé : oui, pendant un minuteur.
device-awake-no = Garder l'écran allumé : non. L'écran peut s'éteindre pendant un minuteur. Dans les réglages de la tablette, choisissez un délai de mise en veille plus long.
device-notify-yes = Notifications : possibles. Activez-les dans l'emploi du temps d'une personne.
device-notify-granted = Notifications : autorisées. Les rappels arrivent aussi en notification quand un emploi du temps le demande.
device-notify-denied = Notifications : bloquées pour Pictokit dans ce navigateur. Les rappels s'affichent toujours dans Pictokit.
device-notify-no = Notifications : non. Ce navigateur ne peut pas afficher de notifications. Les rappels s'affichent toujours dans Pictokit.
device-keep-yes = Garder les données : oui. Le navigateur garde les données de Pictokit en sécurité sur cet appareil.
device-keep-no = Garder les données : ce n'est pas garanti. Le navigateur peut effacer les données de Pictokit si l'appareil n'a plus de place. Installer l'application aide. Faire un export de temps en temps aide aussi.

## Accès par contacteurs (issue #25) : comment la personne arrive à l'écran
editor-section-access = Toucher, contacteurs, touches ou pointer
access-method = Comment { $name } utilise l'écran
access-method-touch = Toucher
access-method-auto-scan = Un contacteur : la lumière se déplace toute seule
access-method-step-scan = Deux contacteurs : l'un déplace la lumière, l'autre choisit
access-method-keys = Flèches du clavier, et une touche pour choisir
access-method-dwell = Pointer sans bouger (pointeur de tête, regard)
access-switches-hint = Un contacteur peut être : la touche Espace, la touche Entrée, le 1 ou le 2 d'une interface pour contacteurs, un appui n'importe où sur l'écran, un bouton de la souris ou un bouton d'une manette de jeu. Avec deux contacteurs, Espace ou 1 déplace la lumière, et Entrée ou 2 choisit. Le coin du professionnel ne s'allume jamais.
access-pattern = Comment la lumière se déplace
access-pattern-row-column = Une ligne, puis les images de cette ligne
access-pattern-items = Une image après l'autre
access-pattern-groups = La moitié de l'écran, puis la moitié de cette moitié
access-scan-seconds = Secondes où la lumière reste à chaque étape
access-first-step-seconds = Secondes à la première étape
access-rounds = Tours avant que la lumière s'arrête
access-start-by-press = La lumière démarre quand on appuie sur un contacteur
access-restart = Après un choix, la lumière repart du haut
access-hold-seconds = Secondes d'appui sur un contacteur pour qu'il compte (en cas de tremblements)
access-ignore-seconds = Secondes pendant lesquelles un deuxième appui ne compte pas (en cas de tremblements)
access-dwell-seconds = Secondes sans bouger sur une image pour la choisir
access-speak = Dire chaque image quand elle s'allume
access-step-sound = Un son court à chaque étape
access-try = Essayer
access-try-stop = Arrêter l'essai
access-try-title = Essayez les réglages ici
access-try-chosen = Choisi : { $name }
