import type { ApiOptions, ReferenceContext } from '../reference/index.ts';
import type { HttpApi } from '../server/express-adapter.ts';

// Placeholder until the reference implementation lands (issue 4).
export function createPartnerApi(_ctx: ReferenceContext, _options: ApiOptions = {}): HttpApi {
  const renderError = () => ({ status: 501, body: { error: { code: 'not_implemented', message: 'Not built yet.' } } });
  return { renderError, handle: async () => renderError() };
}
