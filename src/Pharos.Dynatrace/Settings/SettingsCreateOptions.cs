namespace Pharos.Dynatrace.Settings;

/// <summary>
/// How <c>CreateObjectsAsync</c> posts. Objects are split into batches of at most
/// <see cref="MaxBatchSize"/> objects and <see cref="MaxBatchBytes"/> of JSON (the API's general
/// body limit is 1 MB); an object larger than that is sent alone and the API decides.
/// </summary>
public sealed record SettingsCreateOptions
{
    public static SettingsCreateOptions Default { get; } = new();

    /// <summary>Validate against the schema without storing anything (<c>validateOnly=true</c>).</summary>
    public bool ValidateOnly { get; init; }

    public int MaxBatchSize { get; init; } = 100;

    public int MaxBatchBytes { get; init; } = 900_000;
}
