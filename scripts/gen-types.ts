// `npm run gen`: rewrites specs/generated/ from the specs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedTypesPath, generateTypes } from '../specs/generate-types.ts';
import { specNames } from '../specs/spec-registry.ts';

for (const name of specNames) {
  const file = generatedTypesPath(name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await generateTypes(name));
  console.log(`wrote ${file.slice(process.cwd().length + 1)}`);
}
