/**
 * Authentication: who is calling. A credential is a bearer JWT (HS256 with `AUTH_JWT_SECRET`, or
 * RS/ES/EdDSA keys from `AUTH_JWKS_URL`; issuer, audience, expiry and not-before checked with a
 * bounded clock skew; `alg: none` and algorithm confusion refused because each key is bound to its
 * own algorithm family) or an API key (`tl_…`, see graph/api-keys.ts). No credential: the
 * anonymous viewer (PUBLIC only) when `AUTH_ANONYMOUS` is on, otherwise UNAUTHENTICATED.
 *
 * Development without a token issuer: a local secret is kept in `<home>/local-auth-secret` and a
 * local admin token is minted at start, which `threadline serve` prints beside the URL.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT, createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import type { Config } from '../core/config.js';
import { UnauthenticatedError } from '../core/errors.js';
import { ACCESS_LEVELS, levelsFrom, roleFrom } from '../graph/access.js';
import type { Identity } from '../graph/access.js';
import type { ApiKeyStore } from '../graph/api-keys.js';
import { looksLikeApiKey } from '../graph/api-keys.js';

const HMAC = ['HS256'];
const ASYMMETRIC = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'EdDSA',
];

export interface Authenticator {
  /**
   * The identity behind an `Authorization` header value (`Bearer <token>`) or a bare token.
   * @throws {UnauthenticatedError} missing (when anonymous access is off), malformed, expired,
   * forged or revoked credentials; the message never says which check failed.
   */
  authenticate(credential: string | null | undefined): Promise<Identity>;
  /** Development only: an admin token for the person who started the server. */
  localToken?: string;
}

type AuthConfig = Pick<Config, 'auth' | 'access' | 'env' | 'paths'>;

function localSecret(home: string): Uint8Array {
  const file = path.join(home, 'local-auth-secret');
  if (!existsSync(file)) {
    mkdirSync(home, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

function claimValues(value: unknown): unknown[] {
  if (Array.isArray(value)) return value as unknown[];
  if (typeof value === 'string') return value.split(/[\s,]+/);
  return [];
}

/**
 * Signs a short-lived HS256 token with `AUTH_JWT_SECRET` (benchmarks, scripts talking to their own
 * server). @throws when no secret is configured.
 */
export async function mintToken(
  config: Pick<Config, 'auth'>,
  claims: { subject: string; role: Identity['role']; levels: readonly string[] },
  ttl = '1h',
): Promise<string> {
  const a = config.auth;
  if (!a.jwtSecret) throw new Error('AUTH_JWT_SECRET is not set: no key to sign a token with');
  const jwt = new SignJWT({ [a.rolesClaim]: [claims.role], [a.levelsClaim]: [...claims.levels] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime(ttl);
  if (a.issuer) jwt.setIssuer(a.issuer);
  if (a.audience) jwt.setAudience(a.audience);
  return jwt.sign(new TextEncoder().encode(a.jwtSecret));
}

/** Builds the authenticator; `keys` verifies API keys (when `AUTH_API_KEYS` is on). */
export async function createAuthenticator(
  config: AuthConfig,
  keys: ApiKeyStore,
): Promise<Authenticator> {
  const a = config.auth;
  const local = !a.jwtSecret && !a.jwksUrl && config.env !== 'production';
  const secret = a.jwtSecret
    ? new TextEncoder().encode(a.jwtSecret)
    : local
      ? localSecret(config.paths.home)
      : undefined;
  const jwks = a.jwksUrl ? createRemoteJWKSet(new URL(a.jwksUrl)) : undefined;
  const refused = () => new UnauthenticatedError('Invalid or expired credentials');

  function identityOf(payload: JWTPayload): Identity {
    const role = roleFrom(claimValues(payload[a.rolesClaim])) ?? 'viewer';
    const claimed = payload[a.levelsClaim];
    const levels =
      claimed === undefined ? [...config.access.defaultLevels] : levelsFrom(claimValues(claimed));
    return {
      subject: `jwt:${payload.sub ?? '?'}`,
      role,
      levels,
      ...(payload.exp === undefined ? {} : { expiresAt: payload.exp }),
    };
  }

  async function verifyJwt(token: string): Promise<Identity> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw refused();
    }
    const options = {
      ...(a.issuer ? { issuer: a.issuer } : {}),
      ...(a.audience ? { audience: a.audience } : {}),
      clockTolerance: a.clockSkewSeconds,
      requiredClaims: ['exp'],
    };
    try {
      if (alg !== undefined && HMAC.includes(alg) && secret) {
        return identityOf(
          (await jwtVerify(token, secret, { ...options, algorithms: HMAC })).payload,
        );
      }
      if (alg !== undefined && ASYMMETRIC.includes(alg) && jwks) {
        return identityOf(
          (await jwtVerify(token, jwks, { ...options, algorithms: ASYMMETRIC })).payload,
        );
      }
    } catch {
      throw refused();
    }
    throw refused();
  }

  const localToken =
    local && secret
      ? await new SignJWT({ [a.rolesClaim]: ['admin'], [a.levelsClaim]: [...ACCESS_LEVELS] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('local-admin')
          .setIssuedAt()
          .setExpirationTime('30d')
          .setIssuer(a.issuer ?? 'threadline-local')
          .setAudience(a.audience ?? 'threadline')
          .sign(secret)
      : undefined;

  return {
    ...(localToken ? { localToken } : {}),
    async authenticate(credential) {
      const token = credential?.replace(/^Bearer\s+/i, '').trim();
      if (!token) {
        if (a.anonymous) return { subject: 'anonymous', role: 'viewer', levels: ['PUBLIC'] };
        throw new UnauthenticatedError(
          'Authentication required: send Authorization: Bearer <token or API key>',
        );
      }
      if (looksLikeApiKey(token)) {
        const identity = a.apiKeys ? await keys.verify(token) : undefined;
        if (!identity) throw refused();
        return identity;
      }
      return verifyJwt(token);
    },
  };
}
