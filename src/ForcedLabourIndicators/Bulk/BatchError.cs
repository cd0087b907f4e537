namespace ForcedLabourIndicators;

/// <summary>A case of a batch that was rejected: its index in input order, its id, and its problems.</summary>
/// <param name="Index">The case's index in input order.</param>
/// <param name="CaseId">The case's id (or a placeholder when the id itself is missing or invalid).</param>
/// <param name="Errors">The problems, naming the field, never its value.</param>
public sealed record BatchError(int Index, string CaseId, IReadOnlyList<CaseError> Errors);

/// <summary>One result of streaming bulk assessment: the case's index in input order and either a score or the errors.</summary>
/// <param name="Index">The case's index in input order.</param>
/// <param name="CaseId">The case's id, or a placeholder when it is missing or invalid.</param>
/// <param name="Score">The compact result; <see cref="CaseScoreStatus.Rejected"/> when the case was invalid.</param>
/// <param name="Errors">The problems of a rejected case; empty for an assessed one.</param>
public readonly record struct BulkResult(int Index, string CaseId, CaseScore Score, IReadOnlyList<CaseError> Errors);

/// <summary>Options of bulk assessment.</summary>
public sealed record BulkOptions
{
    /// <summary>Single-threaded (the default).</summary>
    public static BulkOptions Sequential { get; } = new();

    /// <summary>Parallel over every core.</summary>
    public static BulkOptions Parallel { get; } = new() { MaxDegreeOfParallelism = -1 };

    /// <summary>How many threads may work at once: 1 (default) is single-threaded, -1 is every core. Results are the same
    /// whatever the degree.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to 0 or to less than -1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _degree;
        init => _degree = value is -1 or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Use 1 for one thread, -1 for every core, or a number of threads.");
    }

    private readonly int _degree = 1;
}
