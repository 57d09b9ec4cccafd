// Metrics through MetricsClient: ingest (202, 400 partial acceptance, key-change warnings), query,
// and the descriptor endpoints. Every answer must match the SDK's declared types. Keys get an "r"
// before the run id so that no section starts with a digit (the canonical metricId would quote it).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import sdk from '@dynatrace-sdk/client-classic-environment-v2';
import { assertConforms } from '../lib/clients.js';
import { clients, runId } from '../lib/environment.js';

const { metricsClient } = clients;
const json = 'application/json; charset=utf-8';

test('metrics: ingest and query', async () => {
  const key = `conformance.requests.r${runId}`;
  const now = Date.now();
  const ingested = await metricsClient.ingest({
    body: [`${key},service=checkout gauge,min=1,max=3,sum=4,count=2 ${now - 60_000}`, `${key},service=payments 5 ${now - 60_000}`].join('\n'),
  });
  assert.equal(ingested.linesOk, 2);
  assert.equal(ingested.linesInvalid, 0);

  const data = await metricsClient.query({
    metricSelector: `${key}:splitBy("service"):max`,
    from: 'now-10m',
    resolution: 'Inf',
    acceptType: json,
  });
  assert.equal(data.resolution, 'Inf');
  assert.equal(data.totalCount, 2);
  assert.equal(data.result.length, 1);
  const [collection] = data.result;
  assert.equal(collection.metricId, `${key}:splitBy("service"):max`);
  const byService = Object.fromEntries(collection.data.map((s) => [s.dimensionMap.service, s.values]));
  assert.deepEqual(byService, { checkout: [3], payments: [5] });
});

test('metrics: a body with an invalid line is answered 400 with the ValidationResponse', async () => {
  const key = `conformance.partial.r${runId}`;
  let error;
  try {
    await metricsClient.ingest({ body: `${key} 1\nab 2` });
  } catch (e) {
    error = e;
  }
  assert.ok(error, 'expected a 400');
  assert.ok(sdk.isValidationResponseError(error), `unexpected error kind: ${error?.name}: ${error?.message}`);
  assert.equal(error.response.status, 400);
  assertConforms(error.body, 'ValidationResponse', '400 body');
  assert.equal(error.body.linesOk, 1);
  assert.equal(error.body.linesInvalid, 1);
  assert.deepEqual(error.body.error.invalidLines, [{ line: 2, error: "invalid metric key 'ab': must be 3..255 characters (got 2)" }]);
});

test('metrics: a count without the .count suffix is renamed with a warning', async () => {
  const key = `conformance.renamed.r${runId}`;
  const ingested = await metricsClient.ingest({ body: `${key} count,delta=4` });
  assert.equal(ingested.linesOk, 1);
  assert.deepEqual(ingested.warnings.changedMetricKeys, [{ line: 1, warning: `metric key '${key}' changed to '${key}.count'` }]);

  const descriptor = await metricsClient.metric({ metricKey: `${key}.count`, acceptType: json });
  assert.equal(descriptor.metricId, `${key}.count`);
  assert.deepEqual(descriptor.defaultAggregation, { type: 'sum' });
  assert.ok(descriptor.aggregationTypes.includes('value'));
});

test('metrics: descriptors list and describe ingested metrics', async () => {
  const key = `conformance.r${runId}.described`;
  await metricsClient.ingest({ body: `#${key} gauge dt.meta.displayName="Described ${runId}",dt.meta.unit=Percent\n${key},host=a 42` });

  const page = await metricsClient.allMetrics({ metricSelector: `conformance.r${runId}.*`, fields: '+unit,+dimensionDefinitions', acceptType: json });
  assert.equal(page.totalCount, 1);
  const [listed] = page.metrics;
  assert.equal(listed.metricId, key);
  assert.equal(listed.displayName, `Described ${runId}`);
  assert.equal(listed.unit, 'Percent');
  assert.deepEqual(listed.dimensionDefinitions, [{ key: 'host', name: 'host', displayName: 'host', index: 0, type: 'STRING' }]);

  const descriptor = await metricsClient.metric({ metricKey: key, acceptType: json });
  assert.equal(descriptor.displayName, `Described ${runId}`);
  assert.deepEqual(descriptor.defaultAggregation, { type: 'avg' });
});
