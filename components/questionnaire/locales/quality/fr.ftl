# Écrans de l'évaluation de la qualité de vie (professionnel et mode personne) : seul facilitator.html les contient.

## Professionnel : les évaluations d'une personne
fac-quality = Qualité de vie
fac-quality-name = Qualité de vie de { $name }
ql-title = Qualité de vie : { $name }
ql-hint = Une évaluation pose des questions à { $name }, et à des personnes qui connaissent bien { $name }, sur 8 domaines de la vie. Les réponses donnent un rapport. Puis l'équipe décide avec { $name } d'un plan d'accompagnement.
ql-assessments = Évaluations
ql-assessments-empty = Pas encore d'évaluation.
ql-assessment-summary = { $finished } sur { $team } ont fini de répondre
ql-open = Ouvrir
ql-open-name = Ouvrir l'évaluation du { $date }
ql-new = Nouvelle évaluation
ql-questionnaire = Questionnaire
ql-builtin = inclus
ql-imported = importé
ql-start = Commencer une nouvelle évaluation
ql-too-many = Cette personne a déjà 50 évaluations. C'est le maximum.
ql-stored-newer = Ces évaluations ont été enregistrées avec une version plus récente de Pictokit. Elles sont gardées telles quelles. Mettez à jour Pictokit pour les voir.
ql-stored-dropped = Une partie des évaluations enregistrées n'a pas pu être lue. Elle n'est pas affichée. Tout le reste est ici.
ql-import = Un autre questionnaire
ql-import-hint = Un établissement peut ajouter un fichier de questionnaire s'il a la licence de ce questionnaire. Il apparaît ensuite à côté du questionnaire inclus.
ql-import-choose = Importer un fichier de questionnaire
ql-import-done = « { $title } » a été ajouté.
ql-import-done-problems = « { $title } » a été ajouté. Le fichier a { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}, et le reste marche :
ql-import-refused = Ce questionnaire n'a pas pu être ajouté. Rien n'a été changé.

## Professionnel : une évaluation et son équipe
ql-assessment-title = Évaluation de { $name }, { $date }
ql-not-found = Cette évaluation n'est plus sur cet appareil.
ql-back-to-list = Toutes les évaluations
ql-instrument-missing = Le questionnaire de cette évaluation (« { $id } », version { $version }) n'est pas sur cet appareil. Importez-le pour voir les réponses.
ql-report = Rapport
ql-plan = Plan d'accompagnement
ql-team = Qui répond
ql-team-hint = Chaque personne répond seule : ici, en mode personne, ou sur un autre appareil avec un fichier de réponses.
ql-progress = Réponses : { $answered } sur { $total }
ql-progress-finished = Terminé. Réponses : { $answered } sur { $total }
ql-answer-person-name = { $name } répond en mode personne
ql-answer-here = Répondre ici
ql-answer-here-name = Répondre ici en tant que { $name }
ql-export = Exporter le fichier de réponses
ql-export-name = Exporter le fichier de réponses de { $name }
ql-exported = Le fichier de réponses de { $name } a été enregistré. Ouvrez-le avec Pictokit sur l'autre appareil.
ql-remove = Retirer
ql-remove-name = Retirer { $name } de l'équipe
ql-remove-title = Retirer { $name } de l'équipe ?
ql-remove-body = Ses réponses sont supprimées de cette évaluation.
ql-keep = Garder
ql-new-name = Nom de la personne qui répond
ql-new-role = Qui est cette personne
ql-add = Ajouter à l'équipe

## Professionnel : réponses d'un autre appareil
ql-merge = Réponses d'un autre appareil
ql-merge-hint = Quelqu'un a répondu sur un autre appareil et a exporté son fichier de réponses : ajoutez-le ici. Avant tout changement, vous voyez ce qui est nouveau, ce qui est pareil et ce qui est différent.
ql-merge-choose = Ajouter un fichier de réponses
ql-merge-preview = Ce que contient le fichier de réponses
ql-merge-new = { $who } entre dans l'équipe avec ces réponses.
ql-merge-same = Ce sont les réponses de { $who }.
ql-merge-probably = Ce sont sans doute les réponses de { $local } : { $who } a le même nom et le même rôle.
ql-merge-chosen = Ces réponses vont avec celles de { $local } ({ $who } dans le fichier).
ql-merge-someone-else = Non, c'est quelqu'un d'autre
ql-merge-counts = Nouvelles réponses : { $added }. Pareilles qu'ici : { $same }. Différentes : { $different }.
ql-merge-conflicts-hint = Certaines réponses sont différentes ici et dans le fichier. Pour chacune, choisissez laquelle garder. Tant que vous n'avez pas choisi, la réponse de cet appareil reste.
ql-keep-local = Garder celle de cet appareil : { $answer }
ql-take-incoming = Prendre celle du fichier : { $answer }
ql-merge-apply = Ajouter les réponses
ql-merge-cancel = Annuler
ql-merged = Les réponses de { $name } ont été ajoutées. Nouvelles : { $added }. Changées par le fichier : { $taken }.

## Professionnel : le formulaire
ql-form-title = Réponses de { $name }
ql-form-hint-person = Questions pour la personne, avec ses propres mots. Chaque réponse est enregistrée tout de suite.
ql-form-hint-others = Questions sur { $person }. Répondez selon ce que vous voyez. Choisissez « Je ne sais pas » si vous n'êtes pas sûr. Chaque réponse est enregistrée tout de suite.
ql-important-person = C'est important pour moi
ql-important-others = C'est important pour { $person }
ql-form-finish = J'ai fini
ql-form-later = Continuer plus tard
ql-form-saved = Les réponses de { $name } sont enregistrées.
ql-finish-unanswered-title = { $count ->
    [one] { $count } question sur { $total } n'a pas encore de réponse
   *[other] { $count } questions sur { $total } n'ont pas encore de réponse
}
ql-finish-unanswered-body = Sans réponse : { $domains }. Vous pouvez finir maintenant et répondre plus tard, ou revenir à ces questions. « Je ne sais pas » est aussi une réponse.
ql-finish-anyway = Finir avec { $count } sans réponse
ql-finish-go-back = Revenir aux questions

## Mode personne : répondre
quiz-title = Des questions sur ma vie
quiz-progress = Où j'en suis
quiz-part = Partie { $number } : { $name }, { $state }
quiz-part-now = maintenant
quiz-part-done = finie
quiz-part-later = plus tard
quiz-question-of = Question { $number } sur { $total }
quiz-answers = Ma réponse
quiz-back = Retour
quiz-important-ask = Qu'est-ce qui est important pour toi ? Touche les images.
quiz-important = Important pour moi
quiz-important-on = { $name } : important
quiz-finish = J'ai fini
quiz-thanks = Merci ! Tes réponses sont enregistrées.
quiz-home = Accueil
quiz-nothing = Il n'y a pas de questions pour toi maintenant.

## Professionnel : le rapport
ql-report-title = Rapport : { $name }, { $date }
ql-report-rules = Les scores vont de 0 à 100. Un domaine de vie est marqué « Avis différents » quand le score de la personne et la moyenne des autres ont plus de { $threshold } points d'écart.
ql-print = Imprimer
ql-back-to-assessment = Retour à l'évaluation
ql-easy-report = Rapport facile à lire
ql-csv = Toutes les réponses dans un tableau (CSV)
ql-csv-informant = Qui a répondu
ql-csv-role = Rôle
ql-csv-domain = Domaine
ql-csv-item = Identifiant de la question
ql-csv-question = Texte de la question
ql-csv-answer = Réponse
ql-csv-value = Valeur
ql-csv-points = Points obtenus
ql-scores = Scores par domaine de vie
ql-domain = Domaine de vie
ql-others-mean = Les autres (moyenne)
ql-together = Ensemble
ql-notes = Remarques
ql-flag-domain = Avis différents ({ $difference } points d'écart)
ql-flag-short = Avis différents
ql-why-short = Réponses : { $answered } sur { $total }. Il en faut { $needed }.
ql-why-short-no-items = pas de questions
ql-print-legend = — : pas encore de score. Un domaine de vie a un score quand au moins la moitié de ses questions ont une réponse sur l'échelle. « Je ne sais pas » et les questions passées ne comptent pas.
ql-note-important = Important pour la personne
ql-note-low = Score bas
ql-chart = Graphique des scores
ql-chart-desc = Des barres de 0 à 100 pour chaque domaine de vie : le score de { $person }, en couleur pleine, et la moyenne des autres, avec des rayures. Le tableau au-dessus a les mêmes scores.
ql-differences = Questions avec des réponses différentes
ql-differences-hint = Réponses séparées par deux crans ou plus sur l'échelle. C'est un bon point de départ pour la discussion de l'équipe.
ql-differences-none = Aucune question n'a des réponses très différentes.
ql-priorities = Priorités
ql-priorities-none = Pas encore de priorité.
ql-priority-important = important pour { $person }
ql-priority-low = score bas
ql-priority-both = important pour { $person }, et score bas
ql-priorities-rule = Un domaine de vie est une priorité quand { $person } le marque comme important, ou quand son score d'ensemble est en dessous de { $low }. Pour dire ce qui est important, seul le choix de { $person } compte.
ql-priorities-rule-team = Un domaine de vie est une priorité quand quelqu'un de l'équipe le marque comme important, ou quand son score d'ensemble est en dessous de { $low }.
ql-priority-others = { $domain } : marqué comme important pour { $person } par { $names }. Ce n'est pas encore une priorité : demandez à { $person }. Il devient une priorité quand { $person } le marque aussi comme important.
ql-change = Changement depuis le { $date }
ql-now = Maintenant
ql-change-col = Changement
ql-change-same = Pareil
ql-change-up = { $points ->
    [one] { $points } point de mieux
   *[other] { $points } points de mieux
}
ql-change-down = { $points ->
    [one] { $points } point de moins
   *[other] { $points } points de moins
}

## Rapport facile à lire, pour la personne
easy-report-title = Ma qualité de vie : { $name }
easy-report-intro = Voici ce que nous avons dit sur ma vie.
easy-you-said = J'ai dit : { $band }.
easy-others-said = Mon équipe a dit : { $band }.
easy-band-good = ça va bien
easy-band-ok = ça va moyennement
easy-band-better = ça pourrait aller mieux
easy-band-none = on ne sait pas encore
easy-important = C'est important pour moi.
easy-differ = Mon équipe et moi, nous voyons cela de façon différente. Nous allons en parler.

## Professionnel : le plan d'accompagnement
ql-plan-title = Plan d'accompagnement de { $name }
ql-easy-plan = Plan facile à lire
ql-plan-start = Par où commencer
ql-plan-hint = Les priorités du rapport. Décidez de chaque objectif avec { $person }, avec ses propres mots.
ql-goal-for = Ajouter un objectif
ql-goal-for-name = Ajouter un objectif pour { $domain }
ql-goal-new = Nouvel objectif
ql-goals = Objectifs
ql-goals-none = Pas encore d'objectif.
ql-goal-form = Objectif
ql-goal-words = L'objectif, avec les mots de la personne
ql-goal-words-hint = Par exemple : « Je veux aller à la piscine avec mes amis. »
ql-goal-domain = Domaine de vie
ql-goal-domain-choose = Choisir un domaine de vie
ql-goal-picture = Image
ql-goal-choose-picture = Choisir une image
ql-goal-supports = Aides nécessaires
ql-goal-who = Qui aide
ql-goal-review = Date pour en reparler
ql-goal-bad-date = Écrivez la date sous la forme année-mois-jour, par exemple 2027-03-01.
ql-goal-schedule = Activités de l'emploi du temps pour cet objectif
ql-goal-save = Enregistrer l'objectif
ql-goal-cancel = Annuler
ql-goal-edit = Modifier
ql-goal-edit-name = Modifier l'objectif « { $words } »
ql-goal-remove = Retirer
ql-goal-remove-name = Retirer l'objectif « { $words } »
ql-agree = Accord
ql-agree-who = Qui est d'accord avec le plan
ql-agree-button = Valider le plan
ql-plan-agreed = Validé le { $date } par { $names }.

## Plan facile à lire, pour la personne
easy-plan-title = Mon plan : { $name }
easy-plan-intro = Voici mes objectifs. Nous les avons choisis ensemble.
easy-who-helps = Qui m'aide : { $who }.
easy-supports = Ce qui m'aide : { $supports }.
easy-review = Nous en reparlons le { $date }.
easy-in-my-day = Dans ma journée : { $activity }.
easy-agreed = Nous l'avons décidé le { $date } : { $names }.

## Professionnel : répondre au fichier de réponses d'un autre appareil
ql-form-hint-away = Questions sur la personne évaluée. Répondez selon ce que vous voyez. Choisissez « Je ne sais pas » si vous n'êtes pas sûr. Chaque réponse est enregistrée tout de suite.
ql-important-away = C'est important pour la personne
ql-away-title = Répondre pour un autre appareil
ql-away-hint = Quelqu'un vous a envoyé un fichier de réponses Pictokit ? Ouvrez-le ici, répondez, puis renvoyez le fichier.
ql-away-go = Répondre à un fichier de réponses
ql-away-open = Ouvrir un fichier de réponses
ql-away-continue = Continuer à répondre
ql-away-continue-name = Continuer à répondre en tant que { $name }
ql-away-export = J'ai fini : enregistrer le fichier de réponses
ql-away-exported = Le fichier de réponses a été enregistré. Renvoyez-le à la personne qui vous l'a envoyé.
ql-away-unknown-instrument = Le questionnaire de ce fichier n'est pas sur cet appareil. Demandez-le, puis importez-le dans Qualité de vie.
ql-passphrase = Phrase secrète des fichiers de réponses (au moins 8 caractères)
ql-passphrase-hint = Les réponses sont des données de santé. Chaque fichier de réponses est donc verrouillé avec cette phrase secrète. Donnez-la à la personne qui répond par un autre moyen : dites-la, ne l'envoyez jamais avec le fichier.
ql-passphrase-first = Écrivez d'abord une phrase secrète d'au moins 8 caractères : le fichier de réponses est verrouillé avec elle.
ql-merge-locked = Ce fichier de réponses est verrouillé. Écrivez sa phrase secrète dans « Phrase secrète des fichiers de réponses », puis touchez « L'ouvrir avec cette phrase secrète ».
ql-away-locked = Ce fichier de réponses est verrouillé. Écrivez la phrase secrète qu'on vous a dite, puis touchez « L'ouvrir avec cette phrase secrète ».
ql-away-passphrase = Phrase secrète du fichier (celle qu'on vous a dite)
