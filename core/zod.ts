/**
 * zod helpers shared by the configuration models (`core/config.ts`, `core/config-sources.ts`)
 * and the connectors' payload schemas.
 */
import { z } from 'zod';

/** A comma-separated list: items trimmed, empty ones dropped (`"a, b,,"` → `["a", "b"]`). */
export const csv = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
);

/** A positive integer, from a string such as an environment variable. */
export const positiveInt = z.coerce.number().int().positive();

/** A TCP port (1–65535), from a string. */
export const port = z.coerce.number().int().min(1).max(65_535);

/** A boolean written `true`/`false`, `1`/`0` or `yes`/`no`. */
export const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** "`body.title`: expected string, received null" for the first problem of a failed parse. */
export function describeIssue(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'does not match the expected shape';
  const at = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return `${at}${first.message}`;
}
