using System.Globalization;
using System.Text;
using ForcedLabourIndicators.Formats;
using ForcedLabourIndicators.Formats.Csv;
using ForcedLabourIndicators.Formats.Json;

namespace ForcedLabourIndicators.Cli;

/// <summary><c>fli score</c>: reads records as a stream, assesses each, writes one output record per input record, and
/// ends with a summary on standard error.</summary>
internal sealed class ScoreCommand(CaseAssessor assessor, CaseFileFormat format, OutputFormat output, bool explain, bool progress, CultureInfo culture)
{
    private readonly Dictionary<Band, int> _bands = [];
    private readonly int[] _present = new int[assessor.Rules.Count];
    private int _read;
    private int _assessed;
    private int _rejected;
    private int _headerProblems;

    public async Task<int> RunAsync(string path, Func<Stream> openStdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        Stream input;
        long length = 0;
        try
        {
            if (path == "-")
            {
                input = openStdin();
            }
            else
            {
                var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                length = file.Length;
                input = file;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"fli: cannot read the input: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.NoInput;
        }

        await using (input.ConfigureAwait(false))
        {
            var showProgress = progress && length > 0 && !Console.IsErrorRedirected;
            AssessmentCsv? csv = output == OutputFormat.Csv ? new AssessmentCsv(stdout, assessor.Rules) : null;
            if (output == OutputFormat.Table && !explain)
            {
                await stdout.WriteLineAsync("record  case id                        band                      score  determination       present").ConfigureAwait(false);
            }

            var warnings = new List<RecordError>();
            await foreach (var record in CaseFileReader.ReadAsync(input, format, cancellationToken).ConfigureAwait(false))
            {
                if (record.RecordNumber == 0)
                {
                    warnings.AddRange(record.Errors);
                    _headerProblems++;
                    await stderr.WriteLineAsync($"fli: warning: {record.Errors[0]}").ConfigureAwait(false);
                    continue;
                }

                _read++;
                if (record.Case is { } c && assessor.TryAssess(c, out var assessment, out var caseErrors))
                {
                    _assessed++;
                    _bands[assessment.Band] = _bands.GetValueOrDefault(assessment.Band) + 1;
                    for (var i = 0; i < assessment.Findings.Count; i++)
                    {
                        _present[i] += assessment.Findings[i].Status == FindingStatus.Present ? 1 : 0;
                    }

                    await WriteAssessedAsync(stdout, csv, record.RecordNumber, assessment).ConfigureAwait(false);
                }
                else
                {
                    _rejected++;
                    var errors = record.Case is null
                        ? record.Errors.Select(e => (e.Field, e.ToString())).ToArray()
                        : Validation(record).Select(e => (e.Field, $"record {record.RecordNumber}: {e.Message}")).ToArray();
                    await WriteRejectedAsync(stdout, csv, record.RecordNumber, record.CaseId, errors).ConfigureAwait(false);
                }

                if (showProgress && _read % 2000 == 0 && input is FileStream fs)
                {
                    DrawProgress(stderr, fs.Position, length);
                }
            }

            if (showProgress)
            {
                await stderr.WriteAsync("\r" + new string(' ', 60) + "\r").ConfigureAwait(false);
            }
        }

        await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        await WriteSummaryAsync(stderr).ConfigureAwait(false);
        return _read == 0 ? ExitCodes.NoInput : _rejected > 0 || _headerProblems > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
    }

    private IReadOnlyList<CaseError> Validation(CaseRecord record) => assessor.Validate(record.Case!).Errors;

    private async Task WriteAssessedAsync(TextWriter stdout, AssessmentCsv? csv, int record, Assessment a)
    {
        switch (output)
        {
            case OutputFormat.Csv:
                csv!.WriteAssessed(record, a);
                break;
            case OutputFormat.JsonLines:
                await stdout.WriteLineAsync(AssessmentJson.Serialize(AssessmentJson.ToRecord(record, a, explain))).ConfigureAwait(false);
                break;
            default:
                if (explain)
                {
                    await stdout.WriteLineAsync($"Record {record}").ConfigureAwait(false);
                    await stdout.WriteLineAsync(a.ToText(culture)).ConfigureAwait(false);
                }
                else
                {
                    var present = string.Join(' ', a.Present.Select(f => f.Code));
                    await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{record,6}  {Clip(a.CaseId, 30),-30}  {AssessmentJson.Name(a.Band),-24}  {a.Score,5:0.0}  {AssessmentJson.Name(a.Determination.Status),-18}  {present}")).ConfigureAwait(false);
                }

                break;
        }
    }

    private async Task WriteRejectedAsync(TextWriter stdout, AssessmentCsv? csv, int record, string? caseId, (string Field, string Message)[] errors)
    {
        switch (output)
        {
            case OutputFormat.Csv:
                csv!.WriteRejected(record, caseId, errors.Select(e => e.Message));
                break;
            case OutputFormat.JsonLines:
                await stdout.WriteLineAsync(AssessmentJson.Serialize(AssessmentJson.Rejected(record, caseId, errors))).ConfigureAwait(false);
                break;
            default:
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{record,6}  {Clip(caseId ?? "(unknown)", 30),-30}  REJECTED: {string.Join("; ", errors.Select(e => e.Message))}")).ConfigureAwait(false);
                break;
        }
    }

    private async Task WriteSummaryAsync(TextWriter stderr)
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        sb.Append(ci, $"Summary: {_read} records read, {_assessed} assessed, {_rejected} rejected.\n");
        sb.Append("  By band: ").AppendJoin(", ", Enum.GetValues<Band>().Reverse().Select(b => $"{AssessmentJson.Name(b)} {_bands.GetValueOrDefault(b)}")).Append('\n');
        sb.Append("  Indicators present: ").AppendJoin(", ", assessor.Rules.Select((r, i) => $"{r.Code} {_present[i]}")).Append('\n');
        sb.Append(ci, $"  Methodology: {assessor.Stamp.Id} {assessor.Stamp.Version} ({assessor.Stamp.ContentHash[..12]})\n");
        await stderr.WriteAsync(sb.ToString()).ConfigureAwait(false);
    }

    private static void DrawProgress(TextWriter stderr, long position, long length)
    {
        var share = Math.Clamp((double)position / length, 0, 1);
        var filled = (int)(share * 30);
        stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {share:P0} "));
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
