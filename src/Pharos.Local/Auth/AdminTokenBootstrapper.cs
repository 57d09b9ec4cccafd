using System.Text;
using Microsoft.Extensions.Logging;
using Pharos.Local.Logging;
using Pharos.Local.Storage.Tokens;

namespace Pharos.Local.Auth;

/// <summary>
/// On the first start of a data directory (no token stored yet) creates a token with every scope and
/// writes it to <c>&lt;data&gt;/admin-token</c>, readable by the owner only. The token text is never logged.
/// </summary>
internal sealed class AdminTokenBootstrapper
{
    public const string FileName = "admin-token";
    public const string TokenName = "pharos-local-admin";

    private readonly ITokenStore _store;
    private readonly ILocalTokenAdministration _tokens;
    private readonly ILogger _logger;

    public AdminTokenBootstrapper(ITokenStore store, ILocalTokenAdministration tokens, ILogger<AdminTokenBootstrapper> logger)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Returns true when a new admin token was created and written.</summary>
    public async Task<bool> EnsureAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        if (await _store.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return false;
        }

        var result = await _tokens.CreateAsync(TokenName, TokenScopeCatalog.All, cancellationToken).ConfigureAwait(false);
        var path = Path.Combine(dataDirectory, FileName);
        await WriteOwnerOnlyAsync(path, result.Token!, cancellationToken).ConfigureAwait(false);
        LocalLog.AdminTokenCreated(_logger, result.Info!.Id, path);
        return true;
    }

    // Written to a temporary file created with mode 0600 and renamed, so the token is never readable by
    // others, not even for a moment, and a crash cannot leave a half-written file behind.
    private static async Task WriteOwnerOnlyAsync(string path, string token, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        File.Delete(temporary);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(temporary, options))
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(token + "\n"), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
