// A consumer of the packages exactly as NuGet delivers them. `.ci/packages` (run by `.ci/run`) creates a fresh console project at CI time,
// references ForcedLabourIndicators and ForcedLabourIndicators.Formats from the freshly packed .nupkg files (a local
// folder feed, not project references), copies this file in, runs it, then publishes it with NativeAOT and runs the
// native binary. It assesses the bundled labour-export example and prints one JSON line per example case.
// Exit code 0 when the labour-export example meets the ILO definition and is referred; 1 otherwise.
using ForcedLabourIndicators;
using ForcedLabourIndicators.Formats.Json;

var assessor = CaseAssessor.Default;
var record = 0;
foreach (var workerCase in ExampleCases.All)
{
    var assessment = assessor.Assess(workerCase);
    Console.WriteLine(AssessmentJson.Serialize(AssessmentJson.ToRecord(++record, assessment, explain: true)));
}

var labourExport = assessor.Assess(ExampleCases.LabourExportProgramme);
var ok = labourExport.Determination.Status == DefinitionStatus.Meets && labourExport.Band == Band.Refer;
Console.Error.WriteLine(ok
    ? $"consumer: {labourExport.CaseId} meets the definition and is referred (methodology {labourExport.Methodology.Version}, library {labourExport.Methodology.LibraryVersion})"
    : $"consumer: unexpected result for {labourExport.CaseId}: {labourExport.Determination.Status}, {labourExport.Band}");
return ok ? 0 : 1;
