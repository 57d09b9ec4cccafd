using System.Text.Json.Nodes;

using Pharos.Settings;

namespace Pharos.Settings.Tests.Normalization;

public sealed class CanonicalJsonSortTests
{
    [Fact]
    public void Write_SortsKeysAtEveryDepthAndKeepsArrayOrder()
    {
        var node = new JsonObject { ["b"] = 1, ["a"] = new JsonObject { ["z"] = true, ["y"] = new JsonArray(3, 1, 2) } };

        Assert.Equal("{\"a\":{\"y\":[3,1,2],\"z\":true},\"b\":1}", CanonicalJson.Write(node));
    }

    [Fact]
    public void Write_KeepsHashAndAtReadable() =>
        Assert.Equal("{\"c\":\"#team@x.com\"}", CanonicalJson.Write(new JsonObject { ["c"] = "#team@x.com" }));

    [Fact]
    public void SortObject_ReturnsASortedDeepCopy()
    {
        var original = new JsonObject { ["b"] = new JsonObject { ["d"] = 1, ["c"] = 2 }, ["a"] = 0 };

        var sorted = CanonicalJson.SortObject(original);

        Assert.Equal(["a", "b"], sorted.Select(p => p.Key));
        Assert.Equal(["c", "d"], sorted["b"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["b", "a"], original.Select(p => p.Key));
    }
}
