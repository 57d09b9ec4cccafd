namespace Pharos.Sync.Engine;

/// <summary>What a plan does with one object.</summary>
public enum PlanAction
{
    /// <summary>Desired, not in the environment: created.</summary>
    Create,

    /// <summary>Desired and owned, but the normalised values differ (or secrets are re-sent): replaced.</summary>
    Update,

    /// <summary>Owned by the catalog, no longer desired, and pruning is on: deleted.</summary>
    Delete,

    /// <summary>Desired and owned with an equivalent value: no request.</summary>
    Unchanged,

    /// <summary>Owned by the catalog and no longer desired, but pruning is off: left alone and reported.</summary>
    Orphaned,

    /// <summary>Desired, but its place is held by an object Pharos must not touch: nothing is written, the plan has an error.</summary>
    Conflict,
}
