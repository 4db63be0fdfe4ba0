import type { ApiName } from '../types.ts';
import { altegioSuite } from './altegio.ts';
import { partnerSuite } from './partner.ts';
import { platformWebhookSuite } from './platform-webhook.ts';
import { unifiedSuite } from './unified.ts';
import { voicebotSuite } from './voicebot.ts';
import type { Suite } from './suite.ts';

/** Built-in suites by API; an API without one can still run `--scenario FILE`. */
export const suites: Readonly<Partial<Record<ApiName, Suite>>> = {
  altegio: altegioSuite,
  unified: unifiedSuite,
  partner: partnerSuite,
  'platform-webhook': platformWebhookSuite,
  voicebot: voicebotSuite,
};

export { suiteFlags } from './suite.ts';
export type { Suite } from './suite.ts';
