namespace ForcedLabourIndicators;

/// <summary>The stable codes of the eleven ILO indicators, in the ILO's order.</summary>
public static class IndicatorCodes
{
    /// <summary>1. Abuse of vulnerability.</summary>
    public const string AbuseOfVulnerability = "ILO01";

    /// <summary>2. Deception.</summary>
    public const string Deception = "ILO02";

    /// <summary>3. Restriction of movement.</summary>
    public const string RestrictionOfMovement = "ILO03";

    /// <summary>4. Isolation.</summary>
    public const string Isolation = "ILO04";

    /// <summary>5. Physical and sexual violence.</summary>
    public const string PhysicalAndSexualViolence = "ILO05";

    /// <summary>6. Intimidation and threats.</summary>
    public const string IntimidationAndThreats = "ILO06";

    /// <summary>7. Retention of identity documents.</summary>
    public const string RetentionOfIdentityDocuments = "ILO07";

    /// <summary>8. Withholding of wages.</summary>
    public const string WithholdingOfWages = "ILO08";

    /// <summary>9. Debt bondage.</summary>
    public const string DebtBondage = "ILO09";

    /// <summary>10. Abusive working and living conditions.</summary>
    public const string AbusiveWorkingAndLivingConditions = "ILO10";

    /// <summary>11. Excessive overtime.</summary>
    public const string ExcessiveOvertime = "ILO11";
}
