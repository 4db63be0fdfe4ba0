import type { ReferenceConfig } from '../reference/index.ts';
import { sameSecret } from '../routing/index.ts';
import { partnerError } from './errors.ts';

export type Partner = ReferenceConfig['partner']['keys'][number];
export type Bot = ReferenceConfig['partner']['bots'][number];

/**
 * The partner whose `Authorization: Bearer sk_ptnr_…` this is, or a 401.
 * @example partnerOf(config, 'Bearer sk_ptnr_demo_gleichgewicht_a1b2c3').bots // ['bot_gleichgewicht']
 */
export function partnerOf(config: ReferenceConfig, authorization: string | undefined): Partner {
  const key = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  const partner = key === undefined ? undefined : config.partner.keys.find((k) => sameSecret(key, k.key));
  if (!partner) throw partnerError(401, 'Invalid or missing partner API key: send Authorization: Bearer sk_ptnr_….');
  return partner;
}

/** The partner's own bot; another partner's bot is answered exactly like an unknown one. */
export function botOf(config: ReferenceConfig, partner: Partner, botId: string): Bot {
  if (!partner.bots.includes(botId)) throw partnerError(404, `Bot ${botId} not found.`);
  const bot = config.partner.bots.find((b) => b.botId === botId);
  if (!bot) throw partnerError(502, `Bot ${botId} has no platform webhook configured.`);
  return bot;
}
