namespace Pharos.Dynatrace.Common;

/// <summary>What every paged list answer has in common, whatever its item array is called.</summary>
internal interface IPage<out TItem>
{
    IReadOnlyList<TItem> PageItems { get; }

    string? NextPageKey { get; }
}
