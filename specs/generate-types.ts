import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { specFiles, specPath, type SpecName } from './spec-registry.ts';

/** Where the checked-in types of a spec live. */
export function generatedTypesPath(name: SpecName): string {
  return fileURLToPath(new URL(`generated/${name}.ts`, import.meta.url));
}

/**
 * The TypeScript that openapi-typescript makes of a spec, under a do-not-edit header.
 * @example await generateTypes('partner')
 */
export async function generateTypes(name: SpecName): Promise<string> {
  const ast = await openapiTS(readFileSync(specPath(name), 'utf8'));
  const header =
    `// Generated from specs/${specFiles[name]} by openapi-typescript.\n` +
    '// Do not edit: change the spec and run `npm run gen`.\n\n';
  return header + astToString(ast);
}
