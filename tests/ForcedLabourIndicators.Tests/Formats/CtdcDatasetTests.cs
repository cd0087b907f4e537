using Cli = ForcedLabourIndicators.Cli;
using ForcedLabourIndicators.Formats;

namespace ForcedLabourIndicators.Tests.Formats;

/// <summary>The real CTDC dataset (47,102 k-anonymised victim records) through the API and the command-line tool.</summary>
public class CtdcDatasetTests
{
    private const int Records = 47_102;

    // Our own reading of the CTDC columns behind each indicator, written apart from the library's mapping table.
    private static readonly Dictionary<string, string[]> ColumnsByIndicator = new()
    {
        ["ILO01"] = [],
        ["ILO02"] = ["meansOfControlFalsePromises"],
        ["ILO03"] = ["meansOfControlRestrictsMovement", "isAbduction"],
        ["ILO04"] = [],
        ["ILO05"] = ["meansOfControlPhysicalAbuse", "meansOfControlSexualAbuse", "meansOfControlPsychoactiveSubstances"],
        ["ILO06"] = ["meansOfControlThreats", "meansOfControlThreatOfLawEnforcement", "meansOfControlPsychologicalAbuse", "meansOfControlUsesChildren"],
        ["ILO07"] = ["meansOfControlWithholdsDocuments"],
        ["ILO08"] = ["meansOfControlTakesEarnings", "meansOfControlRestrictsFinancialAccess"],
        ["ILO09"] = ["meansOfControlDebtBondage"],
        ["ILO10"] = ["meansOfControlWithholdsNecessities", "meansOfControlRestrictsMedicalCare"],
        ["ILO11"] = ["meansOfControlExcessiveWorkingHours"],
    };

    [SkippableFact]
    public void Api_EveryRecordAssessed_AndIndicatorSharesMatchTheRawColumns()
    {
        Skip.IfNot(File.Exists(FormatTestHelpers.CtdcPath), $"The CTDC dataset is not at {FormatTestHelpers.CtdcPath} (it lives in ../shared/data beside the checkout).");
        var expected = ExpectedPresentCounts();

        using var stream = File.OpenRead(FormatTestHelpers.CtdcPath);
        var records = CaseFileReader.ReadAsync(stream).ToBlockingEnumerable().ToList();
        var assessments = records.Select(r => CaseAssessor.Default.Assess(r.Case!)).ToList();

        Assert.Equal(Records, records.Count);
        Assert.All(records, r => Assert.True(r.IsRead));
        Assert.Equal(Enumerable.Range(1, Records), records.Select(r => r.RecordNumber));
        Assert.Equal(Records, assessments.Select(a => a.CaseId).Distinct().Count());
        foreach (var (code, count) in expected)
        {
            Assert.Equal(count, assessments.Count(a => a[code].Status == FindingStatus.Present));
        }

        // A missing flag is "not recorded": records with no means of control at all come out undetermined, never "no".
        Assert.DoesNotContain(assessments, a => a.Band == Band.NoIndicatorsFound);
        Assert.True(assessments.Count(a => a.Band == Band.InsufficientInformation) > Records / 2);
    }

    [SkippableFact]
    public async Task Cli_ScoresTheFile_OneRowPerRecord()
    {
        Skip.IfNot(File.Exists(FormatTestHelpers.CtdcPath), $"The CTDC dataset is not at {FormatTestHelpers.CtdcPath}.");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await Cli.CommandLine.RunAsync(["score", FormatTestHelpers.CtdcPath, "--output", "csv", "--no-progress"], () => Stream.Null, stdout, stderr, CancellationToken.None);

        var rows = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exit);
        Assert.Equal(Records + 1, rows.Length);
        Assert.Equal(Records, rows.Skip(1).Count(r => r.Contains(",assessed,", StringComparison.Ordinal)));
        Assert.Contains($"{Records} records read, {Records} assessed, 0 rejected", stderr.ToString(), StringComparison.Ordinal);
        var expected = ExpectedPresentCounts();
        Assert.Contains($"ILO06 {expected["ILO06"]}", stderr.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, int> ExpectedPresentCounts()
    {
        var lines = File.ReadAllLines(FormatTestHelpers.CtdcPath);
        var header = lines[0].Split(',');
        var counts = ColumnsByIndicator.ToDictionary(k => k.Key, _ => 0);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            foreach (var (code, columns) in ColumnsByIndicator)
            {
                if (columns.Any(c => cells[Array.IndexOf(header, c)] == "1"))
                {
                    counts[code]++;
                }
            }
        }

        return counts;
    }
}
