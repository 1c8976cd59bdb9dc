/**
 * What one request may ask for, checked before anything runs: depth, aliases, directives, tokens
 * and cost (graphql-armor), the same rules on HTTP and WebSocket. Defaults are sized for the
 * README's and the docs' real queries with room to spare (docs/security.md).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from '../core/config.js';

export interface Limits {
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
    maxTokens: { n: l.maxTokens },
    costLimit: { maxCost: l.maxCost, ignoreIntrospection: true },
    // Suggestions ("did you mean …") are kept: the schema is public to every caller anyway.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // graphql-armor's typings name Apollo's CommonJS build; the plugin objects are the same.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}
