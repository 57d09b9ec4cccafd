// Problems through ProblemsClient: a problem opened by an AVAILABILITY_EVENT, listed, read, closed.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isErrorEnvelopeError } from '../lib/clients.js';
import { clients, rejectsWith, runId } from '../lib/environment.js';

const { eventsClient, problemsClient } = clients;

test('problems: list, get, close, comments', async () => {
  const service = `conformance-problems-${runId}`;
  const ingested = await eventsClient.createEvent({
    body: {
      eventType: 'AVAILABILITY_EVENT',
      title: `${service} is down`,
      entitySelector: `type(SERVICE),entityName.equals("${service}")`,
      timeout: 30,
    },
  });
  assert.equal(ingested.eventIngestResults[0].status, 'OK');

  const list = await problemsClient.getProblems({
    problemSelector: `status("OPEN"),text("${service}")`,
    from: 'now-1h',
    fields: 'evidenceDetails,impactAnalysis,recentComments',
  });
  assert.equal(list.totalCount, 1);
  const [listed] = list.problems;
  assert.equal(listed.severityLevel, 'AVAILABILITY');
  assert.equal(listed.status, 'OPEN');
  assert.equal(listed.endTime, -1);
  assert.equal(listed.affectedEntities[0].name, service);

  const problem = await problemsClient.getProblem({ problemId: listed.problemId });
  assert.equal(problem.displayId, listed.displayId);
  assert.ok(problem.evidenceDetails.totalCount >= 1);

  const closed = await problemsClient.closeProblem({ problemId: problem.problemId, body: { message: `closed by the SDK run ${runId}` } });
  assert.equal(closed.problemId, problem.problemId);
  assert.equal(closed.closing, true);
  assert.equal(closed.comment.content, `closed by the SDK run ${runId}`);

  const after = await problemsClient.getProblem({ problemId: problem.problemId });
  assert.equal(after.status, 'CLOSED');
  assert.notEqual(after.endTime, -1);

  const comments = await problemsClient.getComments({ problemId: problem.problemId });
  assert.ok(comments.comments.some((c) => c.content === `closed by the SDK run ${runId}`));

  await rejectsWith(() => problemsClient.getProblem({ problemId: 'no-such-problem' }), 404, 'ErrorEnvelope', isErrorEnvelopeError);
});
