using Pharos.Dynatrace.Errors;

namespace Pharos.Dynatrace.Settings;

/// <summary>
/// One result per submitted object, in submission order. When a batch failed as a whole,
/// <see cref="BatchFailure"/> is that failure, its objects carry it, and later batches are
/// marked <see cref="SettingsObjectResult.NotSent"/>.
/// </summary>
public sealed record SettingsCreateResult(IReadOnlyList<SettingsObjectResult> Items, DynatraceApiException? BatchFailure)
{
    public bool AllSucceeded => BatchFailure is null && Items.All(i => i.IsSuccess);

    public void ThrowIfBatchFailed()
    {
        if (BatchFailure is not null)
        {
            throw BatchFailure;
        }
    }
}
