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
fac-try-name = Lock this device for { $name }
undo = Undo
dismiss = Close
text-size-normal = Normal
text-size-large = Large
text-size-extra-large = Extra large
theme-default = Warm
theme-high-contrast = High contrast
theme-dark = Dark
theme-calm = Calm
component-coming-soon = Coming soon
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
page-previous = Previous
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
preview-title = { $name }'s screen
preview-hint = This is what { $name } sees. Taps speak, as in person mode.
preview-edit = Edit settings

## Device settings
pin-error-digits = Use only the digits 0 to 9.
pin-error-length = Use 4 to 8 digits.
profile-error-name-empty = Write a name.
profile-error-name-too-long = The name is too long (60 letters at most).
profile-error-photo-not-image = That file is not a picture. Choose a photo (JPEG, PNG or WebP).
profile-error-photo-too-large = That picture is too big. Choose one under 20 MB.
profile-error-rate = Choose a speed between 50 % and 200 %.
storage-error-title = Pictokit cannot save on this device
storage-error-blocked = The browser does not let Pictokit keep data (private mode does this). You can look around, but changes are not kept.
storage-error-quota = The device is full. Nothing of this change was saved: free some space, then try again.
storage-error-generic = Saving did not work. Your changes are still on screen; try again.
storage-record-unreadable = Some saved data could not be read. It was left as it was.
storage-record-too-new = A profile was made by a newer version of Pictokit. It is kept but not shown. Update Pictokit to see it.
storage-field-reset = Some settings of { $name } could not be read and went back to their defaults.
storage-pictos-dropped = Some pictograms of { $name } could not be read and were left out.
storage-media-skipped = A saved photo or recording could not be read. It was left as it was.
safekeeping-start-title = Pictokit's data on this device is gone
safekeeping-start-body = This can happen when a tablet switches off while it saves. A copy may be kept on this device: the facilitator can bring it back.

## A person's own pictograms
board-person-title = My pictograms
board-person-home = Home

## Pictogram picker
picto-library-unreachable = The pictograms could not be loaded. The first time needs a connection; after that they work offline.
picto-library-broken = The list of pictograms is damaged. Reload the app to fetch it again.
picto-library-too-new = The list of pictograms comes from a newer Pictokit. Reload the app to update it.
picto-category-food = Food
picto-category-drinks = Drinks
picto-category-home = Home
picto-category-hygiene = Hygiene
picto-category-clothes = Clothes
picto-category-people = People
picto-category-body = Body
picto-category-feelings = Feelings
picto-category-activities = Daily activities
picto-category-health = Health
picto-category-places = Places
picto-category-transport = Transport
picto-category-time = Time and dates
picto-category-weather = Weather
picto-category-nature = Animals and nature
picto-category-leisure = Leisure and sport
picto-category-school-work = School and work
picto-category-technology = Technology
picto-category-money = Money
picto-category-symbols = Signs and symbols

## Own photos
media-problem-type = That file is not the right kind (a picture or a sound).
media-problem-too-large = That file is too big.
media-problem-name = That name is too long (60 letters at most).

## Own voice
arasaac-timeout = ARASAAC is taking too long to answer. The pictograms on this device still work.
arasaac-server = ARASAAC is not answering properly right now. The pictograms on this device still work.
arasaac-offline = No internet connection, so ARASAAC cannot be searched. The pictograms on this device still work.
arasaac-malformed = ARASAAC's answer could not be read. The pictograms on this device still work.
arasaac-picture = An ARASAAC picture could not be downloaded. Try again when the connection is better.

## A reminder of the schedule, shown on the first page too
day-reminder-title = Soon
day-reminder-ok = OK

## Dates, when the browser cannot write them in this language (from Unicode CLDR)
date-long = { $weekday }, { $month } { $day }
date-long-year = { $month } { $day }, { $year }
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December
date-weekday-1 = Monday
date-weekday-2 = Tuesday
date-weekday-3 = Wednesday
date-weekday-4 = Thursday
date-weekday-5 = Friday
date-weekday-6 = Saturday
date-weekday-7 = Sunday
date-weekday-short-1 = Mon
date-weekday-short-2 = Tue
date-weekday-short-3 = Wed
date-weekday-short-4 = Thu
date-weekday-short-5 = Fri
date-weekday-short-6 = Sat
date-weekday-short-7 = Sun
