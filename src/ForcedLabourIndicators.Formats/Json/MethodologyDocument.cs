using System.Text.Json;

namespace ForcedLabourIndicators.Formats.Json;

/// <summary>A methodology as a JSON document: every setting, plus its content hash when written.</summary>
public sealed class MethodologyDocument
{
    /// <summary>The id.</summary>
    public string? Id { get; init; }

    /// <summary>The version.</summary>
    public string? Version { get; init; }

    /// <summary>The content hash, written for reference; ignored when read (it is recomputed).</summary>
    public string? ContentHash { get; init; }

    /// <summary>Weight overrides by indicator code.</summary>
    public Dictionary<string, double>? Weights { get; init; }

    /// <summary>Strength overrides by survey item code: "strong" or "medium".</summary>
    public Dictionary<string, string>? StrengthOverrides { get; init; }

    /// <summary>See <see cref="ForcedLabourIndicators.Methodology.WeeklyHoursLimit"/>.</summary>
    public double? WeeklyHoursLimit { get; init; }

    /// <summary>See <see cref="ForcedLabourIndicators.Methodology.MinimumRestDaysPerWeek"/>.</summary>
    public double? MinimumRestDaysPerWeek { get; init; }

    /// <summary>See <see cref="ForcedLabourIndicators.Methodology.SystematicWithholdingShare"/>.</summary>
    public double? SystematicWithholdingShare { get; init; }

    /// <summary>See <see cref="ForcedLabourIndicators.Methodology.PayShortfallShare"/>.</summary>
    public double? PayShortfallShare { get; init; }

    /// <summary>See <see cref="ForcedLabourIndicators.Methodology.DebtRepaymentMonthsLimit"/>.</summary>
    public double? DebtRepaymentMonthsLimit { get; init; }

    /// <summary>"atLeastOneStrong" or "anyStrength".</summary>
    public string? StrengthPolicy { get; init; }

    /// <summary>See <see cref="ForcedLabourIndicators.Methodology.ChildAgeLimit"/>.</summary>
    public int? ChildAgeLimit { get; init; }

    /// <summary>"coercionSuffices" or "adultRule".</summary>
    public string? ChildPolicy { get; init; }

    /// <summary>See <see cref="ForcedLabourIndicators.Methodology.ReferScore"/>.</summary>
    public double? ReferScore { get; init; }

    /// <summary>See <see cref="ForcedLabourIndicators.Methodology.ReferringIndicators"/>.</summary>
    public List<string>? ReferringIndicators { get; init; }

    /// <summary>See <see cref="ForcedLabourIndicators.Methodology.MinimumCoverage"/>.</summary>
    public double? MinimumCoverage { get; init; }

    /// <summary>The document of a methodology.</summary>
    /// <param name="m">The methodology.</param>
    /// <returns>The document.</returns>
    public static MethodologyDocument From(Methodology m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new MethodologyDocument
        {
            Id = m.Id,
            Version = m.Version,
            ContentHash = m.ContentHash,
            Weights = m.Weights.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal),
            StrengthOverrides = m.StrengthOverrides.ToDictionary(k => k.Key, k => AssessmentJson.Camel(k.Value.ToString()), StringComparer.Ordinal),
            WeeklyHoursLimit = m.WeeklyHoursLimit,
            MinimumRestDaysPerWeek = m.MinimumRestDaysPerWeek,
            SystematicWithholdingShare = m.SystematicWithholdingShare,
            PayShortfallShare = m.PayShortfallShare,
            DebtRepaymentMonthsLimit = m.DebtRepaymentMonthsLimit,
            StrengthPolicy = AssessmentJson.Camel(m.StrengthPolicy.ToString()),
            ChildAgeLimit = m.ChildAgeLimit,
            ChildPolicy = AssessmentJson.Camel(m.ChildPolicy.ToString()),
            ReferScore = m.ReferScore,
            ReferringIndicators = [.. m.ReferringIndicators.Order(StringComparer.Ordinal)],
            MinimumCoverage = m.MinimumCoverage,
        };
    }

    /// <summary>Builds the methodology: settings left out keep their defaults; the result is validated.</summary>
    /// <returns>The methodology.</returns>
    /// <exception cref="MethodologyValidationException">A setting is invalid or unknown.</exception>
    public Methodology ToMethodology()
    {
        var b = new MethodologyBuilder();
        b.Id = Id ?? b.Id;
        b.Version = Version ?? b.Version;
        foreach (var kv in Weights ?? [])
        {
            b.Weights[kv.Key] = kv.Value;
        }

        foreach (var kv in StrengthOverrides ?? [])
        {
            b.StrengthOverrides[kv.Key] = Enum.TryParse<IndicatorStrength>(kv.Value, ignoreCase: true, out var s)
                ? s
                : throw new MethodologyValidationException([new MethodologyError("StrengthOverrides", $"The strength of '{kv.Key}' must be strong or medium.")]);
        }

        b.WeeklyHoursLimit = WeeklyHoursLimit ?? b.WeeklyHoursLimit;
        b.MinimumRestDaysPerWeek = MinimumRestDaysPerWeek ?? b.MinimumRestDaysPerWeek;
        b.SystematicWithholdingShare = SystematicWithholdingShare ?? b.SystematicWithholdingShare;
        b.PayShortfallShare = PayShortfallShare ?? b.PayShortfallShare;
        b.DebtRepaymentMonthsLimit = DebtRepaymentMonthsLimit ?? b.DebtRepaymentMonthsLimit;
        b.StrengthPolicy = Parse(StrengthPolicy, b.StrengthPolicy, "StrengthPolicy");
        b.ChildAgeLimit = ChildAgeLimit ?? b.ChildAgeLimit;
        b.ChildPolicy = Parse(ChildPolicy, b.ChildPolicy, "ChildPolicy");
        b.ReferScore = ReferScore ?? b.ReferScore;
        if (ReferringIndicators is not null)
        {
            b.ReferringIndicators.Clear();
            foreach (var code in ReferringIndicators)
            {
                b.ReferringIndicators.Add(code);
            }
        }

        b.MinimumCoverage = MinimumCoverage ?? b.MinimumCoverage;
        return b.Build();
    }

    /// <summary>Writes the document as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, IndentedJsonContext.Default.MethodologyDocument);

    /// <summary>Reads a methodology document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="MethodologyValidationException">The JSON is malformed or has unknown settings.</exception>
    public static MethodologyDocument Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, FormatsJsonContext.Default.MethodologyDocument)
                ?? throw new MethodologyValidationException([new MethodologyError("", "The methodology document is empty.")]);
        }
        catch (JsonException ex)
        {
            throw new MethodologyValidationException(
                [new MethodologyError(ex.Path ?? "", "The methodology document is malformed, or has an unknown setting or a value of the wrong type.")]);
        }
    }

    private static T Parse<T>(string? text, T fallback, string setting)
        where T : struct, Enum =>
        text is null ? fallback
        : Enum.TryParse<T>(text, ignoreCase: true, out var v) && Enum.IsDefined(v) ? v
        : throw new MethodologyValidationException([new MethodologyError(setting, $"'{setting}' must be one of: {string.Join(", ", Enum.GetNames<T>())}.")]);
}
