import { describe, expect, it } from 'vitest';
import { createSpecValidator, loadSpec, specFiles, specNames } from './index.ts';
import { collectExamples } from './spec-examples.ts';

// Every example a spec shows a reader must be one its own schema accepts: examples
// feed Prism's static mock, the docs and the Pact tests, so a wrong one misleads all three.
describe.each(specNames)('%s', (name) => {
  const doc = loadSpec(name);
  const examples = collectExamples(doc);
  const validator = createSpecValidator(name);

  // Spectral's slotcheck-media-has-examples rule makes every body carry examples;
  // this guards the walker itself, which must find at least one per operation.
  it(`${specFiles[name]} yields at least one example per operation`, () => {
    const operations = Object.values(doc.paths).flatMap((item) => Object.keys(item).filter((k) => k !== 'parameters'));
    expect(examples.length).toBeGreaterThanOrEqual(operations.length);
  });

  it.each(examples.map((e) => [e.where, e] as const))(`${specFiles[name]} %s`, (_where, example) => {
    expect(validator.validate(example.schemaPointer, example.value)).toEqual({ valid: true });
  });
});
