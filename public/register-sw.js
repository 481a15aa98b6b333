// Registers Pictokit's service worker. A newer build's worker installs in the background
// and waits: the browser hands over to it when the app starts again with no page of the
// old build open, so a session never mixes two builds (see public/sw.js).
(function () {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("sw.js").catch(function () {
    // No service worker (private mode, file://): the app still runs, only not offline.
  });
})();

// Team sync (#24): a device that shares a person starts it (public/team-start.js).
(function () {
  try {
    if (!localStorage.getItem("pictokit-team")) return;
    var script = document.createElement("script");
    script.type = "module";
    script.src = "team-start.js";
    document.head.append(script);
  } catch (e) {}
})();
