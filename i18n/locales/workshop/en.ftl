### Co-design workshops (issue #7): the sorting mat and the change history. The
### models are `pictokit_domain::sorting` and `pictokit_domain::history`; their screens are
### views::workshop, views::history, views::sorting and views::choice (facilitator.html).

sorting-place-love = I love it
sorting-place-like = I like it
sorting-place-unsure = I am not sure
sorting-place-dislike = I don't like it
sorting-place-hate = I don't like it at all
sorting-scale-three = Three places
sorting-scale-five = Five places
sorting-problem-id = That id is not valid.
sorting-problem-no-topic = Write a title for the topic.
sorting-problem-topic-too-long = The title is too long (60 letters at most).
sorting-problem-too-few-cards = Add at least 2 cards.
sorting-problem-too-many-cards = There are too many cards (24 at most).
sorting-problem-duplicate-card = Two cards have the same id.
sorting-problem-no-label = Every card needs a name.
sorting-problem-label-too-long = A card's name is too long (60 letters at most).
sorting-problem-not-on-scale = That place is not on this mat.
sorting-problem-all-sorted = You have placed all the cards.
sorting-problem-other-mat = This session is for another mat.
sorting-problem-not-found = It was not found. Maybe it was deleted.
sorting-problem-id-taken = There is already one with that id.
sorting-problem-too-many-mats = There are already 50 mats. Delete one to make a new one.
sorting-change-same = The same
sorting-change-warmer = Likes it more now
sorting-change-cooler = Likes it less now
sorting-change-new = New
sorting-change-missing = Not placed this time
sorting-record-too-new = The mats were made by a newer version of Pictokit. They are kept but cannot be changed. Update Pictokit.
history-subject-profile = The profile
history-subject-list = The list
history-subject-schedule = The schedule
history-subject-questionnaire = The questionnaire
history-subject-board = The pictogram board
history-subject-mat = The sorting mat
history-nothing-to-undo = There is nothing to undo.
history-undo-not-found = That change is no longer in the history.
history-undo-already-undone = That change is already undone.
history-undo-later-first = First undo the newer change.
history-changed-since = This was changed later. It is not undone, so the new change is not lost.
history-record-too-new = The history was made by a newer version of Pictokit. It is kept but cannot be changed. Update Pictokit.

## The workshop's home (views::workshop)
fac-workshop = Workshop
fac-workshop-name = Workshop with { $name }
workshop-title = Workshop with { $name }
workshop-hint = Choose with { $name } between options, sort topic cards on a mat, and look at what changed together.
workshop-back = Back to the workshop with { $name }
workshop-session-title = Workshop session
workshop-session-hint = Start a session when you sit down together: the changes you make are kept under its name.
workshop-session-name = Name of the session (optional)
workshop-session-start = Start a session
workshop-session-end = End the session
workshop-session-on = Session going on: { $session }, since { $since }.
workshop-session-default = Session of { $when }
workshop-session-name-too-long = The name is too long (60 letters at most).

## The change history (views::history)
history-title = Changes
history-screen-title = Changes for { $name }
history-hint = Every change made for { $name } on the facilitator's screens, newest first. Read each one together; if { $name } does not want it, undo it. Undo goes step by step: the newest change of each thing first.
history-empty = No changes yet.
history-see-all = See all the changes
history-undo = Undo
history-undo-this = Undo: { $change }
history-undone = Undone: { $change }
history-is-undone = Undone
history-undo-failed = This change could not be undone: what it would put back cannot be read.
history-value-grid = { $n } per screen
history-before-after = Before: { $before } · Now: { $after }
history-profile-name = The name of { $name } changed
history-profile-avatar = The picture of { $name } changed
history-profile-language = The language of { $name } changed
history-profile-speech = How the screen of { $name } speaks changed
history-profile-text-size = The text size of { $name } changed
history-profile-grid = How many pictures { $name } sees at once changed
history-profile-labels = The words under the pictures of { $name } changed
history-profile-theme = The colours of the screen of { $name } changed
history-profile-motion = The movement on the screen of { $name } changed
history-profile-components = What { $name } can open on the screen changed
history-profile-several = Several settings of { $name } changed
history-list-added = The list { $list } was made
history-list-removed = The list { $list } was deleted
history-list-changed = The list { $list } changed
history-schedule-changed = The schedule of { $name } changed
history-questionnaire-changed = The questionnaire of { $name } changed
history-board-changed = The pictograms of { $name } changed

## The sorting mat (views::sorting)
sorting-title = Sorting mats

## The choice board (views::choice)
choice-title = Choice boards
