using System.Text.Json;

namespace Pharos.Cli.Tests.Commands;

public sealed class CatalogCommandTests
{
    private static readonly string[] Example = ["--catalog", "examples/platform-next", "--metrics-catalog", "examples/metrics-catalog"];

    [Fact]
    public async Task Validate_example_catalog_succeeds()
    {
        var (code, output, _) = await CliRunner.Run(["validate", .. Example]);
        Assert.Equal(0, code);
        Assert.Contains("Catalog is valid: 3 services, 14 service × environment × region targets.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_every_error_with_location_excerpt_and_exit_code_1()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "monitoring-profiles.yaml"), "monitoringProfiles:\n  base:\n    dynatrace:\n      enabled: true\n");
        File.WriteAllText(Path.Combine(dir, "services.yaml"), "services:\n  - name: svc\n    regions: [euw1]\n    enabledIn: [prd]\n    monitoringProfile: bsae\n");
        var (code, _, error) = await CliRunner.Run("validate", "--catalog", dir);
        Assert.Equal(1, code);
        Assert.Contains("services.yaml:4:17: error PH1104: environment 'prd' has an unknown tier", error, StringComparison.Ordinal);
        Assert.Contains("services.yaml:5:24: error PH1105: monitoring profile 'bsae' is not defined", error, StringComparison.Ordinal);
        Assert.Contains("    enabledIn: [prd]\n                    ^", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("2 errors, 0 warnings.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_json_output_is_machine_readable()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "monitoring-profiles.yaml"), "monitoringProfiles: {}\n");
        File.WriteAllText(Path.Combine(dir, "services.yaml"), "services:\n  - name: svc\n    regions: [euw1]\n    enabledIn: []\n");
        var (code, output, _) = await CliRunner.Run("validate", "--catalog", dir, "--output", "json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("PH1103", diagnostic.GetProperty("code").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Generate_then_check_is_clean_and_a_hand_edit_makes_check_fail()
    {
        var outDir = Path.Combine(CliRunner.TempDir(), "generated");
        var (code, output, _) = await CliRunner.Run(["generate", .. Example, "--out", outDir]);
        Assert.Equal(0, code);
        Assert.Contains("Generated 14 targets", output, StringComparison.Ordinal);

        (code, output, _) = await CliRunner.Run(["generate", .. Example, "--out", outDir, "--check"]);
        Assert.Equal(0, code);
        Assert.Contains("is up to date", output, StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(outDir, "payment-processor/prod/euw1/monitoring/dynatrace-app-config.yaml"), "# edited\n");
        (code, output, _) = await CliRunner.Run(["generate", .. Example, "--out", outDir, "--check", "--output", "json"]);
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("payment-processor/prod/euw1/monitoring/dynatrace-app-config.yaml", json.RootElement.GetProperty("stale")[0].GetString());
    }

    [Fact]
    public async Task Generate_with_errors_leaves_previous_output_untouched()
    {
        var root = CliRunner.TempDir();
        var catalog = Path.Combine(root, "catalog");
        Directory.CreateDirectory(catalog);
        foreach (var file in new[] { "services.yaml", "monitoring-profiles.yaml" })
        {
            File.Copy(Path.Combine(CliRunner.RepoRoot, "examples/platform-next", file), Path.Combine(catalog, file));
        }

        var outDir = Path.Combine(root, "generated");
        var metrics = Path.Combine(CliRunner.RepoRoot, "examples/metrics-catalog");
        Assert.Equal(0, (await CliRunner.Run("generate", "--catalog", catalog, "--metrics-catalog", metrics, "--out", outDir)).ExitCode);
        var before = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        File.AppendAllText(Path.Combine(catalog, "services.yaml"), "  - name: broken\n    regions: [euw1]\n    enabledIn: [nowhere]\n");
        var (code, _, error) = await CliRunner.Run("generate", "--catalog", catalog, "--metrics-catalog", metrics, "--out", outDir);
        Assert.Equal(1, code);
        Assert.Contains("Nothing was written", error, StringComparison.Ordinal);
        var after = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
    }

    [Fact]
    public async Task Generate_json_format_writes_the_resolved_model_with_provenance()
    {
        var outDir = Path.Combine(CliRunner.TempDir(), "model");
        var (code, _, _) = await CliRunner.Run(["generate", .. Example, "--out", outDir, "--format", "json"]);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "resolved.json")));
        var targets = json.RootElement.GetProperty("targets");
        Assert.Equal(14, targets.GetArrayLength());
        var payment = targets.EnumerateArray().First(t => t.GetProperty("metadata").GetProperty("name").GetString() == "payment-processor");
        var rule = payment.GetProperty("alertRules")[0];
        Assert.Equal("profile domain-api", rule.GetProperty("source").GetProperty("layer").GetString());
        Assert.Equal("examples/platform-next/monitoring-profiles.yaml", rule.GetProperty("source").GetProperty("file").GetString());
    }

    [Fact]
    public async Task Explain_shows_origin_and_shadowed_layers()
    {
        var (code, output, _) = await CliRunner.Run(["explain", "payment-processor", .. Example, "--env", "prod", "--region", "euw1"]);
        Assert.Equal(0, code);
        Assert.Contains("payment-processor · prod · euw1", output, StringComparison.Ordinal);
        Assert.Contains("PaymentSuccessRateLow  [critical]  payment_success_rate < 95.0", output, StringComparison.Ordinal);
        Assert.Contains("from    service payment-processor overrides.prod  examples/platform-next/services.yaml:", output, StringComparison.Ordinal);
        Assert.Contains("shadows metrics-catalog services/payment-processor/payment-business-metrics.yaml", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_unknown_service_suggests_the_closest_name()
    {
        var (code, _, error) = await CliRunner.Run(["explain", "payment-procesor", .. Example]);
        Assert.Equal(1, code);
        Assert.Contains("service 'payment-procesor' is not in the catalog. Did you mean 'payment-processor'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rerun_with_nothing_changed_takes_the_incremental_path_and_edits_are_repaired()
    {
        var root = CliRunner.TempDir();
        var outDir = Path.Combine(root, "generated");
        string[] generate = ["generate", .. Example, "--out", outDir, "--cache-dir", Path.Combine(root, "cache")];
        Assert.Equal(0, (await CliRunner.Run(generate)).ExitCode);

        var (code, output, _) = await CliRunner.Run(generate);
        Assert.Equal(0, code);
        Assert.Contains("0 created, 0 updated, 0 deleted, 29 unchanged", output, StringComparison.Ordinal);

        var edited = Path.Combine(outDir, "settlement-batch/prod/euw1/kustomization.yaml");
        File.AppendAllText(edited, "# hand edit\n");
        (code, output, _) = await CliRunner.Run(generate);
        Assert.Equal(0, code);
        Assert.Contains("0 created, 1 updated, 0 deleted, 28 unchanged", output, StringComparison.Ordinal);
        Assert.DoesNotContain("hand edit", File.ReadAllText(edited), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(outDir, "stray.yaml"), "x");
        (_, output, _) = await CliRunner.Run(generate);
        Assert.Contains("1 deleted", output, StringComparison.Ordinal);
    }
}
