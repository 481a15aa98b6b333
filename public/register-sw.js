// Registers Pictokit's service worker. A worker of a newer build that is waiting is
// asked to take over at start, and the page reloads once onto the new build; an update
// found while the app runs waits for the next start, so a session never mixes builds.
(function () {
  if (!("serviceWorker" in navigator)) return;
  var hadController = Boolean(navigator.serviceWorker.controller);
  var reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (hadController && !reloading) {
      reloading = true;
      window.location.reload();
    }
  });
  navigator.serviceWorker
    .register("sw.js")
    .then(function (registration) {
      if (registration.waiting && hadController) {
        registration.waiting.postMessage("skip-waiting");
      }
    })
    .catch(function () {
      // No service worker (private mode, file://): the app still runs, only not offline.
    });
})();
