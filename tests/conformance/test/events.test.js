// Events through EventsClient: ingest on an entity, list by correlation id, get by event id.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isErrorEnvelopeError } from '../lib/clients.js';
import { clients, rejectsWith, runId } from '../lib/environment.js';

const { eventsClient } = clients;

test('events: ingest, list, get', async () => {
  const service = `conformance-events-${runId}`;
  const ingested = await eventsClient.createEvent({
    body: {
      eventType: 'CUSTOM_DEPLOYMENT',
      title: `Deployed ${service}`,
      entitySelector: `type(SERVICE),entityName.equals("${service}")`,
      properties: { 'dt.event.deployment.version': '1.2.3', team: 'conformance' },
    },
  });
  assert.equal(ingested.reportCount, 1);
  const [result] = ingested.eventIngestResults;
  assert.equal(result.status, 'OK');
  assert.ok(result.correlationId);

  const list = await eventsClient.getEvents({ eventSelector: `correlationId("${result.correlationId}")`, from: 'now-1h' });
  assert.equal(list.totalCount, 1);
  const [event] = list.events;
  assert.equal(event.eventType, 'CUSTOM_DEPLOYMENT');
  assert.equal(event.title, `Deployed ${service}`);
  assert.equal(event.entityId.name, service);
  assert.ok(event.properties.some((p) => p.key === 'team' && p.value === 'conformance'));

  const single = await eventsClient.getEvent({ eventId: event.eventId });
  assert.equal(single.eventId, event.eventId);
  assert.equal(single.correlationId, result.correlationId);

  await rejectsWith(() => eventsClient.createEvent({ body: { eventType: 'NOT_A_TYPE', title: 'x' } }), 400, 'ErrorEnvelope', isErrorEnvelopeError);
});
