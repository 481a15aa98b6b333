// What Pictokit keeps outside IndexedDB (issue #22), read from a page of the app: the
// database's generation, the marker and the list of copies in Cache Storage.

/** The database's generation and the copies kept outside it, as the page sees them. */
export function safekeeping(page) {
  return page.evaluate(async () => {
    const generation = await new Promise((resolve) => {
      const request = indexedDB.open('pictokit');
      request.onerror = () => resolve(-1);
      request.onsuccess = () => {
        const db = request.result;
        try {
          const read = db.transaction('device').objectStore('device').get('generation');
          read.onsuccess = () => {
            db.close();
            resolve(read.result ? JSON.parse(read.result).generation : 0);
          };
        } catch (_) {
          db.close();
          resolve(0);
        }
      };
    });
    const cache = await caches.open('pictokit-safekeeping');
    const read = async (url) => {
      const response = await cache.match(url);
      return response ? response.json() : null;
    };
    return {
      generation,
      marker: await read('/pictokit-safekeeping/marker'),
      copies: (await read('/pictokit-safekeeping/copies')) || [],
    };
  });
}
