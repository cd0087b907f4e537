using System.Text;
using ForcedLabourIndicators.Formats;
using Cli = ForcedLabourIndicators.Cli;

namespace ForcedLabourIndicators.Tests.Formats;

/// <summary>Messy inputs: every record yields a case or an error naming the record, case and field, never a value; nothing is lost.</summary>
public class BadInputTests
{
    [Fact]
    public void JsonLines_MalformedLine_IsOneErrorAndTheOtherLinesAreRead()
    {
        var text = "{\"caseId\":\"a\"}\n{\"caseId\":\"b\", \"documents\": {\"held\": \n{\"caseId\":\"c\",\"documents\":{\"held\":\"yes\"}}\n";

        var records = FormatTestHelpers.Read(text);

        Assert.Equal(3, records.Count);
        Assert.True(records[0].IsRead);
        Assert.True(CaseAssessor.Default.Validate(records[0].Case!).IsValid, "groups left out of the JSON are unknown, not missing");
        Assert.False(records[1].IsRead);
        Assert.Equal(2, records[1].Line);
        Assert.True(records[2].IsRead);
        Assert.Equal(Answer.Yes, records[2].Case!.Documents.Held);
    }

    [Fact]
    public void JsonLines_WrongType_NamesTheField_NotTheValue()
    {
        var records = FormatTestHelpers.Read("{\"caseId\":\"a\",\"workingTime\":{\"hoursPerWeek\":\"SECRET-VALUE\"}}\n");

        var error = Assert.Single(Assert.Single(records).Errors);
        Assert.Equal("workingTime.hoursPerWeek", error.Field);
        Assert.Equal("a", error.CaseId);
        Assert.DoesNotContain("SECRET-VALUE", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_UnknownField_IsAnError()
    {
        var error = Assert.Single(Assert.Single(FormatTestHelpers.Read("{\"caseId\":\"a\",\"pay\":{\"bonus\":\"yes\"}}")).Errors);

        Assert.StartsWith("pay", error.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonArray_Truncated_KeepsEveryCompleteRecord_ThenOneError()
    {
        var json = "[{\"caseId\":\"a\"},{\"caseId\":\"b\"},{\"caseId\":\"c\",\"pay\":{";

        var records = FormatTestHelpers.Read(json);

        Assert.Equal(["a", "b"], records.Take(2).Select(r => r.Case!.CaseId));
        Assert.Equal(3, records.Count);
        Assert.Contains("truncated", records[2].Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_ByteOrderMark_AndMixedLineEndings_AreRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("caseId,documents.held\r\na,yes\nb,0\rc,\r\n")).ToArray();

        var records = FormatTestHelpers.Read(bytes);

        Assert.Equal(["a", "b", "c"], records.Select(r => r.Case!.CaseId));
        Assert.Equal([Answer.Yes, Answer.No, Answer.Unknown], records.Select(r => r.Case!.Documents.Held));
        Assert.Equal([2L, 3, 4], records.Select(r => r.Line));
    }

    [Fact]
    public void Csv_WrongCellAndWrongFieldCount_AreErrors_OthersRead()
    {
        var csv = "caseId,documents.held,workingTime.hoursPerWeek\na,perhaps,40\nb,yes\nc,no,forty\nd,yes,60\n";

        var records = FormatTestHelpers.Read(csv);

        Assert.Equal(4, records.Count);
        Assert.Equal("documents.held", Assert.Single(records[0].Errors).Field);
        Assert.Contains("fields", Assert.Single(records[1].Errors).Message, StringComparison.Ordinal);
        Assert.Equal("workingTime.hoursPerWeek", Assert.Single(records[2].Errors).Field);
        Assert.True(records[3].IsRead);
    }

    [Fact]
    public void Csv_UnknownColumn_IsReportedOnce_AndIgnored()
    {
        var records = FormatTestHelpers.Read("caseId,documents.held,favouriteColour\na,yes,blue\n");

        Assert.Equal(0, records[0].RecordNumber);
        Assert.Equal("favouriteColour", records[0].Errors[0].Field);
        Assert.True(records[1].IsRead);
    }

    [Fact]
    public void DuplicateCaseIds_TheRepeatIsRejected()
    {
        var records = FormatTestHelpers.Read("caseId,documents.held\na,yes\nb,no\na,no\n");

        Assert.Equal(3, records.Count);
        Assert.True(records[0].IsRead);
        Assert.Equal("caseId", Assert.Single(records[2].Errors).Field);
        Assert.Contains("record 1", records[2].Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_UnclosedQuote_AtTheEnd_IsAnError()
    {
        var records = FormatTestHelpers.Read("caseId,documents.held\na,yes\n\"b,no\n");

        Assert.Equal(2, records.Count);
        Assert.False(records[1].IsRead);
    }

    [Fact]
    public async Task Cli_EmptyFile_ExitsThree()
    {
        var path = Path.GetTempFileName();
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            var exit = await Cli.CommandLine.RunAsync(["score", path, "--no-progress"], () => Stream.Null, stdout, stderr, CancellationToken.None);

            Assert.Equal(3, exit);
            Assert.Contains("0 records read", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Cli_OutOfRangeValues_AreRejectedRows_ExitOne_NothingLost()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "caseId,workingTime.hoursPerWeek,pay.shareOfPayWithheld\na,40,0\nb,200,0\nc,50,1.5\nd,,\n");
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            var exit = await Cli.CommandLine.RunAsync(["score", path, "--output", "jsonl", "--no-progress"], () => Stream.Null, stdout, stderr, CancellationToken.None);

            var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(1, exit);
            Assert.Equal(4, lines.Length);
            Assert.Equal(["assessed", "rejected", "rejected", "assessed"], lines.Select(l => ForcedLabourIndicators.Formats.Json.AssessmentJson.Deserialize(l).Status));
            Assert.Contains("workingTime.hoursPerWeek", lines[1], StringComparison.Ordinal);
            Assert.DoesNotContain("200", lines[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Cli_MissingFile_ExitsThree_AndBadOption_ExitsTwo()
    {
        using var o = new StringWriter();
        using var e = new StringWriter();

        Assert.Equal(3, await Cli.CommandLine.RunAsync(["score", "/no/such/file.csv"], () => Stream.Null, o, e, CancellationToken.None));
        Assert.Equal(2, await Cli.CommandLine.RunAsync(["score", "x.csv", "--frobnicate"], () => Stream.Null, o, e, CancellationToken.None));
        Assert.Equal(2, await Cli.CommandLine.RunAsync(["score", "x.csv", "--output", "xml"], () => Stream.Null, o, e, CancellationToken.None));
    }

    [Fact]
    public async Task Cli_StandardInput_IsReadAsAStream()
    {
        var input = new MemoryStream(Encoding.UTF8.GetBytes("{\"caseId\":\"s-1\",\"documents\":{\"held\":\"yes\",\"notReturnedOnRequest\":\"yes\"}}\n{\"caseId\":\"s-2\"}\n"));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await Cli.CommandLine.RunAsync(["score", "-", "--output", "jsonl"], () => input, stdout, stderr, CancellationToken.None);

        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exit);
        Assert.Equal(["s-1", "s-2"], lines.Select(l => ForcedLabourIndicators.Formats.Json.AssessmentJson.Deserialize(l).CaseId));
        Assert.Contains("ILO07", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_NullCaseId_AndInvalidUtf8_AreRecords_NotCrashes()
    {
        var nullId = FormatTestHelpers.Read("[{\"caseId\":null},{\"caseId\":\"ok\"}]");
        var badBytes = FormatTestHelpers.Read([.. Encoding.UTF8.GetBytes("[{\"caseId\":\""), 0xFF, .. Encoding.UTF8.GetBytes("\"},{\"caseId\":\"ok\"}]")]);

        Assert.Equal(2, nullId.Count);
        Assert.False(CaseAssessor.Default.Validate(nullId[0].Case!).IsValid);
        Assert.True(nullId[1].IsRead);
        Assert.Equal(2, badBytes.Count);
        Assert.False(badBytes[0].IsRead);
        Assert.True(badBytes[1].IsRead);
    }

    [Fact]
    public void Csv_RepeatedColumn_RejectsEveryRow_InsteadOfLettingOneAnswerWin()
    {
        var records = FormatTestHelpers.Read("caseId,documents.held,documents.held\na,yes,no\n");

        Assert.Equal("documents.held", records[0].Errors[0].Field);
        Assert.Equal(0, records[0].RecordNumber);
        Assert.False(records[1].IsRead);
    }

    [Fact]
    public void Csv_NumericExcludedContext_IsRejected()
    {
        var records = FormatTestHelpers.Read("caseId,excludedContext\na,1\nb,prisonLabourUnderPublicSupervision\n");

        Assert.Equal("excludedContext", Assert.Single(records[0].Errors).Field);
        Assert.Equal(ExcludedContext.PrisonLabourUnderPublicSupervision, records[1].Case!.ExcludedContext);
    }

    [Fact]
    public void CaseCsv_IdsSurviveARoundTrip_EvenThoseThatLookLikeFormulas()
    {
        var cases = new[] { new WorkerCase("-42"), new WorkerCase("=a,b"), new WorkerCase("@x") };
        var w = new StringWriter();
        ForcedLabourIndicators.Formats.Csv.CaseCsv.Write(cases, w);

        Assert.Equal(cases.Select(c => c.CaseId), FormatTestHelpers.Read(w.ToString()).Select(r => r.Case!.CaseId));
    }

    [Fact]
    public async Task Cli_MalformedCaseId_NeverReachesTheOutput()
    {
        var secret = "Maria-Gonzalez-born-1990-passport-X1234567-" + new string('x', 120);
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, $"caseId,documents.held\n{secret},yes\n");
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            var exit = await Cli.CommandLine.RunAsync(["score", path, "--output", "csv", "--no-progress"], () => Stream.Null, stdout, stderr, CancellationToken.None);

            Assert.Equal(1, exit);
            Assert.DoesNotContain("Maria", stdout.ToString() + stderr.ToString(), StringComparison.Ordinal);
            Assert.Contains("(invalid case id)", stdout.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Cli_MethodologyNamingAnUnknownRule_ExitsTwo_ForScoreAndForMethodology()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "{\"weights\":{\"ilo07\":2}}");
        try
        {
            using var o = new StringWriter();
            using var e = new StringWriter();

            Assert.Equal(2, await Cli.CommandLine.RunAsync(["score", path, "--methodology", path], () => Stream.Null, o, e, CancellationToken.None));
            Assert.Equal(2, await Cli.CommandLine.RunAsync(["methodology", "--methodology", path], () => Stream.Null, o, e, CancellationToken.None));
            Assert.Contains("ilo07", e.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CsvText_NeutralisesFormulas()
    {
        Assert.Equal("'=HYPERLINK(\"x\")".Replace("\"", "\"\"", StringComparison.Ordinal), ForcedLabourIndicators.Formats.Csv.CsvText.Escape("=HYPERLINK(\"x\")").Trim('"'));
        Assert.Equal("'+1", ForcedLabourIndicators.Formats.Csv.CsvText.Escape("+1"));
        Assert.Equal("'@SUM(A1)", ForcedLabourIndicators.Formats.Csv.CsvText.Escape("@SUM(A1)"));
        Assert.Equal("\"a,b\"", ForcedLabourIndicators.Formats.Csv.CsvText.Escape("a,b"));
        Assert.Equal("plain", ForcedLabourIndicators.Formats.Csv.CsvText.Escape("plain"));
    }
}
