using Pharos.Local.Http;

namespace Pharos.Local.Settings;

/// <summary>The default until a schema validator is plugged in: every value is accepted.</summary>
internal sealed class AcceptingSettingsValidator : ISettingsValidator
{
    public IReadOnlyList<ConstraintViolation> Validate(SettingsValidationRequest request) => [];
}
