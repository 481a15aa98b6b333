## Pictokit — English messages. Every id here exists in ca.ftl and es.ftl too.

app-name = Pictokit
app-loading = Pictokit is starting…

## Start screen
start-title = Who is using Pictokit?
start-open-profile = Open { $name }'s screen
start-facilitator = Facilitator
start-facilitator-hint = Profiles and settings
firstrun-title = Welcome to Pictokit
firstrun-body = Pictokit shows pictures, speaks, and helps with shopping, questions and the day. Start with a profile for the person who will use it.
firstrun-create = Create the first profile

## Facilitator mode
facilitator-banner = Facilitator mode
facilitator-exit = Back to start
facilitator-device = This device
fac-profiles-title = Profiles
fac-profiles-empty = No profiles on this device yet.
fac-new-profile = New profile
fac-edit = Edit
fac-edit-name = Edit { $name }
fac-duplicate = Duplicate
fac-duplicate-name = Duplicate { $name }
fac-delete = Delete
fac-delete-name = Delete { $name }
fac-preview = Preview
fac-preview-name = Preview { $name }'s screen
fac-try = Try as the person
fac-try-name = Try as { $name }
profile-copy-name = { $name } (copy)
fac-summary = { $language } · { $grid } per screen · { $theme }
delete-confirm-title = Delete { $name }'s profile?
delete-confirm-body = The profile leaves this device. You can undo it for a while.
delete-confirm-yes = Delete
delete-confirm-no = Keep it
deleted-toast = { $name }'s profile was deleted.
undo = Undo
dismiss = Close
trash-title = Recently deleted
trash-restore = Restore
trash-restore-name = Restore { $name }

## Profile editor
editor-title-new = New profile
editor-title-edit = Edit { $name }'s profile
editor-section-person = Person
editor-section-speech = Speech
editor-section-screen = Screen
editor-section-components = Components
field-name = Name
field-avatar = Picture
avatar-choose-photo = Use a photo
avatar-remove-photo = Use a pictogram instead
avatar-photo-alt = Photo of { $name }
field-language = Language
field-speech = Speak labels aloud
field-voice = Voice
voice-default = The device's voice for this language
field-rate = Speaking speed
rate-value = { $percent } %
speech-test = Listen
speech-test-sentence = Hello, I am { $name }.
field-text-size = Text size
text-size-normal = Normal
text-size-large = Large
text-size-extra-large = Extra large
field-grid = Pictograms per screen
grid-option = { $n }
field-show-labels = Show words under pictograms
field-theme = Theme
theme-default = Warm
theme-high-contrast = High contrast
theme-dark = Dark
theme-calm = Calm
field-reduced-motion = Reduce motion
component-coming-soon = Coming soon
save = Save
cancel = Cancel
saved = Saved.
editor-has-problems = Please check the marked fields.

## Speech status, for the facilitator
speech-unsupported = This browser cannot speak. Speech stays silent; everything else works.
speech-no-voices = This browser has no voice for { $language }. Speech stays silent; everything else works.

## Components
component-shopping = Shopping
component-questionnaire = My life
component-schedule = My day

## Pictogram avatars
avatar-smile = Smiling face
avatar-sun = Sun
avatar-star = Star
avatar-flower = Flower
avatar-cat = Cat
avatar-tree = Tree

## Person mode
person-greeting = Hello, { $name }
person-home-empty = Nothing here yet.
page-next = More
page-previous = Back
page-indicator = Page { $page } of { $pages }
lock-hold-label = Facilitator: hold for 3 seconds to unlock
unlock-confirm-title = Leave { $name }'s screen?
unlock-confirm-body = Only the facilitator should do this.
unlock-confirm-yes = Unlock
unlock-confirm-no = Stay here
pin-title = Facilitator PIN
pin-field = PIN
pin-submit = Unlock
pin-wrong = That PIN is not right. Try again.
pin-dots = { $count }

## Preview
preview-title = { $name }'s screen
preview-hint = This is what { $name } sees. Taps speak, as in person mode.
preview-edit = Edit settings

## Device settings
device-title = This device
device-language = Language of the facilitator screens
device-pin-title = Facilitator PIN
device-pin-explain = An optional PIN adds one more step to unlocking a person's screen. The hold gesture is always needed.
device-pin-none = No PIN is set.
device-pin-is-set = A PIN is set.
device-pin-new = New PIN (4 to 8 digits)
device-pin-set = Save PIN
device-pin-remove = Remove PIN
device-pin-saved = PIN saved.
device-pin-unavailable = This browser cannot protect a PIN here (it needs a secure page). Unlocking works with the hold gesture alone.
device-pin-removed = PIN removed.
pin-error-digits = Use only the digits 0 to 9.
pin-error-length = Use 4 to 8 digits.
device-storage-title = Storage
device-storage-persisted = The browser keeps Pictokit's data safe on this device.
device-storage-not-persisted = The browser may remove Pictokit's data if the device runs out of space. Installing the app helps.
device-speech-title = Speech on this device

## Errors
profile-error-name-empty = Write a name.
profile-error-name-too-long = The name is too long (60 letters at most).
profile-error-photo-not-image = That file is not a picture. Choose a photo (JPEG, PNG or WebP).
profile-error-photo-too-large = That picture is too big. Choose one under 20 MB.
profile-error-rate = Choose a speed between 50 % and 200 %.
storage-error-title = Pictokit cannot save on this device
storage-error-blocked = The browser does not let Pictokit keep data (private mode does this). You can look around, but changes are not kept.
storage-error-quota = The device is full. Free some space, then try again. Nothing was lost.
storage-error-generic = Saving did not work. Your changes are still on screen; try again.
storage-record-unreadable = Some saved data could not be read. It was left as it was.
storage-record-too-new = A profile was made by a newer version of Pictokit. It is kept but not shown. Update Pictokit to see it.
storage-field-reset = Some settings of { $name } could not be read and went back to their defaults.
error-boundary = Something went wrong on this screen. Your data is safe.
error-boundary-home = Back to start
