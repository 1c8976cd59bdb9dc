import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { closeAfterAnswer, readSignedBody, validSignature } from './signed-body.js';
import type { BodyAuth, SignedBody } from './signed-body.js';

const SECRET = 'the-secret';
const sign = (body: Buffer | string) =>
  `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;

/**
 * A server answering each request with what `readSignedBody` made of it; `received` is what its
 * sockets read off the network, headers included.
 */
async function serve(auth: (req: http.IncomingMessage) => BodyAuth, limit: number) {
  const sockets: Socket[] = [];
  const server = http.createServer((req, res) => {
    void readSignedBody(req, auth(req), limit).then((r: SignedBody) => {
      closeAfterAnswer(req, res);
      res.writeHead(r.ok ? 200 : r.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(r.ok ? { body: r.body.toString() } : { error: r.error }));
    });
  });
  server.on('connection', (socket: Socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    received: () => sockets.reduce((n, s) => n + s.bytesRead, 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends `chunks` one by one (chunked encoding, no length); resolves with the status. */
function sendChunked(port: number, headers: http.OutgoingHttpHeaders, chunks: Buffer[]) {
  return new Promise<number>((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    let i = 0;
    const next = (): void => {
      if (i >= chunks.length) {
        req.end();
        return;
      }
      const ok = req.write(chunks[i++]);
      if (ok) setImmediate(next);
      else req.once('drain', next);
    };
    next();
  });
}

const hmac = (req: http.IncomingMessage): BodyAuth => ({
  kind: 'hmac',
  secret: SECRET,
  header: req.headers['x-hub-signature-256'] as string | undefined,
});

describe('readSignedBody', () => {
  it('returns the exact body when its HMAC matches', async () => {
    const s = await serve(hmac, 1000);
    try {
      const body = '{"a":"ünïcode"}';
      const res = await fetch(`http://127.0.0.1:${s.port}`, {
        method: 'POST',
        headers: { 'x-hub-signature-256': sign(body) },
        body,
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ body });
    } finally {
      await s.close();
    }
  });

  it('answers 401 for a signature of another body, and for none at all', async () => {
    const s = await serve(hmac, 1000);
    try {
      const wrong = await fetch(`http://127.0.0.1:${s.port}`, {
        method: 'POST',
        headers: { 'x-hub-signature-256': sign('{"a":2}') },
        body: '{"a":1}',
      });
      expect(wrong.status).toBe(401);
      const none = await fetch(`http://127.0.0.1:${s.port}`, { method: 'POST', body: '{}' });
      expect(none.status).toBe(401);
    } finally {
      await s.close();
    }
  });

  it('refuses a body declaring more than the limit without reading it', async () => {
    const s = await serve(hmac, 1000);
    try {
      const body = Buffer.alloc(200_000, 'x');
      const res = await fetch(`http://127.0.0.1:${s.port}`, {
        method: 'POST',
        headers: { 'x-hub-signature-256': sign(body) },
        body,
      });
      expect(res.status).toBe(413);
      // Headers and what the socket took in before the request paused; never the 200 kB.
      expect(s.received()).toBeLessThan(100_000);
    } finally {
      await s.close();
    }
  });

  it('stops reading a chunked body once it passes the limit', async () => {
    const s = await serve(hmac, 64 * 1024);
    try {
      const chunks = Array.from({ length: 400 }, () => Buffer.alloc(16 * 1024, 'x'));
      const status = await sendChunked(
        s.port,
        { 'x-hub-signature-256': sign('whatever') },
        chunks,
      ).catch(() => 413);
      expect(status).toBe(413);
      // 6.4 MB were offered; the server read the limit and what was in flight, not the rest.
      expect(s.received()).toBeLessThan(2 * 1024 * 1024);
    } finally {
      await s.close();
    }
  });

  it('size-checks a body authenticated otherwise', async () => {
    const s = await serve(() => ({ kind: 'none' }), 10);
    try {
      const small = await fetch(`http://127.0.0.1:${s.port}`, { method: 'POST', body: '{}' });
      expect(await small.json()).toEqual({ body: '{}' });
      const big = await fetch(`http://127.0.0.1:${s.port}`, {
        method: 'POST',
        body: '{"too":"long"}',
      });
      expect(big.status).toBe(413);
    } finally {
      await s.close();
    }
  });
});

describe('validSignature', () => {
  it('accepts only the HMAC of the exact bytes, in the sha256= form', () => {
    const body = Buffer.from('{"x":1}');
    expect(validSignature(SECRET, body, sign(body))).toBe(true);
    expect(validSignature(SECRET, body, sign(body).toUpperCase().replace('SHA256', 'sha256'))).toBe(
      true,
    );
    expect(validSignature(SECRET, Buffer.from('{"x":2}'), sign(body))).toBe(false);
    expect(validSignature(SECRET, body, sign(body).slice(7))).toBe(false);
    expect(validSignature(SECRET, body, undefined)).toBe(false);
  });
});
