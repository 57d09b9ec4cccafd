namespace Pharos.Sync.Translation;

/// <summary>Length limits of Settings text properties: cut at a character boundary, marking the cut.</summary>
internal static class Text
{
    public static string Limit(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
