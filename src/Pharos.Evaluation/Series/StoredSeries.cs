namespace Pharos.Evaluation.Series;

/// <summary>One stored series of the in-memory source: dense one-minute values from <see cref="StartMinute"/>.</summary>
internal sealed class StoredSeries(SeriesDimensions dimensions, long startMinute)
{
    private readonly List<double> _values = [];

    public SeriesDimensions Dimensions { get; } = dimensions;

    public long StartMinute { get; private set; } = startMinute;

    public void Set(long minute, double value)
    {
        if (minute < StartMinute)
        {
            _values.InsertRange(0, Enumerable.Repeat(double.NaN, (int)(StartMinute - minute)));
            StartMinute = minute;
        }

        var index = (int)(minute - StartMinute);
        while (_values.Count <= index)
        {
            _values.Add(double.NaN);
        }

        _values[index] = value;
    }

    public double At(long minute)
    {
        var index = minute - StartMinute;
        return index >= 0 && index < _values.Count ? _values[(int)index] : double.NaN;
    }

    public void CopyTo(long fromMinute, Span<double> target)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] = At(fromMinute + i);
        }
    }
}
