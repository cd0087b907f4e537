namespace ForcedLabourIndicators;

/// <summary>One invalid setting of a methodology or an assessor.</summary>
/// <param name="Setting">The setting's name, e.g. <c>WeeklyHoursLimit</c>.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record MethodologyError(string Setting, string Message);

/// <summary>Thrown when a methodology or an assessor is built from invalid settings. Lists every problem found.</summary>
public sealed class MethodologyValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">The problems; at least one.</param>
    public MethodologyValidationException(IReadOnlyList<MethodologyError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message and no listed problems.</summary>
    public MethodologyValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MethodologyValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MethodologyValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<MethodologyError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<MethodologyError> errors) =>
        errors is null || errors.Count == 0
            ? "The methodology is invalid."
            : "The methodology is invalid: " + string.Join(" ", errors.Select(e => $"[{e.Setting}] {e.Message}"));
}
