### Co-design workshops (issue #7): the sorting mat and the change history. The
### models are `pictokit_domain::sorting` and `pictokit_domain::history`; their screens
### are still to come.

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
