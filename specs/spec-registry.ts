import { fileURLToPath } from 'node:url';
import { readPackagedYaml } from '../kit/yaml-file.ts';

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
 * Reads a spec once per process.
 * @example loadSpec('altegio').info
 */
export function loadSpec(name: SpecName): OpenApiDocument {
  let doc = cache.get(name);
  if (!doc) {
    doc = readPackagedYaml(new URL(specFiles[name], import.meta.url)) as OpenApiDocument;
    cache.set(name, doc);
  }
  return doc;
}

/** Follows a local `#/…` reference inside a document. */
export function resolve(doc: OpenApiDocument, ref: string): Record<string, unknown> | undefined {
  let node: unknown = doc;
  for (const raw of ref.replace(/^#\//, '').split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node as Record<string, unknown> | undefined;
}
