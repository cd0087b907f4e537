namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 5, physical and sexual violence (<see cref="IndicatorCodes.PhysicalAndSexualViolence"/>): present on physical violence, sexual violence or harassment, forced drug or alcohol use, or witnessed violence against others.
/// </summary>
public sealed class PhysicalAndSexualViolenceTests() : IndicatorRuleTests<PhysicalAndSexualViolence, PhysicalAndSexualViolenceTests>(
    IloIndicators.PhysicalAndSexualViolence,
    IndicatorCodes.PhysicalAndSexualViolence,
    position: 5,
    name: "Physical and sexual violence",
    documentedWeight: 3,
    ["threats.physicalViolence"],
    ["threats.sexualViolenceOrHarassment"],
    ["threats.forcedDrugOrAlcoholUse"],
    ["threats.violenceAgainstOthersWitnessed"]);
