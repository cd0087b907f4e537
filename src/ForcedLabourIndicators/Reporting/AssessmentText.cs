using System.Globalization;
using System.Text;

namespace ForcedLabourIndicators;

/// <summary>Renders an assessment as plain English text: determination, band, score, and each indicator with its evidence.</summary>
public static class AssessmentText
{
    /// <summary>Renders an assessment as plain English text.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Several lines of text, ending with a newline.</returns>
    public static string ToText(this Assessment assessment) => ToText(assessment, English);

    /// <summary>Renders an assessment as plain text in a language of <see cref="LocalizedText.SupportedCultures"/> (others fall back to English).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="culture">The language; the thread's culture is never used.</param>
    /// <returns>Several lines of text, ending with a newline.</returns>
    public static string ToText(this Assessment assessment, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(culture);
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var a = assessment;
        string T(string key, params object[] args) => LocalizedText.Format(key, culture, args);
        sb.Append(T("Text.Case", a.CaseId)).Append('\n');
        sb.Append("  ").Append(T("Text.Disclaimer")).Append('\n');
        sb.Append("  ").Append(T("Text.Methodology", a.Methodology.Id, a.Methodology.Version, a.Methodology.ContentHash[..16], a.Methodology.LibraryVersion)).Append('\n');
        if (a.Methodology.AdditionalRules.Count > 0)
        {
            sb.Append("  ").Append(T("Text.AddedRules", string.Join(", ", a.Methodology.AdditionalRules))).Append('\n');
        }

        sb.Append("  ").Append(T("Text.BandLine", LocalizedText.Label(a.Band, culture), a.Score.ToString("0.0", ci), (a.Coverage * 100).ToString("0", ci))).Append('\n');
        sb.Append("  ").Append(T("Text.Definition", Describe(a.Determination, culture))).Append('\n');
        AppendElement(sb, T("Text.Involuntary"), a.Determination.Involuntariness, culture);
        AppendElement(sb, T("Text.Penalty"), a.Determination.MenaceOfPenalty, culture);
        if (a.Determination.ChildRuleFacts.Count > 0)
        {
            sb.Append("    ").Append(T("Text.ChildRule", string.Join(", ", a.Determination.ChildRuleFacts))).Append('\n');
        }

        var dims = a.SurveyRule.Dimensions.Where(d => d.Status == DefinitionStatus.Meets).Select(d => T("Text.Dimension", (int)d.Dimension));
        var policy = LocalizedText.Get(a.SurveyRule.Policy == StrengthPolicy.AnyStrength ? "Policy.AnyStrength" : "Policy.AtLeastOneStrong", culture);
        sb.Append("  ").Append(T("Text.Survey", policy, LocalizedText.Label(a.SurveyRule.Status, culture)));
        sb.Append(a.SurveyRule.Status == DefinitionStatus.Meets ? $" ({string.Join(", ", dims)})\n" : "\n");
        sb.Append("  ").Append(T("Text.Indicators")).Append('\n');
        for (var i = 0; i < a.Findings.Count; i++)
        {
            var f = a.Findings[i];
            var name = BuiltInRules.TryGetValue(f.Code, out var rule) ? LocalizedText.NameOf(rule, culture) : f.Name;
            var mark = f.Status switch { FindingStatus.Present => "[x]", FindingStatus.NotPresent => "[ ]", _ => "[?]" };
            sb.Append(ci, $"    {mark} {f.Code} {name}: {LocalizedText.Label(f.Status, culture)}");
            if (f.Status == FindingStatus.Present)
            {
                sb.Append(ci, $" (+{f.Contribution:0.0})");
            }

            sb.Append('\n');
            if (f.Evidence.Count > 0)
            {
                sb.Append("        ").Append(T("Text.Because")).Append(": ").AppendJoin("; ", f.Evidence.Select(e => e.ToString(culture))).Append('\n');
            }

            if (f.Status != FindingStatus.NotPresent && f.UnknownFacts.Count > 0)
            {
                sb.Append("        ").Append(T("Text.Unknown")).Append(": ").AppendJoin(", ", f.UnknownFacts).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly Dictionary<string, IndicatorRule> BuiltInRules =
        IloIndicators.All.ToDictionary(r => r.Code, r => (IndicatorRule)r, StringComparer.Ordinal);

    private static void AppendElement(StringBuilder sb, string name, ElementFinding e, CultureInfo culture)
    {
        sb.Append("    ").Append(name).Append(": ").Append(LocalizedText.Label(e.Status, culture));
        if (e.PresentItems.Count > 0)
        {
            sb.Append(" - ").AppendJoin("; ", e.PresentItems.Select(i => $"{LocalizedText.DescriptionOf(i.Item, culture)} ({string.Join(", ", i.Facts)})"));
        }

        sb.Append('\n');
    }

    private static string Describe(Determination d, CultureInfo culture) => d.Status switch
    {
        DefinitionStatus.Meets when d.Rule == DeterminationRule.Child => LocalizedText.Get("Text.MeetsChild", culture),
        DefinitionStatus.Meets => LocalizedText.Get("Text.MeetsAdult", culture),
        DefinitionStatus.DoesNotMeet => LocalizedText.Get("Text.DoesNotMeet", culture),
        DefinitionStatus.OutsideDefinition => LocalizedText.Format("Text.Outside", culture, d.ExcludedContext),
        _ => d.Rule == DeterminationRule.AgeUnknown
            ? $"{LocalizedText.Get("Text.Undetermined", culture)} ({LocalizedText.Get("Text.AgeUnknown", culture)})"
            : LocalizedText.Get("Text.Undetermined", culture),
    };

}
