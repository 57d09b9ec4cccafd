// Settings 2.0 through SettingsSchemasClient and SettingsObjectsClient: schemas, create (also
// validateOnly, a rejected object and a 207 batch), paged list, get, update and delete.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isErrorEnvelopeError, isSettingsObjectResponseArrayError, isSettingsObjectResponseError } from '../lib/clients.js';
import { clients, rejectsWith, runId } from '../lib/environment.js';

const { settingsSchemasClient, settingsObjectsClient } = clients;
const ZONES = 'builtin:management-zones';
const SLO = 'builtin:monitoring.slo';
const ALL_FIELDS = 'objectId,schemaId,schemaVersion,scope,externalId,summary,searchSummary,created,modified,createdBy,modifiedBy,author,updateToken,owner,resourceContext,modificationInfo,value';

const zone = (name) => ({
  name,
  description: 'created by the SDK conformance run',
  rules: [{ enabled: true, type: 'SELECTOR', entitySelector: 'type(SERVICE),tag("team:conformance")' }],
});

const slo = (name) => ({
  name,
  metricName: name.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
  metricExpression: '(100)*(builtin:service.errors.server.successCount:splitBy())/(builtin:service.requestCount.server:splitBy())',
  evaluationType: 'AGGREGATE',
  filter: 'type("SERVICE")',
  evaluationWindow: '-1w',
  targetSuccess: 99.0,
  targetWarning: 99.5,
  errorBudgetBurnRate: { burnRateVisualizationEnabled: true, fastBurnThreshold: 10.0 },
  enabled: true,
});

test('settings schemas: list and get', async () => {
  const list = await settingsSchemasClient.getAvailableSchemaDefinitions();
  assert.ok(list.items.some((s) => s.schemaId === ZONES), 'the management-zones schema is listed');
  assert.equal(list.totalCount, list.items.length);

  const withFields = await settingsSchemasClient.getAvailableSchemaDefinitions({ fields: 'schemaId,multiObject,ordered,maturity,ownerBasedAccessControl' });
  assert.equal(withFields.items.find((s) => s.schemaId === 'builtin:metric.metadata')?.multiObject, false);

  // Every served schema document must fit SchemaDefinitionRestDto, down to each property definition.
  for (const { schemaId, latestSchemaVersion } of list.items) {
    const schema = await settingsSchemasClient.getSchemaDefinition({ schemaId, schemaVersion: latestSchemaVersion });
    assert.equal(schema.schemaId, schemaId);
    assert.equal(schema.version, latestSchemaVersion);
  }
  assert.deepEqual((await settingsSchemasClient.getSchemaDefinition({ schemaId: SLO })).allowedScopes, ['environment']);

  await rejectsWith(() => settingsSchemasClient.getSchemaDefinition({ schemaId: 'builtin:no.such.schema' }), 404, 'ErrorEnvelope', isErrorEnvelopeError);
});

test('settings objects: validateOnly, create, reject, multi-status', async () => {
  const validated = await settingsObjectsClient.postSettingsObjects({ validateOnly: true, body: [{ schemaId: SLO, scope: 'environment', value: slo(`Validate ${runId}`) }] });
  assert.deepEqual(validated, [{ code: 200 }]);

  const created = await settingsObjectsClient.postSettingsObjects({
    body: [1, 2, 3].map((n) => ({ schemaId: ZONES, scope: 'environment', externalId: `conformance-${runId}-${n}`, value: zone(`conformance ${runId} ${n}`) })),
  });
  assert.equal(created.length, 3);
  created.forEach((r) => {
    assert.equal(r.code, 200);
    assert.ok(r.objectId);
  });

  const rejected = await rejectsWith(
    () => settingsObjectsClient.postSettingsObjects({ body: [{ schemaId: SLO, scope: 'environment', value: { ...slo(`Bad ${runId}`), targetWarning: 1 } }] }),
    400, 'SettingsObjectResponse[]', isSettingsObjectResponseArrayError);
  const violation = rejected.body[0].error.constraintViolations[0];
  assert.equal(violation.path, `${SLO}/0/targetWarning`);
  assert.equal(violation.parameterLocation, 'PAYLOAD_BODY');

  const mixed = await settingsObjectsClient.postSettingsObjects({
    validateOnly: true,
    body: [
      { schemaId: SLO, scope: 'environment', value: slo(`Mixed ${runId}`) },
      { schemaId: SLO, scope: 'environment', value: { ...slo(`Mixed bad ${runId}`), evaluationType: 'SOMETIMES' } },
      { schemaId: 'builtin:no.such.schema', scope: 'environment', value: {} },
    ],
  });
  assert.deepEqual(mixed.map((r) => r.code), [200, 400, 404]);
});

test('settings objects: paged list, get, update, delete', async () => {
  const externalIds = [1, 2, 3].map((n) => `paged-${runId}-${n}`);
  await settingsObjectsClient.postSettingsObjects({
    body: externalIds.map((externalId) => ({ schemaId: ZONES, scope: 'environment', externalId, value: zone(externalId) })),
  });

  const first = await settingsObjectsClient.getSettingsObjects({ schemaIds: ZONES, externalIds: externalIds.join(','), fields: ALL_FIELDS, pageSize: 2 });
  assert.equal(first.totalCount, 3);
  assert.equal(first.items.length, 2);
  assert.ok(first.nextPageKey, 'a second page is announced');
  for (const field of ALL_FIELDS.split(',').filter((f) => f !== 'externalId')) {
    assert.ok(first.items.every((item) => item[field] !== undefined), `every listed object carries ${field}`);
  }

  const second = await settingsObjectsClient.getSettingsObjects({ nextPageKey: first.nextPageKey });
  assert.equal(second.items.length, 1);
  assert.ok(!second.nextPageKey, 'the last page has no nextPageKey');
  const ids = [...first.items, ...second.items].map((item) => item.objectId);
  assert.equal(new Set(ids).size, 3);

  const object = await settingsObjectsClient.getSettingsObjectByObjectId({ objectId: ids[0] });
  assert.equal(object.schemaId, ZONES);
  assert.equal(object.scope, 'environment');
  assert.ok(object.updateToken);

  const updated = await settingsObjectsClient.putSettingsObjectByObjectId({
    objectId: ids[0],
    body: { value: { ...object.value, description: 'updated by the SDK' }, updateToken: object.updateToken },
  });
  assert.deepEqual(updated, { code: 200, objectId: ids[0] });
  assert.equal((await settingsObjectsClient.getSettingsObjectByObjectId({ objectId: ids[0] })).value.description, 'updated by the SDK');

  await rejectsWith(
    () => settingsObjectsClient.putSettingsObjectByObjectId({ objectId: ids[0], body: { value: object.value, updateToken: object.updateToken } }),
    409, 'SettingsObjectResponse', isSettingsObjectResponseError);

  await settingsObjectsClient.deleteSettingsObjectByObjectId({ objectId: ids[0] });
  await rejectsWith(() => settingsObjectsClient.getSettingsObjectByObjectId({ objectId: ids[0] }), 404, 'ErrorEnvelope', isErrorEnvelopeError);
});
