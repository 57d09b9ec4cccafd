namespace Pharos.Dynatrace.Errors;

/// <summary>Stands in for an inner exception whose text contained the token; holds that text scrubbed.</summary>
public sealed class RedactedException : Exception
{
    public RedactedException(string scrubbedText)
        : base(scrubbedText)
    {
    }
}
