namespace Pharos.Dynatrace.Http;

/// <summary>
/// One API operation as the pipeline sends it. <see cref="RelativePath"/> is relative to the API
/// root and already escaped; <see cref="HandledStatuses"/> are non-2XX answers the operation reads
/// itself (e.g. the settings POST's per-object 400/404/409 arrays) instead of failing.
/// </summary>
internal sealed record DynatraceRequest(HttpMethod Method, string PathTemplate, string RelativePath)
{
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init => field = value ?? []; } = [];

    public RequestBody? Body { get; init; }

    public RequestSafety Safety { get; init; } = RequestSafety.Repeatable;

    /// <summary>Counted as a write: it can change the environment.</summary>
    public bool IsWrite { get; init; }

    public IReadOnlySet<int> HandledStatuses { get; init; } = EmptyStatuses;

    private static readonly IReadOnlySet<int> EmptyStatuses = new HashSet<int>();

    public static DynatraceRequest Get(string template, string relativePath, IReadOnlyList<KeyValuePair<string, string>> query) =>
        new(HttpMethod.Get, template, relativePath) { Query = query };

    /// <summary>Escapes one path segment (schema ids contain ':'; object ids are opaque).</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);
}

/// <summary>A request body that is already serialised, so every retry sends the same bytes.</summary>
internal sealed record RequestBody(byte[] Content, string MediaType);
