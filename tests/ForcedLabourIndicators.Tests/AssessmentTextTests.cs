using System.Globalization;

namespace ForcedLabourIndicators.Tests;

/// <summary>
/// The plain-text explanation a caseworker reads: each determination's wording, the band line, the elements and the
/// children's rule, the survey rule with its dimensions, each indicator's mark, contribution, evidence and unknowns, and the
/// figure-against-threshold wording of derived evidence.
/// </summary>
public class AssessmentTextTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static string[] Lines(WorkerCase c, CaseAssessor? assessor = null) =>
        (assessor ?? CaseAssessor.Default).Assess(c).ToText(English).Split('\n');

    [Fact]
    public void ToText_FollowUpCase_GivesHeaderBandLineAndEachIndicatorWithItsEvidence()
    {
        // ILO07 (weight 2) and ILO11 (weight 1) present: 3 of 18.
        var c = CaseBuilder.AllNo("case-7").Yes(Facts.Documents.Held, Facts.Documents.NotReturnedOnRequest)
            .With(Facts.HoursPerWeek, 60).With(Facts.DaysOffPerWeek, 1);

        var text = CaseAssessor.Default.Assess(c).ToText(English);
        var lines = text.Split('\n');

        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Equal("Case case-7", lines[0]);
        Assert.Equal("  Screening result: what the recorded facts show and what should follow; not a legal finding.", lines[1]);
        Assert.Equal($"  Methodology: ilo-fl-indicators 1.0.0 (sha256 {Methodology.Default.ContentHash[..16]}), library {CaseAssessor.LibraryVersion}", lines[2]);
        Assert.StartsWith("  Band: FOLLOW UP   Score: 16.7/100   Coverage: ", lines[3], StringComparison.Ordinal);
        Assert.Equal("    Menace of penalty: present - Confiscation of identity or travel documents (documents.held, documents.notReturnedOnRequest)", lines[6]);
        Assert.Contains("    [x] ILO07 Retention of identity documents: present (+11.1)", lines);
        Assert.Contains("        because: documents.held = yes; documents.notReturnedOnRequest = yes", lines);
        Assert.Contains("    [x] ILO11 Excessive overtime: present (+5.6)", lines);
        Assert.Contains("        because: workingTime.hoursAboveLimit = yes (workingTime.hoursPerWeek 60 > threshold 48)", lines);
        Assert.Contains("    [?] ILO09 Debt bondage: undetermined", lines);
        Assert.Contains("        unknown: debt.repaymentBeyondLimit", lines);
        Assert.Contains("    [ ] ILO05 Physical and sexual violence: not present", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("  Added rules", StringComparison.Ordinal) || l.Contains("Children's rule", StringComparison.Ordinal));
    }

    [Fact]
    public void ToText_NotPresentIndicator_ListsTheRefutingAnswer_ButNotItsUnknownFacts()
    {
        // ILO07's only clause is held AND not returned: held = no refutes it, whatever "not returned" is.
        var lines = Lines(CaseBuilder.Unknown("doc-no").No(Facts.Documents.Held));

        var at = Array.IndexOf(lines, "    [ ] ILO07 Retention of identity documents: not present");
        Assert.True(at > 0, string.Join('\n', lines));
        Assert.Equal("        because: documents.held = no", lines[at + 1]);
        Assert.StartsWith("    [?] ILO08", lines[at + 2], StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_PresentIndicatorWithUnknownFacts_ListsThemAfterTheEvidence()
    {
        var lines = Lines(CaseBuilder.Unknown("pv").Yes(Facts.Threats.PhysicalViolence));

        var at = Array.IndexOf(lines, "    [x] ILO05 Physical and sexual violence: present (+16.7)");
        Assert.True(at > 0, string.Join('\n', lines));
        Assert.Equal("        because: threats.physicalViolence = yes", lines[at + 1]);
        Assert.Equal("        unknown: threats.sexualViolenceOrHarassment, threats.forcedDrugOrAlcoholUse, threats.violenceAgainstOthersWitnessed", lines[at + 2]);
    }

    [Fact]
    public void ToText_AdultMeetingTheDefinition_SaysSo_AndNamesTheSurveyDimensionsMet()
    {
        var lines = Lines(ExampleCases.LabourExportProgramme);

        Assert.Equal("  ILO definition (20th ICLS, 2018): MEETS the definition: the facts show involuntary work and menace of penalty", lines[4]);
        Assert.StartsWith("    Involuntary work: present - Deceived about conditions, contract, housing, legal status, location, employer or wages (recruitment.contractWithheldOrSubstituted); ", lines[5], StringComparison.Ordinal);
        Assert.Equal("  Survey guidelines 2012 (at least one strong item): meets (dimension 1, dimension 2, dimension 3)", lines[7]);
    }

    [Fact]
    public void ToText_AnyStrengthPolicy_IsNamedOnTheSurveyLine()
    {
        var anyStrength = new MethodologyBuilder { StrengthPolicy = StrengthPolicy.AnyStrength }.Build();

        var lines = Lines(ExampleCases.LabourExportProgramme, CaseAssessor.Create(anyStrength));

        Assert.Equal("  Survey guidelines 2012 (any strength): meets (dimension 1, dimension 2, dimension 3)", lines[7]);
    }

    [Fact]
    public void ToText_ChildInAWorstForm_MeetsUnderTheChildrensRule_AndNamesTheFact()
    {
        var lines = Lines(CaseBuilder.Unknown("child-1").Yes(Facts.Child.WorstForms) with { AgeAtTime = 15 });

        Assert.StartsWith("  Band: REFER   Score: 0.0/100   Coverage: 0% ", lines[3], StringComparison.Ordinal);
        Assert.Equal("  ILO definition (20th ICLS, 2018): MEETS the definition under the children's rule", lines[4]);
        Assert.Equal("    Involuntary work: undetermined", lines[5]);
        Assert.Equal("    Menace of penalty: undetermined", lines[6]);
        Assert.Equal("    Children's rule: child.worstForms", lines[7]);
        Assert.Equal("  Survey guidelines 2012 (at least one strong item): undetermined", lines[8]);
    }

    [Fact]
    public void ToText_ExcludedContext_IsOutsideTheDefinition_NamingTheContext()
    {
        var lines = Lines(CaseBuilder.Unknown("ex-1").Yes(Facts.Threats.PhysicalViolence) with { ExcludedContext = ExcludedContext.Emergency, AgeAtTime = 30 });

        Assert.Equal("  ILO definition (20th ICLS, 2018): OUTSIDE the definition: flagged as an excluded context of C29 Art. 2(2) (Emergency)", lines[4]);
        Assert.Equal("  Survey guidelines 2012 (at least one strong item): outside the definition", lines[7]);
    }

    [Fact]
    public void ToText_Undetermined_MentionsAnUnknownAge_OnlyWhenTheAgeIsUnknown()
    {
        const string Undetermined = "  ILO definition (20th ICLS, 2018): undetermined: the facts neither establish nor rule out both elements";

        Assert.Equal(Undetermined + " (age unknown)", Lines(CaseBuilder.Unknown("u1"))[4]);
        Assert.Equal(Undetermined, Lines(CaseBuilder.Unknown("u2") with { AgeAtTime = 30 })[4]);
    }

    [Fact]
    public void ToText_EverythingRuledOut_DoesNotMeet_AndNoIndicatorListsUnknowns()
    {
        var c = CaseBuilder.AllNo("no-1").With(Facts.HoursPerWeek, 40).With(Facts.DaysOffPerWeek, 2).With(Facts.ShareOfPayWithheld, 0.1)
            .With(Facts.PromisedMonthlyPay, 100).With(Facts.PaidMonthlyPay, 100).With(Facts.MonthsToRepay, 2);

        var lines = Lines(c);

        Assert.Equal("  Band: no indicators found   Score: 0.0/100   Coverage: 100% of the facts the indicators read", lines[3]);
        Assert.Equal("  ILO definition (20th ICLS, 2018): does not meet the definition: the facts rule out at least one element", lines[4]);
        Assert.Equal("    Involuntary work: not present", lines[5]);
        Assert.Equal("    Menace of penalty: not present", lines[6]);
        Assert.Equal("  Survey guidelines 2012 (at least one strong item): does not meet", lines[7]);
        Assert.Equal(11, lines.Count(l => l.StartsWith("    [ ] ILO", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.StartsWith("        unknown:", StringComparison.Ordinal));
    }

    [Fact]
    public void ToText_AddedRule_IsListedAfterTheMethodology_AndShownUnderItsOwnName()
    {
        var assessor = CaseAssessor.Create(null, [new ScoringPropertyTests.NightWorkRule()]);

        var lines = Lines(CaseBuilder.Unknown("night").Yes(Facts.WorkingTime.OnCallDayAndNight, Facts.Conditions.DeprivedOfFoodWaterOrSleep), assessor);

        Assert.Equal("  Added rules: NAT-NIGHT", lines[3]);
        Assert.Contains(lines, l => l.StartsWith("    [x] NAT-NIGHT Night work without rest: present (+", StringComparison.Ordinal));
    }

    // Each derived fact, answered yes and no, with the comparison that decided it; every other fact is answered no, so a
    // fact decided "no" is evidence of its indicator not being present.
    [Theory]
    [InlineData("workingTime.hoursPerWeek", 49.0, "workingTime.hoursAboveLimit = yes (workingTime.hoursPerWeek 49 > threshold 48)")]
    [InlineData("workingTime.hoursPerWeek", 48.0, "workingTime.hoursAboveLimit = no (workingTime.hoursPerWeek 48 <= threshold 48)")]
    [InlineData("workingTime.daysOffPerWeek", 0.5, "workingTime.restBelowMinimum = yes (workingTime.daysOffPerWeek 0.5 < threshold 1)")]
    [InlineData("workingTime.daysOffPerWeek", 1.0, "workingTime.restBelowMinimum = no (workingTime.daysOffPerWeek 1 >= threshold 1)")]
    [InlineData("pay.shareOfPayWithheld", 0.25, "pay.shareWithheldAboveLimit = yes (pay.shareOfPayWithheld 0.25 >= threshold 0.25)")]
    [InlineData("pay.shareOfPayWithheld", 0.24, "pay.shareWithheldAboveLimit = no (pay.shareOfPayWithheld 0.24 < threshold 0.25)")]
    [InlineData("debt.monthsToRepay", 12.5, "debt.repaymentBeyondLimit = yes (debt.monthsToRepay 12.5 > threshold 12)")]
    [InlineData("debt.monthsToRepay", 12.0, "debt.repaymentBeyondLimit = no (debt.monthsToRepay 12 <= threshold 12)")]
    [InlineData("pay.paidMonthlyPay", 80.0, "pay.paidLessThanPromised = yes (shortfall of pay against promise 0.2 >= threshold 0.2)")]
    [InlineData("pay.paidMonthlyPay", 81.0, "pay.paidLessThanPromised = no (shortfall of pay against promise 0.19 < threshold 0.2)")]
    public void Evidence_OfADerivedFact_ShowsFigureComparisonAndThreshold(string quantity, double value, string expected)
    {
        Assert.True(Facts.TryFindQuantity(quantity, out var q));
        var c = CaseBuilder.AllNo().With(Facts.HoursPerWeek, 40).With(Facts.DaysOffPerWeek, 2).With(Facts.ShareOfPayWithheld, 0.1)
            .With(Facts.PromisedMonthlyPay, 100).With(Facts.PaidMonthlyPay, 100).With(Facts.MonthsToRepay, 2).With(q, value);
        var fact = expected[..expected.IndexOf(' ', StringComparison.Ordinal)];

        var evidence = c.Assess().Findings.SelectMany(f => f.Evidence).Single(e => e.Fact.Code == fact);

        Assert.Equal(expected, evidence.ToString(English));
    }

    [Fact]
    public void Evidence_AnsweredDirectly_IsCodeAndAnswer_InEnglishByDefault()
    {
        Assert.Equal("documents.held = yes", $"{new Evidence(Facts.Documents.Held, Answer.Yes)}");
        Assert.Equal("documents.held = no", $"{new Evidence(Facts.Documents.Held, Answer.No)}");
        Assert.Equal("documents.held = unknown", $"{new Evidence(Facts.Documents.Held, Answer.Unknown)}");
        Assert.Equal("workingTime.hoursAboveLimit = yes (workingTime.hoursPerWeek 50 > threshold 48)", $"{new Evidence(Facts.WorkingTime.HoursAboveLimit, Answer.Yes, Facts.HoursPerWeek, 50, 48)}");
    }
}
