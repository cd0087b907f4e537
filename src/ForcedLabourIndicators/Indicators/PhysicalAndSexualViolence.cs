using static ForcedLabourIndicators.Facts;

namespace ForcedLabourIndicators;

/// <summary>ILO indicator 5: Physical and sexual violence. Violence is used to control the worker: beatings, sexual violence or harassment, forced use of drugs or alcohol, or violence against co-workers as an example.</summary>
/// <remarks>Source: ILO Special Action Programme to Combat Forced Labour, <em>ILO Indicators of Forced Labour</em> (2012). Default weight 3.</remarks>
public sealed class PhysicalAndSexualViolence : FactClauseRule
{
    /// <summary>Creates the rule. It holds no state; <see cref="IloIndicators.PhysicalAndSexualViolence"/> is a shared instance.</summary>
    public PhysicalAndSexualViolence()
        : base(
            [Threats.PhysicalViolence],
            [Threats.SexualViolenceOrHarassment],
            [Threats.ForcedDrugOrAlcoholUse],
            [Threats.ViolenceAgainstOthersWitnessed])
    {
    }

    /// <inheritdoc/>
    public override string Code => IndicatorCodes.PhysicalAndSexualViolence;

    /// <inheritdoc/>
    public override string Name => "Physical and sexual violence";

    /// <inheritdoc/>
    public override string Description => "Violence is used to control the worker: beatings, sexual violence or harassment, forced use of drugs or alcohol, or violence against co-workers as an example.";

    /// <inheritdoc/>
    public override string Source => IloIndicators.BookletSource;

    /// <inheritdoc/>
    public override double DefaultWeight => 3;
}
