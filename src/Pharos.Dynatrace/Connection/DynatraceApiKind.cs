namespace Pharos.Dynatrace.Connection;

/// <summary>Which gateway serves the Environment API v2, which decides the Authorization scheme.</summary>
public enum DynatraceApiKind
{
    /// <summary><c>…/api/v2</c> (SaaS <c>*.live.dynatrace.com</c>, Managed, ActiveGate, Pharos local) with <c>Authorization: Api-Token …</c>.</summary>
    Classic,

    /// <summary><c>https://{env}.apps.dynatrace.com/platform/classic/environment-api/v2</c> with <c>Authorization: Bearer …</c>.</summary>
    Platform,
}
