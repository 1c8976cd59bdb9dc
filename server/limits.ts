/**
 * What one request may ask for, checked before anything runs: depth, aliases, directives and cost
 * (graphql-armor), the same rules on HTTP and WebSocket, and tokens (graphql-js's parser; HTTP,
 * while a WebSocket message is bounded by its size). Defaults are sized for the README's and the
 * docs' real queries with room to spare (docs/security.md).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from '../core/config.js';

export interface Limits {
  /**
   * Parser options: graphql-js's own token limit, so a document over it is an ordinary parse
   * failure (400, `BAD_USER_INPUT`); graphql-armor's Apollo token plugin threw from a plugin hook,
   * which turned every syntax error into a 500.
   */
  parseOptions: { maxTokens: number };
  /** Apollo plugins (the token limit runs while parsing). */
  plugins: ApolloServerPlugin[];
  /** Validation rules for both transports. */
  validationRules: ValidationRule[];
}

/** The armour configured from `GRAPHQL_MAX_*`. */
export function createLimits(config: Pick<Config, 'limits'>): Limits {
  const l = config.limits;
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: l.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: l.maxAliases },
    maxDirectives: { n: l.maxDirectives },
    maxTokens: { enabled: false },
    costLimit: { maxCost: l.maxCost, ignoreIntrospection: true },
    // Suggestions ("did you mean …") are kept: the schema is public to every caller anyway.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // graphql-armor's typings name Apollo's CommonJS build; the plugin objects are the same.
  return {
    plugins: plugins as unknown as ApolloServerPlugin[],
    validationRules,
    parseOptions: { maxTokens: l.maxTokens },
  };
}
