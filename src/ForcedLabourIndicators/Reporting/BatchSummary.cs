namespace ForcedLabourIndicators;

/// <summary>Counts over a batch of assessments: by band, by determination, and how often each indicator is present.</summary>
/// <param name="Assessed">How many cases were assessed.</param>
/// <param name="Rejected">How many records were rejected.</param>
/// <param name="ByBand">Cases per band.</param>
/// <param name="ByDetermination">Cases per determination.</param>
/// <param name="Indicators">Per rule, in order: its code, name and how many cases have it present or undetermined.</param>
public sealed record BatchSummary(
    int Assessed,
    int Rejected,
    IReadOnlyDictionary<Band, int> ByBand,
    IReadOnlyDictionary<DefinitionStatus, int> ByDetermination,
    IReadOnlyList<(string Code, string Name, int Present, int Undetermined)> Indicators)
{
    /// <summary>Summarises explained assessments.</summary>
    /// <param name="assessments">The assessments.</param>
    /// <param name="rejected">How many records were rejected beside them.</param>
    /// <returns>The summary.</returns>
    public static BatchSummary From(IEnumerable<Assessment> assessments, int rejected = 0)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var list = assessments.ToList();
        var rules = list.Count == 0 ? [] : list[0].Findings.Select(f => (f.Code, f.Name)).ToList();
        return new BatchSummary(
            list.Count,
            rejected,
            Enum.GetValues<Band>().ToDictionary(b => b, b => list.Count(a => a.Band == b)),
            Enum.GetValues<DefinitionStatus>().ToDictionary(d => d, d => list.Count(a => a.Determination.Status == d)),
            rules.Select((r, i) => (r.Code, r.Name, list.Count(a => a.Findings[i].Status == FindingStatus.Present), list.Count(a => a.Findings[i].Status == FindingStatus.Undetermined))).ToList());
    }

    /// <summary>Summarises bulk results.</summary>
    /// <param name="results">The results.</param>
    /// <param name="rules">The assessor's rules.</param>
    /// <returns>The summary.</returns>
    public static BatchSummary From(ReadOnlySpan<CaseScore> results, IReadOnlyList<IndicatorRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var bands = Enum.GetValues<Band>().ToDictionary(b => b, _ => 0);
        var determinations = Enum.GetValues<DefinitionStatus>().ToDictionary(d => d, _ => 0);
        var present = new int[rules.Count];
        var undetermined = new int[rules.Count];
        int assessed = 0, rejected = 0;
        foreach (var r in results)
        {
            if (r.Status != CaseScoreStatus.Assessed)
            {
                rejected += r.Status == CaseScoreStatus.Rejected ? 1 : 0;
                continue;
            }

            assessed++;
            bands[r.Band]++;
            determinations[r.Determination]++;
            for (var i = 0; i < rules.Count && i < BulkAssessor.MaxRules; i++)
            {
                present[i] += ((r.PresentMask >> i) & 1u) == 1 ? 1 : 0;
                undetermined[i] += ((r.UndeterminedMask >> i) & 1u) == 1 ? 1 : 0;
            }
        }

        return new BatchSummary(assessed, rejected, bands, determinations, rules.Select((r, i) => (r.Code, r.Name, present[i], undetermined[i])).ToList());
    }
}
