// The type checker itself, without a server: it must catch what the conformance tests rely on it for.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadSdkTypes, SdkTypeChecker } from '../lib/sdk-types.js';

const checker = new SdkTypeChecker(loadSdkTypes());
const errors = (value, type) => checker.check(value, type).errors;

test('sdk types: a conforming answer has no errors', () => {
  assert.deepEqual(errors({ items: [{ schemaId: 'builtin:x', displayName: 'X', latestSchemaVersion: '1' }], totalCount: 1 }, 'SchemaList'), []);
});

test('sdk types: a missing required member is an error', () => {
  assert.deepEqual(errors({ items: [] }, 'SchemaList'), ['$.totalCount: required by SchemaList but missing']);
});

test('sdk types: a member the type does not declare is an error', () => {
  assert.deepEqual(errors({ code: 200, objectID: 'x' }, 'SettingsObjectResponse'), ['$.objectID: not declared by SettingsObjectResponse']);
});

test('sdk types: literal unions and enums are enforced', () => {
  assert.deepEqual(errors({ type: 'robot' }, 'Identity'), ['$.type: expected "all-users", got "robot"']);
  assert.equal(errors({ parameterLocation: 'BODY' }, 'ConstraintViolation').length, 1);
});

test('sdk types: a null optional member is a note, a null required member an error', () => {
  const { errors: found, notes } = checker.check({ items: [], totalCount: 0, pageSize: 100, nextPageKey: null }, 'ObjectsList');
  assert.deepEqual(found, []);
  assert.deepEqual(notes, ['$.nextPageKey: optional in ObjectsList, sent as null']);
  assert.deepEqual(errors({ items: [], totalCount: null, pageSize: 1 }, 'ObjectsList'), ['$.totalCount: required by ObjectsList but null']);
});

test('sdk types: a polymorphic base accepts its subtypes and $ref members parse', () => {
  const evidence = { evidenceType: 'EVENT', displayName: 'x', entity: { name: 'svc' }, rootCauseRelevant: true, startTime: 1, endTime: -1, eventId: 'e-1', eventType: 'CUSTOM_ALERT' };
  assert.deepEqual(errors(evidence, 'Evidence'), []);
  assert.deepEqual(errors({ $ref: '#/types/X' }, 'RefPointer'), []);
});

test('sdk types: every client method the conformance tests call has a declared return type', () => {
  const { methods } = loadSdkTypes();
  for (const method of ['SettingsObjectsClient.getSettingsObjects', 'ProblemsClient.closeProblem', 'MetricsClient.query', 'MonitoredEntitiesClient.getEntity']) {
    assert.ok(methods.has(method), method);
  }
});

test('sdk types: a tolerated undeclared member is a note, not an error', () => {
  const tolerant = new SdkTypeChecker(loadSdkTypes(), new Map([['SettingsObjectResponse.extra', 'because']]));
  const { errors: found, notes } = tolerant.check({ code: 200, extra: 1 }, 'SettingsObjectResponse');
  assert.deepEqual(found, []);
  assert.deepEqual(notes, ['$.extra: not declared by SettingsObjectResponse, tolerated: because']);
});
