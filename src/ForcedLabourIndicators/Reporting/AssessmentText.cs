using System.Globalization;
using System.Text;

namespace ForcedLabourIndicators;

/// <summary>Renders an assessment as plain English text: determination, band, score, and each indicator with its evidence.</summary>
public static class AssessmentText
{
    /// <summary>Renders an assessment as plain text.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Several lines of text, ending with a newline.</returns>
    public static string ToText(this Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var a = assessment;
        sb.Append(ci, $"Case {a.CaseId}\n");
        sb.Append("  Screening result: what the recorded facts show and what should follow; not a legal finding.\n");
        sb.Append(ci, $"  Methodology: {a.Methodology.Id} {a.Methodology.Version} (sha256 {a.Methodology.ContentHash[..16]}), library {a.Methodology.LibraryVersion}\n");
        if (a.Methodology.AdditionalRules.Count > 0)
        {
            sb.Append(ci, $"  Added rules: {string.Join(", ", a.Methodology.AdditionalRules)}\n");
        }

        sb.Append(ci, $"  Band: {Label(a.Band)}   Score: {a.Score:0.0}/100   Coverage: {a.Coverage * 100:0}% of the facts the indicators read\n");
        sb.Append(ci, $"  ILO definition (20th ICLS, 2018): {Describe(a.Determination)}\n");
        AppendElement(sb, "Involuntary work", a.Determination.Involuntariness);
        AppendElement(sb, "Menace of penalty", a.Determination.MenaceOfPenalty);
        if (a.Determination.ChildRuleFacts.Count > 0)
        {
            sb.Append(ci, $"    Children's rule: {string.Join(", ", a.Determination.ChildRuleFacts)}\n");
        }

        var dims = a.SurveyRule.Dimensions.Where(d => d.Status == DefinitionStatus.Meets).Select(d => $"dimension {(int)d.Dimension}");
        sb.Append(ci, $"  Survey guidelines 2012 ({Policy(a.SurveyRule.Policy)}): {Label(a.SurveyRule.Status)}");
        sb.Append(a.SurveyRule.Status == DefinitionStatus.Meets ? $" ({string.Join(", ", dims)})\n" : "\n");
        sb.Append("  Indicators:\n");
        foreach (var f in a.Findings)
        {
            var mark = f.Status switch { FindingStatus.Present => "[x]", FindingStatus.NotPresent => "[ ]", _ => "[?]" };
            sb.Append(ci, $"    {mark} {f.Code} {f.Name}: {Label(f.Status)}");
            if (f.Status == FindingStatus.Present)
            {
                sb.Append(ci, $" (+{f.Contribution:0.0})");
            }

            sb.Append('\n');
            if (f.Evidence.Count > 0)
            {
                sb.Append(ci, $"        because: {string.Join("; ", f.Evidence)}\n");
            }

            if (f.Status != FindingStatus.NotPresent && f.UnknownFacts.Count > 0)
            {
                sb.Append(ci, $"        unknown: {string.Join(", ", f.UnknownFacts)}\n");
            }
        }

        return sb.ToString();
    }

    private static void AppendElement(StringBuilder sb, string name, ElementFinding e)
    {
        sb.Append(CultureInfo.InvariantCulture, $"    {name}: {Label(e.Status)}");
        if (e.PresentItems.Count > 0)
        {
            sb.Append(" - ").AppendJoin("; ", e.PresentItems.Select(i => $"{i.Item.Description} ({string.Join(", ", i.Facts)})"));
        }

        sb.Append('\n');
    }

    private static string Describe(Determination d) => d.Status switch
    {
        DefinitionStatus.Meets when d.Rule == DeterminationRule.Child => "MEETS the definition under the children's rule",
        DefinitionStatus.Meets => "MEETS the definition: the facts show involuntary work and menace of penalty",
        DefinitionStatus.DoesNotMeet => "does not meet the definition: the facts rule out at least one element",
        DefinitionStatus.OutsideDefinition => $"OUTSIDE the definition: flagged as an excluded context of C29 Art. 2(2) ({d.ExcludedContext})",
        _ => d.Rule == DeterminationRule.AgeUnknown
            ? "undetermined: the facts neither establish nor rule out both elements (age unknown)"
            : "undetermined: the facts neither establish nor rule out both elements",
    };

    private static string Policy(StrengthPolicy p) => p == StrengthPolicy.AnyStrength ? "any strength" : "at least one strong item";

    /// <summary>The English label of a band.</summary>
    internal static string Label(Band b) => b switch
    {
        Band.Refer => "REFER",
        Band.FollowUp => "FOLLOW UP",
        Band.NoIndicatorsFound => "no indicators found",
        _ => "insufficient information",
    };

    private static string Label(FindingStatus s) => s switch
    {
        FindingStatus.Present => "present",
        FindingStatus.NotPresent => "not present",
        _ => "undetermined",
    };

    private static string Label(DefinitionStatus s) => s switch
    {
        DefinitionStatus.Meets => "meets",
        DefinitionStatus.DoesNotMeet => "does not meet",
        DefinitionStatus.OutsideDefinition => "outside the definition",
        _ => "undetermined",
    };
}
