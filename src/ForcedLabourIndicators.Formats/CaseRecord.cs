namespace ForcedLabourIndicators.Formats;

/// <summary>One problem with one input record. Names the record, the case and the field; never the field's value.</summary>
/// <param name="RecordNumber">The record's number in the input, from 1 (0 for a problem with the file as a whole, such as its header).</param>
/// <param name="Line">The line the record starts on, from 1, where the format has lines; 0 otherwise.</param>
/// <param name="CaseId">The record's case id when it could be read; <see langword="null"/> otherwise.</param>
/// <param name="Field">The field's code or column name; empty when the problem is the record as a whole.</param>
/// <param name="Message">What is wrong and what is expected.</param>
public sealed record RecordError(int RecordNumber, long Line, string? CaseId, string Field, string Message)
{
    /// <inheritdoc/>
    public override string ToString()
    {
        var where = Line > 0 ? $"record {RecordNumber} (line {Line})" : $"record {RecordNumber}";
        var who = CaseId is null ? string.Empty : $", case '{CaseId}'";
        var what = Field.Length == 0 ? string.Empty : $", field '{Field}'";
        return $"{where}{who}{what}: {Message}";
    }
}

/// <summary>
/// One record read from an input: the case, or the problems that kept it from being read. Every record of the input
/// gives exactly one <see cref="CaseRecord"/>, in input order.
/// </summary>
/// <param name="RecordNumber">The record's number in the input, from 1.</param>
/// <param name="Line">The line the record starts on, from 1, where the format has lines; 0 otherwise.</param>
/// <param name="Case">The case, when the record could be read.</param>
/// <param name="Errors">The problems; empty when the record was read.</param>
public sealed record CaseRecord(int RecordNumber, long Line, WorkerCase? Case, IReadOnlyList<RecordError> Errors)
{
    /// <summary>The case id, when it could be read; a placeholder when it is blank, too long or holds control characters,
    /// so that output never carries a malformed id.</summary>
    public string? CaseId => Case is not null ? WorkerCaseValidator.SafeId(Case.CaseId) : Errors.Count > 0 ? Errors[0].CaseId : null;

    /// <summary>Whether the record was read into a case.</summary>
    public bool IsRead => Case is not null && Errors.Count == 0;

    internal static CaseRecord Failed(int record, long line, string? caseId, string field, string message) =>
        new(record, line, null, [new RecordError(record, line, caseId, field, message)]);
}
