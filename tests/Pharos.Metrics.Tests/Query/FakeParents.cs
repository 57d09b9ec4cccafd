using Pharos.Metrics.Query;

namespace Pharos.Metrics.Tests.Query;

/// <summary>A parent resolver that knows PROCESS_GROUP_INSTANCE → HOST and the given links, and records its calls.</summary>
internal sealed class FakeParents(params (string Child, string Parent)[] links) : IEntityParentResolver
{
    public IReadOnlyDictionary<string, string> ParentTypes { get; } = new Dictionary<string, string> { ["PROCESS_GROUP_INSTANCE"] = "HOST" };

    public List<IReadOnlyCollection<string>> Calls { get; } = [];

    public ValueTask<IReadOnlyDictionary<string, string>> GetParentsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        Calls.Add(entityIds);
        IReadOnlyDictionary<string, string> found = links.Where(l => entityIds.Contains(l.Child)).ToDictionary(l => l.Child, l => l.Parent);
        return ValueTask.FromResult(found);
    }
}
