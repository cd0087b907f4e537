namespace ForcedLabourIndicators;

/// <summary>
/// What an <see cref="IndicatorRule"/> found for one case: a status and the facts behind it. The assessor turns it into an
/// <see cref="IndicatorFinding"/> with the evidence, weight and contribution.
/// </summary>
public readonly struct RuleOutcome
{
    internal RuleOutcome(FindingStatus status, ulong because)
    {
        Status = status;
        Because = because;
    }

    /// <summary>The status.</summary>
    public FindingStatus Status { get; }

    /// <summary>The facts behind the status, as a mask over <see cref="Facts.All"/>.</summary>
    internal ulong Because { get; }

    /// <summary>The indicator is present because of these facts (answered yes).</summary>
    /// <param name="because">The facts that made it fire.</param>
    /// <returns>The outcome.</returns>
    public static RuleOutcome Present(params Fact[] because) => new(FindingStatus.Present, MaskOf(because));

    /// <summary>The indicator is not present; these facts (answered no) rule it out.</summary>
    /// <param name="because">The facts that rule it out.</param>
    /// <returns>The outcome.</returns>
    public static RuleOutcome NotPresent(params Fact[] because) => new(FindingStatus.NotPresent, MaskOf(because));

    /// <summary>The indicator is undetermined; these facts (answered yes) point towards it without being enough.</summary>
    /// <param name="partial">Facts answered yes that partly support it; may be empty.</param>
    /// <returns>The outcome.</returns>
    public static RuleOutcome Undetermined(params Fact[] partial) => new(FindingStatus.Undetermined, MaskOf(partial));

    private static ulong MaskOf(Fact[] facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ulong m = 0;
        foreach (var f in facts)
        {
            ArgumentNullException.ThrowIfNull(f);
            m |= f.Mask;
        }

        return m;
    }
}
