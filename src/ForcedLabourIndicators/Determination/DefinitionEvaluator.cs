namespace ForcedLabourIndicators;

/// <summary>Decides the ICLS determination and the survey guidelines' rule from the survey items of one case.</summary>
internal static class DefinitionEvaluator
{
    private static readonly SurveyItem[] s_items = [.. SurveyItems.All];
    private static readonly int[] s_involuntary = IndicesWhere(i => i.Element == DefinitionElement.Involuntariness);
    private static readonly int[] s_penalty = IndicesWhere(i => i.Element == DefinitionElement.MenaceOfPenalty);
    private static readonly ulong s_involuntaryMask = s_involuntary.Aggregate(0UL, (m, i) => m | s_items[i].Mask);
    private static readonly ulong s_penaltyMask = s_penalty.Aggregate(0UL, (m, i) => m | s_items[i].Mask);
    private static readonly ulong s_childMask =
        Facts.Child.ParentsInForcedLabour.Mask | Facts.Child.WorstForms.Mask | Facts.Child.CoercedByThirdParty.Mask;
    private static readonly SurveyItemFinding[] s_none = [];

    internal static (Determination Determination, SurveyRuleResult SurveyRule) Evaluate(in CaseFacts facts, Methodology m)
    {
        ulong known = facts.Known, yes = facts.Yes;
        Span<FindingStatus> status = stackalloc FindingStatus[s_items.Length];
        Span<ulong> because = stackalloc ulong[s_items.Length];
        for (var i = 0; i < s_items.Length; i++)
        {
            (status[i], because[i]) = s_items[i].Evaluate(known, yes);
        }

        var involuntariness = Element(DefinitionElement.Involuntariness, s_involuntary, s_involuntaryMask, status, because, known, m);
        var penalty = Element(DefinitionElement.MenaceOfPenalty, s_penalty, s_penaltyMask, status, because, known, m);
        bool invTrue = involuntariness.Status == FindingStatus.Present, invPossible = involuntariness.Status != FindingStatus.NotPresent;
        bool penTrue = penalty.Status == FindingStatus.Present, penPossible = penalty.Status != FindingStatus.NotPresent;

        var adult = Decide(invPossible && penPossible, invTrue && penTrue);
        // The children's rule: the adult rule, or coercion by a third party, or a parent's forced labour, or a worst form.
        var childYes = (yes & s_childMask) != 0;
        var childPossible = (known & s_childMask) != s_childMask || childYes;
        var child = m.ChildPolicy == ChildPolicy.AdultRule
            ? adult
            : Decide((invPossible && penPossible) || childPossible, (invTrue && penTrue) || childYes);

        DeterminationRule rule;
        DefinitionStatus decided;
        if (facts.Case.AgeAtTime is not { } age)
        {
            rule = DeterminationRule.AgeUnknown;
            decided = adult == child ? adult : DefinitionStatus.Undetermined;
        }
        else if (age < m.ChildAgeLimit)
        {
            (rule, decided) = (DeterminationRule.Child, child);
        }
        else
        {
            (rule, decided) = (DeterminationRule.Adult, adult);
        }

        var excluded = facts.Case.ExcludedContext;
        if (excluded != ExcludedContext.None)
        {
            decided = DefinitionStatus.OutsideDefinition;
        }

        var determination = new Determination(decided, rule, excluded, involuntariness, penalty, FactSet.Of(yes & s_childMask));
        return (determination, SurveyRule(status, involuntariness, penalty, m, excluded));
    }

    private static SurveyRuleResult SurveyRule(ReadOnlySpan<FindingStatus> status, ElementFinding inv, ElementFinding pen, Methodology m, ExcludedContext excluded)
    {
        bool penTrue = false, penPossible = false, penStrongTrue = false, penStrongPossible = false;
        foreach (var i in s_penalty)
        {
            var strong = m.StrengthOf(s_items[i]) == IndicatorStrength.Strong;
            penTrue |= status[i] == FindingStatus.Present;
            penPossible |= status[i] != FindingStatus.NotPresent;
            penStrongTrue |= strong && status[i] == FindingStatus.Present;
            penStrongPossible |= strong && status[i] != FindingStatus.NotPresent;
        }

        var dimensions = new DimensionFinding[3];
        bool anyMeets = false, allRuledOut = true;
        for (var d = 1; d <= 3; d++)
        {
            bool it = false, ip = false, st = false, sp = false;
            var presentCount = 0;
            foreach (var i in s_involuntary)
            {
                if ((int)s_items[i].Dimension != d)
                {
                    continue;
                }

                var strong = m.StrengthOf(s_items[i]) == IndicatorStrength.Strong;
                var present = status[i] == FindingStatus.Present;
                var possible = status[i] != FindingStatus.NotPresent;
                it |= present;
                ip |= possible;
                st |= strong && present;
                sp |= strong && possible;
                presentCount += present ? 1 : 0;
            }

            var (meets, possibleAll) = m.StrengthPolicy == StrengthPolicy.AnyStrength
                ? (it && penTrue, ip && penPossible)
                : ((st && penTrue) || (it && penStrongTrue), (sp && penPossible) || (ip && penStrongPossible));
            var dimStatus = Decide(possibleAll, meets);
            anyMeets |= dimStatus == DefinitionStatus.Meets;
            allRuledOut &= dimStatus == DefinitionStatus.DoesNotMeet;
            dimensions[d - 1] = new DimensionFinding((SurveyDimension)d, dimStatus, OfDimension(inv.PresentItems, d, presentCount));
        }

        var overall = excluded != ExcludedContext.None ? DefinitionStatus.OutsideDefinition
            : anyMeets ? DefinitionStatus.Meets
            : allRuledOut ? DefinitionStatus.DoesNotMeet
            : DefinitionStatus.Undetermined;
        return new SurveyRuleResult(overall, m.StrengthPolicy, dimensions, pen.PresentItems);
    }

    private static ElementFinding Element(
        DefinitionElement element, int[] items, ulong mask, ReadOnlySpan<FindingStatus> status, ReadOnlySpan<ulong> because, ulong known, Methodology m)
    {
        int present = 0, ruledOut = 0;
        foreach (var i in items)
        {
            present += status[i] == FindingStatus.Present ? 1 : 0;
            ruledOut += status[i] == FindingStatus.NotPresent ? 1 : 0;
        }

        var found = present == 0 ? s_none : new SurveyItemFinding[present];
        var n = 0;
        foreach (var i in items)
        {
            if (status[i] == FindingStatus.Present)
            {
                found[n++] = new SurveyItemFinding(s_items[i], FindingStatus.Present, m.StrengthOf(s_items[i]), FactSet.Of(because[i]));
            }
        }

        var elementStatus = present > 0 ? FindingStatus.Present : ruledOut == items.Length ? FindingStatus.NotPresent : FindingStatus.Undetermined;
        return new ElementFinding(element, elementStatus, found, FactSet.Of(mask & ~known));
    }

    private static SurveyItemFinding[] OfDimension(IReadOnlyList<SurveyItemFinding> present, int dimension, int count)
    {
        if (count == 0)
        {
            return s_none;
        }

        var list = new SurveyItemFinding[count];
        var n = 0;
        foreach (var f in present)
        {
            if ((int)f.Item.Dimension == dimension)
            {
                list[n++] = f;
            }
        }

        return list;
    }

    private static DefinitionStatus Decide(bool possible, bool established) =>
        established ? DefinitionStatus.Meets : possible ? DefinitionStatus.Undetermined : DefinitionStatus.DoesNotMeet;

    private static int[] IndicesWhere(Func<SurveyItem, bool> predicate) =>
        Enumerable.Range(0, s_items.Length).Where(i => predicate(s_items[i])).ToArray();
}
