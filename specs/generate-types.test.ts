import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedTypesPath, generateTypes } from './generate-types.ts';
import { specNames } from './spec-registry.ts';

describe('generated types', () => {
  it.each(specNames)('specs/generated/%s.ts matches its spec (run `npm run gen` when this fails)', async (name) => {
    const checkedIn = readFileSync(generatedTypesPath(name), 'utf8');
    expect(checkedIn === (await generateTypes(name))).toBe(true);
  });
});
