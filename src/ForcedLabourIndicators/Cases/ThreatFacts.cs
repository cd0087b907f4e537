namespace ForcedLabourIndicators;

/// <summary>What is known about violence, threats and intimidation, suffered, threatened, or witnessed on co-workers.</summary>
public sealed record ThreatFacts
{
    /// <summary>Physical violence against the worker (<c>threats.physicalViolence</c>).</summary>
    public Answer PhysicalViolence { get; init; }

    /// <summary>Sexual violence or sexual harassment of the worker (<c>threats.sexualViolenceOrHarassment</c>).</summary>
    public Answer SexualViolenceOrHarassment { get; init; }

    /// <summary>The worker is forced or induced to take drugs or alcohol (<c>threats.forcedDrugOrAlcoholUse</c>).</summary>
    public Answer ForcedDrugOrAlcoholUse { get; init; }

    /// <summary>The worker witnessed violence against co-workers as an example (<c>threats.violenceAgainstOthersWitnessed</c>).</summary>
    public Answer ViolenceAgainstOthersWitnessed { get; init; }

    /// <summary>Threats of violence against the worker (<c>threats.threatsOfViolence</c>).</summary>
    public Answer ThreatsOfViolence { get; init; }

    /// <summary>Threats against the worker's family (<c>threats.threatsAgainstFamily</c>).</summary>
    public Answer ThreatsAgainstFamily { get; init; }

    /// <summary>Threats of denunciation to the police or immigration, or of prosecution, including threats by officials (<c>threats.threatsOfDenunciationOrProsecution</c>).</summary>
    public Answer ThreatsOfDenunciationOrProsecution { get; init; }

    /// <summary>Threats of dismissal, fines, extra work or loss of rights and privileges (<c>threats.threatsOfDismissalOrFines</c>).</summary>
    public Answer ThreatsOfDismissalOrFines { get; init; }

    /// <summary>Psychological abuse used to intimidate the worker: verbal abuse, humiliation, insults (<c>threats.psychologicalAbuse</c>).</summary>
    public Answer PsychologicalAbuse { get; init; }
}
