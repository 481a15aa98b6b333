# Screens of the quality-of-life assessment (facilitator and person mode): only facilitator.html carries them.

## Facilitator: a person's assessments
fac-quality = Quality of life
fac-quality-name = Quality of life of { $name }
ql-title = Quality of life: { $name }
ql-hint = An assessment asks { $name }, and people who know { $name } well, about 8 parts of life. The answers make one report, and the team agrees a support plan with { $name }.
ql-assessments = Assessments
ql-assessments-empty = No assessment yet.
ql-assessment-summary = { $finished } of { $team } have finished answering
ql-open = Open
ql-open-name = Open the assessment of { $date }
ql-new = New assessment
ql-questionnaire = Questionnaire
ql-builtin = built in
ql-imported = imported
ql-start = Start a new assessment
ql-too-many = This person already has 50 assessments, the most there can be.
ql-stored-newer = These assessments were saved by a newer Pictokit. They are kept as they are; update Pictokit to see them.
ql-stored-dropped = Part of the saved assessments could not be read and is not shown. Everything else is here.
ql-import = Another questionnaire
ql-import-hint = An organisation can add a questionnaire file it holds a licence for. It then appears beside the built-in one.
ql-import-choose = Import a questionnaire file
ql-import-done = “{ $title }” was added.
ql-import-done-problems = “{ $title }” was added. The file has { $count ->
    [one] 1 problem
   *[other] { $count } problems
}, and the rest of it works:
ql-import-refused = This questionnaire could not be added. Nothing was changed.

## Facilitator: one assessment and its team
ql-assessment-title = Assessment of { $name }, { $date }
ql-not-found = This assessment is not on this device any more.
ql-back-to-list = All assessments
ql-instrument-missing = The questionnaire of this assessment (“{ $id }”, version { $version }) is not on this device. Import it to see the answers.
ql-report = Report
ql-plan = Support plan
ql-team = Who answers
ql-team-hint = Each person answers on their own: here, in person mode, or on another device with an answers file.
ql-progress = { $answered } of { $total } answered
ql-progress-finished = Finished: { $answered } of { $total } answered
ql-answer-person-name = { $name } answers in person mode
ql-answer-here = Answer here
ql-answer-here-name = Answer here as { $name }
ql-export = Export answers file
ql-export-name = Export answers file of { $name }
ql-exported = The answers file of { $name } was saved. Open it in Pictokit on the other device.
ql-remove = Remove
ql-remove-name = Remove { $name } from the team
ql-remove-title = Remove { $name } from the team?
ql-remove-body = Their answers are deleted from this assessment.
ql-keep = Keep
ql-new-name = Name of who answers
ql-new-role = Who they are
ql-add = Add to the team

## Facilitator: answers from another device
ql-merge = Answers from another device
ql-merge-hint = Someone answered on another device and exported their answers file: add it here. You see what is new, what is the same and what is different before anything changes.
ql-merge-choose = Add an answers file
ql-merge-preview = What the answers file brings
ql-merge-new = { $who } joins the team with these answers.
ql-merge-same = These are the answers of { $who }.
ql-merge-probably = These seem to be the answers of { $local }: { $who } has the same name and role.
ql-merge-chosen = These answers go with those of { $local } ({ $who } in the file).
ql-merge-someone-else = No, it is someone else
ql-merge-counts = New answers: { $added }. The same as here: { $same }. Different: { $different }.
ql-merge-conflicts-hint = Some answers are different here and in the file. Choose which one to keep for each. Until you choose, this device's answer stays.
ql-keep-local = Keep this device's: { $answer }
ql-take-incoming = Take the file's: { $answer }
ql-merge-apply = Add the answers
ql-merge-cancel = Cancel
ql-merged = The answers of { $name } were added: { $added } new, { $taken } changed from the file.

## Facilitator: the form
ql-form-title = Answers of { $name }
ql-form-hint-person = Questions for the person, in their own words. Every answer is kept at once.
ql-form-hint-others = Questions about { $person }. Answer what you see; choose “I don't know” when you are not sure. Every answer is kept at once.
ql-important-person = This is important to me
ql-important-others = This is important to { $person }
ql-form-finish = I have finished
ql-form-later = Go on later
ql-form-saved = The answers of { $name } are saved.
ql-finish-unanswered-title = { $count ->
    [one] One of { $total } questions has no answer yet
   *[other] { $count } of { $total } questions have no answer yet
}
ql-finish-unanswered-body = Without an answer: { $domains }. You can finish now and answer them later, or go back to them. “I don't know” is an answer too.
ql-finish-anyway = Finish with { $count } unanswered
ql-finish-go-back = Go back to the questions

## Person mode: answering
quiz-title = Questions about my life
quiz-progress = How far I am
quiz-part = Part { $number }: { $name }, { $state }
quiz-part-now = now
quiz-part-done = done
quiz-part-later = later
quiz-question-of = Question { $number } of { $total }
quiz-answers = My answer
quiz-back = Back
quiz-important-ask = What is important to you? Touch the pictures.
quiz-important = Important
quiz-important-on = { $name }: important
quiz-finish = I have finished
quiz-thanks = Thank you! Your answers are saved.
quiz-home = Home
quiz-nothing = There are no questions for you now.

## Facilitator: the report
ql-report-title = Report: { $name }, { $date }
ql-report-rules = Scores go from 0 to 100. A part of life is marked “different views” when the person's score and the others' mean are more than { $threshold } points apart.
ql-print = Print
ql-back-to-assessment = Back to the assessment
ql-easy-report = Easy-read report
ql-csv = All answers as a table (CSV)
ql-csv-informant = Who answered
ql-csv-role = Role
ql-csv-domain = Domain
ql-csv-item = Question id
ql-csv-question = Question
ql-csv-answer = Answer
ql-csv-value = Value
ql-csv-points = Points
ql-scores = Scores by part of life
ql-domain = Part of life
ql-others-mean = Others (mean)
ql-together = Together
ql-notes = Notes
ql-flag-domain = Different views ({ $difference } points apart)
ql-flag-short = Different views
ql-why-short = { $answered } of { $total } answered, { $needed } needed
ql-why-short-no-items = no questions
ql-print-legend = —: no score yet. A part of life has a score when at least half of its questions have an answer on the scale; “I don't know” and skipped questions do not count.
ql-note-important = Important to the person
ql-note-low = Low score
ql-chart = Chart of the scores
ql-chart-desc = Bars from 0 to 100 for each part of life: { $person }'s score, solid, and the others' mean, striped. The table above has the same scores.
ql-differences = Questions answered differently
ql-differences-hint = Answers two or more steps apart on the scale. They are a good start for the team's conversation.
ql-differences-none = No question was answered very differently.
ql-priorities = Priorities
ql-priorities-none = No priority yet.
ql-priority-important = important to { $person }
ql-priority-low = low score
ql-priority-both = important to { $person }, and a low score
ql-priorities-rule = A part of life is a priority when { $person } marks it important, or when its score together is below { $low }. Only { $person }'s own choice of what is important makes a priority.
ql-priorities-rule-team = A part of life is a priority when someone in the team marks it important, or when its score together is below { $low }.
ql-priority-others = { $domain }: { $names } marked it important to { $person }. It is not a priority yet: ask { $person }, and it becomes one when { $person } marks it important too.
ql-change = Change since { $date }
ql-now = Now
ql-change-col = Change
ql-change-same = The same
ql-change-up = { $points ->
    [one] 1 point better
   *[other] { $points } points better
}
ql-change-down = { $points ->
    [one] 1 point worse
   *[other] { $points } points worse
}

## Easy-read report, for the person
easy-report-title = My quality of life: { $name }
easy-report-intro = This is what we said about my life.
easy-you-said = I said: { $band }.
easy-others-said = My team said: { $band }.
easy-band-good = it is going well
easy-band-ok = it is going OK
easy-band-better = it could be better
easy-band-none = we do not know yet
easy-important = This is important to me.
easy-differ = My team and I see this differently. We will talk about it.

## Facilitator: the support plan
ql-plan-title = Support plan of { $name }
ql-easy-plan = Easy-read plan
ql-plan-start = Where to start
ql-plan-hint = The priorities of the report. Agree each goal with { $person }, in their own words.
ql-goal-for = Add a goal
ql-goal-for-name = Add a goal for { $domain }
ql-goal-new = New goal
ql-goals = Goals
ql-goals-none = No goal yet.
ql-goal-form = Goal
ql-goal-words = The goal, in the person's own words
ql-goal-words-hint = For example: “I want to go swimming with my friends.”
ql-goal-domain = Part of life
ql-goal-domain-choose = Choose a part of life
ql-goal-picture = Picture
ql-goal-choose-picture = Choose a picture
ql-goal-supports = Supports needed
ql-goal-who = Who helps
ql-goal-review = Look at it again on
ql-goal-bad-date = Write the date as year-month-day, for example 2027-03-01.
ql-goal-schedule = Activities of the schedule for this goal
ql-goal-save = Save the goal
ql-goal-cancel = Cancel
ql-goal-edit = Change
ql-goal-edit-name = Change the goal “{ $words }”
ql-goal-remove = Remove
ql-goal-remove-name = Remove the goal “{ $words }”
ql-agree = Agreement
ql-agree-who = Who agrees with the plan
ql-agree-button = Agree the plan
ql-plan-agreed = Agreed on { $date } by { $names }.

## Easy-read plan, for the person
easy-plan-title = My plan: { $name }
easy-plan-intro = These are my goals. We agreed them together.
easy-who-helps = Who helps me: { $who }.
easy-supports = What helps me: { $supports }.
easy-review = We look at it again on { $date }.
easy-in-my-day = In my day: { $activity }.
easy-agreed = We agreed it on { $date }: { $names }.

## Facilitator: answering another device's answers file
ql-form-hint-away = Questions about the person who is assessed. Answer what you see; choose “I don't know” when you are not sure. Every answer is kept at once.
ql-important-away = This is important to the person
ql-away-title = Answering for another device
ql-away-hint = Did someone send you an answers file from Pictokit? Open it here, answer, and send the file back.
ql-away-go = Answer an answers file
ql-away-open = Open an answers file
ql-away-continue = Go on answering
ql-away-continue-name = Go on answering as { $name }
ql-away-export = I have finished: save the answers file
ql-away-exported = The answers file was saved. Send it back to whoever sent it to you.
ql-away-unknown-instrument = The questionnaire of this file is not on this device. Ask for it, and import it in Quality of life.
ql-passphrase = Passphrase of the answers files (at least 8 characters)
ql-passphrase-hint = Answers are health data, so each answers file is locked with this passphrase. Tell it to whoever answers in another way: say it, never send it with the file.
ql-passphrase-first = First type a passphrase of at least 8 characters: the answers file is locked with it.
ql-merge-locked = This answers file is locked. Type its passphrase in “Passphrase of the answers files”, then tap “Open it with this passphrase”.
ql-away-locked = This answers file is locked. Type the passphrase you were told, then tap “Open it with this passphrase”.
ql-away-passphrase = Passphrase of the file (the one you were told)
