using System.Reflection;
using System.Xml.Linq;

namespace ForcedLabourIndicators.Tests;

/// <summary>Every built-in indicator and fact follows the project's conventions.</summary>
public class ConventionTests
{
    private static readonly XDocument Docs = XDocument.Load(Path.ChangeExtension(typeof(CaseAssessor).Assembly.Location, ".xml"));

    [Fact]
    public void BuiltInIndicators_AreElevenSealedDocumentedClasses_WithUniqueStableCodes()
    {
        var rules = IloIndicators.All;

        Assert.Equal(11, rules.Count);
        Assert.Equal(Enumerable.Range(1, 11).Select(i => $"ILO{i:00}"), rules.Select(r => r.Code));
        Assert.Equal(rules.Count, rules.Select(r => r.Code).Distinct().Count());
        foreach (var rule in rules)
        {
            var type = rule.GetType();
            Assert.True(type.IsSealed, $"{type.Name} must be sealed");
            Assert.False(string.IsNullOrWhiteSpace(rule.Name));
            Assert.True(rule.Description.Length > 40, $"{type.Name} needs a description");
            Assert.Contains("ILO", rule.Source, StringComparison.Ordinal);
            Assert.True(rule.DefaultWeight > 0);
            Assert.NotEmpty(rule.Facts);
            Assert.True(HasSummary("T:" + type.FullName), $"{type.Name} has no XML summary");
            Assert.Equal(typeof(IndicatorCodes).GetField(type.Name)?.GetValue(null), rule.Code);
        }
    }

    [Fact]
    public void IndicatorFolder_ReadsLikeTheIloList()
    {
        Assert.Equal(
            ["Abuse of vulnerability", "Deception", "Restriction of movement", "Isolation", "Physical and sexual violence",
             "Intimidation and threats", "Retention of identity documents", "Withholding of wages", "Debt bondage",
             "Abusive working and living conditions", "Excessive overtime"],
            IloIndicators.All.Select(r => r.Name));
    }

    [Fact]
    public void Facts_HaveUniqueCodesMatchingTheirGroup_AndFitInOneWord()
    {
        var all = Facts.All;

        Assert.True(all.Count <= 64, "packed fact sets hold at most 64 facts");
        Assert.Equal(all.Count, all.Select(f => f.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(0, all.Count), all.Select(f => f.Index));
        foreach (var f in all)
        {
            Assert.Matches("^[a-z]+[A-Za-z]*\\.[a-z][A-Za-z]+$", f.Code);
            Assert.EndsWith("?", f.Question, StringComparison.Ordinal);
            Assert.True(Facts.TryFind(f.Code, out var found) && ReferenceEquals(found, f));
        }
    }

    [Fact]
    public void AnsweredFacts_RoundTripThroughTheirSetter()
    {
        foreach (var f in Facts.All.Where(f => !f.IsDerived))
        {
            var c = f.SetOn(new WorkerCase("x"), Answer.Yes);
            Assert.Equal(Answer.Yes, f.GetFrom(c));
            Assert.Equal(1, Facts.All.Count(g => g.GetFrom(c) == Answer.Yes));
        }

        foreach (var q in Facts.Quantities)
        {
            var c = q.SetOn(new WorkerCase("x"), 3);
            Assert.Equal(3, q.GetFrom(c));
            Assert.Equal(1, Facts.Quantities.Count(g => g.GetFrom(c) is not null));
        }
    }

    [Fact]
    public void DerivedFacts_CannotBeAnsweredDirectly() =>
        Assert.Throws<InvalidOperationException>(() => Facts.WorkingTime.HoursAboveLimit.SetOn(new WorkerCase("x"), Answer.Yes));

    [Fact]
    public void EveryFact_IsReadByAnIndicatorOrTheDetermination()
    {
        var read = IloIndicators.All.SelectMany(r => r.Facts)
            .Concat(SurveyItems.All.SelectMany(i => i.Clauses.SelectMany(c => c)))
            .Concat([Facts.Child.ParentsInForcedLabour, Facts.Child.WorstForms, Facts.Child.CoercedByThirdParty])
            .ToHashSet();

        Assert.All(Facts.All, f => Assert.Contains(f, read));
    }

    [Fact]
    public void PublicTypes_AreDocumented()
    {
        var undocumented = typeof(CaseAssessor).Assembly.GetExportedTypes()
            .Where(t => !HasSummary("T:" + t.FullName!.Replace('+', '.')))
            .Select(t => t.FullName)
            .ToArray();

        Assert.Empty(undocumented);
    }

    private static bool HasSummary(string member) =>
        Docs.Descendants("member").Any(m => (string?)m.Attribute("name") == member && !string.IsNullOrWhiteSpace(m.Element("summary")?.Value));
}
