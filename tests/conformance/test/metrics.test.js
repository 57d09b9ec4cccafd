// METRICS (pending): ingest and query through MetricsClient.
//
// The metrics endpoints are being added to the local environment separately. This part runs only when
// the server answers POST /api/v2/metrics/ingest with something other than 404; until then it is
// reported as skipped here (and the xunit runner prints that). Once metrics land, the probe finds the
// endpoint and these checks run with no change.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseUrl, clients, runId, token } from '../lib/environment.js';

const { metricsClient } = clients;

async function metricsEndpointExists() {
  const response = await fetch(new URL('api/v2/metrics/ingest', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`), {
    method: 'POST',
    headers: { Authorization: `Api-Token ${token}`, 'Content-Type': 'text/plain; charset=utf-8' },
    body: '',
  });
  await response.arrayBuffer();
  return response.status !== 404;
}

const available = await metricsEndpointExists();

test('metrics (pending until the server has /metrics/ingest): ingest and query', { skip: !available && 'the server answers 404 on /api/v2/metrics/ingest' }, async () => {
  const key = `conformance.requests.${runId}`;
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
    acceptType: 'application/json; charset=utf-8',
  });
  assert.equal(data.result.length, 1);
  const series = data.result[0].data;
  assert.deepEqual(series.map((s) => s.dimensionMap.service).sort(), ['checkout', 'payments']);
});
