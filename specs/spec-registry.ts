import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The contracts slotcheck holds, by the name the CLI uses for them. */
export const specFiles = {
  altegio: 'altegio.openapi.yaml',
  voicebot: 'voicebot-webhooks.openapi.yaml',
  unified: 'unified-action.openapi.yaml',
  partner: 'partner-api.openapi.yaml',
  'partner-webhook': 'partner-webhook.openapi.yaml',
  admin: 'admin.openapi.yaml',
} as const;

export type SpecName = keyof typeof specFiles;

export const specNames = Object.keys(specFiles) as SpecName[];

/** A parsed OpenAPI document; walked by pointer, so kept as plain JSON. */
export type OpenApiDocument = Record<string, unknown> & {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
};

export function specPath(name: SpecName): string {
  return fileURLToPath(new URL(specFiles[name], import.meta.url));
}

const cache = new Map<SpecName, OpenApiDocument>();

/**
 * Reads a spec once per process. The published package ships each spec also as JSON
 * (written at build time), which reads ten times faster than the YAML; a clone parses the YAML.
 * @example loadSpec('altegio').info
 */
export function loadSpec(name: SpecName): OpenApiDocument {
  let doc = cache.get(name);
  if (!doc) {
    const json = specPath(name).replace(/\.yaml$/, '.json');
    doc = (existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : yaml().parse(readFileSync(specPath(name), 'utf8'))) as OpenApiDocument;
    cache.set(name, doc);
  }
  return doc;
}

/** The YAML parser, loaded only when a spec is read from YAML. */
const yaml = () => createRequire(import.meta.url)('yaml') as typeof import('yaml');

/** Follows a local `#/…` reference inside a document. */
export function resolve(doc: OpenApiDocument, ref: string): Record<string, unknown> | undefined {
  let node: unknown = doc;
  for (const raw of ref.replace(/^#\//, '').split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node as Record<string, unknown> | undefined;
}
