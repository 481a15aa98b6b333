## Pictokit — messages en français. Chaque id existe aussi dans en.ftl, ca.ftl et es.ftl.

app-name = Pictokit
app-loading = Pictokit démarre…

## Écran d'accueil
start-title = Qui utilise Pictokit ?
start-open-profile = Ouvrir l'écran de { $name }
start-facilitator = Professionnel
start-facilitator-hint = Profils et réglages
firstrun-title = Bienvenue dans Pictokit
firstrun-body = Pictokit montre des images, parle et aide à faire les courses, à répondre à des questions et à organiser la journée. Commencez par créer un profil pour la personne qui va l'utiliser.
firstrun-create = Créer le premier profil

## Mode professionnel
fac-try-name = Verrouiller cet appareil pour { $name }
undo = Annuler
dismiss = Fermer
text-size-normal = Normale
text-size-large = Grande
text-size-extra-large = Très grande
theme-default = Chaleureux
theme-high-contrast = Contraste élevé
theme-dark = Sombre
theme-calm = Calme
component-coming-soon = Bientôt disponible
component-shopping = Les courses
component-questionnaire = Ma vie
component-schedule = Ma journée

## Pictogrammes d'avatar
avatar-smile = Visage souriant
avatar-sun = Soleil
avatar-star = Étoile
avatar-flower = Fleur
avatar-cat = Chat
avatar-tree = Arbre

## Mode personne
person-greeting = Bonjour, { $name }
person-home-empty = Il n'y a encore rien ici.
page-next = Suivant
page-previous = Précédent
page-indicator = Page { $page } sur { $pages }
lock-hold-label = Professionnel : restez appuyé 3 secondes pour déverrouiller
unlock-confirm-title = Quitter l'écran de { $name } ?
unlock-confirm-body = Seul le professionnel doit faire cela.
unlock-confirm-yes = Déverrouiller
unlock-confirm-no = Rester ici
pin-title = Code PIN du professionnel
pin-field = Code PIN
pin-submit = Déverrouiller
pin-wrong = Ce code PIN n'est pas le bon. Essayez encore.
preview-title = Écran de { $name }
preview-hint = Voici ce que voit { $name }. Quand on touche, l'appareil parle, comme en mode personne.
preview-edit = Modifier les réglages

## Réglages de l'appareil
pin-error-digits = Utilisez seulement les chiffres de 0 à 9.
pin-error-length = Utilisez de 4 à 8 chiffres.
profile-error-name-empty = Écrivez un nom.
profile-error-name-too-long = Le nom est trop long (60 lettres au maximum).
profile-error-photo-not-image = Ce fichier n'est pas une image. Choisissez une photo (JPEG, PNG ou WebP).
profile-error-photo-too-large = Cette image est trop grande. Choisissez une image de moins de 20 Mo.
profile-error-rate = Choisissez une vitesse entre 50 % et 200 %.
storage-error-title = Pictokit ne peut pas enregistrer sur cet appareil
storage-error-blocked = Le navigateur ne laisse pas Pictokit garder des données (c'est le cas en navigation privée). Vous pouvez regarder, mais les changements ne sont pas gardés.
storage-error-quota = L'appareil est plein. Rien de ce changement n'a été enregistré. Libérez de la place, puis réessayez.
storage-error-generic = L'enregistrement n'a pas marché. Vos changements sont toujours à l'écran. Réessayez.
storage-record-unreadable = Certaines données enregistrées n'ont pas pu être lues. Elles sont restées comme avant.
storage-record-too-new = Un profil a été créé avec une version plus récente de Pictokit. Il est gardé, mais il n'est pas affiché. Mettez à jour Pictokit pour le voir.
storage-field-reset = Certains réglages de { $name } n'ont pas pu être lus. Ils sont revenus aux valeurs de départ.
storage-pictos-dropped = Certains pictogrammes de { $name } n'ont pas pu être lus. Ils ont été laissés de côté.
storage-media-skipped = Une photo ou un enregistrement n'a pas pu être lu. Il est resté comme avant.
safekeeping-start-title = Les données de Pictokit ont disparu de cet appareil
safekeeping-start-body = Cela peut arriver quand une tablette s'éteint pendant un enregistrement. Une copie est peut-être gardée sur cet appareil : le professionnel peut la récupérer.

## Les pictogrammes d'une personne
board-person-title = Mes pictogrammes
board-person-home = Accueil

## Choix des pictogrammes
picto-library-unreachable = Les pictogrammes n'ont pas pu être chargés. La première fois, il faut une connexion. Ensuite, ils marchent sans connexion.
picto-library-broken = La liste des pictogrammes est abîmée. Rechargez l'application pour la télécharger à nouveau.
picto-library-too-new = La liste des pictogrammes vient d'une version plus récente de Pictokit. Rechargez l'application pour la mettre à jour.
picto-category-food = Nourriture
picto-category-drinks = Boissons
picto-category-home = Maison
picto-category-hygiene = Hygiène
picto-category-clothes = Vêtements
picto-category-people = Personnes
picto-category-body = Corps
picto-category-feelings = Émotions
picto-category-activities = Activités de tous les jours
picto-category-health = Santé
picto-category-places = Lieux
picto-category-transport = Transports
picto-category-time = Heures et dates
picto-category-weather = Météo
picto-category-nature = Animaux et nature
picto-category-leisure = Loisirs et sport
picto-category-school-work = École et travail
picto-category-technology = Technologie
picto-category-money = Argent
picto-category-symbols = Signes et symboles

## Photos personnelles
media-problem-type = Ce fichier n'est pas du bon type (une image ou un son).
media-problem-too-large = Ce fichier est trop gros.
media-problem-name = Ce nom est trop long (60 lettres au maximum).

## Voix enregistrée
arasaac-timeout = ARASAAC met trop de temps à répondre. Les pictogrammes de cet appareil marchent toujours.
arasaac-server = ARASAAC ne répond pas bien en ce moment. Les pictogrammes de cet appareil marchent toujours.
arasaac-offline = Pas de connexion à internet : on ne peut pas chercher dans ARASAAC. Les pictogrammes de cet appareil marchent toujours.
arasaac-malformed = La réponse d'ARASAAC n'a pas pu être lue. Les pictogrammes de cet appareil marchent toujours.
arasaac-picture = Une image d'ARASAAC n'a pas pu être téléchargée. Réessayez quand la connexion sera meilleure.

## Un rappel de l'emploi du temps, montré aussi sur la première page
day-reminder-title = Bientôt
day-reminder-ok = D'accord

## Dates, quand le navigateur ne sait pas les écrire dans cette langue (d'après Unicode CLDR)
date-long = { $weekday } { $day } { $month }
date-long-year = { $day } { $month } { $year }
date-month-1 = janvier
date-month-2 = février
date-month-3 = mars
date-month-4 = avril
date-month-5 = mai
date-month-6 = juin
date-month-7 = juillet
date-month-8 = août
date-month-9 = septembre
date-month-10 = octobre
date-month-11 = novembre
date-month-12 = décembre
date-weekday-1 = lundi
date-weekday-2 = mardi
date-weekday-3 = mercredi
date-weekday-4 = jeudi
date-weekday-5 = vendredi
date-weekday-6 = samedi
date-weekday-7 = dimanche
date-weekday-short-1 = lun.
date-weekday-short-2 = mar.
date-weekday-short-3 = mer.
date-weekday-short-4 = jeu.
date-weekday-short-5 = ven.
date-weekday-short-6 = sam.
date-weekday-short-7 = dim.
