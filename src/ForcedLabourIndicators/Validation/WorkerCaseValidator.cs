using FluentValidation;

namespace ForcedLabourIndicators;

/// <summary>
/// The FluentValidation rules a <see cref="WorkerCase"/> must pass before it is assessed. Every message names the case and
/// the field's code and says what is allowed; no message, and no <see cref="CaseError"/>, carries the value of a field.
/// </summary>
/// <remarks>Stateless and thread-safe; use <see cref="Instance"/>.</remarks>
internal sealed class WorkerCaseValidator : AbstractValidator<WorkerCase>
{
    /// <summary>The longest case id accepted.</summary>
    public const int MaxCaseIdLength = 128;

    /// <summary>The oldest age accepted, in years.</summary>
    public const int MaxAge = 120;

    /// <summary>The shared instance.</summary>
    public static WorkerCaseValidator Instance { get; } = new();

    private WorkerCaseValidator()
    {
        RuleFor(c => c.CaseId).NotEmpty().OverridePropertyName(Facts.CaseIdCode).WithErrorCode(CaseErrorCodes.Missing)
            .WithMessage("A case has no case id: every case needs a pseudonymous id.");
        RuleFor(c => c.CaseId).Must(id => string.IsNullOrWhiteSpace(id) || IsWellFormedId(id)).OverridePropertyName(Facts.CaseIdCode)
            .WithErrorCode(CaseErrorCodes.InvalidCaseId)
            .WithMessage($"A case id is longer than {MaxCaseIdLength} characters or holds control characters.");
        RuleFor(c => c.AgeAtTime).InclusiveBetween(0, MaxAge).OverridePropertyName(Facts.AgeAtTimeCode)
            .WithErrorCode(CaseErrorCodes.OutOfRange)
            .WithMessage(c => $"Case '{SafeId(c.CaseId)}': {Facts.AgeAtTimeCode} must be a whole number of years from 0 to {MaxAge}.");
        RuleFor(c => c.ExcludedContext).Must(v => Enum.IsDefined(v)).OverridePropertyName(Facts.ExcludedContextCode)
            .WithErrorCode(CaseErrorCodes.UndefinedValue)
            .WithMessage(c => $"Case '{SafeId(c.CaseId)}': {Facts.ExcludedContextCode} is not one of the defined excluded contexts.");

        foreach (var group in Enum.GetValues<FactGroup>())
        {
            var g = group;
            RuleFor(c => GroupOf(c, g)).NotNull().OverridePropertyName(GroupCode(g)).WithErrorCode(CaseErrorCodes.Missing)
                .WithMessage(c => $"Case '{SafeId(c.CaseId)}': the group {GroupCode(g)} is missing (set it, or leave its default with every fact unknown).");
        }

        foreach (var fact in Facts.All.Where(f => !f.IsDerived))
        {
            var f = fact;
            RuleFor(c => f.GetFrom(c)).Must(v => Enum.IsDefined(v)).When(c => GroupOf(c, f.Group) is not null).OverridePropertyName(f.Code)
                .WithErrorCode(CaseErrorCodes.UndefinedValue)
                .WithMessage(c => $"Case '{SafeId(c.CaseId)}': {f.Code} must be yes, no or unknown.");
        }

        foreach (var quantity in Facts.Quantities)
        {
            var q = quantity;
            RuleFor(c => q.GetFrom(c)).Must(v => v is null || q.IsValid(v.Value)).When(c => GroupOf(c, q.Group) is not null)
                .OverridePropertyName(q.Code).WithErrorCode(CaseErrorCodes.OutOfRange)
                .WithMessage(c => $"Case '{SafeId(c.CaseId)}': {q.Code} must be a number {q.RangeText} ({q.Unit}), or left unknown.");
        }
    }

    /// <summary>The id to show in a message: the id itself, or a placeholder when it is missing or malformed.</summary>
    internal static string SafeId(string? caseId) =>
        string.IsNullOrWhiteSpace(caseId) ? "(no case id)" : IsWellFormedId(caseId) ? caseId : "(invalid case id)";

    internal static bool IsWellFormedId(string id)
    {
        if (id.Length > MaxCaseIdLength)
        {
            return false;
        }

        foreach (var ch in id)
        {
            if (char.IsControl(ch))
            {
                return false;
            }
        }

        return true;
    }

    internal static object? GroupOf(WorkerCase c, FactGroup g) => g switch
    {
        FactGroup.Recruitment => c.Recruitment,
        FactGroup.Pay => c.Pay,
        FactGroup.WorkingTime => c.WorkingTime,
        FactGroup.Documents => c.Documents,
        FactGroup.MovementAndCommunication => c.Movement,
        FactGroup.ThreatsAndViolence => c.Threats,
        FactGroup.Debt => c.Debt,
        FactGroup.Conditions => c.Conditions,
        FactGroup.Leaving => c.Leaving,
        FactGroup.Vulnerability => c.Vulnerability,
        FactGroup.Child => c.Child,
        _ => throw new ArgumentOutOfRangeException(nameof(g)),
    };

    internal static string GroupCode(FactGroup g) => g switch
    {
        FactGroup.Recruitment => "recruitment",
        FactGroup.Pay => "pay",
        FactGroup.WorkingTime => "workingTime",
        FactGroup.Documents => "documents",
        FactGroup.MovementAndCommunication => "movement",
        FactGroup.ThreatsAndViolence => "threats",
        FactGroup.Debt => "debt",
        FactGroup.Conditions => "conditions",
        FactGroup.Leaving => "leaving",
        FactGroup.Vulnerability => "vulnerability",
        FactGroup.Child => "child",
        _ => throw new ArgumentOutOfRangeException(nameof(g)),
    };

    /// <summary>
    /// A check that allocates nothing and agrees with the rules above: <see langword="true"/> exactly when validation finds no error.
    /// </summary>
    internal static bool IsValidFast(WorkerCase c) => CaseFacts.TryCreate(c, Methodology.Default, out _);
}
