/**
 * Reads a webhook body under a byte limit, checking its HMAC while it streams: a body over the
 * limit is refused from its `Content-Length` without being read, or as soon as the limit is
 * passed; nothing of it is kept past the limit, and nothing is parsed before the signature
 * matches.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** How a body proves where it comes from. */
export type BodyAuth =
  /** `sha256=<hex HMAC-SHA256 of the raw body>` in `header` (the header's value). */
  | { kind: 'hmac'; secret: string; header: string | undefined }
  /** Already authenticated by the caller (a secret in the URL): the body is only size-checked. */
  | { kind: 'none' };

/** A body read and checked, or why not, as the HTTP status to answer. */
export type SignedBody =
  { ok: true; body: Buffer } | { ok: false; status: 400 | 401 | 413; error: string };

/** The 32 bytes of a `sha256=<64 hex>` header, or null when it is missing or malformed. */
export function signatureBytes(header: string | undefined): Buffer | null {
  const m = header ? /^sha256=([0-9a-f]{64})$/i.exec(header.trim()) : null;
  return m?.[1] ? Buffer.from(m[1], 'hex') : null;
}

/** Constant-time check of `sha256=<hex>` against the HMAC of `body`. */
export function validSignature(secret: string, body: Buffer, header: string | undefined): boolean {
  const given = signatureBytes(header);
  if (!given) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(given, expected);
}

/**
 * Reads `req`'s body, at most `limit` bytes, hashing it as it arrives when `auth` is an HMAC.
 * A missing or malformed signature is refused before anything is read; a declared length over the
 * limit too. When the limit is passed mid-stream, reading stops there (the request is paused; the
 * caller answers and the connection closes).
 * @returns the raw body when the signature matches, else the status to answer: 401 (signature),
 * 413 (too large) or 400 (the client went away mid-body).
 */
export function readSignedBody(
  req: IncomingMessage,
  auth: BodyAuth,
  limit: number,
): Promise<SignedBody> {
  const given = auth.kind === 'hmac' ? signatureBytes(auth.header) : null;
  if (auth.kind === 'hmac' && !given) {
    return Promise.resolve({ ok: false, status: 401, error: 'missing or malformed signature' });
  }
  const tooLarge = { ok: false, status: 413, error: `body over ${limit} bytes` } as const;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(tooLarge);
  const hmac = auth.kind === 'hmac' ? createHmac('sha256', auth.secret) : null;

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: SignedBody) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish(tooLarge);
        return;
      }
      hmac?.update(chunk);
      chunks.push(chunk);
    };
    const onEnd = () => {
      if (hmac && given && !timingSafeEqual(given, hmac.digest())) {
        finish({ ok: false, status: 401, error: 'signature does not match the body' });
        return;
      }
      finish({ ok: true, body: Buffer.concat(chunks, size) });
    };
    const onError = () => finish({ ok: false, status: 400, error: 'body not received' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}

/**
 * Makes the answer to a request whose body was not read (refused early) the connection's last:
 * once the answer is sent, the connection is closed instead of the rest of the body being read
 * and discarded, as Node's server would otherwise do to reuse the connection.
 */
export function closeAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  if (req.complete) return;
  res.setHeader('Connection', 'close');
  res.once('finish', () => req.socket.destroy());
}
