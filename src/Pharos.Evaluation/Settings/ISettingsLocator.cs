using Pharos.Core.Diagnostics;

namespace Pharos.Evaluation.Settings;

/// <summary>
/// Finds where a property of a settings value was written (e.g. inside an alert-test YAML file), so
/// diagnostics can point at it. Values read from the settings store have no source text: use null.
/// </summary>
public interface ISettingsLocator
{
    /// <param name="path">A dotted path such as <c>modelProperties.samples</c> or <c>severityRules[1].severityLevel</c>.</param>
    SourceLocation? Locate(string path);
}
