namespace Pharos.Local.Problems;

internal static class ProblemMessages
{
    public const string MessageRequired = "The request body must be a JSON object with a non-blank 'message' string.";

    public static string NotFound(string problemId) => $"Problem with ID '{problemId}' not found.";

    public static string CommentNotFound(string commentId) => $"Comment with ID '{commentId}' not found.";
}
