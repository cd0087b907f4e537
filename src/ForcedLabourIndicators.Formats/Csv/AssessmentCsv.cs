using System.Globalization;

namespace ForcedLabourIndicators.Formats.Csv;

/// <summary>Assessments as CSV: one row per input record (rejected ones marked), safe to open in a spreadsheet.</summary>
public sealed class AssessmentCsv
{
    private readonly TextWriter _writer;
    private readonly IReadOnlyList<IndicatorRule> _rules;

    /// <summary>Starts a CSV output and writes its header.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="rules">The assessor's rules; one status column each.</param>
    public AssessmentCsv(TextWriter writer, IReadOnlyList<IndicatorRule> rules)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rules);
        _writer = writer;
        _rules = rules;
        writer.Write("record,caseId,status,band,score,coverage,determination,surveyRule,");
        writer.Write(string.Join(',', rules.Select(r => r.Code)));
        writer.Write(",methodology,errors\n");
    }

    /// <summary>Writes the row of an assessed case.</summary>
    /// <param name="record">The input record's number.</param>
    /// <param name="a">The assessment.</param>
    public void WriteAssessed(int record, Assessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var ci = CultureInfo.InvariantCulture;
        var cells = new List<string>
        {
            record.ToString(ci),
            CsvText.Escape(a.CaseId),
            "assessed",
            Json.AssessmentJson.Camel(a.Band.ToString()),
            a.Score.ToString("0.######", ci),
            a.Coverage.ToString("0.######", ci),
            Json.AssessmentJson.Camel(a.Determination.Status.ToString()),
            Json.AssessmentJson.Camel(a.SurveyRule.Status.ToString()),
        };
        cells.AddRange(a.Findings.Select(f => Json.AssessmentJson.Camel(f.Status.ToString())));
        cells.Add(CsvText.Escape($"{a.Methodology.Id} {a.Methodology.Version} {a.Methodology.ContentHash[..12]}"));
        cells.Add(string.Empty);
        _writer.Write(string.Join(',', cells));
        _writer.Write('\n');
    }

    /// <summary>Writes the row of a rejected record.</summary>
    /// <param name="record">The input record's number.</param>
    /// <param name="caseId">The case id, when known.</param>
    /// <param name="errors">The problems, as text (no values).</param>
    public void WriteRejected(int record, string? caseId, IEnumerable<string> errors)
    {
        var cells = new List<string> { record.ToString(CultureInfo.InvariantCulture), CsvText.Escape(caseId), "rejected", "", "", "", "", "" };
        cells.AddRange(_rules.Select(_ => string.Empty));
        cells.Add(string.Empty);
        cells.Add(CsvText.Escape(string.Join(" | ", errors)));
        _writer.Write(string.Join(',', cells));
        _writer.Write('\n');
    }
}
