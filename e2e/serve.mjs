// A static server for the built app (dist/), on 127.0.0.1 only.
// `node serve.mjs DIR PORT` for Playwright's webServer; tests import startServer() to
// serve a copied build of their own (the update spec).
//
// It also passes /couch/… on to the CouchDB-protocol server of the team sync tests
// (tools/couch-server.mjs; PICTOKIT_COUCH_PORT, default 5985): the "same origin"
// deployment of docs/sync/SERVER.md, where a reverse proxy serves CouchDB under the app's
// own origin, so the app's Content-Security-Policy keeps `connect-src 'self'`.
import http from 'node:http';
import sirv from 'sirv';
import { couchPort } from './tools/couch-server.mjs';

/** Where the app reaches the team's CouchDB on its own origin. */
const COUCH_PATH = '/couch';

// Headers of one connection, not of the request or reply they carry (RFC 9110, 7.6.1).
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer'];
function endToEnd(headers) {
  const kept = { ...headers };
  for (const name of HOP_BY_HOP) delete kept[name];
  return kept;
}

/**
 * Passes a request for /couch/… to the server at `couch` (its path without /couch), with
 * every method and header (Authorization too), both bodies streamed (a continuous changes
 * feed flows as it comes), and the reply's status and headers kept; a Location on the
 * server's own address is rewritten under /couch/, as a reverse proxy does. When the server
 * does not answer, a 502 says so in CouchDB's shape of an error.
 */
function proxy(req, res, couch) {
  const target = new URL(couch);
  const rest = req.url.slice(COUCH_PATH.length);
  const upstream = http.request({
    host: target.hostname,
    port: target.port,
    method: req.method,
    path: rest.startsWith('/') ? rest : `/${rest}`,
    headers: { ...endToEnd(req.headers), host: target.host },
  }, (reply) => {
    const headers = endToEnd(reply.headers);
    if (headers.location && headers.location.startsWith(target.origin)) {
      headers.location = COUCH_PATH + headers.location.slice(target.origin.length);
    }
    res.writeHead(reply.statusCode, reply.statusMessage, headers);
    reply.pipe(res);
  });
  upstream.on('error', (error) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({
      error: 'bad_gateway',
      reason: `no CouchDB server answers at ${target.origin} (${error.code || error.message})`,
    }));
  });
  // A client that goes away (a page closed during a live replication) closes its request upstream.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

/** Serves `dir` on 127.0.0.1 (port 0: any free one), /couch/… passed on to the CouchDB
 * server at `couch` (default: 127.0.0.1 on PICTOKIT_COUCH_PORT). Resolves to { url, close }. */
export function startServer(dir, port = 0, { couch = `http://127.0.0.1:${couchPort()}` } = {}) {
  const handler = sirv(dir, { dev: true, etag: true });
  const server = http.createServer((req, res) => {
    if (req.url === COUCH_PATH || req.url.startsWith(`${COUCH_PATH}/`) || req.url.startsWith(`${COUCH_PATH}?`)) {
      proxy(req, res, couch);
      return;
    }
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
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
  console.log(`serving ${dir} on ${url}, /couch/ from 127.0.0.1:${couchPort()}`);
}
