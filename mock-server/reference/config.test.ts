import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSnapshot } from '../altegio/demo-data.ts';
import { checkConfig, ConfigError, loadConfig } from './config.ts';

describe('reference configuration', () => {
  it('the default file is valid and points at demo data that exists', () => {
    const config = loadConfig();
    const { companies, services, staff } = demoSnapshot({ seed: 42, now: 0, dataset: 'empty' }).tables;
    const companyIds = companies.map((c) => c.id);
    const targets = [...config.unified.agents, ...config.platformWebhook.accounts];
    for (const t of targets) {
      expect(companyIds).toContain(t.companyId);
      expect(services.find((s) => s.id === t.serviceId)?.companyId).toBe(t.companyId);
      if (t.staffId !== 0) expect(staff.find((s) => s.id === t.staffId)?.companyId).toBe(t.companyId);
    }
    for (const e of config.voicebot.entities) expect(companyIds).toContain(e.companyId);
    for (const id of Object.keys(config.voicebot.requiredInfo.products)) expect(services.map((s) => String(s.id))).toContain(id);
    // Every bot a key names exists, and its account is served by the platform webhook.
    const bots = new Map(config.partner.bots.map((b) => [b.botId, b]));
    for (const k of config.partner.keys) for (const b of k.bots) expect(config.platformWebhook.accounts.map((a) => a.accountId)).toContain(bots.get(b)?.accountId);
  });

  it('refuses a bad file with a message naming the key', () => {
    const good = loadConfig();
    expect(() => checkConfig({ ...good, partner: { ...good.partner, timeoutMs: 'soon' } })).toThrow(new ConfigError('config: partner.timeoutMs must be integer.'));
    expect(() => checkConfig({ ...good, extra: 1 })).toThrow(/\(top level\) must NOT have additional properties \(extra\)/);
    const file = join(mkdtempSync(join(tmpdir(), 'slotcheck-config-')), 'bad.yaml');
    writeFileSync(file, 'altegio: [unclosed');
    expect(() => loadConfig(file)).toThrow(ConfigError);
  });
});
