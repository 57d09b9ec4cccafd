using System.Net.Http;
using System.Net.Sockets;
using Pharos.Dynatrace.Http;

namespace Pharos.Dynatrace.Tests.Http;

public class FailureClassifierTests
{
    [Theory]
    [InlineData(200, null)]
    [InlineData(201, null)]
    [InlineData(204, null)]
    [InlineData(207, null)]
    [InlineData(302, DynatraceFailureKind.InvalidResponse)]
    [InlineData(400, DynatraceFailureKind.BadRequest)]
    [InlineData(401, DynatraceFailureKind.Unauthorized)]
    [InlineData(403, DynatraceFailureKind.Forbidden)]
    [InlineData(404, DynatraceFailureKind.NotFound)]
    [InlineData(409, DynatraceFailureKind.Conflict)]
    [InlineData(410, DynatraceFailureKind.ClientError)]
    [InlineData(413, DynatraceFailureKind.PayloadTooLarge)]
    [InlineData(429, DynatraceFailureKind.RateLimited)]
    [InlineData(500, DynatraceFailureKind.ServerError)]
    [InlineData(501, DynatraceFailureKind.ServerError)]
    [InlineData(502, DynatraceFailureKind.Unavailable)]
    [InlineData(503, DynatraceFailureKind.Unavailable)]
    [InlineData(504, DynatraceFailureKind.Unavailable)]
    public void FromStatus_Status_MapsToKind(int status, DynatraceFailureKind? expected)
    {
        Assert.Equal(expected, FailureClassifier.FromStatus(status));
    }

    public static TheoryData<Exception, DynatraceFailureKind?> Exceptions => new()
    {
        { new TaskCanceledException("timeout", new TimeoutException()), DynatraceFailureKind.Timeout },
        { new TimeoutException(), DynatraceFailureKind.Timeout },
        { new HttpRequestException(HttpRequestError.ConnectionError, "refused"), DynatraceFailureKind.ConnectFailure },
        { new HttpRequestException(HttpRequestError.NameResolutionError, "no such host"), DynatraceFailureKind.ConnectFailure },
        { new HttpRequestException(HttpRequestError.ProxyTunnelError, "proxy"), DynatraceFailureKind.ConnectFailure },
        { new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)), DynatraceFailureKind.ConnectFailure },
        { new HttpRequestException(HttpRequestError.SecureConnectionError, "certificate"), DynatraceFailureKind.TlsFailure },
        { new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), DynatraceFailureKind.Transport },
        { new HttpRequestException("reset", new IOException("connection reset")), DynatraceFailureKind.Transport },
        { new IOException("broken pipe"), DynatraceFailureKind.Transport },
        { new InvalidOperationException("a bug"), null },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void FromException_Exception_MapsToKindOrNull(Exception exception, DynatraceFailureKind? expected)
    {
        Assert.Equal(expected, FailureClassifier.FromException(exception));
    }

    [Theory]
    [InlineData(DynatraceFailureKind.ConnectFailure, false, RetryClass.Always)]
    [InlineData(DynatraceFailureKind.RateLimited, false, RetryClass.Always)]
    [InlineData(DynatraceFailureKind.Transport, false, RetryClass.IfRepeatable)]
    [InlineData(DynatraceFailureKind.Timeout, false, RetryClass.IfRepeatable)]
    [InlineData(DynatraceFailureKind.Unavailable, false, RetryClass.IfRepeatable)]
    [InlineData(DynatraceFailureKind.ServerError, false, RetryClass.Never)]
    [InlineData(DynatraceFailureKind.ServerError, true, RetryClass.IfRepeatable)]
    [InlineData(DynatraceFailureKind.TlsFailure, false, RetryClass.Never)]
    [InlineData(DynatraceFailureKind.BadRequest, true, RetryClass.Never)]
    [InlineData(DynatraceFailureKind.Unauthorized, true, RetryClass.Never)]
    [InlineData(DynatraceFailureKind.Forbidden, true, RetryClass.Never)]
    [InlineData(DynatraceFailureKind.NotFound, true, RetryClass.Never)]
    [InlineData(DynatraceFailureKind.Conflict, true, RetryClass.Never)]
    [InlineData(DynatraceFailureKind.PayloadTooLarge, true, RetryClass.Never)]
    [InlineData(DynatraceFailureKind.ClientError, true, RetryClass.Never)]
    [InlineData(DynatraceFailureKind.InvalidResponse, true, RetryClass.Never)]
    public void RetryClassOf_Kind_DecidesFromKindAlone(DynatraceFailureKind kind, bool retryServerErrors, RetryClass expected)
    {
        Assert.Equal(expected, FailureClassifier.RetryClassOf(kind, retryServerErrors));
    }

    [Theory]
    [InlineData(DynatraceFailureKind.Timeout, true)]
    [InlineData(DynatraceFailureKind.Transport, true)]
    [InlineData(DynatraceFailureKind.Unavailable, true)]
    [InlineData(DynatraceFailureKind.ServerError, true)]
    [InlineData(DynatraceFailureKind.ConnectFailure, false)]
    [InlineData(DynatraceFailureKind.RateLimited, false)]
    [InlineData(DynatraceFailureKind.BadRequest, false)]
    public void OutcomeUnknown_Kind_TrueOnlyWhenTheServerMayHaveActed(DynatraceFailureKind kind, bool expected)
    {
        Assert.Equal(expected, FailureClassifier.OutcomeUnknown(kind));
    }
}
