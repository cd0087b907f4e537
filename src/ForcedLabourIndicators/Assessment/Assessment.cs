namespace ForcedLabourIndicators;

/// <summary>
/// The explained assessment of one case: every indicator finding with its evidence, a weighted score whose contributions
/// add up to it, the coverage of the facts, an action band, and the ILO determination. A screening result, not a verdict.
/// </summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
public sealed record Assessment
{
    internal Assessment(
        string caseId,
        MethodologyStamp methodology,
        IReadOnlyList<IndicatorFinding> findings,
        double score,
        double coverage,
        Band band,
        Determination determination,
        SurveyRuleResult surveyRule)
    {
        CaseId = caseId;
        Methodology = methodology;
        Findings = findings;
        Score = score;
        Coverage = coverage;
        Band = band;
        Determination = determination;
        SurveyRule = surveyRule;
    }

    /// <summary>The case's pseudonymous id.</summary>
    public string CaseId { get; }

    /// <summary>What produced the assessment.</summary>
    public MethodologyStamp Methodology { get; }

    /// <summary>One finding per rule: the eleven ILO indicators in the ILO's order, then any added rules ordered by code.</summary>
    public IReadOnlyList<IndicatorFinding> Findings { get; }

    /// <summary>
    /// The weighted score, 0-100: 100 × (sum of the weights of the indicators present) / (sum of all weights). It is the sum
    /// of the findings' <see cref="IndicatorFinding.Contribution"/> (to within floating-point rounding). Unknown facts add nothing.
    /// </summary>
    public double Score { get; }

    /// <summary>The share (0-1) of the facts read by the rules that are answered on the case (derived facts count as answered
    /// when their quantity is known).</summary>
    public double Coverage { get; }

    /// <summary>What to do next.</summary>
    public Band Band { get; }

    /// <summary>The ILO statistical determination (20th ICLS, 2018), with the children's rule and the excluded contexts.</summary>
    public Determination Determination { get; }

    /// <summary>The 2012 survey guidelines' rule by dimension, under the methodology's strength policy.</summary>
    public SurveyRuleResult SurveyRule { get; }

    /// <summary>The findings whose indicator is present.</summary>
    public IEnumerable<IndicatorFinding> Present => Findings.Where(f => f.Status == FindingStatus.Present);

    /// <summary>The findings whose indicator is undetermined.</summary>
    public IEnumerable<IndicatorFinding> Undetermined => Findings.Where(f => f.Status == FindingStatus.Undetermined);

    /// <summary>Finds the finding of an indicator by code.</summary>
    /// <param name="code">The indicator code, e.g. <see cref="IndicatorCodes.Deception"/>.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="KeyNotFoundException">No rule of the assessor has this code.</exception>
    public IndicatorFinding this[string code] =>
        Findings.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"No indicator with code '{code}' was assessed.");
}
