namespace Pharos.Catalog.Tests.TestSupport;

/// <summary>Finds files of this repository (examples, golden files) from the test's bin folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples(string relative) => Path.Combine(Root, "examples", relative);

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
