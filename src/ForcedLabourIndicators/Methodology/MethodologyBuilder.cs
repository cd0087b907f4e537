namespace ForcedLabourIndicators;

/// <summary>
/// Collects the settings of a <see cref="Methodology"/>; <see cref="Build"/> validates them and returns the immutable methodology.
/// </summary>
/// <remarks>
/// A new builder holds the defaults documented on <see cref="Methodology"/>. The builder is not thread-safe; the
/// methodology it builds is. Building twice gives two equal, independent methodologies.
/// </remarks>
public sealed class MethodologyBuilder
{
    /// <summary>Creates a builder holding every default.</summary>
    public MethodologyBuilder()
    {
    }

    internal MethodologyBuilder(Methodology m)
    {
        Id = m.Id;
        Version = m.Version;
        Weights = new Dictionary<string, double>(m.Weights, StringComparer.Ordinal);
        StrengthOverrides = new Dictionary<string, IndicatorStrength>(m.StrengthOverrides, StringComparer.Ordinal);
        WeeklyHoursLimit = m.WeeklyHoursLimit;
        MinimumRestDaysPerWeek = m.MinimumRestDaysPerWeek;
        SystematicWithholdingShare = m.SystematicWithholdingShare;
        PayShortfallShare = m.PayShortfallShare;
        DebtRepaymentMonthsLimit = m.DebtRepaymentMonthsLimit;
        StrengthPolicy = m.StrengthPolicy;
        ChildAgeLimit = m.ChildAgeLimit;
        ChildPolicy = m.ChildPolicy;
        ReferScore = m.ReferScore;
        ReferringIndicators = new HashSet<string>(m.ReferringIndicators, StringComparer.Ordinal);
        MinimumCoverage = m.MinimumCoverage;
    }

    /// <inheritdoc cref="Methodology.Id"/>
    public string Id { get; set; } = Methodology.DefaultId;

    /// <inheritdoc cref="Methodology.Version"/>
    public string Version { get; set; } = Methodology.DefaultVersion;

    /// <inheritdoc cref="Methodology.Weights"/>
    public IDictionary<string, double> Weights { get; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <inheritdoc cref="Methodology.StrengthOverrides"/>
    public IDictionary<string, IndicatorStrength> StrengthOverrides { get; } = new Dictionary<string, IndicatorStrength>(StringComparer.Ordinal);

    /// <inheritdoc cref="Methodology.WeeklyHoursLimit"/>
    public double WeeklyHoursLimit { get; set; } = 48;

    /// <inheritdoc cref="Methodology.MinimumRestDaysPerWeek"/>
    public double MinimumRestDaysPerWeek { get; set; } = 1;

    /// <inheritdoc cref="Methodology.SystematicWithholdingShare"/>
    public double SystematicWithholdingShare { get; set; } = 0.25;

    /// <inheritdoc cref="Methodology.PayShortfallShare"/>
    public double PayShortfallShare { get; set; } = 0.2;

    /// <inheritdoc cref="Methodology.DebtRepaymentMonthsLimit"/>
    public double DebtRepaymentMonthsLimit { get; set; } = 12;

    /// <inheritdoc cref="Methodology.StrengthPolicy"/>
    public StrengthPolicy StrengthPolicy { get; set; } = StrengthPolicy.AtLeastOneStrong;

    /// <inheritdoc cref="Methodology.ChildAgeLimit"/>
    public int ChildAgeLimit { get; set; } = 18;

    /// <inheritdoc cref="Methodology.ChildPolicy"/>
    public ChildPolicy ChildPolicy { get; set; } = ChildPolicy.CoercionSuffices;

    /// <inheritdoc cref="Methodology.ReferScore"/>
    public double ReferScore { get; set; } = 40;

    /// <inheritdoc cref="Methodology.ReferringIndicators"/>
    public ISet<string> ReferringIndicators { get; } = new HashSet<string>(StringComparer.Ordinal) { IndicatorCodes.PhysicalAndSexualViolence };

    /// <inheritdoc cref="Methodology.MinimumCoverage"/>
    public double MinimumCoverage { get; set; } = 0.5;

    /// <summary>Validates the settings and builds the methodology.</summary>
    /// <returns>The immutable methodology.</returns>
    /// <exception cref="MethodologyValidationException">A setting is invalid; the exception lists every problem.</exception>
    public Methodology Build()
    {
        var result = MethodologyValidator.Instance.Validate(this);
        if (!result.IsValid)
        {
            throw new MethodologyValidationException(result.Errors.Select(e => new MethodologyError(e.PropertyName, e.ErrorMessage)).ToArray());
        }

        return new Methodology(this);
    }
}
