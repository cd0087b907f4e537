namespace ForcedLabourIndicators;

/// <summary>
/// One problem with a case: which case, which field, and what is allowed. Never carries the value of the field.
/// </summary>
/// <param name="CaseId">The case's id as given (or a placeholder when the id itself is missing or invalid).</param>
/// <param name="Field">The code of the field, e.g. <c>workingTime.hoursPerWeek</c> or <c>caseId</c>.</param>
/// <param name="ErrorCode">A stable code for the kind of problem, e.g. <c>OutOfRange</c>.</param>
/// <param name="Message">What is wrong and what is allowed, naming the case and the field.</param>
public sealed record CaseError(string CaseId, string Field, string ErrorCode, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Message;
}

/// <summary>The stable error codes of <see cref="CaseError.ErrorCode"/>.</summary>
public static class CaseErrorCodes
{
    /// <summary>A required field is missing.</summary>
    public const string Missing = "Missing";

    /// <summary>A number is outside its valid range, or not a finite number.</summary>
    public const string OutOfRange = "OutOfRange";

    /// <summary>A value is not one of the defined values of its type.</summary>
    public const string UndefinedValue = "UndefinedValue";

    /// <summary>The case id is too long or holds control characters.</summary>
    public const string InvalidCaseId = "InvalidCaseId";
}

/// <summary>The result of validating a case: valid, or the list of problems.</summary>
public sealed class CaseValidationResult
{
    private static readonly CaseValidationResult s_success = new([]);

    private CaseValidationResult(IReadOnlyList<CaseError> errors) => Errors = errors;

    /// <summary>A valid result with no errors.</summary>
    public static CaseValidationResult Success => s_success;

    /// <summary>Whether the case is valid.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The problems found; empty when valid.</summary>
    public IReadOnlyList<CaseError> Errors { get; }

    /// <summary>A failed result.</summary>
    /// <param name="errors">The problems; at least one.</param>
    /// <returns>The result.</returns>
    public static CaseValidationResult Fail(IReadOnlyList<CaseError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }

        return new CaseValidationResult(errors);
    }
}
