using FluentValidation;

namespace ForcedLabourIndicators;

/// <summary>The FluentValidation rules a <see cref="MethodologyBuilder"/> must pass before it builds.</summary>
internal sealed class MethodologyValidator : AbstractValidator<MethodologyBuilder>
{
    internal static readonly MethodologyValidator Instance = new();

    private MethodologyValidator()
    {
        RuleFor(b => b.Id).NotEmpty().WithMessage("The methodology needs an id.").MaximumLength(100).WithMessage("The id is longer than 100 characters.");
        RuleFor(b => b.Version).NotEmpty().WithMessage("The methodology needs a version.").MaximumLength(50).WithMessage("The version is longer than 50 characters.");
        RuleForEach(b => b.Weights).Must(kv => double.IsFinite(kv.Value) && kv.Value >= 0 && kv.Value <= 1000)
            .WithMessage((_, kv) => $"The weight of indicator '{kv.Key}' must be a finite number from 0 to 1000.");
        RuleFor(b => b.StrengthOverrides).Must(d => d.Keys.All(SurveyItems.IsKnownCode))
            .WithMessage(b => $"Strength overrides name unknown survey items: {string.Join(", ", b.StrengthOverrides.Keys.Where(k => !SurveyItems.IsKnownCode(k)))}.");
        RuleForEach(b => b.StrengthOverrides).Must(kv => Enum.IsDefined(kv.Value))
            .WithMessage((_, kv) => $"The strength of survey item '{kv.Key}' is not a defined value.");
        RuleFor(b => b.WeeklyHoursLimit).Must(v => double.IsFinite(v) && v > 0 && v <= 168)
            .WithMessage("The weekly hours limit must be more than 0 and at most 168.");
        RuleFor(b => b.MinimumRestDaysPerWeek).Must(v => double.IsFinite(v) && v >= 0 && v <= 7)
            .WithMessage("The minimum rest days per week must be from 0 to 7.");
        RuleFor(b => b.SystematicWithholdingShare).Must(v => double.IsFinite(v) && v > 0 && v <= 1)
            .WithMessage("The systematic withholding share must be more than 0 and at most 1.");
        RuleFor(b => b.PayShortfallShare).Must(v => double.IsFinite(v) && v > 0 && v <= 1)
            .WithMessage("The pay shortfall share must be more than 0 and at most 1.");
        RuleFor(b => b.DebtRepaymentMonthsLimit).Must(v => double.IsFinite(v) && v >= 0)
            .WithMessage("The debt repayment limit must be a finite number of months, 0 or more.");
        RuleFor(b => b.StrengthPolicy).Must(v => Enum.IsDefined(v)).WithMessage("The strength policy is not a defined value.");
        RuleFor(b => b.ChildPolicy).Must(v => Enum.IsDefined(v)).WithMessage("The child policy is not a defined value.");
        RuleFor(b => b.ChildAgeLimit).InclusiveBetween(0, 30).WithMessage("The child age limit must be from 0 to 30 years.");
        RuleFor(b => b.ReferScore).Must(v => double.IsFinite(v) && v > 0 && v <= 100)
            .WithMessage("The refer score must be more than 0 and at most 100.");
        RuleFor(b => b.MinimumCoverage).Must(v => double.IsFinite(v) && v >= 0 && v <= 1)
            .WithMessage("The minimum coverage must be from 0 to 1.");
        RuleForEach(b => b.ReferringIndicators).NotEmpty().WithMessage("A referring indicator code is empty.");
    }
}
