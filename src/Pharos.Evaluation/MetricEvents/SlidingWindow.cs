namespace Pharos.Evaluation.MetricEvents;

/// <summary>
/// The last N one-minute samples of one series (N = max(samples, dealertingSamples)), oldest first.
/// A fixed ring buffer: pushing is O(1) and counting is O(N ≤ 60), which keeps a cycle over a million
/// series cheap. <see cref="ToText"/>/<see cref="FromText"/> give the compact form kept in evaluator state
/// ("NNVVM": Normal, Violating, Missing).
/// </summary>
public sealed class SlidingWindow
{
    private readonly SampleKind[] _samples;
    private int _next;

    public SlidingWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _samples = new SampleKind[capacity];
    }

    public int Capacity => _samples.Length;

    /// <summary>How many samples were pushed, up to <see cref="Capacity"/>. A new series starts empty, not "missing".</summary>
    public int Filled { get; private set; }

    public void Push(SampleKind sample)
    {
        _samples[_next] = sample;
        _next = (_next + 1) % _samples.Length;
        Filled = Math.Min(Filled + 1, _samples.Length);
    }

    /// <summary>Counts <paramref name="kind"/> among the newest <paramref name="last"/> samples.</summary>
    public int Count(SampleKind kind, int last)
    {
        var n = Math.Min(last, Filled);
        var count = 0;
        var index = _next;
        for (var i = 0; i < n; i++)
        {
            index = index == 0 ? _samples.Length - 1 : index - 1;
            if (_samples[index] == kind)
            {
                count++;
            }
        }

        return count;
    }

    public bool IsAll(SampleKind kind) => Filled == Capacity && Count(kind, Capacity) == Capacity;

    public string ToText()
    {
        var chars = new char[Filled];
        var start = (_next - Filled + _samples.Length) % _samples.Length;
        for (var i = 0; i < Filled; i++)
        {
            chars[i] = _samples[(start + i) % _samples.Length] switch
            {
                SampleKind.Violating => 'V',
                SampleKind.Missing => 'M',
                _ => 'N',
            };
        }

        return new string(chars);
    }

    /// <summary>Restores a window from <see cref="ToText"/>; unknown characters count as Normal and excess history is dropped.</summary>
    public static SlidingWindow FromText(string text, int capacity)
    {
        var window = new SlidingWindow(capacity);
        var start = Math.Max(0, text.Length - capacity);
        for (var i = start; i < text.Length; i++)
        {
            window.Push(text[i] switch
            {
                'V' => SampleKind.Violating,
                'M' => SampleKind.Missing,
                _ => SampleKind.Normal,
            });
        }

        return window;
    }
}
