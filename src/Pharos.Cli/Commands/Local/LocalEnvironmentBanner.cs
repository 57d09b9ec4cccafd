using Pharos.Cli.Infrastructure;
using Pharos.Local.Hosting;

namespace Pharos.Cli.Commands.Local;

/// <summary>Says where a running local environment is, without ever printing a token.</summary>
internal static class LocalEnvironmentBanner
{
    public static void Write(IOContext io, LocalEnvironment environment, OutputFormat format)
    {
        var url = environment.BaseAddress.ToString().TrimEnd('/');
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(io.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("url", url);
                w.WriteString("apiUrl", environment.ApiBaseAddress.ToString());
                w.WriteString("platformApiUrl", environment.PlatformApiBaseAddress.ToString());
                w.WriteString("dataDirectory", environment.DataDirectory);
                w.WriteString("adminTokenFile", environment.AdminTokenPath);
                w.WriteBoolean("adminTokenCreated", environment.AdminTokenCreated);
                w.WriteEndObject();
            });
            io.Output.Flush();
            return;
        }

        io.Output.WriteLine($"Pharos local environment listening on {url}");
        io.Output.WriteLine($"  API (Api-Token)  {environment.ApiBaseAddress}");
        io.Output.WriteLine($"  API (Bearer)     {environment.PlatformApiBaseAddress}");
        io.Output.WriteLine($"  data             {environment.DataDirectory}");
        io.Output.WriteLine($"  admin token      {environment.AdminTokenPath}{(environment.AdminTokenCreated ? " (created now, mode 0600)" : "")}");
        io.Output.WriteLine($"Point Pharos or any Dynatrace client at it:");
        io.Output.WriteLine($"  export DT_ENV_URL={url} DT_API_TOKEN=\"$(cat {environment.AdminTokenPath})\"");
        io.Output.WriteLine("Press Ctrl+C to stop.");
        io.Output.Flush();
    }
}
