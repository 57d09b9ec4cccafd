using System.Text.Json.Nodes;
using Pharos.Sync.Engine;

namespace Pharos.Sync.Tests.Engine;

public sealed class ValueDiffTests
{
    [Fact]
    public void Compare_KeyOrderAndNumberSpelling_AreNotChanges()
    {
        var before = JsonNode.Parse("""{"b":{"y":1.0,"x":[1,2]},"a":"t"}""");
        var after = JsonNode.Parse("""{"a":"t","b":{"x":[1,2e0],"y":1}}""");

        Assert.Empty(ValueDiff.Compare(before, after));
    }

    [Fact]
    public void Compare_ChangedAddedAndRemovedLeaves_AreListedByPointerInOrder()
    {
        var before = JsonNode.Parse("""{"a":1,"list":[{"k":"v"}],"gone":true,"empty":[]}""");
        var after = JsonNode.Parse("""{"a":2,"list":[{"k":"w"},{"k":"x"}],"new/key":null}""");

        Assert.Equal(
            [
                new ValueChange("/a", "1", "2"),
                new ValueChange("/empty", "[]", null),
                new ValueChange("/gone", "true", null),
                new ValueChange("/list/0/k", "\"v\"", "\"w\""),
                new ValueChange("/list/1/k", null, "\"x\""),
                new ValueChange("/new~1key", null, "null"),
            ],
            ValueDiff.Compare(before, after));
    }
}
