import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { mockServerRace, useConsumerPact } from './consumer-pact.ts';

const { like, eachLike, string, regex, datetime } = MatchersV3;

// The voice agent of seed 002 is the consumer of the unified action endpoint: what it
// sends for each action and the parts of the answer it reads (the sentence it speaks,
// the appointment id it keeps, the alternatives it offers).
const pact = useConsumerPact('voice-agent', 'unified');

const agentId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const key = 'uk_demo_key_3b9f1c';
const T = '2026-03-03T10:00:00+01:00';
const json = { 'Content-Type': regex('^application/json(;.*)?$', 'application/json') };
const slotDays = eachLike({ date: regex(/^\d{4}-\d{2}-\d{2}$/.source, '2026-03-03'), date_label: string('Tomorrow'), slots: eachLike(regex(/^\d{1,2}:\d{2} (AM|PM)$/.source, '10:00 AM')) });

/** The voice agent's call: one POST, the answer as the agent reads it. */
async function act(url: string, body: Record<string, unknown>, apiKey = key) {
  const res = await fetch(`${url}/`, { method: 'POST', headers: { 'x-api-key': apiKey, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { success: boolean; message: string; data?: any; error?: any } };
}

describe('the voice agent → the unified action endpoint', mockServerRace, () => {
  const freeSlot = ['location L has a free 30-minute massage slot at T', { companyId: 1001, serviceId: 10009, staffId: 10001, minutes: 30, start: T }] as const;
  const book = { action: 'book', agent_id: agentId, name: 'Erika Mustermann', phone: '+491701234567', appointment_datetime: T };

  it('asks for a few free times to read out', async () => {
    await pact
      .addInteraction()
      .given(...freeSlot)
      .uponReceiving('a suggest action')
      .withRequest('POST', '/', (b) => b.headers({ 'X-Api-Key': key, ...json }).jsonBody({ action: 'suggest', agent_id: agentId }))
      .willRespondWith(200, (b) => b.headers(json).jsonBody({ success: true, message: string('We can see you tomorrow at 10:00 AM.'), data: like({ action: 'suggest', available_slots: slotDays }) }))
      .executeTest(async (server) => {
        const answer = await act(server.url, { action: 'suggest', agent_id: agentId });
        expect(answer.body.data.available_slots[0].slots).toEqual(['10:00 AM']);
      });
  });

  it('books a free time and keeps the appointment id', async () => {
    await pact
      .addInteraction()
      .given(...freeSlot)
      .uponReceiving('a book action for a free time')
      .withRequest('POST', '/', (b) => b.headers({ 'X-Api-Key': key, ...json }).jsonBody(book))
      .willRespondWith(200, (b) =>
        b.headers(json).jsonBody({
          success: true,
          message: string('Your appointment is booked for tomorrow at 10:00 AM.'),
          data: like({ action: 'book', appointment_id: string('appt_10015_40920228'), date_time: datetime("yyyy-MM-dd'T'HH:mm:ssXXX", T) }),
        }),
      )
      .executeTest(async (server) => {
        const answer = await act(server.url, book);
        expect(answer).toMatchObject({ status: 200, body: { success: true, data: { appointment_id: 'appt_10015_40920228', date_time: T } } });
      });
  });

  it('is offered alternatives when the time is not free', async () => {
    const sunday = { ...book, appointment_datetime: '2026-03-08T10:00:00+01:00' };
    await pact
      .addInteraction()
      .given('location L is closed at T', { companyId: 1001, start: sunday.appointment_datetime })
      .uponReceiving('a book action for a time that is not free')
      .withRequest('POST', '/', (b) => b.headers({ 'X-Api-Key': key, ...json }).jsonBody(sunday))
      .willRespondWith(409, (b) =>
        b.headers(json).jsonBody({
          success: false,
          message: string('Sorry, Sunday at 10:00 AM is not available.'),
          error: { code: 'SLOT_UNAVAILABLE', message: string('The selected time is not available'), details: like({ available_slots: slotDays }) },
        }),
      )
      .executeTest(async (server) => {
        const answer = await act(server.url, sunday);
        expect(answer.status).toBe(409);
        expect(answer.body.error.details.available_slots).toHaveLength(1);
      });
  });

  it('is told when its API key is wrong', async () => {
    await pact
      .addInteraction()
      .given('location L is open with its catalogue and staff', { companyId: 1001 })
      .uponReceiving('an action with an unknown API key')
      .withRequest('POST', '/', (b) => b.headers({ 'X-Api-Key': 'uk_wrong', ...json }).jsonBody({ action: 'suggest', agent_id: agentId }))
      .willRespondWith(401, (b) => b.headers(json).jsonBody({ success: false, message: string('Sorry, I can’t reach the booking system right now.'), error: { code: 'UNAUTHORIZED', message: string('Missing or invalid X-Api-Key header') } }))
      .executeTest(async (server) => {
        expect(await act(server.url, { action: 'suggest', agent_id: agentId }, 'uk_wrong')).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHORIZED' } } });
      });
  });
});
