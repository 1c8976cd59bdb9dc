/**
 * `npm run codegen`: prints the executable schema (schema/*.graphql augmented by @neo4j/graphql)
 * to generated/schema.graphql, then runs GraphQL Code Generator (codegen.yml) on it: the server's
 * resolver types (generated/graphql.ts) and the explorer's typed operations (explorer/src/gql/).
 * `npm run codegen:check` regenerates in memory and fails when generated/ has drifted.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { lexicographicSortSchema, printSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../core/config.js';
import { buildSchema } from '../server/schema.js';

interface GeneratedFile {
  filename: string;
  content: string;
}

const check = process.argv.includes('--check');
const generatedDir = path.join(PROJECT_ROOT, 'generated');

async function main(): Promise<number> {
  // The driver is only handed to the library; building the schema opens no connection.
  const driver = neo4j.driver('bolt://127.0.0.1:1');
  const sdl = printSchema(lexicographicSortSchema(await buildSchema(driver)));
  await driver.close();
  const schemaFile = path.join(generatedDir, 'schema.graphql');
  const schemaDrifted = !existsSync(schemaFile) || readFileSync(schemaFile, 'utf8') !== `${sdl}\n`;
  if (check && schemaDrifted) return drift(['generated/schema.graphql']);
  mkdirSync(generatedDir, { recursive: true });
  if (schemaDrifted) writeFileSync(schemaFile, `${sdl}\n`);
  const { config } = await loadCodegenConfig({
    configFilePath: path.join(PROJECT_ROOT, 'codegen.yml'),
  });
  const outputs = (await generate(
    { ...config, cwd: PROJECT_ROOT, silent: true },
    false,
  )) as GeneratedFile[];
  const drifted = outputs.filter((f) => {
    const file = path.join(PROJECT_ROOT, f.filename);
    return !existsSync(file) || readFileSync(file, 'utf8') !== f.content;
  });
  if (check) return drifted.length === 0 ? 0 : drift(drifted.map((f) => f.filename));
  for (const f of outputs) {
    const file = path.join(PROJECT_ROOT, f.filename);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, f.content);
  }
  process.stdout.write(
    `wrote generated/schema.graphql, ${outputs.map((f) => f.filename).join(', ')}\n`,
  );
  return 0;
}

function drift(files: string[]): number {
  process.stderr.write(`generated/ is out of date (${files.join(', ')}): run npm run codegen\n`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
