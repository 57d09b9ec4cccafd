using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Pharos.Catalog.MetricsCatalog;
using Pharos.Catalog.Output;
using Pharos.Catalog.Tests.TestSupport;

namespace Pharos.Catalog.Tests.Output;

public sealed class GenerateOutputTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "pharos-tests", Guid.NewGuid().ToString("N"), "generated");

    public void Dispose()
    {
        var parent = Path.GetDirectoryName(_out)!;
        if (Directory.Exists(parent))
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    internal static async Task<CompilationResult> CompileExamples()
    {
        var source = new WorkingCopyMetricsCatalogSource(RepoPaths.Examples("metrics-catalog"), "examples/metrics-catalog");
        var result = await new CatalogCompiler(source).CompileAsync(RepoPaths.Examples("platform-next"), CancellationToken.None);
        DiagnosticAssert.NoErrors(result);
        return result;
    }

    [Fact]
    public async Task Example_output_matches_the_golden_files()
    {
        var tree = OutputTree.Kustomize((await CompileExamples()).Targets);
        var goldenRoot = Path.Combine(RepoPaths.Root, "tests", "Pharos.Catalog.Tests", "Golden", "platform-next");
        if (Environment.GetEnvironmentVariable("PHAROS_UPDATE_GOLDEN") == "1")
        {
            OutputDirectory.Write(goldenRoot, tree, CancellationToken.None);
        }

        var difference = OutputDirectory.Compare(goldenRoot, tree);
        Assert.True(difference.IsClean,
            $"generated output differs from {goldenRoot} (run with PHAROS_UPDATE_GOLDEN=1 to accept): missing {string.Join(", ", difference.Missing)}; stale {string.Join(", ", difference.Stale)}; extra {string.Join(", ", difference.Extra)}");
    }

    [Fact]
    public async Task Generating_twice_gives_identical_bytes_and_the_second_run_rewrites_nothing()
    {
        var first = OutputTree.Kustomize((await CompileExamples()).Targets);
        var second = OutputTree.Kustomize((await CompileExamples()).Targets);
        Assert.Equal(first.Files.Keys, second.Files.Keys);
        foreach (var (path, bytes) in first.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second.Files[path]), path);
        }

        var written = OutputDirectory.Write(_out, first, CancellationToken.None);
        Assert.Equal(first.Files.Count, written.Missing.Count);
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(_out, "payment-processor/prod/euw1/kustomization.yaml"));
        var rerun = OutputDirectory.Write(_out, second, CancellationToken.None);
        Assert.Empty(rerun.Missing);
        Assert.Empty(rerun.Stale);
        Assert.Empty(rerun.Extra);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(_out, "payment-processor/prod/euw1/kustomization.yaml")));
    }

    [Fact]
    public async Task Output_for_removed_targets_and_stray_folders_is_deleted()
    {
        var tree = OutputTree.Kustomize((await CompileExamples()).Targets);
        OutputDirectory.Write(_out, tree, CancellationToken.None);
        Directory.CreateDirectory(Path.Combine(_out, "retired-service/prod/euw1"));
        File.WriteAllText(Path.Combine(_out, "retired-service/prod/euw1/kustomization.yaml"), "old");
        File.WriteAllText(Path.Combine(_out, "payment-processor/prod/stray.txt"), "stray");

        var difference = OutputDirectory.Write(_out, tree, CancellationToken.None);
        Assert.Equal(["payment-processor/prod/stray.txt", "retired-service/prod/euw1/kustomization.yaml"], difference.Extra);
        Assert.False(Directory.Exists(Path.Combine(_out, "retired-service")));
        Assert.True(OutputDirectory.Compare(_out, tree).IsClean);
    }

    [Fact]
    public async Task Check_lists_missing_stale_and_extra_files_and_writes_nothing()
    {
        var tree = OutputTree.Kustomize((await CompileExamples()).Targets);
        OutputDirectory.Write(_out, tree, CancellationToken.None);
        File.Delete(Path.Combine(_out, "settlement-batch/prod/euw1/kustomization.yaml"));
        File.AppendAllText(Path.Combine(_out, "payment-processor/prod/euw1/kustomization.yaml"), "# hand edit\n");
        File.WriteAllText(Path.Combine(_out, "extra.yaml"), "x");

        var difference = OutputDirectory.Compare(_out, tree);
        Assert.Equal(["settlement-batch/prod/euw1/kustomization.yaml"], difference.Missing);
        Assert.Equal(["payment-processor/prod/euw1/kustomization.yaml"], difference.Stale);
        Assert.Equal(["extra.yaml"], difference.Extra);
        Assert.False(File.Exists(Path.Combine(_out, "settlement-batch/prod/euw1/kustomization.yaml")));
    }

    [Fact]
    public void A_non_empty_folder_pharos_did_not_write_is_refused()
    {
        Directory.CreateDirectory(_out);
        File.WriteAllText(Path.Combine(_out, "precious.txt"), "keep me");
        var d = OutputDirectory.CheckOwnership(_out);
        Assert.NotNull(d);
        Assert.Equal("PH1401", d!.Code);
        Assert.Contains("was not written by pharos", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_file_is_valid_yaml_and_every_application_json_is_valid_json()
    {
        var tree = OutputTree.Kustomize((await CompileExamples()).Targets);
        foreach (var (path, bytes) in tree.Files.Where(f => f.Key.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var yaml = new YamlDotNet.RepresentationModel.YamlStream();
            yaml.Load(new StringReader(Encoding.UTF8.GetString(bytes)));
            var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents.Single().RootNode;
            if (path.EndsWith("dynatrace-app-config.yaml", StringComparison.Ordinal))
            {
                var data = (YamlDotNet.RepresentationModel.YamlMappingNode)root["data"];
                var json = ((YamlDotNet.RepresentationModel.YamlScalarNode)data["application.json"]).Value!;
                using var document = JsonDocument.Parse(json);
                Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("alertRules").ValueKind);
            }
        }
    }

    [Fact]
    public async Task Kubectl_kustomize_accepts_every_generated_folder()
    {
        var tree = OutputTree.Kustomize((await CompileExamples()).Targets);
        OutputDirectory.Write(_out, tree, CancellationToken.None);
        var folders = tree.Files.Keys.Where(k => k.EndsWith("/kustomization.yaml", StringComparison.Ordinal)).Select(Path.GetDirectoryName).ToList();
        Assert.Equal(14, folders.Count);
        foreach (var folder in folders)
        {
            var start = new ProcessStartInfo("kubectl", ["kustomize", Path.Combine(_out, folder!)])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"kubectl kustomize {folder}: {error}");
            Assert.Contains("namespace: " + folder!.Split('/')[1].Split('-')[0] + "-", output, StringComparison.Ordinal);
        }
    }
}
