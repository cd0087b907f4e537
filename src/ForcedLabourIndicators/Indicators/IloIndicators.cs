namespace ForcedLabourIndicators;

/// <summary>The eleven ILO indicators of forced labour as shared, stateless rule instances, in the ILO's order.</summary>
public static class IloIndicators
{
    /// <summary>The source of the eleven indicators.</summary>
    public const string BookletSource =
        "ILO Special Action Programme to Combat Forced Labour (SAP-FL), ILO Indicators of Forced Labour, Geneva, 2012.";

    /// <summary>1. Abuse of vulnerability.</summary>
    public static AbuseOfVulnerability AbuseOfVulnerability { get; } = new();

    /// <summary>2. Deception.</summary>
    public static Deception Deception { get; } = new();

    /// <summary>3. Restriction of movement.</summary>
    public static RestrictionOfMovement RestrictionOfMovement { get; } = new();

    /// <summary>4. Isolation.</summary>
    public static Isolation Isolation { get; } = new();

    /// <summary>5. Physical and sexual violence.</summary>
    public static PhysicalAndSexualViolence PhysicalAndSexualViolence { get; } = new();

    /// <summary>6. Intimidation and threats.</summary>
    public static IntimidationAndThreats IntimidationAndThreats { get; } = new();

    /// <summary>7. Retention of identity documents.</summary>
    public static RetentionOfIdentityDocuments RetentionOfIdentityDocuments { get; } = new();

    /// <summary>8. Withholding of wages.</summary>
    public static WithholdingOfWages WithholdingOfWages { get; } = new();

    /// <summary>9. Debt bondage.</summary>
    public static DebtBondage DebtBondage { get; } = new();

    /// <summary>10. Abusive working and living conditions.</summary>
    public static AbusiveWorkingAndLivingConditions AbusiveWorkingAndLivingConditions { get; } = new();

    /// <summary>11. Excessive overtime.</summary>
    public static ExcessiveOvertime ExcessiveOvertime { get; } = new();

    /// <summary>All eleven, in the ILO's order.</summary>
    public static IReadOnlyList<FactClauseRule> All { get; } = Array.AsReadOnly<FactClauseRule>(
    [
        AbuseOfVulnerability, Deception, RestrictionOfMovement, Isolation, PhysicalAndSexualViolence, IntimidationAndThreats,
        RetentionOfIdentityDocuments, WithholdingOfWages, DebtBondage, AbusiveWorkingAndLivingConditions, ExcessiveOvertime,
    ]);
}
