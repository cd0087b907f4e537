namespace ForcedLabourIndicators.Formats.Json;

/// <summary>One output record: the assessment of one input record, or why it was rejected. The JSON Lines output format.</summary>
public sealed class AssessmentRecord
{
    /// <summary>The input record's number, from 1.</summary>
    public int Record { get; init; }

    /// <summary>The case id, when it could be read.</summary>
    public string? CaseId { get; init; }

    /// <summary>"assessed" or "rejected".</summary>
    public required string Status { get; init; }

    /// <summary>Why the record was rejected; absent when assessed.</summary>
    public IReadOnlyList<ErrorEntry>? Errors { get; init; }

    /// <summary>The band: insufficientInformation, noIndicatorsFound, followUp or refer.</summary>
    public string? Band { get; init; }

    /// <summary>The weighted score, 0-100.</summary>
    public double? Score { get; init; }

    /// <summary>The share of the facts the indicators read that are answered, 0-1.</summary>
    public double? Coverage { get; init; }

    /// <summary>The ICLS 2018 determination: meets, doesNotMeet, undetermined or outsideDefinition.</summary>
    public string? Determination { get; init; }

    /// <summary>Which rule decided it: adult, child or ageUnknown.</summary>
    public string? DeterminationRule { get; init; }

    /// <summary>The 2012 survey guidelines' rule by dimension.</summary>
    public string? SurveyRule { get; init; }

    /// <summary>The codes of the indicators present.</summary>
    public IReadOnlyList<string>? Present { get; init; }

    /// <summary>The codes of the indicators undetermined.</summary>
    public IReadOnlyList<string>? Undetermined { get; init; }

    /// <summary>With <c>--explain</c>: every finding with its evidence.</summary>
    public IReadOnlyList<FindingEntry>? Findings { get; init; }

    /// <summary>With <c>--explain</c>: the involuntariness element.</summary>
    public ElementEntry? Involuntariness { get; init; }

    /// <summary>With <c>--explain</c>: the menace-of-penalty element.</summary>
    public ElementEntry? MenaceOfPenalty { get; init; }

    /// <summary>What produced the assessment.</summary>
    public StampEntry? Methodology { get; init; }
}

/// <summary>One problem of a rejected record.</summary>
public sealed class ErrorEntry
{
    /// <summary>The field's code or column; empty for the record as a whole.</summary>
    public required string Field { get; init; }

    /// <summary>What is wrong; never the field's value.</summary>
    public required string Message { get; init; }
}

/// <summary>One indicator finding with its evidence.</summary>
public sealed class FindingEntry
{
    /// <summary>The indicator code.</summary>
    public required string Code { get; init; }

    /// <summary>The indicator name.</summary>
    public required string Name { get; init; }

    /// <summary>present, notPresent or undetermined.</summary>
    public required string Status { get; init; }

    /// <summary>The points the indicator adds to the score.</summary>
    public double Contribution { get; init; }

    /// <summary>The facts behind the finding, each as one line.</summary>
    public required IReadOnlyList<string> Evidence { get; init; }

    /// <summary>The codes of the facts it reads that are unknown.</summary>
    public required IReadOnlyList<string> Unknown { get; init; }
}

/// <summary>One element of the ILO definition.</summary>
public sealed class ElementEntry
{
    /// <summary>present, notPresent or undetermined.</summary>
    public required string Status { get; init; }

    /// <summary>The survey items present, each as "code: fact, fact".</summary>
    public required IReadOnlyList<string> Items { get; init; }
}

/// <summary>The methodology stamp.</summary>
public sealed class StampEntry
{
    /// <summary>The methodology id.</summary>
    public required string Id { get; init; }

    /// <summary>The methodology version.</summary>
    public required string Version { get; init; }

    /// <summary>The methodology content hash.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The library version.</summary>
    public required string LibraryVersion { get; init; }
}
