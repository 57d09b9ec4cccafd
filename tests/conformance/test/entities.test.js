// Monitored entities through MonitoredEntitiesClient: an entity created by an event, listed and read.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isErrorEnvelopeError } from '../lib/clients.js';
import { clients, rejectsWith, runId } from '../lib/environment.js';

const { eventsClient, monitoredEntitiesClient } = clients;

test('entities: list with fields, get', async () => {
  const host = `conformance-host-${runId}`;
  await eventsClient.createEvent({ body: { eventType: 'CUSTOM_INFO', title: 'seen', entitySelector: `type(HOST),entityName.equals("${host}")` } });

  const list = await monitoredEntitiesClient.getEntities({
    entitySelector: `type(HOST),entityName.equals("${host}")`,
    fields: '+tags,+managementZones,+properties,+firstSeenTms,+lastSeenTms',
    from: 'now-1h',
  });
  assert.equal(list.totalCount, 1);
  const [listed] = list.entities;
  assert.equal(listed.displayName, host);
  assert.equal(listed.type, 'HOST');
  assert.ok(Array.isArray(listed.tags));
  assert.ok(typeof listed.firstSeenTms === 'number');

  const entity = await monitoredEntitiesClient.getEntity({ entityId: listed.entityId });
  assert.equal(entity.entityId, listed.entityId);
  assert.equal(entity.displayName, host);

  await rejectsWith(() => monitoredEntitiesClient.getEntities({ entitySelector: 'type(HOST),bogus("x")' }), 400, 'ErrorEnvelope', isErrorEnvelopeError);
});
