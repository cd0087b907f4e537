namespace ForcedLabourIndicators;

/// <summary>
/// The part of a worker's situation a fact belongs to, in the order a caseworker usually asks about them.
/// </summary>
public enum FactGroup
{
    /// <summary>How the worker was recruited and what was promised.</summary>
    Recruitment,

    /// <summary>Wages: what was promised, what is paid, what is kept back.</summary>
    Pay,

    /// <summary>Hours, rest days and overtime.</summary>
    WorkingTime,

    /// <summary>Identity, travel and other personal documents.</summary>
    Documents,

    /// <summary>Freedom to move and to communicate.</summary>
    MovementAndCommunication,

    /// <summary>Violence, threats and intimidation.</summary>
    ThreatsAndViolence,

    /// <summary>Debts owed to the employer, recruiter or others.</summary>
    Debt,

    /// <summary>Working and living conditions.</summary>
    Conditions,

    /// <summary>Freedom to leave the job and what happens to those who do.</summary>
    Leaving,

    /// <summary>The worker's position and dependence on the employer.</summary>
    Vulnerability,

    /// <summary>Facts that decide the determination for a worker who was a child at the time.</summary>
    Child,
}
