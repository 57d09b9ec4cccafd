namespace Pharos.Evaluation.Tests.TestSupport;

/// <summary>Finds files of this repository from the test's bin folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pharos.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Pharos.sln not found above " + AppContext.BaseDirectory);
    }
}
