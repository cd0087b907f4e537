using System.Xml.Linq;
using ForcedLabourIndicators.Statistics;

namespace ForcedLabourIndicators.Tests;

/// <summary>Markdown and HTML renderings of assessments, batch summaries and prevalence tables.</summary>
public class RenderingTests
{
    private static readonly Assessment[] Examples = ExampleCases.All.Select(CaseBuilder.Assess).ToArray();

    [Fact]
    public void Assessment_Markdown_HasOneTableRowPerIndicator()
    {
        var md = Examples[0].ToMarkdown();

        var rows = md.Split('\n').Where(l => l.StartsWith("| ILO", StringComparison.Ordinal)).ToArray();
        Assert.Equal(11, rows.Length);
        Assert.Contains("| ILO07 Retention of identity documents | present |", md, StringComparison.Ordinal);
        Assert.Contains("not a legal finding", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Assessment_Html_IsWellFormed_AndEncodesText()
    {
        var tricky = CaseBuilder.Unknown("case <b>&\"'</b>").Yes(Facts.Documents.Held).Assess();

        foreach (var html in Examples.Select(a => a.ToHtml()).Append(tricky.ToHtml()))
        {
            var doc = XDocument.Parse(html);
            Assert.Equal("section", doc.Root!.Name.LocalName);
            Assert.Equal(11, doc.Descendants("tbody").Single().Elements("tr").Count());
            Assert.All(doc.Descendants("th").Where(t => t.Parent!.Parent!.Name == "thead"), t => Assert.Equal("col", (string?)t.Attribute("scope")));
        }

        Assert.DoesNotContain("<b>", tricky.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_StaysWellFormed_AndMarkdownEscaped_WithControlCharactersAndMarkup()
    {
        var records = new[] { SurveyRecord.From(Examples[0], 1, group: "a\u0001b <i>[x](javascript:alert(1))</i> | \r\n") };
        var table = PrevalenceEstimator.Estimate(records, CaseAssessor.Default.Rules.Select(r => r.Code).ToArray());

        XDocument.Parse(table.ToHtml());
        var md = table.ToMarkdown();
        Assert.DoesNotContain("<i>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript", md, StringComparison.Ordinal);
        Assert.Equal(24, md.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Measure", StringComparison.Ordinal)));
    }

    [Fact]
    public void BatchSummary_FromAssessmentsAndFromBulk_Agree_AndRender()
    {
        var fromAssessments = BatchSummary.From(Examples);
        var batch = CaseAssessor.Default.Bulk.CreateBatch();
        batch.AddRange(ExampleCases.All);
        var results = new CaseScore[batch.Count];
        CaseAssessor.Default.Bulk.Score(batch, results);
        var fromBulk = BatchSummary.From(results, CaseAssessor.Default.Rules);

        Assert.Equal(fromAssessments.Indicators, fromBulk.Indicators);
        Assert.Equal(fromAssessments.ByBand, fromBulk.ByBand);
        Assert.Equal(5, fromAssessments.Assessed);
        Assert.Equal(11, fromAssessments.ToMarkdown().Split('\n').Count(l => l.StartsWith("| ILO", StringComparison.Ordinal)));
        var doc = XDocument.Parse(fromAssessments.ToHtml());
        var svg = doc.Descendants().Single(e => e.Name.LocalName == "svg");
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal(11, svg.Elements().Count(e => e.Name.LocalName == "rect"));
    }

    [Fact]
    public void PrevalenceTable_RendersEveryEstimate()
    {
        var records = Examples.Select((a, i) => SurveyRecord.From(a, 1 + i)).ToArray();
        var table = PrevalenceEstimator.Estimate(records, CaseAssessor.Default.Rules.Select(r => r.Code).ToArray());

        var md = table.ToMarkdown();
        var doc = XDocument.Parse(table.ToHtml());

        Assert.Equal(12, md.Split('\n').Count(l => l.StartsWith("| forcedLabour", StringComparison.Ordinal) || l.StartsWith("| ILO", StringComparison.Ordinal)));
        Assert.Equal(12, doc.Descendants("tbody").Single().Elements("tr").Count());
    }
}
