using Pharos.Local.Auth;

namespace Pharos.Local.Tests.Auth;

public sealed class ApiTokenFormatTests
{
    [Fact]
    public void TryParse_GeneratedToken_SplitsIdAndSecret()
    {
        var (id, secret) = ApiTokenFormat.Generate();

        Assert.True(ApiTokenFormat.TryParse(ApiTokenFormat.Compose(id, secret), out var parsedId, out var parsedSecret));
        Assert.Equal(id, parsedId);
        Assert.Equal(secret, parsedSecret);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dt0c01.abc123.abcdefjhij1234567890")]
    [InlineData("dt0c01.AAAAAAAAAAAAAAAAAAAAAAAa.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB")]
    [InlineData("xx0c01.AAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB")]
    [InlineData("dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB")]
    public void TryParse_MalformedToken_ReturnsFalse(string token)
    {
        Assert.False(ApiTokenFormat.TryParse(token, out _, out _));
    }

    [Fact]
    public void Verify_WrongSecret_ReturnsFalse()
    {
        var (salt, hash) = TokenSecretHasher.Hash("SECRET");

        Assert.True(TokenSecretHasher.Verify("SECRET", salt, hash));
        Assert.False(TokenSecretHasher.Verify("SECRET2", salt, hash));
    }
}
