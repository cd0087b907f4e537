namespace ForcedLabourIndicators;

/// <summary>Thrown by <see cref="ICaseAssessor.Assess"/> for a case that fails validation. Lists every problem, naming the case
/// and the field, never the value of a field.</summary>
public sealed class InvalidCaseException : Exception
{
    /// <summary>Creates the exception for a case and its problems.</summary>
    /// <param name="caseId">The case's id.</param>
    /// <param name="errors">The problems.</param>
    public InvalidCaseException(string caseId, IReadOnlyList<CaseError> errors)
        : base(BuildMessage(caseId, errors))
    {
        CaseId = caseId;
        Errors = errors;
    }

    /// <summary>Creates the exception with no details.</summary>
    public InvalidCaseException()
        : this("(unknown)", [])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public InvalidCaseException(string message)
        : base(message)
    {
        CaseId = "(unknown)";
        Errors = [];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidCaseException(string message, Exception innerException)
        : base(message, innerException)
    {
        CaseId = "(unknown)";
        Errors = [];
    }

    /// <summary>The case's id.</summary>
    public string CaseId { get; }

    /// <summary>The problems found.</summary>
    public IReadOnlyList<CaseError> Errors { get; }

    private static string BuildMessage(string caseId, IReadOnlyList<CaseError> errors) =>
        errors is null || errors.Count == 0
            ? $"Case '{caseId}' is invalid."
            : $"Case '{caseId}' is invalid: " + string.Join(" ", errors.Select(e => e.Message));
}
