namespace ForcedLabourIndicators;

/// <summary>Whether a slot of a bulk result holds an assessment.</summary>
public enum CaseScoreStatus : byte
{
    /// <summary>Nothing was written to the slot.</summary>
    Empty = 0,

    /// <summary>The case was valid and assessed.</summary>
    Assessed = 1,

    /// <summary>The case was invalid; its errors are in the batch's error list under the same index.</summary>
    Rejected = 2,
}

/// <summary>
/// The compact result of one case in bulk scoring (24 bytes): score, band, determination, and which rules are present or
/// undetermined. It agrees exactly with the explained <see cref="Assessment"/> of the same case; get that on demand with
/// <see cref="BulkAssessor.Explain(CaseBatch, int)"/>.
/// </summary>
public readonly struct CaseScore : IEquatable<CaseScore>
{
    private readonly byte _band;
    private readonly byte _determination;
    private readonly byte _surveyRule;
    private readonly byte _status;

    internal CaseScore(double score, uint present, uint undetermined, Band band, DefinitionStatus determination, DefinitionStatus surveyRule)
    {
        Score = score;
        PresentMask = present;
        UndeterminedMask = undetermined;
        _band = (byte)band;
        _determination = (byte)determination;
        _surveyRule = (byte)surveyRule;
        _status = (byte)CaseScoreStatus.Assessed;
    }

    private CaseScore(CaseScoreStatus status)
    {
        _status = (byte)status;
    }

    /// <summary>The result slot of a rejected case.</summary>
    public static CaseScore Rejected { get; } = new(CaseScoreStatus.Rejected);

    /// <summary>Whether the slot holds an assessment, a rejection, or nothing.</summary>
    public CaseScoreStatus Status => (CaseScoreStatus)_status;

    /// <summary>The weighted score, 0-100, equal to <see cref="Assessment.Score"/>.</summary>
    public double Score { get; }

    /// <summary>Bit <c>i</c> set: rule <c>i</c> of <see cref="ICaseAssessor.Rules"/> is present.</summary>
    public uint PresentMask { get; }

    /// <summary>Bit <c>i</c> set: rule <c>i</c> of <see cref="ICaseAssessor.Rules"/> is undetermined.</summary>
    public uint UndeterminedMask { get; }

    /// <summary>The band, equal to <see cref="Assessment.Band"/>.</summary>
    public Band Band => (Band)_band;

    /// <summary>The ICLS determination, equal to <see cref="Assessment.Determination"/>'s status.</summary>
    public DefinitionStatus Determination => (DefinitionStatus)_determination;

    /// <summary>The 2012 survey guidelines' rule, equal to <see cref="Assessment.SurveyRule"/>'s status.</summary>
    public DefinitionStatus SurveyRule => (DefinitionStatus)_surveyRule;

    /// <summary>The status of rule <paramref name="ruleIndex"/> (its index in <see cref="ICaseAssessor.Rules"/>).</summary>
    /// <param name="ruleIndex">The rule's index.</param>
    /// <returns>Present, not present or undetermined.</returns>
    public FindingStatus StatusOf(int ruleIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ruleIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ruleIndex, 32);
        var bit = 1u << ruleIndex;
        return (PresentMask & bit) != 0 ? FindingStatus.Present
            : (UndeterminedMask & bit) != 0 ? FindingStatus.Undetermined
            : FindingStatus.NotPresent;
    }

    /// <summary>Whether this compact result says the same as an explained assessment.</summary>
    /// <param name="assessment">The explained assessment of the same case by the same assessor.</param>
    /// <returns><see langword="true"/> when score, band, both determinations and every rule's status are equal.</returns>
    public bool Agrees(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (Status != CaseScoreStatus.Assessed || !Score.Equals(assessment.Score) || Band != assessment.Band
            || Determination != assessment.Determination.Status || SurveyRule != assessment.SurveyRule.Status)
        {
            return false;
        }

        for (var i = 0; i < assessment.Findings.Count; i++)
        {
            if (StatusOf(i) != assessment.Findings[i].Status)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public bool Equals(CaseScore other) =>
        Score.Equals(other.Score) && PresentMask == other.PresentMask && UndeterminedMask == other.UndeterminedMask
        && _band == other._band && _determination == other._determination && _surveyRule == other._surveyRule && _status == other._status;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CaseScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Score, PresentMask, UndeterminedMask, _band, _determination, _surveyRule, _status);

    /// <summary>Equality.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">Another result.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CaseScore left, CaseScore right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">Another result.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CaseScore left, CaseScore right) => !left.Equals(right);
}
