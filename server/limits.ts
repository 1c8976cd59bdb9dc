/**
 * What one request may ask for, checked before anything runs: depth, aliases, directives and cost
 * (graphql-armor), the same rules on HTTP and WebSocket, and tokens (graphql-js's parser; HTTP,
 * while a WebSocket message is bounded by its size). Defaults are sized for the README's and the
 * docs' real queries with room to spare (docs/security.md).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import type {
  ASTVisitor,
  GraphQLNamedType,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
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
    validationRules: [...validationRules, maxAbstractDepth(l.maxAbstractDepth)],
    parseOptions: { maxTokens: l.maxTokens },
  };
}

/** Types whose abstract-typed fields @neo4j/graphql translates (a union per artifact type). */
function translated(parent: GraphQLNamedType | null | undefined): boolean {
  if (!parent) return false;
  if (parent.name === 'Query' || parent.name.endsWith('Connection') || parent.name.endsWith('Edge'))
    return true;
  if (parent.name === 'Artifact' || parent.name === 'Person' || parent.name === 'Chunk')
    return true;
  return 'getInterfaces' in parent && parent.getInterfaces().some((i) => i.name === 'Artifact');
}

/**
 * Refuses a selection path with more than `max` interface-typed fields of the generated graph API
 * (`artifacts`, `dependsOn`, `authored`). @neo4j/graphql turns each into a union over every
 * artifact type, so three nested `dependsOn` make Cypher that takes Neo4j longer to plan than the
 * request deadline, even on an empty graph (docs/security.md). Fragments and spreads are followed.
 */
export function maxAbstractDepth(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    let reported = false;
    const walk = (
      set: SelectionSetNode,
      parent: GraphQLNamedType | null | undefined,
      depth: number,
      fragments: ReadonlySet<string>,
    ): void => {
      for (const selection of set.selections) {
        if (reported) return;
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent;
          walk(selection.selectionSet, type, depth, fragments);
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value;
          const fragment = context.getFragment(name);
          // A fragment spreading itself is refused by graphql-js's own rules.
          if (!fragment || fragments.has(name)) continue;
          walk(
            fragment.selectionSet,
            schema.getType(fragment.typeCondition.name.value),
            depth,
            new Set([...fragments, name]),
          );
        } else {
          const field =
            parent && (isObjectType(parent) || isInterfaceType(parent))
              ? parent.getFields()[selection.name.value]
              : undefined;
          if (!field) continue;
          const type = getNamedType(field.type);
          const next = depth + (isAbstractType(type) && translated(parent) ? 1 : 0);
          if (next > max) {
            reported = true;
            context.reportError(
              new GraphQLError(
                `Too many nested interface-typed fields (artifacts, dependsOn, …): at most ${max} on one path (GRAPHQL_MAX_ABSTRACT_DEPTH); select concrete types (epics, userStories, …) or split the query`,
                { nodes: selection },
              ),
            );
            return;
          }
          if (selection.selectionSet) walk(selection.selectionSet, type, next, fragments);
        }
      }
    };
    return {
      OperationDefinition(node) {
        const root = schema.getRootType(node.operation);
        walk(node.selectionSet, root, 0, new Set());
      },
    };
  };
}
