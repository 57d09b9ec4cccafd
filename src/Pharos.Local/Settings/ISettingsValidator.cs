using Pharos.Local.Http;

namespace Pharos.Local.Settings;

/// <summary>
/// Validates one settings value against its schema. The default is Pharos.Settings' validator
/// (<c>RegistrySettingsValidator</c>).
/// Report every violation (never stop at the first). <see cref="ConstraintViolation.Path"/> is relative
/// to the value, with '/' between segments (e.g. <c>routingEntries/0/pipelineId</c>, or empty for the
/// whole value); the environment prefixes it with <c>&lt;schemaId&gt;/&lt;index in request&gt;/</c>.
/// </summary>
public interface ISettingsValidator
{
    IReadOnlyList<ConstraintViolation> Validate(SettingsValidationRequest request);
}
