## Moving a profile to another device: saving it to a file and opening that file
## (facilitator.html only).

transfer-export-name = Save { $name }'s profile to a file
transfer-export-done = { $name }'s profile is saved in the file “{ $file }”. Assessments are not in it: they are health data.
transfer-import-title = Move profiles between devices
transfer-import-hint = Save a profile to a file, with its pictures and recordings, and open the file on another device. You see what a file holds before anything changes on this device.
transfer-import-open = Open a profile file
transfer-import-reading = Reading the file…
transfer-preview-title = What the file holds
transfer-preview-made = Saved on { $date }.
transfer-preview-new = { $name } is not on this device yet: the profile will be added.
transfer-preview-replaces = This device already has this profile, as { $name }. Replace it with the file, or keep both.
transfer-preview-board = { $count ->
    [one] 1 pictogram on the board
   *[other] { $count } pictograms on the board
}
transfer-preview-lists = { $count ->
    [one] 1 shopping list
   *[other] { $count } shopping lists
}
transfer-preview-activities = { $count ->
    [one] 1 activity in the schedule
   *[other] { $count } activities in the schedule
}
transfer-preview-routines = { $count ->
    [one] 1 routine
   *[other] { $count } routines
}
transfer-preview-wallet = The wallet, with { $amount }
transfer-preview-photos = { $count ->
    [one] 1 own photo
   *[other] { $count } own photos
}
transfer-preview-recordings = { $count ->
    [one] 1 voice recording
   *[other] { $count } voice recordings
}
transfer-preview-downloaded = { $count ->
    [one] 1 pictogram downloaded from ARASAAC
   *[other] { $count } pictograms downloaded from ARASAAC
}
transfer-preview-already = { $count ->
    [one] 1 picture or recording is already on this device and stays as it is.
   *[other] { $count } pictures or recordings are already on this device and stay as they are.
}
transfer-preview-repaired = { $count ->
    [one] 1 thing in the file could not be read and is left out.
   *[other] { $count } things in the file could not be read and are left out.
}
transfer-import-add = Add { $name }
transfer-import-replace = Replace { $name }
transfer-import-keep-both = Keep both
transfer-import-cancel = Cancel
transfer-replace-title = Replace { $name }'s profile?
transfer-replace-body = The settings, pictograms, shopping lists and schedule on this device are replaced by the ones in the file. Assessments stay on this device.
transfer-replace-yes = Replace
transfer-replace-no = Keep what is here
transfer-imported = { $name }'s profile is on this device now.

bundle-error-not-zip = This is not a Pictokit profile file. Nothing was changed.
bundle-error-damaged = The file is damaged or incomplete. Save it again on the other device. Nothing was changed.
bundle-error-unsupported = The file is packed in a way Pictokit cannot open (it may be encrypted). Nothing was changed.
bundle-error-too-large = The file is too large for a profile: at most 64 MB and 2,000 parts. Nothing was changed.
bundle-error-unsafe-name = The file has names that point outside it, which is unsafe, so it was not opened. Nothing was changed.
bundle-error-entry-too-large = Something in the file is far too large (a picture, a recording or a list), so it was not opened. Nothing was changed.
bundle-error-not-pictokit = This zip file is not a Pictokit profile. Nothing was changed.
bundle-error-newer = This file was made by a newer Pictokit. Update Pictokit on this device, then open it again. Nothing was changed.
bundle-error-incomplete = Part of the file is missing or cannot be read. Save it again on the other device. Nothing was changed.
bundle-error-profile = The profile in the file cannot be read. Nothing was changed.
bundle-error-media = A picture or recording in the file is not a kind Pictokit shows, so the file was not opened. Nothing was changed.
bundle-error-write = The file could not be made. Nothing was changed.

## Assessments moved encrypted (the questionnaire's screen of a person).

sealed-title = Move assessments to another device, encrypted
sealed-hint = Assessments and support plans are health data, so their file is locked with a passphrase. Tell the passphrase to the other person another way, never with the file.
sealed-passphrase = Passphrase (at least 8 characters)
sealed-save = Save the assessments, encrypted
sealed-open = Open an encrypted file
sealed-open-with = Open it with this passphrase
sealed-working = Locking or unlocking takes a moment…
sealed-too-short = The passphrase needs at least 8 characters.
sealed-nothing = { $name } has no assessments to save yet.
sealed-saved = The assessments of { $name } are saved, encrypted, in the file “{ $file }”.
sealed-ready = The file is ready: type its passphrase above, then tap “Open it with this passphrase”.
sealed-wrong = This passphrase does not open the file, or the file was changed. Check the passphrase and try again. Nothing was changed.
sealed-opened = { $added ->
    [0] Nothing new in the file.
    [one] 1 assessment added.
   *[other] { $added } assessments added.
}
sealed-kept = { $kept ->
    [one] 1 assessment was already here and stays as it is.
   *[other] { $kept } assessments were already here and stay as they are.
}
sealed-failed = The file could not be made. Nothing was changed.
sealed-error-not-sealed = This is not an encrypted Pictokit file. Nothing was changed.
sealed-error-newer = This file was made by a newer Pictokit. Update Pictokit on this device, then open it again. Nothing was changed.
sealed-error-damaged = The encrypted file is damaged. Save it again on the other device. Nothing was changed.
sealed-error-too-large = The file is too large to be Pictokit assessments. Nothing was changed.
sealed-error-other-content = This encrypted file holds something else, not assessments. Nothing was changed.

## Paper: a shopping list, a day strip, a week of strips.

print-list = Print the list
print-day = Print this day
print-week = Print this week
print-back = Back
print-now = Print
print-hint = Pictograms print in colour at the size the person knows, each card whole on one page. Cut along the dashed lines.
print-list-title = { $list }: shopping list of { $name }
print-budget = Money for this trip: { $amount }
print-quantity = × { $count }
print-day-title = The day of { $name }: { $date }
print-week-title = The week of { $name }, from { $date }
print-nothing = Nothing planned.
print-cancelled = Not today ({ $time })
print-routine = Print
print-routine-name = Print the routine { $name }
print-routine-title = { $routine }: the steps of { $name }
print-step = Step { $n }
print-board = Print the pictograms
print-board-title = The pictograms of { $name }
sealed-error-not-answers = This encrypted file is not an answers file. Nothing was changed.

## Settings as a QR code
qr-title = Settings as a QR code
qr-hint = Only the settings travel in a QR code: language, voice, grid, text size, theme and components. Show the code here, then scan it with the other tablet.
qr-show = Show the QR code of { $name }'s settings
qr-code-alt = QR code with the settings of { $name }
qr-code-how = On the other tablet: open Pictokit for facilitators, go to “Move profiles between devices” and tap “Scan a settings QR code”. Hold this screen in front of its camera.
qr-scan = Scan a settings QR code
qr-scan-stop = Stop the camera
qr-camera = Camera, looking for a QR code
qr-scan-hint = Hold the QR code in front of the camera, about 20 cm away.
qr-found-title = Settings found in the QR code
qr-add = Add { $name } as a new profile
qr-use-for = Use these settings for { $name }
qr-use-title = Use these settings for { $name }?
qr-use-body = Language, voice, grid, text size, theme and components change to the ones in the code. Pictograms, lists, schedule and assessments stay as they are.
qr-use-yes = Yes, use these settings
qr-applied = The settings of { $name } are saved on this device.

qr-error-not-pictokit = This QR code does not hold Pictokit settings. Scan the code that Pictokit shows on the other tablet. Nothing was changed.
qr-error-newer = This code was made by a newer Pictokit. Update Pictokit on this tablet, then scan it again. Nothing was changed.
qr-error-damaged = The code could not be read whole. Scan it again with more light and no glare. Nothing was changed.
qr-error-too-big = This code holds far more than any settings do, so it was not read. Nothing was changed.
qr-error-settings = The settings in the code cannot be used (for example, the name is empty or too long). Check them on the other tablet and make a new code. Nothing was changed.
qr-settings-too-big = These settings are too long for a QR code (often because of a very long voice name). Save the profile to a file and open it on the other tablet.
qr-photo-left-out = The photo does not travel in the QR code: the other tablet shows the smiling face until you choose a photo there.

## Boards from other apps (Open Board Format)
obf-title = Boards from other apps
obf-hint = Open a board made in Cboard, AsTeRICS Grid, CoughDrop or another app that saves Open Board Format files (.obf, .obz), or save { $name }'s pictograms as one of those files.
obf-open = Open a board file (.obf, .obz)
obf-reading = Reading the file…
obf-making = Making the pictures…
obf-preview-title = What the board file holds
obf-preview-choose = Which board to add
obf-preview-board = “{ $board }”: { $count ->
    [one] 1 button
   *[other] { $count } buttons
}
obf-preview-pictures = With their own picture: { $pictures }. With their word on their colour: { $words }.
obf-preview-hidden = { $count ->
    [one] 1 hidden button is not added.
   *[other] { $count } hidden buttons are not added.
}
obf-preview-warnings = { $count ->
    [one] 1 thing in the file could not be kept: a picture only on the internet or not a photo, or a colour or word that could not be read.
   *[other] { $count } things in the file could not be kept: pictures only on the internet or not photos, or colours or words that could not be read.
}
obf-add = { $count ->
    [one] Add 1 picture to { $name }'s pictograms
   *[other] Add { $count } pictures to { $name }'s pictograms
}
obf-added = { $count ->
    [one] 1 picture from “{ $board }” was added to { $name }'s pictograms.
   *[other] { $count } pictures from “{ $board }” were added to { $name }'s pictograms.
}
obf-failed = A picture could not be made. Nothing was changed.
obf-preview-sounds = { $count ->
    [one] 1 button has its own sound: it becomes the recording of its picture.
   *[other] { $count } buttons have their own sound: each becomes the recording of its picture.
}
obf-preview-language = Its words are in { $language }: they stay in that language, and are read out in it, except those the board also gives in this person's language.
obf-added-recordings = { $count ->
    [one] 1 sound was kept as the recording of its picture.
   *[other] { $count } sounds were kept as the recordings of their pictures.
}
obf-added-sounds-refused = { $count ->
    [one] 1 sound was left out: it is too large for a recording (about a minute at most).
   *[other] { $count } sounds were left out: they are too large for a recording (about a minute at most).
}
obf-save-obz = Save { $name }'s pictograms as a board file (.obz)
obf-save-obf = Save { $name }'s pictograms as one .obf file
obf-save-empty = { $name } has no pictograms to save yet.
obf-saved = The board is saved in the file “{ $file }”. Apps that read Open Board Format, like Cboard, AsTeRICS Grid and CoughDrop, open it.
obf-error-not-board = This file is not a communication board. Choose an .obf or .obz file. Nothing was changed.
obf-error-damaged = The board file is damaged or incomplete. Export it again from the other app. Nothing was changed.
obf-error-unsupported = The file is packed in a way Pictokit cannot open (it may have a password). Export it again without a password. Nothing was changed.
obf-error-newer = This board uses a newer version of the format than Pictokit knows. Update Pictokit, or export the board as open-board-0.1. Nothing was changed.
obf-error-too-big = The file is too large: at most 64 MB, and 8 MB for each board. Export fewer boards at a time. Nothing was changed.
obf-error-too-many = The board has too many buttons for Pictokit: at most 400 buttons, in 20 rows and 20 columns, and 200 boards in one file. Make it smaller in the other app. Nothing was changed.
obf-error-no-root = The set of boards does not say which board opens first, or that board is missing. Export it again from the other app. Nothing was changed.
obf-error-unsafe-path = The file has names that point outside it, which is unsafe, so it was not opened. Nothing was changed.

## The report's table of answers, locked (views::sealed::LockedTableSave, LockedTableOpen)
table-title = All answers as a table, locked
table-hint = The table holds every answer: it is health data, so it is locked with a passphrase. Open it with Pictokit on the computer where you use the spreadsheet: “Open a locked table” on the profiles screen saves it there as a CSV file.
table-passphrase = Passphrase of the table (at least 8 characters)
table-save = Lock and save the table
table-saved = The table is saved, locked, in the file “{ $file }”.
table-open-title = Open a locked table (CSV)
table-open-hint = A table of answers saved by Pictokit is locked. Choose it and type its passphrase: Pictokit saves it on this computer as a CSV file for a spreadsheet, and keeps nothing.
table-choose = Choose a locked table
table-ready = The file is ready: type its passphrase, then tap “Unlock and save the CSV”.
table-open = Unlock and save the CSV
table-opened = The table is saved on this computer as “{ $file }”.
sealed-error-not-table = This encrypted file is not a table of answers. Nothing was changed.
table-error-too-large = The file is too large to be a locked table of answers (at most 32 MB). Choose the table saved by Pictokit. Nothing was changed.
table-error-not-csv = The file opened, but what it holds is not a table of answers saved by Pictokit, so it was not saved as a CSV. Nothing was changed.

obf-preview-no-format = The file does not say it is a board, but it has buttons with words, so it was read as one. Look at the pictures before you add them.
obf-preview-actions = { $count ->
    [one] 1 button only does something in the other app (clear, delete, spell). It is left out.
   *[other] { $count } buttons only do something in the other app (clear, delete, spell). They are left out.
}
obf-include-actions = Add those buttons as pictures too
