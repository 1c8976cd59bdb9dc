/**
 * `DateTime` fields of the generated API without APOC.
 *
 * @neo4j/graphql 7 projects every `DateTime` field, and the `min`/`max` of its aggregates, as
 * `apoc.date.convertFormat(toString(x), "iso_zoned_date_time", "iso_offset_date_time")`
 * (`translate/utils/apoc-wrapper.js`, called from `DateTimeField` and the aggregation fields): a
 * value stored with a zone id (`…+01:00[Europe/Berlin]`) becomes an offset JavaScript's `Date`
 * can parse, and the `DateTime` scalar then serialises it with `toISOString()`. No other APOC call
 * is reachable from our schema (the others serve mutations, `@authorization` validate rules and
 * `@populatedBy`, which it does not use). The library has no option for it, and APOC for Neo4j
 * 2026.x is not on Maven Central, so this swaps that one expression for plain Cypher naming the
 * same instant in UTC: `toString(datetime({datetime: datetime(x), timezone: 'Z'}))`, null for
 * null. What the API returns is unchanged (the scalar still ends in `toISOString()`); the query
 * no longer needs APOC, on the local Neo4j or any other. docs/architecture.md has the decision.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

/** The parts of @neo4j/cypher-builder this module builds with. */
interface CypherBuilder {
  Function: new (name: string, args: unknown[]) => unknown;
  Map: new (entries: Record<string, unknown>) => unknown;
  Literal: new (value: string) => unknown;
  Case: new () => {
    when(predicate: unknown): { then(expr: unknown): { else(expr: unknown): unknown } };
  };
  Null: unknown;
  isNull(expr: unknown): unknown;
}

interface ApocWrapper {
  convertFormat(temporal: unknown, currentFormat: string, convertTo?: string): unknown;
}

const requireHere = createRequire(import.meta.url);
const libraryEntry = requireHere.resolve('@neo4j/graphql');
/**
 * The wrapper is internal (not in the package's `exports`), so it is loaded by file: Node's module
 * cache hands back the very object the library's own modules call.
 */
const WRAPPER_FILE = path.join(path.dirname(libraryEntry), 'translate', 'utils', 'apoc-wrapper.js');

const patched = new WeakSet<object>();

/**
 * The Cypher for a `DateTime` (or a string in ISO form) as an ISO string in UTC, never with a
 * zone id; null for null. Built with the library's own copy of @neo4j/cypher-builder.
 */
function utcString(cypher: CypherBuilder, temporal: unknown): unknown {
  const utc = new cypher.Function('datetime', [
    new cypher.Map({
      datetime: new cypher.Function('datetime', [temporal]),
      timezone: new cypher.Literal('Z'),
    }),
  ]);
  return new cypher.Case()
    .when(cypher.isNull(temporal))
    .then(cypher.Null)
    .else(new cypher.Function('toString', [utc]));
}

/**
 * Makes @neo4j/graphql project `DateTime` fields without `apoc.date.convertFormat` (see the module
 * comment). Idempotent; call it before the schema serves requests.
 * @throws {Error} when the installed @neo4j/graphql no longer has the wrapper this replaces: the
 * replacement must be revisited on upgrade, not silently skipped.
 */
export function projectDateTimesWithoutApoc(): void {
  const wrapperModule: unknown = requireHere(WRAPPER_FILE);
  const wrapper = (wrapperModule as { apocWrapper?: Partial<ApocWrapper> }).apocWrapper;
  const original = wrapper?.convertFormat;
  if (!wrapper || typeof original !== 'function') {
    throw new Error(
      `@neo4j/graphql changed: ${WRAPPER_FILE} no longer has apocWrapper.convertFormat; ` +
        'revisit server/datetime-projection.ts',
    );
  }
  if (patched.has(wrapper)) return;
  const cypherModule: unknown = createRequire(libraryEntry)('@neo4j/cypher-builder');
  const cypher = (cypherModule as { default: CypherBuilder }).default;
  wrapper.convertFormat = (temporal, currentFormat, convertTo) =>
    currentFormat === 'iso_zoned_date_time' && convertTo === 'iso_offset_date_time'
      ? utcString(cypher, temporal)
      : original.call(wrapper, temporal, currentFormat, convertTo);
  patched.add(wrapper);
}
