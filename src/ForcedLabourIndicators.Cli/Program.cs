using ForcedLabourIndicators;

// With no arguments: assess the bundled example cases and print each assessment.
var assessor = CaseAssessor.Default;
Console.Out.Write(
    $"ForcedLabourIndicators {CaseAssessor.LibraryVersion}: screening against the ILO indicators of forced labour.\n"
    + "A screening result says which indicators the recorded facts show and what to do next; it is not a legal finding.\n\n");
foreach (var workerCase in ExampleCases.All)
{
    Console.Out.Write(assessor.Assess(workerCase).ToText());
    Console.Out.Write('\n');
}

return 0;
