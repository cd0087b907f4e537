using System.Text.Json;

namespace ForcedLabourIndicators.Formats.Json;

/// <summary>Assessments as JSON Lines records (<see cref="AssessmentRecord"/>).</summary>
public static class AssessmentJson
{
    /// <summary>The record of an assessed case.</summary>
    /// <param name="record">The input record's number.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="explain">Whether to include every finding's evidence and the elements of the definition.</param>
    /// <returns>The output record.</returns>
    public static AssessmentRecord ToRecord(int record, Assessment assessment, bool explain)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var a = assessment;
        return new AssessmentRecord
        {
            Record = record,
            CaseId = a.CaseId,
            Status = "assessed",
            Band = Camel(a.Band.ToString()),
            Score = Math.Round(a.Score, 6),
            Coverage = Math.Round(a.Coverage, 6),
            Determination = Camel(a.Determination.Status.ToString()),
            DeterminationRule = Camel(a.Determination.Rule.ToString()),
            SurveyRule = Camel(a.SurveyRule.Status.ToString()),
            Present = a.Present.Select(f => f.Code).ToArray(),
            Undetermined = a.Undetermined.Select(f => f.Code).ToArray(),
            Findings = explain
                ? a.Findings.Select(f => new FindingEntry
                {
                    Code = f.Code,
                    Name = f.Name,
                    Status = Camel(f.Status.ToString()),
                    Contribution = Math.Round(f.Contribution, 6),
                    Evidence = f.Evidence.Select(e => e.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                    Unknown = f.UnknownFacts.Select(x => x.Code).ToArray(),
                }).ToArray()
                : null,
            Involuntariness = explain ? Element(a.Determination.Involuntariness) : null,
            MenaceOfPenalty = explain ? Element(a.Determination.MenaceOfPenalty) : null,
            Methodology = new StampEntry
            {
                Id = a.Methodology.Id,
                Version = a.Methodology.Version,
                ContentHash = a.Methodology.ContentHash,
                LibraryVersion = a.Methodology.LibraryVersion,
            },
        };
    }

    /// <summary>The record of a rejected input record.</summary>
    /// <param name="record">The input record's number.</param>
    /// <param name="caseId">The case id, when known.</param>
    /// <param name="errors">The problems as (field, message) pairs.</param>
    /// <returns>The output record.</returns>
    public static AssessmentRecord Rejected(int record, string? caseId, IEnumerable<(string Field, string Message)> errors) => new()
    {
        Record = record,
        CaseId = caseId,
        Status = "rejected",
        Errors = errors.Select(e => new ErrorEntry { Field = e.Field, Message = e.Message }).ToArray(),
    };

    /// <summary>Writes a record as one line of JSON.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The JSON text, without a line break.</returns>
    public static string Serialize(AssessmentRecord record) => JsonSerializer.Serialize(record, FormatsJsonContext.Default.AssessmentRecord);

    /// <summary>Reads a record back (for tools that post-process the output).</summary>
    /// <param name="json">One line of JSON.</param>
    /// <returns>The record.</returns>
    public static AssessmentRecord Deserialize(string json) =>
        JsonSerializer.Deserialize(json, FormatsJsonContext.Default.AssessmentRecord) ?? throw new JsonException("Expected an assessment record.");

    private static ElementEntry Element(ElementFinding e) => new()
    {
        Status = Camel(e.Status.ToString()),
        Items = e.PresentItems.Select(i => $"{i.Item.Code}: {string.Join(", ", i.Facts)}").ToArray(),
    };

    /// <summary>The camelCase name of an enum value, as the output formats write it (e.g. <c>followUp</c>, <c>doesNotMeet</c>).</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name.</returns>
    public static string Name<T>(T value)
        where T : struct, Enum => Camel(value.ToString());

    internal static string Camel(string pascal) => pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
