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
