namespace Pharos.Local.Faults;

/// <summary>Draws, per request, whether to fail it; one draw decides among all configured statuses.</summary>
internal sealed class FaultInjector
{
    private readonly FaultInjectionPlan _plan;
    private readonly Random _random;
    private readonly Lock _gate = new();

    public FaultInjector(FaultInjectionPlan plan, Random random)
    {
        _plan = plan ?? throw new ArgumentNullException(nameof(plan));
        _random = random ?? throw new ArgumentNullException(nameof(random));
    }

    public bool IsEnabled => _plan.IsEnabled;

    /// <summary>The status to fail with, or null to handle the request normally.</summary>
    public int? Draw()
    {
        if (!_plan.IsEnabled)
        {
            return null;
        }

        double draw;
        lock (_gate)
        {
            draw = _random.NextDouble();
        }

        var threshold = 0.0;
        foreach (var fault in _plan.Faults)
        {
            threshold += fault.Share;
            if (draw < threshold)
            {
                return fault.StatusCode;
            }
        }

        return null;
    }
}
