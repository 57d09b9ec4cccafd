using System.Text.Json;
using Pharos.Local.Settings;
using Pharos.Local.Storage.Settings;

namespace Pharos.Local.Tests.Settings;

public sealed class SettingsReferencesTests
{
    private static readonly string Zone = SettingsObjectId.Mint("builtin:management-zones", SettingsScope.TryParse("environment")!, Guid.NewGuid());
    private static readonly string Gone = SettingsObjectId.Mint("builtin:management-zones", SettingsScope.TryParse("environment")!, Guid.NewGuid());

    [Fact]
    public async Task ResolveAsync_NestedIds_ReturnsOnlyExistingObjects()
    {
        var looked = new List<string>();
        using var value = JsonDocument.Parse($$$"""{"name":"x","rules":[{"zone":"{{{Zone}}}"},{"zone":"{{{Gone}}}"}],"other":{"zone":"{{{Zone}}}"}}""");

        var found = await SettingsReferences.ResolveAsync(value.RootElement, (id, _) =>
        {
            looked.Add(id);
            return Task.FromResult(id == Zone ? Stored(id) : null);
        }, CancellationToken.None);

        Assert.Equal(new Dictionary<string, string> { [Zone] = "builtin:management-zones" }, found);
        Assert.Equal([Zone, Gone], looked);
    }

    [Fact]
    public async Task ResolveAsync_StringsThatAreNoObjectIds_AreNotLookedUp()
    {
        using var value = JsonDocument.Parse("""{"name":"checkout","uuid":"00000000-0000-0000-0000-000000000000","n":5}""");

        var found = await SettingsReferences.ResolveAsync(value.RootElement,
            (id, _) => throw new InvalidOperationException($"looked up {id}"), CancellationToken.None);

        Assert.Empty(found);
    }

    private static StoredSettingsObject Stored(string objectId) =>
        new(objectId, "builtin:management-zones", "1.0.13", "environment", null, "{}", "", 0, "t", 0, 0, "a", "a");
}
