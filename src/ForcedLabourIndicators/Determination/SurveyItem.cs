namespace ForcedLabourIndicators;

/// <summary>The element of the ILO definition a survey item evidences.</summary>
public enum DefinitionElement
{
    /// <summary>Involuntary work: work without the worker's free and informed consent.</summary>
    Involuntariness,

    /// <summary>Menace of penalty: coercion suffered, threatened, or witnessed on co-workers.</summary>
    MenaceOfPenalty,
}

/// <summary>The dimensions of adult forced labour in the 2012 survey guidelines.</summary>
public enum SurveyDimension
{
    /// <summary>Penalty items apply to every dimension.</summary>
    AllDimensions = 0,

    /// <summary>Dimension 1: unfree recruitment.</summary>
    UnfreeRecruitment = 1,

    /// <summary>Dimension 2: work and life under duress.</summary>
    WorkAndLifeUnderDuress = 2,

    /// <summary>Dimension 3: impossibility of leaving the employer.</summary>
    ImpossibilityOfLeaving = 3,
}

/// <summary>
/// One item of the 2012 survey guidelines' list (<em>Hard to see, harder to count</em>), which also serves the 2018 ICLS
/// elements: an involuntariness item of one dimension, or a penalty item of all dimensions, decided from the case's facts.
/// </summary>
/// <remarks>
/// An item is present when every fact of any one of its clauses is yes, ruled out when every clause has a fact answered
/// no, and undetermined otherwise. Strengths are UNVERIFIED against the primary table; override them with
/// <see cref="MethodologyBuilder.StrengthOverrides"/>. Immutable.
/// </remarks>
public sealed class SurveyItem
{
    private readonly ulong[] _clauses;

    internal SurveyItem(string code, DefinitionElement element, SurveyDimension dimension, IndicatorStrength strength, string description, Fact[][] clauses)
    {
        Code = code;
        Element = element;
        Dimension = dimension;
        DefaultStrength = strength;
        Description = description;
        Clauses = Array.AsReadOnly(clauses.Select(c => (IReadOnlyList<Fact>)Array.AsReadOnly(c.ToArray())).ToArray());
        _clauses = clauses.Select(c => c.Aggregate(0UL, (m, f) => m | f.Mask)).ToArray();
        Mask = _clauses.Aggregate(0UL, (a, b) => a | b);
    }

    /// <summary>A stable code, e.g. <c>d2.limitedMovementAndCommunication</c> or <c>penalty.violence</c>.</summary>
    public string Code { get; }

    /// <summary>The element of the definition the item evidences.</summary>
    public DefinitionElement Element { get; }

    /// <summary>The dimension of an involuntariness item; <see cref="SurveyDimension.AllDimensions"/> for a penalty item.</summary>
    public SurveyDimension Dimension { get; }

    /// <summary>The strength the 2012 guidelines give the item, as recalled (UNVERIFIED).</summary>
    public IndicatorStrength DefaultStrength { get; }

    /// <summary>The item in the guidelines' words.</summary>
    public string Description { get; }

    /// <summary>The combinations of facts that establish the item.</summary>
    public IReadOnlyList<IReadOnlyList<Fact>> Clauses { get; }

    internal ulong Mask { get; }

    internal (FindingStatus Status, ulong Because) Evaluate(ulong known, ulong yes)
    {
        ulong held = 0, partial = 0;
        var open = false;
        var no = known & ~yes;
        foreach (var c in _clauses)
        {
            if ((yes & c) == c)
            {
                held |= c;
            }
            else if ((no & c) == 0)
            {
                open = true;
                partial |= yes & c;
            }
        }

        return held != 0 ? (FindingStatus.Present, held)
            : open ? (FindingStatus.Undetermined, partial)
            : (FindingStatus.NotPresent, Mask & no);
    }

    /// <inheritdoc/>
    public override string ToString() => Code;
}
