using System.Text.Json;
using Pharos.Dynatrace.Errors;
using Pharos.Dynatrace.Http;
using Pharos.Dynatrace.Json;

namespace Pharos.Dynatrace.Settings;

/// <summary>Settings writes: batched POST with per-object results, PUT and DELETE.</summary>
public sealed partial class SettingsApi
{
    private const string JsonMediaType = "application/json; charset=utf-8";

    // Per-object answers come as SettingsObjectResponse bodies with these statuses (200/207/204 are 2XX).
    private static readonly IReadOnlySet<int> ObjectLevelStatuses = new HashSet<int> { 400, 404, 409 };

    /// <summary>
    /// Creates (or, with externalId + objectId, replaces) objects with <c>POST /settings/objects</c>,
    /// in batches, and returns one result per object in the order given. A batch is retried on
    /// transient failures only when repeating it is harmless: validateOnly, or every object has an
    /// externalId. A 409 on such a retry is checked by looking the externalId up (see the docs).
    /// Failures of a whole batch are reported in the result, not thrown.
    /// </summary>
    public async Task<SettingsCreateResult> CreateObjectsAsync(
        IReadOnlyList<SettingsObjectCreate> objects, SettingsCreateOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1, nameof(options));
        var serialized = objects.Select((item, index) => Serialize(item, index)).ToList();
        var results = new List<SettingsObjectResult>(objects.Count);
        DynatraceApiException? batchFailure = null;

        foreach (var (start, count) in SettingsBatcher.Split(serialized, options.MaxBatchSize, options.MaxBatchBytes))
        {
            if (batchFailure is not null)
            {
                results.AddRange(Enumerable.Range(start, count).Select(i => new SettingsObjectResult(i, 0) { Failure = batchFailure.Kind, NotSent = true }));
                continue;
            }

            var batch = objects.Skip(start).Take(count).ToList();
            var request = CreateRequest(SettingsBatcher.JsonArray(serialized, start, count), batch, options.ValidateOnly);
            try
            {
                var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var batchResults = ReadBatch(request, response, start, count);
                if (response.EarlierOutcomeUnknown && !options.ValidateOnly)
                {
                    batchResults = await ExternalIdRecovery.RecoverAsync(this, objects, batchResults, cancellationToken).ConfigureAwait(false);
                }

                results.AddRange(batchResults);
            }
            catch (DynatraceApiException ex)
            {
                batchFailure = ex;
                results.AddRange(Enumerable.Range(start, count).Select(i => new SettingsObjectResult(i, ex.StatusCode ?? 0)
                {
                    Error = ex.Error,
                    Failure = ex.Kind,
                    AfterUnknownOutcome = ex.OutcomeUnknown,
                }));
            }
        }

        return new SettingsCreateResult(results, batchFailure);
    }

    /// <summary>
    /// <c>PUT /settings/objects/{objectId}</c>. 400/404/409 come back as the result (409: the
    /// updateToken is stale, or, after an unknown outcome, this very update already applied).
    /// </summary>
    public async Task<SettingsObjectResult> UpdateObjectAsync(
        string objectId, SettingsObjectUpdate update, bool validateOnly, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(objectId);
        ArgumentNullException.ThrowIfNull(update);
        RequireObject(update.Value, nameof(update));
        var request = new DynatraceRequest(HttpMethod.Put, ObjectTemplate, ObjectPath(objectId))
        {
            Query = new QueryString.Builder().Add("validateOnly", validateOnly ? true : null).Build(),
            Body = new RequestBody(JsonSerializer.SerializeToUtf8Bytes(update, DynatraceJson.Context.SettingsObjectUpdate), JsonMediaType),
            IsWrite = !validateOnly,
            HandledStatuses = ObjectLevelStatuses,
        };
        var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadSingle(request, response, objectId);
    }

    /// <summary>
    /// <c>DELETE /settings/objects/{objectId}</c>: 204 on success. A 404 is returned, not thrown:
    /// after an unknown outcome (<see cref="SettingsObjectResult.AfterUnknownOutcome"/>) it means the earlier attempt deleted it.
    /// </summary>
    public async Task<SettingsObjectResult> DeleteObjectAsync(string objectId, string? updateToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(objectId);
        var request = new DynatraceRequest(HttpMethod.Delete, ObjectTemplate, ObjectPath(objectId))
        {
            Query = new QueryString.Builder().Add("updateToken", updateToken).Build(),
            IsWrite = true,
            HandledStatuses = ObjectLevelStatuses,
        };
        var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadSingle(request, response, objectId);
    }

    private static byte[] Serialize(SettingsObjectCreate item, int index)
    {
        ArgumentNullException.ThrowIfNull(item, $"objects[{index}]");
        ArgumentException.ThrowIfNullOrEmpty(item.SchemaId, $"objects[{index}].SchemaId");
        ArgumentException.ThrowIfNullOrEmpty(item.Scope, $"objects[{index}].Scope");
        RequireObject(item.Value, $"objects[{index}].Value");
        return JsonSerializer.SerializeToUtf8Bytes(item, DynatraceJson.Context.SettingsObjectCreate);
    }

    private static void RequireObject(JsonElement value, string name)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"A settings value must be a JSON object, not {value.ValueKind}.", name);
        }
    }

    private static DynatraceRequest CreateRequest(byte[] body, IReadOnlyList<SettingsObjectCreate> batch, bool validateOnly) =>
        new(HttpMethod.Post, ObjectsTemplate, "settings/objects")
        {
            Query = new QueryString.Builder().Add("validateOnly", validateOnly ? true : null).Build(),
            Body = new RequestBody(body, JsonMediaType),
            // The server de-duplicates by externalId, and validateOnly stores nothing: repeating is harmless.
            Safety = validateOnly || batch.All(o => !string.IsNullOrEmpty(o.ExternalId)) ? RequestSafety.Repeatable : RequestSafety.NotRepeatable,
            IsWrite = !validateOnly,
            HandledStatuses = ObjectLevelStatuses,
        };

    private List<SettingsObjectResult> ReadBatch(DynatraceRequest request, DynatraceResponse response, int start, int count)
    {
        if (response.StatusCode is not (>= 200 and <= 299) && !StartsWithArray(response.Body))
        {
            throw _pipeline.Rejected(request, response);
        }

        var items = _pipeline.Read(request, response, DynatraceJson.Context.ListSettingsObjectResponse);
        if (items.Count != count)
        {
            throw _pipeline.InvalidResponse(request, response, $"The API answered {items.Count} results for {count} objects.", null);
        }

        return items.Select((item, i) => ToResult(item, start + i, response)).ToList();
    }

    private SettingsObjectResult ReadSingle(DynatraceRequest request, DynatraceResponse response, string objectId)
    {
        if (response.Body.Length == 0 && response.StatusCode is >= 200 and <= 299)
        {
            return new SettingsObjectResult(0, response.StatusCode) { ObjectId = objectId, AfterUnknownOutcome = response.EarlierOutcomeUnknown };
        }

        var item = _pipeline.Read(request, response, DynatraceJson.Context.SettingsObjectResponse);
        // An error envelope reads as a response without a code: the HTTP status is the object's code.
        var result = ToResult(item.Code == 0 ? item with { Code = response.StatusCode } : item, 0, response);
        return result.IsSuccess && result.ObjectId is null ? result with { ObjectId = objectId } : result;
    }

    private static SettingsObjectResult ToResult(SettingsObjectResponse item, int index, DynatraceResponse response) =>
        new(index, item.Code)
        {
            ObjectId = item.ObjectId,
            Error = item.Error,
            InvalidValue = item.InvalidValue,
            AfterUnknownOutcome = response.EarlierOutcomeUnknown,
        };

    private static bool StartsWithArray(byte[] body)
    {
        foreach (var b in body)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'[';
        }

        return false;
    }
}
