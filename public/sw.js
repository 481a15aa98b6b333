// Pictokit's service worker. The build (scripts/finish_build.py) fills in the version
// and the list of every built file; this template is not served as it is.
//
// - Install: precache every file of this build in a cache named after its version.
// - Fetch: answer from that cache first, so the app starts with the network off and
//   never mixes files of two builds; pictograms fetched later are cached as shown. The
//   team's database under /couch/ is left to the network.
// - Update: a new worker installs beside the old one and waits. The running app keeps
//   the build it started with; when the app starts again with no old page open, the new
//   worker takes over and deletes the old cache.

const VERSION = "__PICTOKIT_VERSION__";
const PRECACHE = "__PICTOKIT_PRECACHE__";
const CACHE = `pictokit-${VERSION}`;
const RUNTIME = "pictokit-runtime";
// The copies of the data kept outside IndexedDB (app/src/storage/idb.js): never cleared here.
const SAFEKEEPING = "pictokit-safekeeping";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith("pictokit-") && ![CACHE, RUNTIME, SAFEKEEPING].includes(name))
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The team's database (served under /couch/, public/team-link.js): always the network,
  // never a cache; offline, PouchDB sees the browser's own network error and retries.
  if (url.pathname.includes("/couch/")) return;

  if (request.mode === "navigate") {
    // Each page is served from this build's cache: facilitator.html, else index.html.
    const page = url.pathname.endsWith("/facilitator.html") ? "./facilitator.html" : "./index.html";
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(page))
        .then((cached) => cached || fetch(request)),
    );
    return;
  }

  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      const runtime = await caches.open(RUNTIME);
      const kept = await runtime.match(request, { ignoreSearch: true });
      if (kept) return kept;
      const response = await fetch(request);
      if (response.ok && url.pathname.includes("/pictograms/")) {
        runtime.put(request, response.clone());
      }
      return response;
    })(),
  );
});

// A tap on a reminder's system notification brings Pictokit's open tab to the front.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((client) => "focus" in client);
      if (open) {
        await open.focus();
      } else if (self.clients.openWindow) {
        await self.clients.openWindow("./");
      }
    })(),
  );
});
