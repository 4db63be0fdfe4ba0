import { describe, expect, it } from 'vitest';
import { pactJunitXml } from './pact-junit.ts';

// The CLI test reads a real verification's report; here the awkward ones, without Pact.
describe('pactJunitXml', () => {
  it('escapes what XML cannot hold as is in names and mismatches', () => {
    const xml = pactJunitXml('partner', {
      passed: false,
      pact: 'pacts/partner-bot-partner.json',
      reason: 'x',
      interactions: [
        {
          state: 'failed',
          description: 'a "booking" <with> & \'quotes\'\u0007',
          durationMs: 1234,
          mismatches: [{ message: 'Expected <b> & got </b>', expected: '<b>', given: '</b>' }, { message: 'state setup failed' }],
        },
      ],
    });
    expect(xml).toContain('name="a &quot;booking&quot; &lt;with&gt; &amp; &apos;quotes&apos;" time="1.234"');
    expect(xml).toContain(
      '<failure type="mismatch" message="Expected &lt;b&gt; &amp; got &lt;/b&gt;">Expected &lt;b&gt; &amp; got &lt;/b&gt;\n  expected: &quot;&lt;b&gt;&quot;\n  given: &quot;&lt;/b&gt;&quot;\nstate setup failed</failure>',
    );
    expect(xml).toContain('tests="1" failures="1" errors="0"');
    expect(xml).not.toContain('\u0007');
  });

  it('reports a verification that failed without naming an interaction as one error', () => {
    const xml = pactJunitXml('altegio', { passed: false, pact: 'pacts/ai-agent-altegio.json', reason: 'Pact could not load the pact\nat line 1', interactions: [] });
    expect(xml).toContain('tests="1" failures="0" errors="1"');
    expect(xml).toContain('<error message="Pact could not load the pact">Pact could not load the pact\nat line 1</error>');
  });

  it('lists every passed interaction as a testcase of its own', () => {
    const interactions = ['one', 'two', 'three'].map((description) => ({ state: 'passed' as const, description, durationMs: 10 }));
    const xml = pactJunitXml('voicebot', { passed: true, pact: 'pacts/voice-bot-voicebot.json', interactions });
    expect(xml.match(/<testcase classname="pact\.voicebot" name="(one|two|three)" time="0\.010"\/>/g)).toHaveLength(3);
    expect(xml).toContain('<testsuites name="slotcheck pact verify voicebot" tests="3" failures="0" errors="0" time="0.030">');
  });
});
