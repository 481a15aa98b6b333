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
