namespace ForcedLabourIndicators;

/// <summary>What is known about how the worker was recruited. Every answer defaults to <see cref="Answer.Unknown"/>.</summary>
public sealed record RecruitmentFacts
{
    /// <summary>Born or descended into slave or bonded status (<c>recruitment.bornIntoBondage</c>).</summary>
    public Answer BornIntoBondage { get; init; }

    /// <summary>Recruited by coercion: abducted, confined during recruitment, or sold (<c>recruitment.coerciveRecruitment</c>).</summary>
    public Answer CoerciveRecruitment { get; init; }

    /// <summary>Deceived about the nature of the work: a different job than the one agreed (<c>recruitment.deceivedAboutNatureOfWork</c>).</summary>
    public Answer DeceivedAboutNatureOfWork { get; init; }

    /// <summary>Deceived about conditions: hours, housing, location, employer or legal status (<c>recruitment.deceivedAboutConditions</c>).</summary>
    public Answer DeceivedAboutConditions { get; init; }

    /// <summary>The contract was substituted, withheld, or its terms hidden from the worker (<c>recruitment.contractWithheldOrSubstituted</c>).</summary>
    public Answer ContractWithheldOrSubstituted { get; init; }

    /// <summary>Recruitment was tied to a debt: fees, travel costs or an advance owed to the recruiter or employer (<c>recruitment.recruitmentDebt</c>).</summary>
    public Answer RecruitmentDebt { get; init; }

    /// <summary>Recruited through a deceptive promise of marriage (<c>recruitment.deceptiveMarriagePromise</c>).</summary>
    public Answer DeceptiveMarriagePromise { get; init; }
}
