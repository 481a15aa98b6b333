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
sorting-hint = Cards that { $name } sorts into places, from “I like it” to “I don't like it”. Every sorting is kept, so you can compare them.
sorting-none = No sorting mat yet.
sorting-new = New sorting mat
sorting-open = Open
sorting-open-label = Open the mat { $topic }
sorting-mat-meta = { $cards } cards · { $scale } · { $sessions ->
    [0] not sorted yet
    [one] sorted once
   *[other] sorted { $sessions } times
}
sorting-new-title = New sorting mat for { $name }
sorting-edit-title = Change the mat “{ $topic }”
sorting-topic = Topic
sorting-topic-hint = For example: Activities of the week
sorting-scale = How many places?
sorting-cards = Cards
sorting-cards-hint = Choose from 2 to 24 pictures. You can change the word of each card.
sorting-add-cards = Add cards
sorting-card-word = Word of card { $n }
sorting-remove-card = Remove
sorting-remove-card-label = Remove the card { $card }
sorting-no-cards = No cards yet.
sorting-save = Save the mat
sorting-cancel = Cancel
sorting-not-found = This sorting mat is not here any more. Maybe it was deleted.
sorting-back = Back to the workshop
sorting-mat-title = Sorting mat: { $topic }
sorting-mat-summary = { $cards } cards · { $scale }
sorting-sort-with = Sort with { $name }
sorting-edit = Change the mat
sorting-delete = Delete the mat
sorting-delete-title = Delete the mat “{ $topic }”?
sorting-delete-body = Its cards and every sorting of it will be deleted.
sorting-delete-confirm = Delete
sorting-delete-keep = Keep it
sorting-sessions = Sortings
sorting-sessions-none = Not sorted yet. Press “Sort with { $name }” and give { $name } the tablet.
sorting-session-title = Sorting { $n } – { $when }
sorting-session-done = All { $cards } cards placed.
sorting-session-unfinished = Not finished: { $placed } of { $cards } cards placed.
sorting-go-on = Go on with { $name }
sorting-print = Print
sorting-print-label = Print sorting { $n }
sorting-print-title = { $name }: { $topic } ({ $when })
sorting-result-none = No card here
sorting-compare = Compare with an earlier sorting
sorting-compare-hint = Choose two sortings to see how each card moved.
sorting-compare-earlier = Earlier sorting
sorting-compare-later = Later sorting
sorting-compare-list = Card by card
sorting-compare-before = Before:
sorting-compare-after = Now:
sorting-compare-not-placed = Not placed
sorting-compare-summary = Likes it more now: { $warmer } · Likes it less now: { $cooler } · The same: { $same }
sorting-compare-summary-other = New: { $new } · Not placed this time: { $missing }
sorting-compare-nothing = These two sortings have no card in common.
sorting-turn-progress = Card { $n } of { $total }
sorting-turn-places = Where does it go?
sorting-turn-undo = Undo
sorting-turn-done = Done! All the cards are in their place.
sorting-turn-gone = There is nothing to sort here now.

## The choice board (views::choice)
choice-title = Choice boards
