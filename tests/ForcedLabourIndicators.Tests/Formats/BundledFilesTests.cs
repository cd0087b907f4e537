using ForcedLabourIndicators.Formats.Csv;
using ForcedLabourIndicators.Formats.Json;

namespace ForcedLabourIndicators.Tests.Formats;

/// <summary>
/// The files the repository ships (the case JSON Schema, the example cases as JSON and CSV) match what the code writes,
/// and read back through the library's own reader. Run with FLI_WRITE_FILES=1 to rewrite them after a deliberate change.
/// </summary>
public class BundledFilesTests
{
    private static readonly string Root = ReadmeExampleTests.RepositoryRoot();

    public static TheoryData<string> Files => new() { "schemas/worker-case.schema.json", "samples/cases/examples.json", "samples/cases/examples.csv" };

    [Theory]
    [MemberData(nameof(Files))]
    public void BundledFile_MatchesWhatTheCodeWrites(string relative)
    {
        var path = Path.Combine(Root, relative);
        var expected = Generate(relative);
        if (Environment.GetEnvironmentVariable("FLI_WRITE_FILES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("samples/cases/examples.json")]
    [InlineData("samples/cases/examples.csv")]
    public void BundledExamples_ReadBackAsTheExampleCases(string relative)
    {
        var records = FormatTestHelpers.Read(File.ReadAllBytes(Path.Combine(Root, relative)));

        Assert.Equal(ExampleCases.All, records.Select(r => r.Case));
    }

    private static string Generate(string relative) => relative switch
    {
        "schemas/worker-case.schema.json" => CaseJsonSchema.Generate(),
        "samples/cases/examples.json" => CaseJson.SerializeArray(ExampleCases.All).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n",
        _ => CsvOf(ExampleCases.All),
    };

    private static string CsvOf(IEnumerable<WorkerCase> cases)
    {
        var w = new StringWriter();
        CaseCsv.Write(cases, w);
        return w.ToString();
    }
}
