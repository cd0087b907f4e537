using System.Globalization;
using System.Text.RegularExpressions;

namespace ForcedLabourIndicators.Tests;

/// <summary>Every text exists in every language with the same placeholders; the language is always chosen explicitly.</summary>
public partial class LocalizationTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string> Languages => new() { "es", "fr", "pt" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryKey_ExistsInEveryLanguage_WithTheSamePlaceholders(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var english = LocalizedText.Keys(CultureInfo.InvariantCulture).Order(StringComparer.Ordinal).ToArray();
        var translated = LocalizedText.Keys(culture).Order(StringComparer.Ordinal).ToArray();

        Assert.True(english.Length >= 60);
        Assert.Equal(english, translated);
        foreach (var key in english)
        {
            var en = LocalizedText.Get(key, CultureInfo.InvariantCulture);
            var other = LocalizedText.Get(key, culture);
            Assert.Equal(Placeholders(en), Placeholders(other));
            if (!key.StartsWith("Answer.No", StringComparison.Ordinal) && !key.StartsWith("Text.Dimension", StringComparison.Ordinal)
                && key is not "ILO04.Name" and not "Text.Indicators")
            {
                Assert.NotEqual(en, other);
            }
        }
    }

    [Fact]
    public void ToText_InSpanish_UsesSpanishNamesAndLabels()
    {
        var text = ExampleCases.LabourExportProgramme.Assess().ToText(CultureInfo.GetCultureInfo("es"));

        Assert.Contains("[x] ILO07 Retención de documentos de identidad: presente", text, StringComparison.Ordinal);
        Assert.Contains("Banda: DERIVAR", text, StringComparison.Ordinal);
        Assert.Contains("CUMPLE la definición", text, StringComparison.Ordinal);
        Assert.Contains("workingTime.hoursPerWeek 64 > umbral 48", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_NeverUsesTheThreadCulture_AndUnsupportedFallsBackToEnglish()
    {
        var a = ExampleCases.LabourExportProgramme.Assess();
        var english = a.ToText(English);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal(english, a.ToText(CultureInfo.InvariantCulture));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }

        Assert.Equal(english, a.ToText(CultureInfo.GetCultureInfo("de")));
        Assert.Contains("Retention of identity documents", english, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorNames_AreTranslated_ForEveryLanguage()
    {
        foreach (var culture in LocalizedText.SupportedCultures)
        {
            Assert.All(IloIndicators.All, r => Assert.False(string.IsNullOrWhiteSpace(LocalizedText.NameOf(r, culture))));
        }

        Assert.Equal("Servidão por dívidas", LocalizedText.NameOf(IloIndicators.DebtBondage, CultureInfo.GetCultureInfo("pt")));
        Assert.Equal("Servitude pour dettes", LocalizedText.NameOf(IloIndicators.DebtBondage, CultureInfo.GetCultureInfo("fr")));
        Assert.Equal(IloIndicators.DebtBondage.Name, LocalizedText.NameOf(IloIndicators.DebtBondage, English));
    }

    [Fact]
    public void SurveyItems_AreTranslated_AndTheEnglishResourcesAreTheItemsOwnWords()
    {
        var spanish = CultureInfo.GetCultureInfo("es");
        Assert.All(SurveyItems.All, item =>
        {
            Assert.Equal(item.Description, LocalizedText.DescriptionOf(item, English));
            foreach (var culture in LocalizedText.SupportedCultures.Where(c => c.Name != "en"))
                Assert.NotEqual(item.Description, LocalizedText.DescriptionOf(item, culture));
        });
        var documents = SurveyItems.All.Single(i => i.Code == "penalty.documentsConfiscated");
        Assert.Equal("Confiscación de documentos de identidad o de viaje", LocalizedText.DescriptionOf(documents, spanish));

        // The text report names the items in the reader's language.
        var text = CaseAssessor.Default.Assess(ExampleCases.LabourExportProgramme).ToText(spanish);
        Assert.Contains("Confiscación de documentos de identidad o de viaje (documents.held, documents.notReturnedOnRequest)", text);
        Assert.DoesNotContain("Confiscation of identity or travel documents", text);
    }

    private static string[] Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
