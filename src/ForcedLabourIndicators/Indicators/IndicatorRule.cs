namespace ForcedLabourIndicators;

/// <summary>
/// One indicator of forced labour as a rule over the facts of a case. The eleven ILO indicators are built in
/// (<see cref="IloIndicators"/>); callers can add their own rules, for example for a national law, and they take part
/// in the score and the evidence like the built-in ones.
/// </summary>
/// <remarks>
/// A rule must be stateless, deterministic and thread-safe: the same facts always give the same outcome, with no clock,
/// randomness or I/O. Derive from <see cref="FactClauseRule"/> for the common shape "present when any of these
/// combinations of facts is all yes".
/// </remarks>
public abstract class IndicatorRule
{
    /// <summary>A stable code, unique among an assessor's rules, e.g. <c>ILO07</c>.</summary>
    public abstract string Code { get; }

    /// <summary>A short name, e.g. "Retention of identity documents".</summary>
    public abstract string Name { get; }

    /// <summary>What the indicator means, in the words of its source.</summary>
    public abstract string Description { get; }

    /// <summary>Where the indicator comes from, e.g. the ILO publication or the national law.</summary>
    public abstract string Source { get; }

    /// <summary>The weight used when the methodology does not override it; finite and 0 or more.</summary>
    public abstract double DefaultWeight { get; }

    /// <summary>The yes/no facts the rule reads, each once.</summary>
    public abstract IReadOnlyList<Fact> Facts { get; }

    /// <summary>Decides the indicator for one case.</summary>
    /// <param name="facts">The case's facts.</param>
    /// <returns>The status and the facts behind it.</returns>
    public abstract RuleOutcome Evaluate(in CaseFacts facts);

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Name}";
}
