namespace ForcedLabourIndicators;

/// <summary>
/// A three-valued answer to a yes/no question about a worker's situation.
/// </summary>
/// <remarks>
/// <see cref="Unknown"/> is the default value of the type, so a fact nobody answered is unknown, never "no".
/// Every fact is phrased so that <see cref="Yes"/> is the answer that points towards forced labour.
/// </remarks>
public enum Answer : byte
{
    /// <summary>Not asked, not answered, or not recorded. Never read as <see cref="No"/>.</summary>
    Unknown = 0,

    /// <summary>The fact is established as not true for this worker.</summary>
    No = 1,

    /// <summary>The fact is established as true for this worker.</summary>
    Yes = 2,
}
