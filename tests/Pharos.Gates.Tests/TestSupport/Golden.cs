namespace Pharos.Gates.Tests.TestSupport;

/// <summary>
/// Compares output with a reviewed file under Reporting/Golden. Run the tests with
/// PHAROS_UPDATE_GOLDEN=1 to rewrite the files, then review the diff before committing.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string fileName, string actual)
    {
        var path = RepoPaths.TestProject("Pharos.Gates.Tests", "Reporting", "Golden", fileName);
        if (Environment.GetEnvironmentVariable("PHAROS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing (run with PHAROS_UPDATE_GOLDEN=1 to create it)");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }
}
