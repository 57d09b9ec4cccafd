using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Pharos.Local.Hosting;
using Pharos.Local.Http;
using Pharos.Metrics.Ingest.Response;
using Pharos.Metrics.Storage;

namespace Pharos.Local.Metrics;

/// <summary>
/// <c>POST /metrics/ingest</c>: a line-protocol body of at most <see cref="LocalEnvironmentOptions.MaxRequestBodyBytes"/>
/// (413 above), parsed into one batch and appended durably; the answer is sent only after the store has
/// flushed the batch to disk. 202 with the ValidationResponse when every line is valid, 400 with the same
/// shape (valid lines stored) otherwise. Entities named in <c>dt.entity.*</c> dimensions are registered.
/// </summary>
internal sealed class MetricIngestHandler
{
    private const int MaxPooledBatches = 64;
    private const int MaxPooledBatchPoints = 10_000;

    private readonly MetricStoreHost _host;
    private readonly MetricEntityRegistrar _entities;
    private readonly LocalEnvironmentOptions _options;
    private readonly ConcurrentQueue<MetricWriteBatch> _batches = new();

    public MetricIngestHandler(MetricStoreHost host, MetricEntityRegistrar entities, LocalEnvironmentOptions options)
    {
        _host = host ?? throw new ArgumentNullException(nameof(host));
        _entities = entities ?? throw new ArgumentNullException(nameof(entities));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        using var body = await IngestBody.ReadAsync(context.Request, _options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body.TooLarge)
        {
            await ApiJson.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, MetricsMessages.PayloadTooLarge(_options.MaxRequestBodyBytes), null, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        if (body.Problem is { } problem)
        {
            await ApiJson.WriteErrorAsync(context, StatusCodes.Status400BadRequest, MetricsMessages.BodyUnreadable(problem), null, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await _host.GetAsync(cancellationToken).ConfigureAwait(false) is not { } services)
        {
            await MetricApiResponses.WriteStoreClosedAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        var batch = RentBatch();
        var result = _host.Parser.Parse(body.Span, ref batch);
        if (!batch.IsEmpty)
        {
            var written = await services.Store.AppendAsync(batch, cancellationToken).ConfigureAwait(false);
            if (!written.IsOk)
            {
                await WriteStoreFailureAsync(context, written, cancellationToken).ConfigureAwait(false);
                return;
            }

            await _entities.RegisterAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        ReturnBatch(batch);
        var status = result.AllAccepted ? StatusCodes.Status202Accepted : StatusCodes.Status400BadRequest;
        await MetricApiResponses.WriteAsync(context, status, result.ToResponse(), MetricIngestJson.ResponseTypeInfo, cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteStoreFailureAsync(HttpContext context, MetricAppendResult written, CancellationToken cancellationToken) => written.Status switch
    {
        MetricStoreStatus.Closed => MetricApiResponses.WriteStoreClosedAsync(context, cancellationToken),
        MetricStoreStatus.Rejected => ApiJson.WriteErrorAsync(context, StatusCodes.Status400BadRequest, MetricsMessages.StoreFailed(written.Message), null, cancellationToken),
        _ => ApiJson.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, MetricsMessages.StoreFailed(written.Message), null, cancellationToken),
    };

    // Batches are reused only after their append completed; a request that failed or was cancelled
    // midway simply drops its batch.
    private MetricWriteBatch RentBatch() => _batches.TryDequeue(out var batch) ? batch : new MetricWriteBatch(1024);

    private void ReturnBatch(MetricWriteBatch batch)
    {
        if (batch.Points.Count <= MaxPooledBatchPoints && _batches.Count < MaxPooledBatches)
        {
            batch.Clear();
            _batches.Enqueue(batch);
        }
    }
}
