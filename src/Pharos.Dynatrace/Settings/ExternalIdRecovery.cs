using Pharos.Dynatrace.Errors;

namespace Pharos.Dynatrace.Settings;

/// <summary>
/// After a batch was retried because an earlier attempt's outcome was unknown (timeout, broken
/// connection, 5XX), a 409 for an object with an externalId is most likely that earlier attempt's
/// success: the externalId is now taken by the object it created. Look each such externalId up
/// (same schema, same scope); when found, report success with the found objectId and
/// <see cref="SettingsObjectResult.RecoveredByExternalId"/>. The value is not compared (the server
/// fills defaults); the next plan shows any difference. A failed lookup, another scope, or an
/// object other than the one named by objectId leaves the 409 as it is.
/// </summary>
internal static class ExternalIdRecovery
{
    // externalIds may be 500 characters each; a handful per request keeps URLs short.
    private const int IdsPerLookup = 10;

    public static async Task<List<SettingsObjectResult>> RecoverAsync(
        SettingsApi api, IReadOnlyList<SettingsObjectCreate> objects, List<SettingsObjectResult> results, CancellationToken cancellationToken)
    {
        var candidates = results
            .Where(r => r.Code == 409 && !string.IsNullOrEmpty(objects[r.Index].ExternalId))
            .ToList();
        if (candidates.Count == 0)
        {
            return results;
        }

        var found = new Dictionary<(string SchemaId, string ExternalId), SettingsObject>();
        foreach (var group in candidates.GroupBy(r => objects[r.Index].SchemaId, StringComparer.Ordinal))
        {
            foreach (var chunk in group.Select(r => objects[r.Index].ExternalId!).Distinct(StringComparer.Ordinal).Chunk(IdsPerLookup))
            {
                try
                {
                    var query = new SettingsObjectQuery
                    {
                        SchemaIds = [group.Key],
                        ExternalIds = chunk,
                        Fields = [SettingsFields.ObjectId, SettingsFields.ExternalId, SettingsFields.Scope],
                    };
                    await foreach (var existing in api.ListObjectsAsync(query, cancellationToken).ConfigureAwait(false))
                    {
                        if (existing.ExternalId is { } externalId)
                        {
                            found[(group.Key, externalId)] = existing;
                        }
                    }
                }
                catch (DynatraceApiException)
                {
                    // The 409 stands; the caller sees AfterUnknownOutcome and re-plans.
                }
            }
        }

        return results.Select(r => Recover(r, objects[r.Index], found)).ToList();
    }

    private static SettingsObjectResult Recover(
        SettingsObjectResult result, SettingsObjectCreate submitted, Dictionary<(string, string), SettingsObject> found)
    {
        if (result.Code != 409 || submitted.ExternalId is null
            || !found.TryGetValue((submitted.SchemaId, submitted.ExternalId), out var existing)
            || !string.Equals(existing.Scope ?? submitted.Scope, submitted.Scope, StringComparison.Ordinal)
            || existing.ObjectId is null
            || (submitted.ObjectId is not null && submitted.ObjectId != existing.ObjectId))
        {
            return result;
        }

        return result with { Code = 200, ObjectId = existing.ObjectId, Error = null, InvalidValue = null, RecoveredByExternalId = true };
    }
}
