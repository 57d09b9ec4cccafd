using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Pharos.Local.Metrics;

/// <summary>
/// A request body read whole into a pooled buffer, up to a limit. Line-protocol bodies are parsed in one
/// pass over contiguous memory, and renting keeps a steady ingest stream from allocating a megabyte per
/// request. Dispose returns the buffer.
/// </summary>
internal sealed class IngestBody : IDisposable
{
    private const int MinimumBuffer = 16 * 1024;

    private byte[]? _buffer;

    private IngestBody(byte[]? buffer, int length, bool tooLarge, string? problem = null)
    {
        _buffer = buffer;
        Length = length;
        TooLarge = tooLarge;
        Problem = problem;
    }

    public bool TooLarge { get; }

    /// <summary>Why the body could not be read (e.g. the client ended it early); null when it was read whole.</summary>
    public string? Problem { get; }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _buffer is null ? [] : _buffer.AsSpan(0, Length);

    /// <summary>
    /// Reads the body; <see cref="TooLarge"/> when it exceeds <paramref name="maxBytes"/>, <see cref="Problem"/>
    /// when the request is broken (nothing is kept in either case).
    /// </summary>
    public static async Task<IngestBody> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = (int)Math.Min(maxBytes, Array.MaxLength - 1);
        if (request.ContentLength > limit)
        {
            return new IngestBody(null, 0, tooLarge: true);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(request.ContentLength ?? MinimumBuffer, MinimumBuffer, limit + 1L));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        break;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, limit + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    break;
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            length = limit + 1;
        }
        catch (BadHttpRequestException e)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return new IngestBody(null, 0, tooLarge: false, e.Message);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        if (length > limit)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return new IngestBody(null, 0, tooLarge: true);
        }

        return new IngestBody(buffer, length, tooLarge: false);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
