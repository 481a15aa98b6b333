# The facilitator's screens (facilitator.html only): the first page leaves these out.

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
fac-lock-hint = To hand this device to a person, lock it for them: they see only their own screens. To come back here, hold the lock corner for 3 seconds.
profile-copy-name = { $name } (copy)
fac-summary = { $language } · { $grid } per screen · { $theme }
delete-confirm-title = Delete { $name }'s profile?
delete-confirm-body = The profile leaves this device. You can undo it for a while.
delete-confirm-yes = Delete
delete-confirm-no = Keep it
deleted-toast = { $name }'s profile was deleted.
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
avatar-choose-pictogram = Choose a pictogram
avatar-pictogram-alt = Pictogram chosen for { $name }
field-language = Language
field-speech = Speak labels aloud
field-voice = Voice
voice-default = The device's voice for this language
field-rate = Speaking speed
rate-value = { $percent } %
speech-test = Listen
speech-test-sentence = Hello, I am { $name }.
field-text-size = Text size
field-grid = Pictograms per screen
grid-option = { $n }
field-show-labels = Show words under pictograms
field-theme = Theme
field-reduced-motion = Reduce motion
save = Save
cancel = Cancel
saved = Saved.
editor-has-problems = Please check the marked fields.

## Speech status, for the facilitator
speech-unsupported = This browser cannot speak. Speech stays silent; everything else works.
speech-no-voices = This browser has no voice for { $language }. Speech stays silent; everything else works. To hear it, add a { $language } voice in the device's settings: Text-to-speech on Android and Windows, Spoken content on iPad, the espeak-ng package on Linux.

## Components
pin-dots = { $count }

## Preview
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
device-speech-title = Speech on this device

## Errors
error-boundary = Something went wrong on this screen. Your data is safe.
error-boundary-home = Back to start
fac-pictograms = Pictograms
fac-pictograms-name = Pictograms of { $name }
board-title = { $name }'s pictograms
board-hint = These pictograms make { $name }'s board, "My pictograms". Add several at once, put them in order, and record a familiar voice for any of them.
board-add = Add pictograms
board-empty = No pictograms yet. Tap "Add pictograms" to choose some.
board-added = { $count ->
    [one] One pictogram added.
   *[other] { $count } pictograms added.
}
board-unnamed = (no name)
board-move-up = Move { $name } up
board-move-down = Move { $name } down
board-remove = Remove
board-remove-name = Remove { $name }
picker-title-many = Choose pictograms
picker-title-one = Choose a pictogram
picker-search = Search
picker-browse = Show
picker-recent = Recent
picker-favourites = Favourites
picker-categories = Categories
picker-photos = Own photos
picker-all-categories = All categories
picker-results-label = Pictograms
picker-preview = Chosen pictogram
picker-loading = Loading the pictograms…
picker-no-results = Nothing found for "{ $query }".
picker-results = { $count ->
    [one] One pictogram found.
   *[other] { $count } pictograms found.
}
picker-recent-empty = No pictograms chosen for this person yet.
picker-favourites-empty = No favourites yet. Mark one with the star.
picker-photos-empty = No own photos yet.
picker-listen = Listen
picker-favourite = Favourite
picker-selected = { $count ->
    [0] Nothing chosen yet.
    [one] One chosen.
   *[other] { $count } chosen.
}
picker-add = { $count ->
    [one] Add 1 pictogram
   *[other] Add { $count } pictograms
}
photo-new = New photo
photo-camera = Camera
photo-taken = The photo just taken
photo-open-camera = Use the camera
photo-take = Take the photo
photo-choose-file = Choose a file
photo-names = Name of the photo
photo-name-needed = Write a name in at least one language.
photo-save = Keep the photo

## Camera, microphone and network
media-denied = Pictokit may not use the camera or the microphone. Allow it in the browser's site settings, or choose a file.
media-unavailable = This device or browser has no camera or microphone that Pictokit can use.
media-failed = That did not work. Try again.
media-network = No answer from the server. Check the connection; the bundled pictograms still work.
voice-record = Record voice
voice-record-name = Record voice for { $name }
voice-play = Play voice
voice-play-name = Play voice of { $name }
voice-forget = Remove voice
voice-forget-name = Remove voice of { $name }
voice-stop = Stop
voice-recording = Recording…
voice-listen-take = Listen
voice-keep = Keep
voice-redo = Record again
voice-unsupported = This browser cannot record sound. The synthetic voice is used instead.

## ARASAAC online
arasaac-title = ARASAAC pictograms online
arasaac-explain = ARASAAC offers more than 13,000 pictograms made for people who need them. When this is on, the pictogram picker also searches ARASAAC on the internet: the words you type are sent to ARASAAC's server. Nothing else leaves this device.
arasaac-licence = The ARASAAC pictograms are by Sergio Palao and belong to the Government of Aragón (Spain). Their licence is CC BY-NC-SA 4.0: use them only for non-commercial purposes, name the author, and share what you make with them under the same licence.
arasaac-enable = Search ARASAAC online
arasaac-look = How ARASAAC pictures look
arasaac-color = In colour
arasaac-skin = Skin colour of people
arasaac-hair = Hair colour of people
arasaac-own = As ARASAAC draws it
arasaac-skin-white = Light
arasaac-skin-assian = Light medium
arasaac-skin-aztec = Medium
arasaac-skin-mulatto = Medium dark
arasaac-skin-black = Dark
arasaac-hair-blonde = Blonde
arasaac-hair-brown = Brown
arasaac-hair-darkBrown = Dark brown
arasaac-hair-gray = Grey
arasaac-hair-darkGray = Dark grey
arasaac-hair-red = Red
arasaac-hair-black = Black
arasaac-kept = { $count ->
    [0] No ARASAAC pictograms are kept on this device yet.
    [one] One ARASAAC pictogram is kept on this device.
   *[other] { $count } ARASAAC pictograms are kept on this device.
}
arasaac-badge = ARASAAC
arasaac-searching = Searching ARASAAC…
arasaac-found = { $count ->
    [one] ARASAAC: one more pictogram.
   *[other] ARASAAC: { $count } more pictograms.
}
arasaac-none = ARASAAC has nothing for "{ $query }".
arasaac-credit = Pictogram by Sergio Palao for ARASAAC (Government of Aragón), CC BY-NC-SA 4.0.
arasaac-keep-all = { $count ->
    [one] Keep this one on the device
   *[other] Keep all { $count } on the device
}
arasaac-keep-hint = To keep a whole category, search for its name (for example "fruit"), then keep all.
arasaac-progress = Downloading ARASAAC pictograms
arasaac-progress-count = { $done } of { $total }
arasaac-stop = Stop
arasaac-kept-now = { $count ->
    [one] One ARASAAC pictogram kept for offline use.
   *[other] { $count } ARASAAC pictograms kept for offline use.
}
arasaac-stopped = { $count ->
    [one] Stopped. 1 kept; the rest can be downloaded later.
   *[other] Stopped. { $count } kept; the rest can be downloaded later.
}
arasaac-downloading = Downloading from ARASAAC…
picker-kept-arasaac = ARASAAC

## About
facilitator-about = About
about-title = About Pictokit
about-intro = Pictokit is free software for making accessible apps together with the people who use them. It works on this device, without an account.
about-credits = Credits
about-openmoji-title = Pictograms: OpenMoji
about-openmoji = The bundled pictograms are OpenMoji { $version } (openmoji.org), the open-source emoji and icon project, under the CC BY-SA 4.0 licence. Drawn by:
about-author = { $name }: { $count ->
    [one] one pictogram
   *[other] { $count } pictograms
}
about-openmoji-loading = Loading the list of authors…
about-cldr-title = Names and keywords: Unicode CLDR
about-cldr = The names and keywords of the pictograms in six languages come from the Unicode CLDR annotations { $version }, © Unicode, Inc., under the Unicode licence v3.
about-font-title = Font: Atkinson Hyperlegible
about-font = Atkinson Hyperlegible, by the Braille Institute of America, under the SIL Open Font License 1.1.
about-arasaac-title = ARASAAC pictograms
about-arasaac = Author of the ARASAAC pictograms: Sergio Palao. Origin: ARASAAC (arasaac.org). Licence: CC BY-NC-SA 4.0. Owner: Government of Aragón (Spain). They are used only when a facilitator turns ARASAAC on for this device.
about-licence-title = Pictokit
about-licence = Pictokit is free software under the GNU Affero General Public License, version 3 or later.

## A database that came back empty or older, and the copy kept outside it
safekeeping-title = What was saved on this device went back
safekeeping-body = The browser emptied Pictokit's storage, or gave back an older one. This can happen when a device switches off while it saves. The last change this device saw was on { $when }.
safekeeping-copy = A copy is kept on this device, with { $count ->
        [one] one person
       *[other] { $count } people
    }.
safekeeping-bring-back = Bring back what was here on { $when }
safekeeping-go-on = Go on without it
safekeeping-no-copy = No copy is kept on this device. If you have a person's profile file, open it to bring them back.
safekeeping-restored = { $count ->
        [0] Brought back what was here.
       *[other] Brought back: { $names }.
    }
safekeeping-left-out = { $count ->
        [one] One saved item could not be read and was left out.
       *[other] { $count } saved items could not be read and were left out.
    }
safekeeping-copy-gone = The copy is no longer on this device. Nothing was changed.
safekeeping-copy-damaged = The copy is damaged and cannot be used. Nothing was changed.
safekeeping-copy-too-new = The copy was made by a newer version of Pictokit. Update Pictokit, then try again. Nothing was changed.
safekeeping-restore-failed = The copy could not be saved. Nothing was changed: free some space and try again.
storage-media-missing = Some pictures of { $name } were no longer on this device. They were taken off the board, so nothing shows broken.
