namespace Pharos.Dynatrace.Settings;

/// <summary>Splits serialised objects into POST batches bounded by count and by body size.</summary>
internal static class SettingsBatcher
{
    public static IEnumerable<(int Start, int Count)> Split(IReadOnlyList<byte[]> items, int maxCount, int maxBytes)
    {
        var start = 0;
        while (start < items.Count)
        {
            var count = 0;
            var bytes = 2; // "[" and "]"
            while (start + count < items.Count && count < maxCount)
            {
                var next = items[start + count].Length + (count > 0 ? 1 : 0);
                // An object bigger than the limit still goes, alone: the API decides (413).
                if (count > 0 && bytes + next > maxBytes)
                {
                    break;
                }

                bytes += next;
                count++;
            }

            yield return (start, count);
            start += count;
        }
    }

    public static byte[] JsonArray(IReadOnlyList<byte[]> items, int start, int count)
    {
        var length = 2 + Math.Max(0, count - 1);
        for (var i = start; i < start + count; i++)
        {
            length += items[i].Length;
        }

        var body = new byte[length];
        var position = 0;
        body[position++] = (byte)'[';
        for (var i = start; i < start + count; i++)
        {
            if (i > start)
            {
                body[position++] = (byte)',';
            }

            items[i].CopyTo(body, position);
            position += items[i].Length;
        }

        body[position] = (byte)']';
        return body;
    }
}
