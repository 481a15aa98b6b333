// Registers Pictokit's service worker. A newer build's worker installs in the background
// and waits: the browser hands over to it when the app starts again with no page of the
// old build open, so a session never mixes two builds (see public/sw.js).
(function () {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("sw.js").catch(function () {
    // No service worker (private mode, file://): the app still runs, only not offline.
  });
})();

// Team sync (issue #24): a device that shares a person with their team starts its layer
// (public/team-sync.js) once the page is up; the first screen never waits for it.
(function () {
  try {
    if (localStorage.getItem("pictokit-team")) {
      import("./team-sync.js").then(function (m) { return m.startAll(); }).catch(function () {});
    }
  } catch (e) {
    // Storage blocked: nothing is shared on this device.
  }
})();
