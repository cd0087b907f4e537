using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ForcedLabourIndicators.Tests;

/// <summary>The .NET Interactive extension and the sample notebook refer to what the library has.</summary>
public partial class NotebookTests
{
    private static readonly string Root = ReadmeExampleTests.RepositoryRoot();

    [Fact]
    public void InteractiveExtension_RegistersAnHtmlFormatterForEachRenderableType_AndIsPacked()
    {
        var dib = File.ReadAllText(Path.Combine(Root, "src/ForcedLabourIndicators/interactive-extensions/dotnet/extension.dib"));
        var registered = RegisterPattern().Matches(dib).Select(m => m.Groups[1].Value).ToArray();

        Assert.Equal(["ForcedLabourIndicators.Assessment", "ForcedLabourIndicators.BatchSummary", "ForcedLabourIndicators.Statistics.PrevalenceTable"], registered);
        foreach (var name in registered)
        {
            var type = typeof(CaseAssessor).Assembly.GetType(name);
            Assert.NotNull(type);
            Assert.NotNull(typeof(Rendering).GetMethod("ToHtml", BindingFlags.Public | BindingFlags.Static, [type!]));
        }

        var project = File.ReadAllText(Path.Combine(Root, "src/ForcedLabourIndicators/ForcedLabourIndicators.csproj"));
        Assert.Contains("PackagePath=\"interactive-extensions/dotnet\"", project, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleNotebook_IsAValidNotebook_RunningTheSameCodeAsTheFileBasedSample()
    {
        using var notebook = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "samples/prevalence.ipynb")));
        var code = string.Concat(notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .SelectMany(c => c.GetProperty("source").EnumerateArray().Select(l => l.GetString())));
        var sample = File.ReadAllText(Path.Combine(Root, "samples/prevalence.cs"));

        Assert.Equal(4, notebook.RootElement.GetProperty("nbformat").GetInt32());
        Assert.Contains("#r \"nuget: ForcedLabourIndicators\"", code, StringComparison.Ordinal);
        Assert.Contains("PrevalenceEstimator.Estimate(records", code, StringComparison.Ordinal);
        Assert.Contains(sample[sample.IndexOf("var random", StringComparison.Ordinal)..sample.IndexOf("var table", StringComparison.Ordinal)], code, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Formatter\.Register<([\w.]+)>")]
    private static partial Regex RegisterPattern();
}
