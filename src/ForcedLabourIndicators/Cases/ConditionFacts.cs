namespace ForcedLabourIndicators;

/// <summary>What is known about the worker's working and living conditions.</summary>
public sealed record ConditionFacts
{
    /// <summary>Degrading, overcrowded or unsafe living conditions imposed by the employer (<c>conditions.degradingLivingConditions</c>).</summary>
    public Answer DegradingLivingConditions { get; init; }

    /// <summary>Hazardous work without protection, not consented to (<c>conditions.hazardousWorkWithoutProtection</c>).</summary>
    public Answer HazardousWorkWithoutProtection { get; init; }

    /// <summary>Deprivation of food, water or sleep (<c>conditions.deprivedOfFoodWaterOrSleep</c>).</summary>
    public Answer DeprivedOfFoodWaterOrSleep { get; init; }

    /// <summary>Medical care denied or controlled by the employer (<c>conditions.medicalCareDenied</c>).</summary>
    public Answer MedicalCareDenied { get; init; }
}
