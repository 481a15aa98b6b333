# Messages du questionnaire de qualité de vie : seul facilitator.html les contient (index.html reste petit).

## Questionnaire : qui répond, et les réponses qui ne sont pas sur l'échelle
questionnaire-role-person = La personne
questionnaire-role-family = Famille
questionnaire-role-professional = Professionnel
questionnaire-role-other = Une autre personne
questionnaire-answer-dont-know = Je ne sais pas
questionnaire-answer-skip = Passer

## Fichier de questionnaire : il ne peut pas s'ouvrir
instrument-not-json = Ce fichier est abîmé, ou ce n'est pas un questionnaire (il y a une erreur à la ligne { $line }, colonne { $column }). Demandez une nouvelle copie à la personne qui l'a fait.
instrument-not-object = Ce fichier n'est pas un questionnaire Pictokit. Choisissez un fichier de questionnaire.
instrument-too-big = Ce fichier est trop gros pour un questionnaire : le maximum est { $limit-mb } Mo. Vérifiez que vous avez choisi le bon fichier.
instrument-wrong-format = { $found ->
    [pictokit-answers] Ce fichier contient les réponses de quelqu'un. Ce n'est pas un questionnaire. Ajoutez-le à l'endroit où on importe les réponses d'un autre appareil.
   *[other] Ce fichier n'est pas un questionnaire Pictokit. Choisissez un fichier de questionnaire.
}
instrument-newer-format-version = Ce questionnaire a été fait pour une version plus récente de Pictokit (version de format { $found } ; cette version lit jusqu'à la version { $supported }). Mettez à jour Pictokit pour l'ouvrir.
instrument-bad-format-version = La version de format « { $found } » n'est pas valide : ce doit être un nombre entier, par exemple 1. Corrigez-la dans le fichier et ouvrez-le à nouveau.
instrument-missing-id = Le questionnaire n'a pas d'identifiant. Ajoutez-en un dans « id », par exemple « mon-questionnaire ».
instrument-bad-instrument-id = L'identifiant du questionnaire, « { $found } », n'est pas valide. Utilisez au maximum 64 lettres sans accents, chiffres, « - », « _ » ou « . », sans espaces.
instrument-no-versions = Le questionnaire ne dit pas qui y répond. Dans « versions », mettez « self » (la personne répond), « others » (la famille et les professionnels répondent), ou les deux.
instrument-scale-option-count = { $count ->
    [one] L'échelle de réponses a seulement { $count } option utilisable. Il en faut de { $min } à { $max }. Vérifiez « scale/options ».
   *[other] L'échelle de réponses a { $count } options utilisables. Il en faut de { $min } à { $max }. Vérifiez « scale/options ».
}
instrument-no-domains = Le questionnaire n'a aucun domaine utilisable. Vérifiez la liste « domains ».
instrument-no-items = Le questionnaire n'a aucune question utilisable. Vérifiez la liste « items ».

## Fichier de questionnaire : problèmes qui ne l'empêchent pas de s'ouvrir
instrument-missing-field = Il manque « { $path } » dans le fichier. Ajoutez-le. En attendant, cette partie peut être laissée de côté ou rester vide.
instrument-wrong-type = { $expected ->
    [text] « { $path } » doit être un texte, entre guillemets. Il n'a pas été pris en compte.
    [list] « { $path } » doit être une liste, entre crochets. Il n'a pas été pris en compte.
    [object] « { $path } » doit être un groupe de champs, entre accolades. Il n'a pas été pris en compte.
    [whole-number] « { $path } » doit être un nombre entier, par exemple 3. Il n'a pas été pris en compte.
    [true-or-false] « { $path } » doit être true ou false. Il n'a pas été pris en compte.
    [translations] « { $path } » doit avoir un texte pour chaque langue, par exemple « ca », « es » et « en ». Il n'a pas été pris en compte.
   *[other] « { $path } » n'a pas le bon type de valeur (on attendait { $expected }). Il n'a pas été pris en compte.
}
instrument-bad-id = L'identifiant « { $found } » de « { $path } » n'est pas valide. Cette partie a été laissée de côté. Utilisez au maximum 64 lettres sans accents, chiffres, « - », « _ » ou « . ».
instrument-bad-language = « { $found } » dans « { $path } » n'est pas un code de langue, comme « ca », « es » ou « en ». Il n'a pas été pris en compte.
instrument-duplicate-language = La langue « { $language } » est deux fois dans « languages ». La deuxième n'a pas été prise en compte.
instrument-missing-translation = « { $path } » n'a pas de texte en « { $language } ». Il est affiché dans une autre langue.
instrument-text-too-long = { $path ->
    [version] « { $path } » a plus de { $limit } caractères. Il a été coupé.
    [licence] « { $path } » a plus de { $limit } caractères. Il a été coupé.
   *[other] Le texte en « { $language } » de « { $path } » a plus de { $limit } caractères. Il a été coupé.
}
instrument-too-many = { $count ->
    [one] « { $path } » a { $count } élément, et on en garde { $limit } au maximum. Le reste a été laissé de côté.
   *[other] « { $path } » a { $count } éléments, et on en garde { $limit } au maximum. Le reste a été laissé de côté.
}
instrument-unknown-version = « { $found } » dans « versions » n'est pas une version connue de Pictokit. Elle n'a pas été prise en compte. Utilisez « self » (la personne répond) ou « others » (la famille et les professionnels répondent).
instrument-duplicate-version = La version « { $version } » est deux fois dans « versions ». La deuxième n'a pas été prise en compte.
instrument-bad-scale-value = La valeur « { $found } » de « { $path } » n'est pas valide. Ce choix de réponse a été laissé de côté. Utilisez un nombre entier de -1000 à 1000.
instrument-duplicate-scale-value = Deux choix de réponse ont la valeur { $value }. Le deuxième a été laissé de côté.
instrument-scale-unsorted = Les choix de réponse n'étaient pas dans l'ordre, de la valeur la plus basse à la plus haute. Pictokit les a mis dans l'ordre.
instrument-bad-picto = « { $found } » dans « { $path } » n'est pas une image connue de Pictokit. Cette partie n'a pas d'image. Utilisez « om:… », « arasaac:… » ou « photo:… ».
instrument-duplicate-domain = Deux domaines ont l'identifiant « { $id } ». Le deuxième a été laissé de côté.
instrument-duplicate-indicator = Le domaine « { $domain } » a deux indicateurs avec l'identifiant « { $id } ». Le deuxième a été laissé de côté.
instrument-duplicate-item = Deux questions ont l'identifiant « { $id } ». La deuxième a été laissée de côté.
instrument-unknown-domain = La question « { $item } » appartient au domaine « { $domain } », qui n'est pas dans le fichier. La question a été laissée de côté.
instrument-unknown-indicator = La question « { $item } » indique l'indicateur « { $indicator } », mais son domaine ne l'a pas. La question est gardée sans indicateur.
instrument-missing-item-text = { $version ->
    [self] La question « { $item } » n'a pas de texte pour la personne (« { $version } »). Elle a été laissée de côté. Ajoutez le texte dans le fichier.
   *[others] La question « { $item } » n'a pas de texte pour la famille et les professionnels (« { $version } »). Elle a été laissée de côté. Ajoutez le texte dans le fichier.
}
instrument-empty-domain = Le domaine « { $domain } » n'a pas de questions. Il est gardé, mais il n'aura jamais de score.

## Fichier de réponses venu d'un autre appareil
answers-file-too-big = Ce fichier est trop gros pour un fichier de réponses : le maximum est { $limit-mb } Mo. Vérifiez que vous avez choisi le bon fichier. Rien n'a été changé.
answers-file-empty = Ce fichier est vide : il ne contient aucune réponse. Choisissez le fichier de réponses exporté sur l'autre appareil : son nom commence par « pictokit-answers ». Rien n'a été changé.
answers-file-not-json = Ce fichier est abîmé, ou ce n'est pas un fichier de réponses (il y a une erreur à la ligne { $line }, colonne { $column }). Exportez à nouveau les réponses sur l'autre appareil. Rien n'a été changé.
answers-file-not-object = Ce fichier n'est pas un fichier de réponses Pictokit. Choisissez le fichier exporté sur l'autre appareil : son nom commence par « pictokit-answers ». Rien n'a été changé.
answers-file-wrong-format = { $found ->
    [pictokit-instrument] Ce fichier est un questionnaire, pas les réponses de quelqu'un. Choisissez le fichier de réponses exporté sur l'autre appareil : son nom commence par « pictokit-answers ». Rien n'a été changé.
   *[other] Ce fichier n'est pas un fichier de réponses Pictokit. Choisissez le fichier de réponses exporté sur l'autre appareil : son nom commence par « pictokit-answers ». Rien n'a été changé.
}
answers-file-newer-version = Ces réponses ont été enregistrées avec une version plus récente de Pictokit (version de fichier { $found } ; cette version lit jusqu'à la version { $supported }). Mettez à jour Pictokit sur cet appareil et réessayez. Rien n'a été changé.
answers-file-bad-version = Ce fichier de réponses ne dit pas quelle est sa version, ou il la dit mal. Exportez à nouveau les réponses sur l'autre appareil. Rien n'a été changé.
answers-file-wrong-types = Une partie de ce fichier de réponses manque ou ne peut pas être lue. Exportez à nouveau les réponses sur l'autre appareil. Détail technique (en anglais) : { $detail }. Rien n'a été changé.
answers-file-invalid = { $field ->
    [assessment] Ce fichier de réponses ne dit pas bien à quelle évaluation il appartient. Exportez à nouveau les réponses sur l'autre appareil. Rien n'a été changé.
    [informant] Dans ce fichier, le nom ou l'identifiant de la personne qui a répondu n'est pas valide : le nom est peut-être vide ou plus long que 60 caractères. Exportez à nouveau les réponses sur l'autre appareil. Rien n'a été changé.
    [answers] Les réponses de ce fichier ne sont pas valides : il y en a trop, ou certains identifiants de questions sont faux. Exportez à nouveau les réponses sur l'autre appareil. Rien n'a été changé.
    [important] Les domaines marqués comme importants dans ce fichier ne sont pas valides. Exportez à nouveau les réponses sur l'autre appareil. Rien n'a été changé.
   *[other] Quelque chose n'est pas valide dans ce fichier de réponses (« { $field } »). Exportez à nouveau les réponses sur l'autre appareil. Rien n'a été changé.
}

## Fichier de réponses : ajouter les réponses à cette évaluation
merge-wrong-assessment = Ces réponses appartiennent à une autre évaluation (« { $found } »), pas à celle-ci (« { $expected } »). Ouvrez l'évaluation d'où elles viennent et ajoutez-les là. Rien n'a été changé.
merge-wrong-instrument = Ces réponses sont pour le questionnaire « { $found } », mais cette évaluation utilise « { $expected } ». On ne peut pas les ajouter ici. Rien n'a été changé.
merge-role-mismatch = Ces réponses ne peuvent pas aller avec celles de « { $informant } » : l'un est la personne et l'autre non, donc ils n'ont pas répondu aux mêmes questions. Choisissez quelqu'un d'autre, ou ajoutez les réponses comme celles d'une nouvelle personne. Rien n'a été changé.
merge-second-person = Le fichier contient les réponses de la personne, et « { $person } » est déjà la personne dans cette équipe. Ajoutez les réponses à celles de « { $person } », au lieu d'ajouter quelqu'un de nouveau. Rien n'a été changé.
merge-id-taken = Ces réponses ne peuvent pas entrer comme celles d'une nouvelle personne : « { $id } » est déjà dans l'équipe. Ajoutez-les aux réponses de « { $id } », ou vérifiez le fichier. Rien n'a été changé.
merge-team-full = L'équipe est complète : elle a déjà 20 personnes. Retirez une personne qui ne répond plus, puis réessayez. Rien n'a été changé.
merge-unknown-informant = « { $id } » n'est plus dans l'équipe. Choisissez quelqu'un de l'équipe, ou ajoutez les réponses comme celles d'une nouvelle personne. Rien n'a été changé.
merge-stale-preview = Ces réponses ont été vérifiées pour une autre évaluation. Ouvrez à nouveau le fichier de réponses depuis cette évaluation. Rien n'a été changé.

## Équipe : qui répond
team-bad-id = L'identifiant de cette personne n'est pas valide. Utilisez des lettres sans accents, des chiffres, « - », « _ » ou « . », sans espaces.
team-duplicate-id = Quelqu'un dans l'équipe a déjà cet identifiant. Utilisez-en un autre.
team-name-empty = Écrivez le nom de la personne qui répond.
team-name-too-long = Le nom est trop long. Utilisez 60 caractères au maximum.
team-second-person = L'équipe a déjà la personne. Ajoutez celle-ci comme famille, professionnel ou autre personne.
team-too-many = L'équipe est complète : elle peut avoir 20 personnes au maximum. Retirez une personne qui ne répond plus pour ajouter quelqu'un de nouveau.

## Répondre
answer-unknown-item = Cette question n'est pas dans le questionnaire. La réponse n'a pas été enregistrée.
answer-not-on-scale = Cette réponse ne fait pas partie des choix. Choisissez une des réponses affichées.
answer-unknown-domain = Ce domaine n'est pas dans le questionnaire. La marque n'a pas été enregistrée.

## Plan d'accompagnement
plan-bad-id = L'identifiant de l'objectif n'est pas valide. Utilisez des lettres sans accents, des chiffres, « - », « _ » ou « . », sans espaces.
plan-duplicate-id = Un autre objectif a déjà cet identifiant.
plan-unknown-goal = Cet objectif n'est plus dans le plan. Quelqu'un l'a peut-être retiré.
plan-empty-goal = Écrivez l'objectif avec les mots de la personne, ou choisissez une image pour cet objectif.
plan-text-too-long = Un texte de l'objectif est trop long. Chaque texte peut avoir 500 caractères au maximum.
plan-unknown-domain = Choisissez un domaine du questionnaire pour cet objectif.
plan-too-many-goals = Le plan a déjà 30 objectifs. C'est le maximum. Retirez un objectif pour en ajouter un autre.
plan-bad-schedule-link = Cet objectif ne peut pas être relié à ces activités de l'emploi du temps. Un objectif peut être relié à 20 activités au maximum.
plan-no-goals = Ajoutez au moins un objectif avant de valider le plan ensemble.
plan-nobody-agrees = Choisissez qui est d'accord avec le plan.
plan-unknown-informant = Une personne choisie comme étant d'accord n'est plus dans l'équipe. Choisissez à nouveau.
plan-person-must-agree = Le plan est celui de la personne : elle doit être parmi les personnes d'accord avec ce plan.

## Scores
score-not-enough-answers = { $needed ->
    [one] Pas encore de score : il faut une réponse sur l'échelle à au moins { $needed } question. Réponses sur l'échelle pour l'instant : { $answered } sur { $total }. « Je ne sais pas » et les questions passées ne comptent pas.
   *[other] Pas encore de score : il faut une réponse sur l'échelle à au moins { $needed } questions. Réponses sur l'échelle pour l'instant : { $answered } sur { $total }. « Je ne sais pas » et les questions passées ne comptent pas.
}
score-no-items = Pas de score : ce domaine n'a pas de questions.
