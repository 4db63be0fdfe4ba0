import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// The published package ships each of its own YAML files with a JSON twin written at
// build time (`x.yaml` → `x.json`): JSON parses ten times faster, and the YAML parser is
// then never loaded at start-up. A clone has no twins and parses the YAML.

/**
 * Reads one of slotcheck's own YAML files (a spec, the default configuration), or its twin.
 * @example readPackagedYaml(new URL('default-config.yaml', import.meta.url))
 */
export function readPackagedYaml(url: URL): unknown {
  const file = fileURLToPath(url);
  const twin = file.replace(/\.yaml$/, '.json');
  if (twin !== file && existsSync(twin)) return JSON.parse(readFileSync(twin, 'utf8'));
  return readYaml(file);
}

/** Parses a YAML file, loading the parser on first use. */
export function readYaml(file: string | URL): unknown {
  return (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(readFileSync(file, 'utf8'));
}
