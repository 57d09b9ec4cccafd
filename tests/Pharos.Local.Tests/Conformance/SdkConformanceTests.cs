using Pharos.Local.Hosting;
using Pharos.Local.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pharos.Local.Tests.Conformance;

/// <summary>
/// Runs Dynatrace's own npm client (@dynatrace-sdk/client-classic-environment-v2, tests/conformance)
/// against a real local environment: every call must succeed and every answer must match the SDK's
/// TypeScript types. Needs node and npm; installs the pinned packages with <c>npm ci</c> on first use.
/// </summary>
public sealed class SdkConformanceTests
{
    private static readonly string[] Scopes =
    [
        "settings.read", "settings.write", "events.ingest", "events.read", "problems.read", "problems.write",
        "entities.read", "metrics.ingest", "metrics.read", "slo.read",
    ];

    private readonly ITestOutputHelper _output;

    public SdkConformanceTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task DynatraceSdk_AgainstLocalEnvironment_EveryCallConforms()
    {
        var conformance = ConformanceDirectory();
        await EnsurePackagesAsync(conformance);
        var dataDirectory = TestEnvironment.NewDataDirectory();
        try
        {
            await using var environment = await LocalEnvironment.StartAsync(
                new LocalEnvironmentOptions { Host = "127.0.0.1", Port = 0, DataDirectory = dataDirectory, HandleShutdownSignals = false });
            var token = await environment.Tokens.CreateAsync("sdk-conformance", Scopes, CancellationToken.None);
            Assert.True(token.Succeeded, string.Join("; ", token.Diagnostics));

            var (exitCode, output) = await ExternalProcess.RunAsync(
                "node", ["--test", "--test-reporter=spec"], conformance,
                new Dictionary<string, string>
                {
                    ["PHAROS_LOCAL_URL"] = environment.BaseAddress.ToString(),
                    ["PHAROS_LOCAL_TOKEN"] = token.Token!,
                    ["NO_COLOR"] = "1",
                },
                TimeSpan.FromMinutes(3));

            _output.WriteLine(output);
            Assert.True(exitCode == 0, $"The Dynatrace SDK conformance run failed (exit code {exitCode}):{Environment.NewLine}{output}");
        }
        finally
        {
            TestEnvironment.TryDelete(dataDirectory);
        }
    }

    // npm ci writes node_modules/.package-lock.json last, so its presence means a complete install.
    private async Task EnsurePackagesAsync(string conformance)
    {
        if (File.Exists(Path.Combine(conformance, "node_modules", ".package-lock.json")))
        {
            return;
        }

        var (exitCode, output) = await ExternalProcess.RunAsync(
            "npm", ["ci", "--no-audit", "--no-fund"], conformance, new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
        _output.WriteLine(output);
        Assert.True(exitCode == 0, $"npm ci in {conformance} failed (exit code {exitCode}):{Environment.NewLine}{output}");
    }

    private static string ConformanceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pharos.sln")))
            {
                return Path.Combine(directory.FullName, "tests", "conformance");
            }
        }

        throw new InvalidOperationException($"Pharos.sln not found above {AppContext.BaseDirectory}; the conformance tests live in tests/conformance.");
    }
}
