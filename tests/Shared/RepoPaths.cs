namespace Pharos.Tests.Shared;

/// <summary>
/// Finds files of this repository (examples, docs, golden files, sources) from a test's bin folder. Compiled into
/// every test project through tests/Directory.Build.props, so there is one copy.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples(string relative) => Path.Combine(Root, "examples", relative);

    /// <summary>A path inside <c>tests/&lt;project&gt;/</c>.</summary>
    public static string TestProject(string project, params string[] parts) => Path.Combine([Root, "tests", project, .. parts]);

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
