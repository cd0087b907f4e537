namespace ForcedLabourIndicators;

/// <summary>
/// What is known about one worker in one job: an immutable record grouped the way a caseworker asks about it.
/// </summary>
/// <remarks>
/// <para>
/// The case carries a pseudonymous <see cref="CaseId"/> and no names. Every yes/no fact defaults to
/// <see cref="Answer.Unknown"/> and every quantity to <see langword="null"/> (unknown); unknown is never read as no.
/// </para>
/// <para>
/// Build a case with an object initializer, change it with <c>with</c> expressions, or set facts by code through
/// <see cref="Fact.SetOn"/> and <see cref="QuantityFact.SetOn"/>. Instances are immutable and safe to share across threads.
/// </para>
/// </remarks>
public sealed record WorkerCase
{
    /// <summary>Creates a case with every fact unknown.</summary>
    /// <param name="caseId">The pseudonymous case id; never a name.</param>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public WorkerCase(string caseId) => CaseId = caseId;

    /// <summary>Creates a case; set <see cref="CaseId"/> in the initializer.</summary>
    public WorkerCase()
    {
    }

    /// <summary>A pseudonymous identifier of the case (never a name). Named in errors and on the assessment.</summary>
    public required string CaseId { get; init; }

    /// <summary>The worker's age in whole years at the time of the work (<c>ageAtTime</c>); <see langword="null"/> when unknown.
    /// Decides whether the child rule of the determination applies.</summary>
    public int? AgeAtTime { get; init; }

    /// <summary>Whether the work falls in a context C29 Art. 2(2) excludes from the definition (<c>excludedContext</c>).</summary>
    public ExcludedContext ExcludedContext { get; init; }

    /// <summary>How the worker was recruited.</summary>
    public RecruitmentFacts Recruitment { get; init; } = Unanswered.Recruitment;

    /// <summary>The worker's pay.</summary>
    public PayFacts Pay { get; init; } = Unanswered.Pay;

    /// <summary>The worker's hours.</summary>
    public WorkingTimeFacts WorkingTime { get; init; } = Unanswered.WorkingTime;

    /// <summary>The worker's documents.</summary>
    public DocumentFacts Documents { get; init; } = Unanswered.Documents;

    /// <summary>Freedom of movement and communication.</summary>
    public MovementFacts Movement { get; init; } = Unanswered.Movement;

    /// <summary>Violence, threats and intimidation.</summary>
    public ThreatFacts Threats { get; init; } = Unanswered.Threats;

    /// <summary>Debts.</summary>
    public DebtFacts Debt { get; init; } = Unanswered.Debt;

    /// <summary>Working and living conditions.</summary>
    public ConditionFacts Conditions { get; init; } = Unanswered.Conditions;

    /// <summary>Freedom to leave.</summary>
    public LeavingFacts Leaving { get; init; } = Unanswered.Leaving;

    /// <summary>The worker's position and dependence on the employer.</summary>
    public VulnerabilityFacts Vulnerability { get; init; } = Unanswered.Vulnerability;

    /// <summary>Facts for the child rule of the determination.</summary>
    public ChildFacts Child { get; init; } = Unanswered.Child;

    /// <summary>Shared, immutable groups with every fact unknown: the defaults of a new case.</summary>
    private static class Unanswered
    {
        internal static readonly RecruitmentFacts Recruitment = new();
        internal static readonly PayFacts Pay = new();
        internal static readonly WorkingTimeFacts WorkingTime = new();
        internal static readonly DocumentFacts Documents = new();
        internal static readonly MovementFacts Movement = new();
        internal static readonly ThreatFacts Threats = new();
        internal static readonly DebtFacts Debt = new();
        internal static readonly ConditionFacts Conditions = new();
        internal static readonly LeavingFacts Leaving = new();
        internal static readonly VulnerabilityFacts Vulnerability = new();
        internal static readonly ChildFacts Child = new();
    }
}
