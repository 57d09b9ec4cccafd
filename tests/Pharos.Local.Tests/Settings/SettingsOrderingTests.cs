using Pharos.Local.Tests.Infrastructure;
using static Pharos.Local.Tests.Settings.SettingsTestData;

namespace Pharos.Local.Tests.Settings;

public sealed class SettingsOrderingTests : IAsyncLifetime
{
    private TestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await TestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Post_InsertAfter_PlacesObjectsInRequestedOrder()
    {
        var a = await CreateAsync(_env.Client, Ordered, "a");
        await CreateAsync(_env.Client, Ordered, "c");
        await CreateAsync(_env.Client, Ordered, "b", extra: $",\"insertAfter\":\"{a}\"");
        await CreateAsync(_env.Client, Ordered, "first", extra: ",\"insertAfter\":\"\"");

        Assert.Equal(["first", "a", "b", "c"], await NamesAsync());
    }

    [Fact]
    public async Task Put_InsertBeforeAndAfter_MovesTheObject()
    {
        var a = await CreateAsync(_env.Client, Ordered, "a");
        var b = await CreateAsync(_env.Client, Ordered, "b");
        var c = await CreateAsync(_env.Client, Ordered, "c");

        using (await _env.Client.PutJsonAsync($"settings/objects/{c}", $$"""{"value":{"name":"c"},"insertBefore":"{{a}}"}""")) { }
        Assert.Equal(["c", "a", "b"], await NamesAsync());

        using (await _env.Client.PutJsonAsync($"settings/objects/{c}", """{"value":{"name":"c"},"insertBefore":""}""")) { }
        Assert.Equal(["a", "b", "c"], await NamesAsync());

        using (await _env.Client.PutJsonAsync($"settings/objects/{a}", $$"""{"value":{"name":"a"},"insertAfter":"{{b}}"}""")) { }
        Assert.Equal(["b", "a", "c"], await NamesAsync());
    }

    [Fact]
    public async Task Post_InsertAfterUnknownNeighbor_Returns400NeighborNotFound()
    {
        using var response = await _env.Client.PostJsonAsync("settings/objects", Array(Item(Ordered, "x", extra: ",\"insertAfter\":\"nope\"")));

        var violation = (await response.JsonAsync())[0].GetProperty("error").GetProperty("constraintViolations")[0];
        Assert.Equal($"Neighbor with key 'nope' not found for '{Ordered}'", violation.GetProperty("message").GetString());
    }

    private async Task<List<string>> NamesAsync()
    {
        using var response = await _env.Client.GetAsync($"settings/objects?schemaIds={Ordered}&fields=value");
        var body = await response.JsonAsync();
        return body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("value").GetProperty("name").GetString()!).ToList();
    }
}
