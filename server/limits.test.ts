import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { PROJECT_ROOT } from '../core/config.js';
import { maxAbstractDepth } from './limits.js';

// The served schema as printed by codegen (generated/schema.graphql): what callers validate against.
const schema = buildSchema(
  readFileSync(path.join(PROJECT_ROOT, 'generated', 'schema.graphql'), 'utf8'),
);
const errors = (query: string, max = 1) =>
  validate(schema, parse(query), [maxAbstractDepth(max)]).map((e) => e.message);

describe('maxAbstractDepth', () => {
  it('lets one interface-typed field through on a path', () => {
    expect(errors('{ artifacts { uid } }')).toEqual([]);
    expect(errors('{ epics { uid dependsOn { uid } stories { dependsOn { uid } } } }')).toEqual([]);
  });

  it('refuses a second one nested below the first', () => {
    expect(errors('{ epics { dependsOn { dependsOn { uid } } } }')).toEqual([
      expect.stringContaining('GRAPHQL_MAX_ABSTRACT_DEPTH'),
    ]);
    expect(errors('{ artifacts { dependsOn { uid } } }')).toHaveLength(1);
    expect(errors('{ artifactsConnection { edges { node { dependsOn { uid } } } } }')).toHaveLength(
      1,
    );
  });

  it('follows fragments, inline and named', () => {
    expect(
      errors(
        `{ epics { ...A } } fragment A on Epic { dependsOn { ...B } } fragment B on Artifact { dependsOn { uid } }`,
      ),
    ).toHaveLength(1);
    expect(errors('{ epics { dependsOn { ... on Epic { dependsOn { uid } } } } }')).toHaveLength(1);
  });

  it('does not count the results of custom queries, which @neo4j/graphql does not translate', () => {
    expect(
      errors(
        '{ search(text: "x") { artifact { ... on Epic { dependsOn { uid } } } lineage { uid } } }',
      ),
    ).toEqual([]);
  });

  it('follows its setting', () => {
    expect(errors('{ epics { dependsOn { dependsOn { uid } } } }', 2)).toEqual([]);
  });
});
