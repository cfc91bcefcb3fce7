// Kindly's service worker, based on go-app's template. Differences: install
// and activate use event.waitUntil (so the browser waits for the precache),
// every page shell is precached (in the person's language too), and
// navigations fall back to the cached shell so deep links and ?query URLs
// open offline from a cold start.
const cacheName = "kindly-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
// The page shells, which the server renders in each language (?lang=):
// once the app says which language the person reads, navigations get
// their shell in it, online or not, so nothing flashes English.
const pages = {{.Pages}};
const settingsCache = "kindly-settings";
const languageKey = "/kindly/language";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(cacheName)
      .then((cache) => cache.addAll(resourcesToCache))
      .then(() => language())
      .then((lang) => lang && cacheShells(lang))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName && k !== settingsCache).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// language is the interface language the app last reported, or "".
async function language() {
  const saved = await (await caches.open(settingsCache)).match(languageKey);
  return saved ? saved.text() : "";
}

function shellURL(path, lang) {
  return path + "?lang=" + encodeURIComponent(lang);
}

async function cacheShells(lang) {
  const cache = await caches.open(cacheName);
  await cache.addAll(pages.map((p) => shellURL(p, lang)));
}

async function rememberLanguage(lang) {
  if (lang === (await language())) {
    return;
  }
  await cacheShells(lang);
  await (await caches.open(settingsCache)).put(languageKey, new Response(lang));
}

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
  const lang = navigation ? await language() : "";
  const path = new URL(request.url).pathname;
  if (lang && pages.includes(path)) {
    const shell = await cache.match(shellURL(path, lang));
    if (shell) {
      return shell;
    }
  }
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
      const shell = (lang && await cache.match(shellURL("/", lang))) || await cache.match("/");
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
  if (msg && msg.type === "kindly:language" && typeof msg.lang === "string") {
    event.waitUntil(rememberLanguage(msg.lang));
    return;
  }
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
