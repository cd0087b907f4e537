namespace ForcedLabourIndicators;

/// <summary>Decides the ICLS determination and the survey guidelines' rule from the survey items of one case.</summary>
internal static class DefinitionEvaluator
{
    private static readonly SurveyItem[] s_items = [.. SurveyItems.All];

    internal static (Determination Determination, SurveyRuleResult SurveyRule) Evaluate(in CaseFacts facts, Methodology m)
    {
        ulong known = facts.Known, yes = facts.Yes;
        var findings = new SurveyItemFinding[s_items.Length];
        for (var i = 0; i < s_items.Length; i++)
        {
            var (status, because) = s_items[i].Evaluate(known, yes);
            findings[i] = new SurveyItemFinding(s_items[i], status, m.StrengthOf(s_items[i]), FactList(because));
        }

        var involuntariness = Element(findings, DefinitionElement.Involuntariness, known);
        var penalty = Element(findings, DefinitionElement.MenaceOfPenalty, known);

        var adult = Decide(Possible(involuntariness.Status) && Possible(penalty.Status), involuntariness.Status == FindingStatus.Present && penalty.Status == FindingStatus.Present);

        var parents = facts[Facts.Child.ParentsInForcedLabour];
        var worst = facts[Facts.Child.WorstForms];
        var childYes = (parents == Answer.Yes ? 1 : 0) + (worst == Answer.Yes ? 1 : 0) > 0;
        var child = m.ChildPolicy == ChildPolicy.AdultRule
            ? adult
            : Decide(
                Possible(penalty.Status) || parents != Answer.No || worst != Answer.No,
                penalty.Status == FindingStatus.Present || childYes);

        DeterminationRule rule;
        DefinitionStatus status2;
        if (facts.Case.AgeAtTime is not { } age)
        {
            rule = DeterminationRule.AgeUnknown;
            status2 = adult == child ? adult : DefinitionStatus.Undetermined;
        }
        else if (age < m.ChildAgeLimit)
        {
            rule = DeterminationRule.Child;
            status2 = child;
        }
        else
        {
            rule = DeterminationRule.Adult;
            status2 = adult;
        }

        var excluded = facts.Case.ExcludedContext;
        if (excluded != ExcludedContext.None)
        {
            status2 = DefinitionStatus.OutsideDefinition;
        }

        var childFacts = FactList((yes & (Facts.Child.ParentsInForcedLabour.Mask | Facts.Child.WorstForms.Mask)));
        var determination = new Determination(status2, rule, excluded, involuntariness, penalty, childFacts);
        return (determination, SurveyRule(findings, m, excluded));
    }

    private static SurveyRuleResult SurveyRule(SurveyItemFinding[] findings, Methodology m, ExcludedContext excluded)
    {
        var penalties = findings.Where(f => f.Item.Element == DefinitionElement.MenaceOfPenalty).ToArray();
        var dimensions = new DimensionFinding[3];
        var anyMeets = false;
        var allRuledOut = true;
        for (var d = 1; d <= 3; d++)
        {
            var dim = (SurveyDimension)d;
            var inv = findings.Where(f => f.Item.Element == DefinitionElement.Involuntariness && f.Item.Dimension == dim).ToArray();
            bool Meets(Func<SurveyItemFinding, bool> counts) => m.StrengthPolicy == StrengthPolicy.AnyStrength
                ? inv.Any(counts) && penalties.Any(counts)
                : (inv.Any(f => counts(f) && f.Strength == IndicatorStrength.Strong) && penalties.Any(counts))
                  || (inv.Any(counts) && penalties.Any(f => counts(f) && f.Strength == IndicatorStrength.Strong));

            var status = Decide(Meets(f => Possible(f.Status)), Meets(f => f.Status == FindingStatus.Present));
            anyMeets |= status == DefinitionStatus.Meets;
            allRuledOut &= status == DefinitionStatus.DoesNotMeet;
            dimensions[d - 1] = new DimensionFinding(dim, status, inv.Where(f => f.Status == FindingStatus.Present).ToArray());
        }

        var overall = excluded != ExcludedContext.None ? DefinitionStatus.OutsideDefinition
            : anyMeets ? DefinitionStatus.Meets
            : allRuledOut ? DefinitionStatus.DoesNotMeet
            : DefinitionStatus.Undetermined;
        return new SurveyRuleResult(overall, m.StrengthPolicy, dimensions, penalties.Where(f => f.Status == FindingStatus.Present).ToArray());
    }

    private static ElementFinding Element(SurveyItemFinding[] findings, DefinitionElement element, ulong known)
    {
        var items = findings.Where(f => f.Item.Element == element).ToArray();
        var present = items.Where(f => f.Status == FindingStatus.Present).ToArray();
        var status = present.Length > 0 ? FindingStatus.Present
            : items.All(f => f.Status == FindingStatus.NotPresent) ? FindingStatus.NotPresent
            : FindingStatus.Undetermined;
        var mask = items.Aggregate(0UL, (acc, f) => acc | f.Item.Mask);
        return new ElementFinding(element, status, present, FactList(mask & ~known));
    }

    private static bool Possible(FindingStatus s) => s != FindingStatus.NotPresent;

    private static DefinitionStatus Decide(bool possible, bool established) =>
        established ? DefinitionStatus.Meets : possible ? DefinitionStatus.Undetermined : DefinitionStatus.DoesNotMeet;

    internal static IReadOnlyList<Fact> FactList(ulong mask)
    {
        if (mask == 0)
        {
            return [];
        }

        var list = new Fact[System.Numerics.BitOperations.PopCount(mask)];
        var all = Facts.All;
        var n = 0;
        while (mask != 0)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(mask);
            list[n++] = all[i];
            mask &= mask - 1;
        }

        return list;
    }
}
