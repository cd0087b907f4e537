namespace ForcedLabourIndicators.Benchmarks;

/// <summary>One named condition of a first-version rule.</summary>
public sealed record Condition(string Reason, Func<FlatCase, bool> Test);

/// <summary>What a first-version rule returns: whether it hit, and why, as strings.</summary>
public sealed record RuleVerdict(string Code, string Name, bool Hit, List<string> Reasons);

/// <summary>A first-version rule: an indicator as a list of named conditions.</summary>
public sealed class IndicatorCheck(string code, string name, IReadOnlyList<Condition> conditions)
{
    public string Code { get; } = code;

    public RuleVerdict Check(FlatCase c)
    {
        var reasons = conditions.Where(x => x.Test(c)).Select(x => $"{name}: {x.Reason} (case {c.CaseId})").ToList();
        return new RuleVerdict(Code, name, reasons.Count > 0, reasons);
    }
}

/// <summary>The usual first version's aggregation: evaluate every rule object, then LINQ over the verdicts.</summary>
public sealed class ObjectPerRuleScorer(Methodology methodology)
{
    private readonly Dictionary<string, double> _weights =
        IloIndicators.All.ToDictionary(r => r.Code, methodology.WeightOf);

    public ScoredHits Score(FlatCase c)
    {
        var verdicts = ObjectPerRuleIndicators.Checks.Select(r => r.Check(c)).ToList();
        var total = _weights.Values.Sum();
        var present = verdicts.Where(v => v.Hit).Sum(v => _weights[v.Code]);
        var mask = verdicts.Select((v, i) => v.Hit ? 1u << i : 0u).Aggregate(0u, (a, b) => a | b);
        return new ScoredHits(mask, 100 * present / total);
    }
}

/// <summary>What every implementation must agree on: which indicators are present, and the score.</summary>
/// <param name="PresentMask">Bit i set: indicator i of the ILO list is present.</param>
/// <param name="Score">The weighted score 0-100.</param>
public readonly record struct ScoredHits(uint PresentMask, double Score);
