# Messages of the quality-of-life questionnaire: only facilitator.html carries them (index.html stays small).

## Questionnaire: who answers, and the answers that are not on the scale
questionnaire-role-person = The person
questionnaire-role-family = Family
questionnaire-role-professional = Professional
questionnaire-role-other = Someone else
questionnaire-answer-dont-know = I don't know
questionnaire-answer-skip = Skip

## Questionnaire file: it cannot be opened
instrument-not-json = This file is damaged or is not a questionnaire (there is an error at line { $line }, column { $column }). Ask whoever made it for a new copy.
instrument-not-object = This file is not a Pictokit questionnaire. Choose a questionnaire file.
instrument-too-big = This file is too big for a questionnaire: the most is { $limit-mb } MB. Check that you chose the right file.
instrument-wrong-format = { $found ->
    [pictokit-answers] This file holds someone's answers, not a questionnaire. Add it where you bring in answers from another device.
   *[other] This file is not a Pictokit questionnaire. Choose a questionnaire file.
}
instrument-newer-format-version = This questionnaire was made for a newer Pictokit (format version { $found }; this one reads up to version { $supported }). Update Pictokit to open it.
instrument-bad-format-version = The format version “{ $found }” is not valid: it must be a whole number, such as 1. Fix it in the file and open it again.
instrument-missing-id = The questionnaire has no id. Add one in “id”, such as “my-questionnaire”.
instrument-bad-instrument-id = The questionnaire id “{ $found }” is not valid. Use up to 64 letters without accents, digits, “-”, “_” or “.”, with no spaces.
instrument-no-versions = The questionnaire does not say who answers it. In “versions”, put “self” (answered by the person), “others” (answered by family and professionals), or both.
instrument-scale-option-count = { $count ->
    [one] The answer scale has only 1 usable option, and it needs from { $min } to { $max }. Check “scale/options”.
   *[other] The answer scale has { $count } usable options, and it needs from { $min } to { $max }. Check “scale/options”.
}
instrument-no-domains = The questionnaire has no domain that can be used. Check the list “domains”.
instrument-no-items = The questionnaire has no question that can be used. Check the list “items”.

## Questionnaire file: problems that do not stop it from opening
instrument-missing-field = “{ $path }” is missing from the file. Add it; until then, that part may be left out or empty.
instrument-wrong-type = { $expected ->
    [text] “{ $path }” should be a text, in quotes. It was ignored.
    [list] “{ $path }” should be a list, in square brackets. It was ignored.
    [object] “{ $path }” should be a group of fields, in curly brackets. It was ignored.
    [whole-number] “{ $path }” should be a whole number, such as 3. It was ignored.
    [true-or-false] “{ $path }” should be true or false. It was ignored.
    [translations] “{ $path }” should have a text for each language, such as “ca”, “es” and “en”. It was ignored.
   *[other] “{ $path }” has the wrong kind of value ({ $expected } was expected). It was ignored.
}
instrument-bad-id = The id “{ $found }” in “{ $path }” is not valid, so that part was left out. Use up to 64 letters without accents, digits, “-”, “_” or “.”.
instrument-bad-language = “{ $found }” in “{ $path }” is not a language code, such as “ca”, “es” or “en”. It was ignored.
instrument-duplicate-language = The language “{ $language }” is listed twice in “languages”. The second one was ignored.
instrument-missing-translation = “{ $path }” has no text in “{ $language }”. It is shown in another language instead.
instrument-text-too-long = { $path ->
    [version] “{ $path }” is longer than { $limit } characters, so it was cut.
    [licence] “{ $path }” is longer than { $limit } characters, so it was cut.
   *[other] The “{ $language }” text of “{ $path }” is longer than { $limit } characters, so it was cut.
}
instrument-too-many = { $count ->
    [one] “{ $path }” has 1 entry, and at most { $limit } are kept. The rest were left out.
   *[other] “{ $path }” has { $count } entries, and at most { $limit } are kept. The rest were left out.
}
instrument-unknown-version = “{ $found }” in “versions” is not a version Pictokit knows, so it was ignored. Use “self” (answered by the person) or “others” (answered by family and professionals).
instrument-duplicate-version = The version “{ $version }” is listed twice in “versions”. The second one was ignored.
instrument-bad-scale-value = The value “{ $found }” in “{ $path }” is not valid, so that answer option was left out. Use a whole number from -1000 to 1000.
instrument-duplicate-scale-value = Two answer options have the value { $value }. The second one was left out.
instrument-scale-unsorted = The answer options were not in order from the lowest value to the highest. Pictokit put them in order.
instrument-bad-picto = “{ $found }” in “{ $path }” is not a picture Pictokit knows, so that part has no picture. Use “om:…”, “arasaac:…” or “photo:…”.
instrument-duplicate-domain = Two domains have the id “{ $id }”. The second one was left out.
instrument-duplicate-indicator = The domain “{ $domain }” has two indicators with the id “{ $id }”. The second one was left out.
instrument-duplicate-item = Two questions have the id “{ $id }”. The second one was left out.
instrument-unknown-domain = The question “{ $item }” belongs to the domain “{ $domain }”, which is not in the file. The question was left out.
instrument-unknown-indicator = The question “{ $item }” names the indicator “{ $indicator }”, which its domain does not have. The question is kept without it.
instrument-missing-item-text = { $version ->
    [self] The question “{ $item }” has no text for the person (“{ $version }”), so it was left out. Add the text to the file.
   *[others] The question “{ $item }” has no text for family and professionals (“{ $version }”), so it was left out. Add the text to the file.
}
instrument-empty-domain = The domain “{ $domain }” has no questions. It is kept, but it never gets a score.

## Answers file brought from another device
answers-file-too-big = This file is too big for an answers file: the most is { $limit-mb } MB. Check that you chose the right file. Nothing was changed.
answers-file-empty = This file is empty: it holds no answers. Choose the answers file exported on the other device: its name starts with “pictokit-answers”. Nothing was changed.
answers-file-not-json = This file is damaged or is not an answers file (there is an error at line { $line }, column { $column }). Export the answers again on the other device. Nothing was changed.
answers-file-not-object = This file is not a Pictokit answers file. Choose the file exported on the other device: its name starts with “pictokit-answers”. Nothing was changed.
answers-file-wrong-format = { $found ->
    [pictokit-instrument] This file is a questionnaire, not someone's answers. Choose the answers file exported on the other device: its name starts with “pictokit-answers”. Nothing was changed.
   *[other] This file is not a Pictokit answers file. Choose the answers file exported on the other device: its name starts with “pictokit-answers”. Nothing was changed.
}
answers-file-newer-version = These answers were saved by a newer Pictokit (file version { $found }; this one reads up to version { $supported }). Update Pictokit on this device and try again. Nothing was changed.
answers-file-bad-version = This answers file does not say which version it is, or says it wrongly. Export the answers again on the other device. Nothing was changed.
answers-file-wrong-types = Part of this answers file is missing or cannot be read. Export the answers again on the other device. Technical detail: { $detail }. Nothing was changed.
answers-file-invalid = { $field ->
    [assessment] This answers file does not say properly which assessment it belongs to. Export the answers again on the other device. Nothing was changed.
    [informant] The name or id of who answered is not valid in this file: the name may be empty or longer than 60 characters. Export the answers again on the other device. Nothing was changed.
    [answers] The answers in this file are not valid: there are too many, or some question ids are wrong. Export the answers again on the other device. Nothing was changed.
    [important] The domains marked as important in this file are not valid. Export the answers again on the other device. Nothing was changed.
   *[other] Something in this answers file is not valid (“{ $field }”). Export the answers again on the other device. Nothing was changed.
}

## Answers file: adding the answers to this assessment
merge-wrong-assessment = These answers belong to another assessment (“{ $found }”), not to this one (“{ $expected }”). Open the assessment they come from and add them there. Nothing was changed.
merge-wrong-instrument = These answers are to the questionnaire “{ $found }”, but this assessment uses “{ $expected }”. They cannot be added here. Nothing was changed.
merge-role-mismatch = These answers cannot go with those of “{ $informant }”: one of them is the person and the other is not, so they answered different questions. Choose someone else, or add the answers as someone new. Nothing was changed.
merge-second-person = The file has the person's answers, and “{ $person }” is already the person in this team. Add the answers to those of “{ $person }” instead of adding someone new. Nothing was changed.
merge-id-taken = These answers cannot come in as someone new: “{ $id }” is already in the team. Add them to the answers of “{ $id }”, or check the file. Nothing was changed.
merge-team-full = The team is full: it already has 20 people. Remove someone who no longer answers, then try again. Nothing was changed.
merge-unknown-informant = “{ $id }” is no longer in the team. Choose someone from the team, or add the answers as someone new. Nothing was changed.
merge-stale-preview = These answers were checked for another assessment. Open the answers file again from this assessment. Nothing was changed.

## Team: who answers
team-bad-id = This person's id is not valid. Use letters without accents, digits, “-”, “_” or “.”, with no spaces.
team-duplicate-id = Someone in the team already has this id. Use another one.
team-name-empty = Write the name of who answers.
team-name-too-long = The name is too long. Use at most 60 characters.
team-second-person = The team already has the person. Add this one as family, a professional or someone else.
team-too-many = The team is full: it can have at most 20 people. Remove someone who no longer answers to add someone new.

## Answering
answer-unknown-item = This question is not in the questionnaire. The answer was not saved.
answer-not-on-scale = That answer is not one of the options. Choose one of the answers shown.
answer-unknown-domain = This domain is not in the questionnaire. The mark was not saved.

## Support plan
plan-bad-id = The goal's id is not valid. Use letters without accents, digits, “-”, “_” or “.”, with no spaces.
plan-duplicate-id = Another goal already has this id.
plan-unknown-goal = This goal is no longer in the plan. Someone may have removed it.
plan-empty-goal = Write the goal in the person's own words, or choose a picture for it.
plan-text-too-long = A text of the goal is too long. Each text can have at most 500 characters.
plan-unknown-domain = Choose a domain of the questionnaire for this goal.
plan-too-many-goals = The plan already has 30 goals, the most it can have. Remove one to add another.
plan-bad-schedule-link = This goal cannot be linked to those activities of the schedule. A goal can be linked to at most 20 activities.
plan-no-goals = Add at least one goal before agreeing the plan.
plan-nobody-agrees = Choose who agrees with the plan.
plan-unknown-informant = Someone chosen as agreeing is no longer in the team. Choose again.
plan-person-must-agree = The plan is the person's: they must be among those who agree with it.

## Scores
score-not-enough-answers = { $needed ->
    [one] No score yet: at least 1 question needs an answer on the scale, and so far { $answered } of { $total } have one. “I don't know” and skipped questions do not count.
   *[other] No score yet: at least { $needed } questions need an answer on the scale, and so far { $answered } of { $total } have one. “I don't know” and skipped questions do not count.
}
score-no-items = No score: this domain has no questions.
