// Kindly's service worker, based on go-app's template. Differences: install
// and activate use event.waitUntil (so the browser waits for the precache),
// every page shell is precached, and navigations fall back to the cached
// shell so deep links and ?query URLs open offline from a cold start.
const cacheName = "kindly-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(cacheName)
      .then((cache) => cache.addAll(resourcesToCache))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(cacheName);
  const navigation = request.mode === "navigate";
  // Page shells do not depend on the query string; the app reads it.
  const cached = await cache.match(request, { ignoreSearch: navigation });
  if (cached) {
    return cached;
  }
  try {
    return await fetch(request);
  } catch (err) {
    if (navigation) {
      // Offline deep link (/journal/{id}, an unknown path…): the shell of
      // "/" boots the app, which routes by itself.
      const shell = await cache.match("/");
      if (shell) {
        return shell;
      }
    }
    throw err;
  }
}

// -----------------------------------------------------------------------------
// Local notifications (go-app's goappNewNotification posts here).
// -----------------------------------------------------------------------------
self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.type !== "goapp:notify") {
    return;
  }
  const n = msg.options || {};
  event.waitUntil(
    self.registration.showNotification(n.title || "Kindly", {
      body: n.body,
      icon: n.icon,
      data: { goapp: { path: n.path || "/", actions: [] } },
    })
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const path = event.notification.data.goapp.path;
  event.waitUntil(
    clients.matchAll({ type: "window" }).then((list) => {
      for (const client of list) {
        if ("focus" in client) {
          client.focus();
          client.postMessage({ goapp: { type: "notification", path: path } });
          return;
        }
      }
      return clients.openWindow(path);
    })
  );
});
