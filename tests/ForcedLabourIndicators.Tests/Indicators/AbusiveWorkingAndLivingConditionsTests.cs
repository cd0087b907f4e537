namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 10, abusive working and living conditions (<see cref="IndicatorCodes.AbusiveWorkingAndLivingConditions"/>): present on degrading living conditions, hazardous work without protection, deprivation of food, water or sleep, or denial of medical care.
/// </summary>
public sealed class AbusiveWorkingAndLivingConditionsTests() : IndicatorRuleTests<AbusiveWorkingAndLivingConditions, AbusiveWorkingAndLivingConditionsTests>(
    IloIndicators.AbusiveWorkingAndLivingConditions,
    IndicatorCodes.AbusiveWorkingAndLivingConditions,
    position: 10,
    name: "Abusive working and living conditions",
    documentedWeight: 1,
    ["conditions.degradingLivingConditions"],
    ["conditions.hazardousWorkWithoutProtection"],
    ["conditions.deprivedOfFoodWaterOrSleep"],
    ["conditions.medicalCareDenied"]);
