namespace Pharos.Settings.Validation;

internal enum PreconditionResult
{
    Met,
    NotMet,

    /// <summary>The precondition uses a type Pharos does not know: validate if present, never require.</summary>
    Unknown,
}
