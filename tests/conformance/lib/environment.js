// Where the server under test is: PHAROS_LOCAL_URL (its root, e.g. http://127.0.0.1:41234/) and
// PHAROS_LOCAL_TOKEN (an API token with the scopes the tests need). Every run tags what it creates
// with a fresh run id, so runs against one server do not see each other's objects.

import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { after } from 'node:test';
import { assertConforms, createClients, notes } from './clients.js';

export const baseUrl = process.env.PHAROS_LOCAL_URL;
export const token = process.env.PHAROS_LOCAL_TOKEN;
if (!baseUrl || !token) {
  throw new Error('Set PHAROS_LOCAL_URL (server root, e.g. http://127.0.0.1:41234/) and PHAROS_LOCAL_TOKEN (an API token).');
}

export const runId = randomUUID().slice(0, 8);
export const clients = createClients(baseUrl, token);

/** Awaits a call that must fail; returns the SDK error after checking its status and body type. */
export async function rejectsWith(call, status, bodyType, isKind) {
  let error;
  try {
    await call();
  } catch (e) {
    error = e;
  }
  assert.ok(error, `expected the call to fail with ${status}`);
  assert.ok(isKind(error), `unexpected error kind: ${error?.name}: ${error?.message}`);
  assert.equal(error.response.status, status, `status of ${error.message}`);
  assertConforms(error.body, bodyType, `${status} body`);
  return error;
}

after(() => {
  for (const note of notes) console.log(`# note: ${note}`);
});
