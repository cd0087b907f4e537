namespace ForcedLabourIndicators;

/// <summary>Whether an indicator (or a survey item) is shown by the facts of a case.</summary>
public enum FindingStatus
{
    /// <summary>Some of the facts it reads are unknown and none of them shows it: more information could change the finding.</summary>
    Undetermined = 0,

    /// <summary>The facts show it is not present: every way it could be present is ruled out by an answer "no".</summary>
    NotPresent = 1,

    /// <summary>The facts show it: at least one way it can be present is fully answered "yes".</summary>
    Present = 2,
}
