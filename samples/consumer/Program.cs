// A consumer of the packages exactly as NuGet delivers them. `.ci/packages` (run by `.ci/run`) creates a fresh console
// project at CI time, references ForcedLabourIndicators and ForcedLabourIndicators.Formats from the freshly packed
// .nupkg files (a local folder feed, not project references), copies this file in, runs it, then publishes it with
// NativeAOT and runs the native binary, which must print exactly the same.
// It goes through the paths a case-management system or a research script uses: reading cases from JSON Lines,
// single-case assessment printed as JSON, a Spanish text report, bulk scoring, a prevalence table, and a methodology
// document round trip. Exit code 0 when the labour-export example meets the ILO definition, is referred, and every
// path agrees; 1 otherwise.
using System.Globalization;
using System.Text;
using ForcedLabourIndicators;
using ForcedLabourIndicators.Formats;
using ForcedLabourIndicators.Formats.Json;
using ForcedLabourIndicators.Statistics;

var assessor = CaseAssessor.Default;
var problems = new List<string>();

// 1. Cases read from JSON Lines (one valid case, one out of range), each assessed and printed as one JSON line.
const string jsonLines = """
    {"caseId":"consumer-1","ageAtTime":29,"documents":{"held":"yes","notReturnedOnRequest":"yes"},"workingTime":{"hoursPerWeek":64,"overtimeCompulsory":"yes"}}
    {"caseId":"consumer-2","workingTime":{"hoursPerWeek":200}}
    """;
var read = new List<WorkerCase>();
await foreach (var record in CaseFileReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(jsonLines)), CaseFileFormat.JsonLines))
{
    if (record.Case is { } c && assessor.TryAssess(c, out var a, out var caseErrors))
    {
        read.Add(c);
        Console.WriteLine(AssessmentJson.Serialize(AssessmentJson.ToRecord(record.RecordNumber, a, explain: false)));
    }
    else
    {
        Console.WriteLine($"record {record.RecordNumber} rejected: {(record.Case is null ? record.Errors.Count : 1)} error(s)");
    }
}

// 2. The bundled examples, explained, as JSON; the labour-export one also as a Spanish text report.
var number = 0;
foreach (var workerCase in ExampleCases.All)
{
    Console.WriteLine(AssessmentJson.Serialize(AssessmentJson.ToRecord(++number, assessor.Assess(workerCase), explain: true)));
}
var labourExport = assessor.Assess(ExampleCases.LabourExportProgramme);
Console.WriteLine(labourExport.ToText(CultureInfo.GetCultureInfo("es")));
if (labourExport.Determination.Status != DefinitionStatus.Meets || labourExport.Band != Band.Refer)
    problems.Add($"{labourExport.CaseId}: {labourExport.Determination.Status}, {labourExport.Band}");

// 3. Bulk scoring (the vectorised kernel) agrees with the single-case path.
var many = Enumerable.Range(0, 2_000).Select(i => ExampleCases.All[i % ExampleCases.All.Count] with { CaseId = $"bulk-{i}" }).ToArray();
var scores = new CaseScore[many.Length];
var batchErrors = assessor.Bulk.Assess(many, scores);
if (batchErrors.Count != 0 || Enumerable.Range(0, many.Length).Any(i => !scores[i].Agrees(assessor.Assess(many[i]))))
    problems.Add("bulk scores disagree with single-case assessments");

// 4. A prevalence table over the bulk scores, as Markdown.
var records = scores.Select((s, i) => SurveyRecord.From(s, weight: 1 + i % 3)).ToArray();
var table = PrevalenceEstimator.Estimate(records, assessor.Rules.Select(r => r.Code).ToArray());
Console.WriteLine(table.ToMarkdown());

// 5. The default methodology written as a document and read back: the same content hash.
var document = MethodologyDocument.Parse(MethodologyDocument.From(assessor.Methodology).ToJson());
if (document.ToMethodology().ContentHash != assessor.Methodology.ContentHash)
    problems.Add("the methodology document does not round-trip");
Console.WriteLine($"methodology {assessor.Methodology.Id} {assessor.Methodology.Version} {assessor.Methodology.ContentHash}");

Console.Error.WriteLine(problems.Count == 0
    ? $"consumer: {labourExport.CaseId} meets the definition and is referred; read {read.Count} case(s); bulk, prevalence and methodology paths agree (library {labourExport.Methodology.LibraryVersion})"
    : "consumer: " + string.Join("; ", problems));
return problems.Count == 0 ? 0 : 1;
