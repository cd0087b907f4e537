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
/// The compact result of one case in bulk scoring (16 bytes): score, band, determination, and which rules are present or
/// undetermined. It agrees exactly with the explained <see cref="Assessment"/> of the same case; get that on demand with
/// <see cref="BulkAssessor.Explain(CaseBatch, int)"/>.
/// </summary>
public readonly struct CaseScore : IEquatable<CaseScore>
{
    // Bits 0-23: present rules; 24-47: undetermined rules; 48-49: determination; 50-51: survey rule; 52-53: band; 54-55: status.
    internal const int UndeterminedShift = 24;
    internal const int DeterminationShift = 48;
    internal const int SurveyShift = 50;
    internal const int BandShift = 52;
    internal const int StatusShift = 54;
    private const ulong RuleBits = (1UL << BulkAssessor.MaxRules) - 1;

    private readonly ulong _packed;

    internal CaseScore(double score, ulong packed)
    {
        Score = score;
        _packed = packed;
    }

    internal CaseScore(double score, uint present, uint undetermined, Band band, DefinitionStatus determination, DefinitionStatus surveyRule)
        : this(
            score,
            (present & RuleBits) | ((undetermined & RuleBits) << UndeterminedShift) | ((ulong)determination << DeterminationShift)
            | ((ulong)surveyRule << SurveyShift) | ((ulong)band << BandShift) | ((ulong)CaseScoreStatus.Assessed << StatusShift))
    {
    }

    /// <summary>The result slot of a rejected case.</summary>
    public static CaseScore Rejected { get; } = new(0, (ulong)CaseScoreStatus.Rejected << StatusShift);

    /// <summary>Whether the slot holds an assessment, a rejection, or nothing.</summary>
    public CaseScoreStatus Status => (CaseScoreStatus)((_packed >> StatusShift) & 3);

    /// <summary>The weighted score, 0-100, equal to <see cref="Assessment.Score"/>.</summary>
    public double Score { get; }

    /// <summary>Bit <c>i</c> set: rule <c>i</c> of <see cref="ICaseAssessor.Rules"/> is present.</summary>
    public uint PresentMask => (uint)(_packed & RuleBits);

    /// <summary>Bit <c>i</c> set: rule <c>i</c> of <see cref="ICaseAssessor.Rules"/> is undetermined.</summary>
    public uint UndeterminedMask => (uint)((_packed >> UndeterminedShift) & RuleBits);

    /// <summary>The band, equal to <see cref="Assessment.Band"/>.</summary>
    public Band Band => (Band)((_packed >> BandShift) & 3);

    /// <summary>The ICLS determination, equal to <see cref="Assessment.Determination"/>'s status.</summary>
    public DefinitionStatus Determination => (DefinitionStatus)((_packed >> DeterminationShift) & 3);

    /// <summary>The 2012 survey guidelines' rule, equal to <see cref="Assessment.SurveyRule"/>'s status.</summary>
    public DefinitionStatus SurveyRule => (DefinitionStatus)((_packed >> SurveyShift) & 3);

    /// <summary>The status of rule <paramref name="ruleIndex"/> (its index in <see cref="ICaseAssessor.Rules"/>).</summary>
    /// <param name="ruleIndex">The rule's index.</param>
    /// <returns>Present, not present or undetermined.</returns>
    public FindingStatus StatusOf(int ruleIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ruleIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ruleIndex, BulkAssessor.MaxRules);
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
    public bool Equals(CaseScore other) => Score.Equals(other.Score) && _packed == other._packed;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CaseScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Score, _packed);

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
