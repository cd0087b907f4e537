using System.Xml.Linq;
using ForcedLabourIndicators.Statistics;

namespace ForcedLabourIndicators.Tests;

/// <summary>
/// What the Markdown and HTML renderings actually say: the figures and their formats, the order of the bands, the bar
/// chart's geometry, and the escaping of whatever a case id or a group holds.
/// </summary>
public class RenderingDetailsTests
{
    private const string Dash = "\u2013";

    // Documents held and not returned: ILO07 present, weight 2 of 18.
    private static readonly Assessment DocumentsKept =
        CaseBuilder.AllNo("case-7").Yes(Facts.Documents.Held, Facts.Documents.NotReturnedOnRequest).Assess();

    // Weights 1, 1 and 2: forced labour met, not met, undetermined; rule R1 present on the first only.
    private static readonly SurveyRecord[] Records =
    [
        new(1, DefinitionStatus.Meets, 1, 0, "g|1"),
        new(1, DefinitionStatus.DoesNotMeet, 0, 1, "g|1"),
        new(2, DefinitionStatus.Undetermined, 0, 1, "a\u0001b\tc"),
    ];

    private static readonly PrevalenceTable Table = PrevalenceEstimator.Estimate(Records, ["R1"], new PrevalenceOptions { Confidence = 0.9 });

    [Fact]
    public void Assessment_Markdown_ShowsBandScoreAndTheIndicatorsContribution()
    {
        var md = DocumentsKept.ToMarkdown();

        Assert.StartsWith("### Case case-7\n\n**FOLLOW UP** · score 11.1/100 · coverage ", md, StringComparison.Ordinal);
        Assert.Contains("| ILO07 Retention of identity documents | present | 11.1 | documents.held = yes; documents.notReturnedOnRequest = yes |  |\n", md, StringComparison.Ordinal);
        Assert.Contains("| ILO11 Excessive overtime | undetermined | 0.0 |  | workingTime.hoursAboveLimit, workingTime.restBelowMinimum |\n", md, StringComparison.Ordinal);
        Assert.EndsWith($"Methodology ilo-fl-indicators 1.0.0 ({Methodology.Default.ContentHash[..12]})._\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Assessment_Html_ShowsTheSameFigures()
    {
        var html = DocumentsKept.ToHtml();

        Assert.StartsWith("<section class=\"fli-assessment\"><h3>Case case-7</h3><p><strong>FOLLOW UP</strong>, score 11.1/100, coverage ", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">ILO07 Retention of identity documents</th><td>present</td><td>11.1</td><td>documents.held = yes; documents.notReturnedOnRequest = yes</td><td></td></tr>", html, StringComparison.Ordinal);
        Assert.EndsWith($"Methodology ilo-fl-indicators 1.0.0 ({Methodology.Default.ContentHash[..12]}).</small></p></section>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_EveryMarkupCharacterOfACaseId_IsEscaped_OtherCharactersAreNot()
    {
        var md = CaseBuilder.Unknown(@"a\|<>[]()`*_#!-z.1").Assess().ToMarkdown();

        Assert.StartsWith(@"### Case a\\\|\<\>\[\]\(\)\`\*\_\#\!-z.1" + "\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_MarkupInACaseId_IsEncoded()
    {
        var html = CaseBuilder.Unknown("a<b>&\"c").Assess().ToHtml();

        Assert.Contains("<h3>Case a&lt;b&gt;&amp;&quot;c</h3>", html, StringComparison.Ordinal);
        XDocument.Parse(html);
    }

    [Fact]
    public void Prevalence_Markdown_GivesTheConfidenceLevel_AndEveryFigureOfARow()
    {
        var lines = Table.ToMarkdown().Split('\n');

        Assert.Equal($"| Measure | Group | Records | Estimate | 90% CI (Wilson) | 90% CI (Clopper-Pearson) | Undetermined | Bounds | Effective n |", lines[0]);
        Assert.Equal("|---|---|---:|---:|---|---|---:|---|---:|", lines[1]);
        // p = 1/2 on a Kish size of 2 (the undetermined record left out); bounds 1/4 and 3/4 with it counted either way.
        Assert.Equal($"| forcedLabour | all | 3 | 50.0% | 12.1%{Dash}87.9% | 2.5%{Dash}97.5% | 50.0% | 25.0%{Dash}75.0% | 2.0 |", lines[2]);
        Assert.Equal($"| R1 | all | 3 | 100.0% | 27.0%{Dash}100.0% | 5.0%{Dash}100.0% | 75.0% | 25.0%{Dash}100.0% | 1.0 |", lines[3]);
    }

    [Fact]
    public void Prevalence_Markdown_AGroupWithNothingDetermined_ShowsNotAvailable_AndControlCharactersAsSpaces()
    {
        var md = Table.ToMarkdown();

        Assert.Contains($"| forcedLabour | a b c | 1 | n/a | 0.0%{Dash}100.0% | 0.0%{Dash}100.0% | 100.0% | 0.0%{Dash}100.0% | 0.0 |\n", md, StringComparison.Ordinal);
        Assert.Contains(@"| forcedLabour | g\|1 | 2 | 50.0% |", md, StringComparison.Ordinal);
        Assert.EndsWith("\n_Weighted estimates for the surveyed population; intervals use the effective sample size._\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Prevalence_Markdown_DefaultConfidence_Is95()
    {
        var md = PrevalenceEstimator.Estimate(Records, ["R1"]).ToMarkdown();

        Assert.StartsWith("| Measure | Group | Records | Estimate | 95% CI (Wilson) | 95% CI (Clopper-Pearson) |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Prevalence_Html_ReplacesControlCharacters_KeepsTabs_AndStaysWellFormed()
    {
        var html = Table.ToHtml();

        Assert.Contains("<td>a\uFFFDb\tc</td><td>1</td><td>n/a</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>g|1</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><th scope=\"row\">forcedLabour</th><td>all</td><td>3</td><td>50.0%</td><td>12.1%{Dash}87.9%</td><td>2.5%{Dash}97.5%</td><td>50.0%</td><td>25.0%{Dash}75.0%</td><td>2.0</td></tr>", html, StringComparison.Ordinal);
        Assert.EndsWith("<p><small>Weighted estimates for the surveyed population; intervals use the effective sample size.</small></p></section>", html, StringComparison.Ordinal);
        XDocument.Parse(html);
    }

    [Fact]
    public void Prevalence_Html_BarChart_DrawsEachOverallShareToScale()
    {
        var svg = XDocument.Parse(Table.ToHtml()).Descendants().Single(e => e.Name.LocalName == "svg");
        var rects = svg.Elements().Where(e => e.Name.LocalName == "rect").ToArray();
        var texts = svg.Elements().Where(e => e.Name.LocalName == "text").Select(t => ((string?)t.Attribute("x"), (string?)t.Attribute("y"), t.Value)).ToArray();

        // Only the overall estimates, one 18-pixel row each: 2 rows + 4 = 40 high; 260 label + 300 bar + 60 = 620 wide.
        Assert.Equal("620", (string?)svg.Attribute("width"));
        Assert.Equal("40", (string?)svg.Attribute("height"));
        Assert.Equal("Estimated share (overall): forcedLabour 50.0%, R1 100.0%", svg.Elements().Single(e => e.Name.LocalName == "title").Value);
        Assert.Equal([("260", "2", "150", "14"), ("260", "20", "300", "14")], rects.Select(r => ((string?)r.Attribute("x"), (string?)r.Attribute("y"), (string?)r.Attribute("width"), (string?)r.Attribute("height"))));
        Assert.Equal([("0", "15", "forcedLabour"), ("414", "15", "50.0%"), ("0", "33", "R1"), ("564", "33", "100.0%")], texts);
    }

    [Fact]
    public void Prevalence_Html_UndeterminedOverallEstimate_DrawsAnEmptyBar()
    {
        var table = PrevalenceEstimator.Estimate([new SurveyRecord(1, DefinitionStatus.Undetermined, 0, 0)], []);

        var svg = XDocument.Parse(table.ToHtml()).Descendants().Single(e => e.Name.LocalName == "svg");

        Assert.Equal("0", (string?)svg.Elements().Single(e => e.Name.LocalName == "rect").Attribute("width"));
        Assert.Contains("<td>n/a</td>", table.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void BatchSummary_Markdown_CountsBandsHighestFirst_AndEachIndicator()
    {
        var summary = BatchSummary.From([DocumentsKept, CaseBuilder.Unknown("u").Assess()], rejected: 3);

        var md = summary.ToMarkdown();

        Assert.StartsWith("**2 assessed, 3 rejected.** REFER: 0, FOLLOW UP: 1, no indicators found: 0, insufficient information: 1\n\n| Indicator | Present | Undetermined |\n|---|---:|---:|\n", md, StringComparison.Ordinal);
        Assert.Contains("| ILO07 Retention of identity documents | 1 | 1 |\n", md, StringComparison.Ordinal);
        Assert.Contains("| ILO11 Excessive overtime | 0 | 2 |\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void BatchSummary_Html_DrawsTheShareOfCasesWithEachIndicator()
    {
        var summary = BatchSummary.From([DocumentsKept, CaseBuilder.Unknown("u").Assess()], rejected: 3);

        var html = summary.ToHtml();
        var svg = XDocument.Parse(html).Descendants().Single(e => e.Name.LocalName == "svg");

        Assert.StartsWith("<section class=\"fli-summary\"><p>2 assessed, 3 rejected. REFER: 0, FOLLOW UP: 1, no indicators found: 0, insufficient information: 1.</p>", html, StringComparison.Ordinal);
        Assert.Equal("202", (string?)svg.Attribute("height"));
        var widths = svg.Elements().Where(e => e.Name.LocalName == "rect").Select(r => (string)r.Attribute("width")!).ToArray();
        Assert.Equal(["0", "0", "0", "0", "0", "0", "150", "0", "0", "0", "0"], widths);
        Assert.Contains("<tr><th scope=\"row\">ILO07 Retention of identity documents</th><td>1</td><td>1</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void BatchSummary_Html_NothingAssessed_DrawsEmptyBars()
    {
        var summary = BatchSummary.From([], rejected: 2);

        var html = summary.ToHtml();

        Assert.StartsWith("<section class=\"fli-summary\"><p>0 assessed, 2 rejected. ", html, StringComparison.Ordinal);
        XDocument.Parse(html);
    }
}
