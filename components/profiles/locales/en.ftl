# What this browser can do (the facilitator's "This device" screen, facilitator.html only).
# Each line says yes or no in words, and what Pictokit does instead when it is no.

device-abilities-title = What this browser can do
device-abilities-hint = Pictokit works without any of these. Where one is missing, this says what happens instead.
device-record-yes = Recording sound: yes ({ $format }), and this browser plays it back.
device-record-no = Recording sound: no. This browser cannot record sound, so the synthetic voice is used instead.
device-camera-yes = Camera: yes. Photos can be taken here or chosen from files.
device-camera-no = Camera: none found. Photos can still be chosen from the device's files.
device-camera-checking = Camera: checking…
device-awake-yes = Keeping the screen on: yes, while a timer runs.
device-awake-no = Keeping the screen on: no. The screen may turn off during a timer; give the tablet a longer screen timeout in its settings.
device-notify-yes = Notifications: possible. Turn them on in a person's schedule.
device-notify-granted = Notifications: allowed. Reminders also come as notifications where a schedule asks for them.
device-notify-denied = Notifications: blocked for Pictokit in this browser. Reminders still show inside Pictokit.
device-notify-no = Notifications: no. This browser cannot show notifications; reminders still show inside Pictokit.
device-keep-yes = Keeping the data: yes. The browser keeps Pictokit's data safe on this device.
device-keep-no = Keeping the data: not promised. The browser may remove Pictokit's data if the device runs out of space. Installing the app helps, and so does an export now and then.

## Switch access (issue #25): how the person reaches the screen
editor-section-access = Touch, switches, keys or pointing
access-method = How { $name } uses the screen
access-method-touch = Touch
access-method-auto-scan = One switch: the light moves by itself
access-method-step-scan = Two switches: one moves the light, one chooses
access-method-keys = Arrow keys, and a key to choose
access-method-dwell = Pointing and holding still (head pointer, eye gaze)
access-switches-hint = A switch is Space, Enter, 1 or 2 on a switch interface, a tap anywhere on the screen, a mouse button or a button of a game controller. With two switches, Space or 1 moves the light and Enter or 2 chooses. The facilitator's corner is never lit.
access-pattern = How the light moves
access-pattern-row-column = A row, then the pictures of that row
access-pattern-items = One picture after the other
access-pattern-groups = Half of the screen, then half of that half
access-scan-seconds = Seconds the light stays on each step
access-first-step-seconds = Seconds on the first step
access-rounds = Rounds before the light stops
access-start-by-press = The light starts when a switch is pressed
access-restart = After a choice, the light starts again from the top
access-hold-seconds = Seconds a switch must be held before it counts (for a tremor)
access-ignore-seconds = Seconds during which a second press is ignored (for a tremor)
access-dwell-seconds = Seconds to hold still on a picture to choose it
access-speak = Say each picture when it lights up
access-step-sound = A short sound at each step
access-try = Try it
access-try-stop = Stop trying
access-try-title = Try the settings here
access-try-chosen = Chosen: { $name }
