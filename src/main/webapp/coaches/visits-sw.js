/*
 * Keeps the coach's day page (and what it loads) so that it opens again without network: network
 * first, the last good copy when the network fails. Visits themselves are never cached here; the
 * page queues them and sends them when it can.
 */
var CACHE = 'terrain-coach-day-v1';

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });
self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET' || request.url.indexOf('/api/') >= 0) {
        return;
    }
    event.respondWith(fetch(request).then(function (response) {
        if (response.ok && !response.redirected) {
            var copy = response.clone();
            caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
        }
        return response;
    }).catch(function () {
        return caches.match(request).then(function (hit) { return hit || caches.match(request, { ignoreSearch: true }); });
    }));
});
