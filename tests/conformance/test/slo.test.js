// SLOs through ServiceLevelObjectivesClient: a builtin:monitoring.slo settings object, evaluated by the server on
// ingested request counts, read with getSlo (list) and getSloById. Every answer must match the SDK's SLOs/SLO types.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isErrorEnvelopeError } from '../lib/clients.js';
import { clients, rejectsWith, runId } from '../lib/environment.js';

const { metricsClient, serviceLevelObjectivesClient, settingsObjectsClient } = clients;

test('slo: list and get an evaluated SLO', async () => {
  const good = `conformance.slo.good.r${runId}`;
  const total = `conformance.slo.total.r${runId}`;
  const name = `Conformance availability ${runId}`;
  const now = Date.now();
  const lines = [];
  for (let minute = 1; minute <= 5; minute++) {
    lines.push(`${good} count,delta=96 ${now - minute * 60_000}`, `${total} count,delta=100 ${now - minute * 60_000}`);
  }
  await metricsClient.ingest({ body: lines.join('\n') });
  const [created] = await settingsObjectsClient.postSettingsObjects({
    body: [{
      schemaId: 'builtin:monitoring.slo',
      scope: 'environment',
      value: {
        enabled: true, name, metricName: `conformance_availability_r${runId}`,
        metricExpression: `(100)*(${good}.count:splitBy())/(${total}.count:splitBy())`, evaluationType: 'AGGREGATE', filter: '',
        evaluationWindow: '-1h', targetSuccess: 95, targetWarning: 97.5,
        errorBudgetBurnRate: { burnRateVisualizationEnabled: true, fastBurnThreshold: 10 },
      },
    }],
  });

  const list = await serviceLevelObjectivesClient.getSlo({ sloSelector: `name("${name}")`, evaluate: 'true', pageSize: 25 });
  assert.equal(list.totalCount, 1);
  const [listed] = list.slo;
  assert.equal(listed.id, created.objectId);
  assert.equal(listed.status, 'WARNING');
  assert.ok(Math.abs(listed.evaluatedPercentage - 96) < 1e-9);
  assert.ok(Math.abs(listed.errorBudget - 1) < 1e-9);
  assert.equal(listed.errorBudgetBurnRate.burnRateType, 'NONE');

  const slo = await serviceLevelObjectivesClient.getSloById({ id: created.objectId, timeFrame: 'GTF', from: 'now-10m' });
  assert.equal(slo.name, name);
  assert.equal(slo.metricKey, `func:slo.conformance_availability_r${runId}`);
  assert.ok(Math.abs(slo.evaluatedPercentage - 96) < 1e-9);

  const unevaluated = await serviceLevelObjectivesClient.getSlo({ sloSelector: `id("${created.objectId}")` });
  assert.equal(unevaluated.slo[0].evaluatedPercentage, -1);

  await rejectsWith(() => serviceLevelObjectivesClient.getSloById({ id: `missing-${runId}` }), 404, 'ErrorEnvelope', isErrorEnvelopeError);
  await rejectsWith(() => serviceLevelObjectivesClient.getSlo({ sloSelector: 'bogus("x")' }), 400, 'ErrorEnvelope', isErrorEnvelopeError);
});
