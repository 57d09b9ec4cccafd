using System.Globalization;
using Pharos.Core.Diagnostics;
using Pharos.Local.Diagnostics;

namespace Pharos.Local.Faults;

/// <summary>
/// Which share of requests fails with which status before any handling, e.g. <c>429=0.2,500=0.05</c>.
/// Client retry tests use it; it is off unless configured.
/// </summary>
public sealed record FaultInjectionPlan(IReadOnlyList<FaultShare> Faults)
{
    public static FaultInjectionPlan None { get; } = new([]);

    public bool IsEnabled => Faults.Any(f => f.Share > 0);

    /// <summary>Parses <c>&lt;status&gt;=&lt;share&gt;[,…]</c>; never throws, reports every problem at once.</summary>
    public static (FaultInjectionPlan? Plan, IReadOnlyList<Diagnostic> Diagnostics) Parse(string? text)
    {
        var diagnostics = new List<Diagnostic>();
        var faults = new List<FaultShare>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return (None, diagnostics);
        }

        var column = 1;
        foreach (var rawEntry in text.Split(','))
        {
            var entry = rawEntry.Trim();
            var entryColumn = column + (rawEntry.Length - rawEntry.TrimStart().Length);
            column += rawEntry.Length + 1;
            var parts = entry.Split('=');
            if (parts.Length != 2)
            {
                diagnostics.Add(LocalDiagnostics.FaultEntryMalformed(entry, entryColumn));
                continue;
            }

            var statusText = parts[0].Trim();
            var shareText = parts[1].Trim();
            var statusOk = int.TryParse(statusText, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status is >= 400 and <= 599;
            if (!statusOk)
            {
                diagnostics.Add(LocalDiagnostics.FaultStatusInvalid(statusText, entryColumn));
            }

            var shareOk = double.TryParse(shareText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1;
            if (!shareOk)
            {
                diagnostics.Add(LocalDiagnostics.FaultShareInvalid(shareText, entryColumn + parts[0].Length + 1));
            }

            if (statusOk && shareOk)
            {
                if (faults.Exists(f => f.StatusCode == status))
                {
                    diagnostics.Add(LocalDiagnostics.FaultStatusRepeated(status, entryColumn));
                    continue;
                }

                faults.Add(new FaultShare(status, share));
            }
        }

        var total = faults.Sum(f => f.Share);
        if (total > 1 + 1e-9)
        {
            diagnostics.Add(LocalDiagnostics.FaultSharesExceedOne(total));
        }

        return diagnostics.Count > 0 ? (null, diagnostics) : (new FaultInjectionPlan(faults), diagnostics);
    }
}
