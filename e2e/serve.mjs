// A static server for the built app (dist/), on 127.0.0.1 only.
// `node serve.mjs DIR PORT` for Playwright's webServer; tests import startServer() to
// serve a copied build of their own (the update spec).
import http from 'node:http';
import sirv from 'sirv';

/** Serves `dir` on 127.0.0.1 (port 0: any free one). Resolves to { url, close }. */
export function startServer(dir, port = 0) {
  const handler = sirv(dir, { dev: true, etag: true });
  const server = http.createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end('not found');
  }));
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      // Closing also drops kept-alive connections, so the port is free at once.
      const close = () => new Promise((done) => {
        server.close(done);
        server.closeAllConnections();
      });
      resolve({ url: `http://127.0.0.1:${actual}`, port: actual, close });
    });
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [dir = '../dist', port = '4173'] = process.argv.slice(2);
  const { url } = await startServer(dir, Number(port));
  console.log(`serving ${dir} on ${url}`);
}
