namespace Pharos.Local.Faults;

/// <summary>Fail <see cref="Share"/> (0..1) of requests with <see cref="StatusCode"/>.</summary>
public sealed record FaultShare(int StatusCode, double Share);
