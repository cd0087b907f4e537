using static ForcedLabourIndicators.Facts;

namespace ForcedLabourIndicators;

/// <summary>ILO indicator 10: Abusive working and living conditions. Conditions no one would freely accept: degrading, overcrowded or unsafe housing, hazardous work without protection, deprivation of food, water or sleep, or denial of medical care.</summary>
/// <remarks>Source: ILO Special Action Programme to Combat Forced Labour, <em>ILO Indicators of Forced Labour</em> (2012). Default weight 1.</remarks>
public sealed class AbusiveWorkingAndLivingConditions : FactClauseRule
{
    /// <summary>Creates the rule. It holds no state; <see cref="IloIndicators.AbusiveWorkingAndLivingConditions"/> is a shared instance.</summary>
    public AbusiveWorkingAndLivingConditions()
        : base(
            [Conditions.DegradingLivingConditions],
            [Conditions.HazardousWorkWithoutProtection],
            [Conditions.DeprivedOfFoodWaterOrSleep],
            [Conditions.MedicalCareDenied])
    {
    }

    /// <inheritdoc/>
    public override string Code => IndicatorCodes.AbusiveWorkingAndLivingConditions;

    /// <inheritdoc/>
    public override string Name => "Abusive working and living conditions";

    /// <inheritdoc/>
    public override string Description => "Conditions no one would freely accept: degrading, overcrowded or unsafe housing, hazardous work without protection, deprivation of food, water or sleep, or denial of medical care.";

    /// <inheritdoc/>
    public override string Source => IloIndicators.BookletSource;

    /// <inheritdoc/>
    public override double DefaultWeight => 1;
}
