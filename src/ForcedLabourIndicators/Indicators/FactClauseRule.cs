namespace ForcedLabourIndicators;

/// <summary>
/// An indicator that is present when any of its clauses holds, a clause being a combination of facts that must all be yes.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description><b>Present</b> when every fact of at least one clause is yes; the evidence is those facts.</description></item>
/// <item><description><b>NotPresent</b> when every clause has a fact answered no; the evidence is those answers.</description></item>
/// <item><description><b>Undetermined</b> otherwise: no clause holds and at least one could still hold once unknown facts are answered.</description></item>
/// </list>
/// Unknown is never read as no. The evaluation is a few bitwise operations on the packed facts.
/// </remarks>
public abstract class FactClauseRule : IndicatorRule
{
    private readonly ulong[] _clauses;
    private readonly Fact[] _facts;

    /// <summary>Creates the rule from its clauses.</summary>
    /// <param name="clauses">The clauses; each a non-empty list of facts that must all be yes.</param>
    protected FactClauseRule(params Fact[][] clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        if (clauses.Length == 0 || clauses.Any(c => c is null || c.Length == 0 || c.Any(f => f is null)))
        {
            throw new ArgumentException("A clause rule needs at least one clause, and every clause at least one fact.", nameof(clauses));
        }

        Clauses = Array.AsReadOnly(clauses.Select(c => (IReadOnlyList<Fact>)Array.AsReadOnly(c.ToArray())).ToArray());
        _clauses = clauses.Select(c => c.Aggregate(0UL, (m, f) => m | f.Mask)).ToArray();
        Mask = _clauses.Aggregate(0UL, (a, b) => a | b);
        _facts = ForcedLabourIndicators.Facts.All.Where(f => (Mask & f.Mask) != 0).ToArray();
    }

    /// <summary>The clauses: the indicator is present when all facts of any one of them are yes.</summary>
    public IReadOnlyList<IReadOnlyList<Fact>> Clauses { get; }

    /// <inheritdoc/>
    public sealed override IReadOnlyList<Fact> Facts => _facts;

    /// <summary>Every fact the rule reads, as a mask.</summary>
    internal ulong Mask { get; }

    /// <inheritdoc/>
    public sealed override RuleOutcome Evaluate(in CaseFacts facts) => Evaluate(facts.Known, facts.Yes);

    internal RuleOutcome Evaluate(ulong known, ulong yes)
    {
        ulong held = 0, refuted = 0, partial = 0;
        var open = false;
        var no = known & ~yes;
        foreach (var c in _clauses)
        {
            if ((yes & c) == c)
            {
                held |= c;
            }
            else if ((no & c) != 0)
            {
                refuted |= no & c;
            }
            else
            {
                open = true;
                partial |= yes & c;
            }
        }

        return held != 0 ? new RuleOutcome(FindingStatus.Present, held)
            : open ? new RuleOutcome(FindingStatus.Undetermined, partial)
            : new RuleOutcome(FindingStatus.NotPresent, refuted);
    }
}
