namespace ForcedLabourIndicators.Tests;

/// <summary>The README's ten-line example prints what the README says it prints.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_MeetsReferScore()
    {
        var worker = new WorkerCase("case-0193")
        {
            AgeAtTime = 34,
            Documents = new() { Held = Answer.Yes, NotReturnedOnRequest = Answer.Yes },
            Pay = new() { WagesPaidToThirdParty = Answer.Yes, ShareOfPayWithheld = 0.80 },
            WorkingTime = new() { HoursPerWeek = 64, OvertimeCompulsory = Answer.Yes },
        };

        var a = CaseAssessor.Default.Assess(worker);

        Assert.Equal("Meets Refer 27.8", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{a.Determination.Status} {a.Band} {a.Score:0.0}"));
    }

    [Fact]
    public void ReadmeWorkedExample_MatchesTheToolsOutput()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var text = ExampleCases.LabourExportProgramme.Assess().ToText(System.Globalization.CultureInfo.InvariantCulture).TrimEnd('\n');

        Assert.Contains(text, readme, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ForcedLabourIndicators.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
