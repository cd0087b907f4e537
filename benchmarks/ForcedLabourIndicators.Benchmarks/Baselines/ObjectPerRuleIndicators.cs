namespace ForcedLabourIndicators.Benchmarks;

/// <summary>The eleven indicators as the usual first version writes them: a list of rule objects with named conditions,
/// each returning a result object with reason strings, aggregated with LINQ.</summary>
public static class ObjectPerRuleIndicators
{
    public static IReadOnlyList<IndicatorCheck> Checks { get; } =
    [
        new IndicatorCheck("ILO01", "Abuse of vulnerability",
        [
            new Condition("VulnerabilityWeakPositionExploited", c => c.VulnerabilityWeakPositionExploited == true),
            new Condition("VulnerabilityMultipleDependency", c => c.VulnerabilityMultipleDependency == true),
            new Condition("VulnerabilityPreExistingDependency", c => c.VulnerabilityPreExistingDependency == true),
            new Condition("RecruitmentBornIntoBondage", c => c.RecruitmentBornIntoBondage == true),
        ]),
        new IndicatorCheck("ILO02", "Deception",
        [
            new Condition("RecruitmentDeceivedAboutNatureOfWork", c => c.RecruitmentDeceivedAboutNatureOfWork == true),
            new Condition("RecruitmentDeceivedAboutConditions", c => c.RecruitmentDeceivedAboutConditions == true),
            new Condition("RecruitmentContractWithheldOrSubstituted", c => c.RecruitmentContractWithheldOrSubstituted == true),
            new Condition("RecruitmentDeceptiveMarriagePromise", c => c.RecruitmentDeceptiveMarriagePromise == true),
            new Condition("paid less than promised", c => c.PayPromisedMonthlyPay is { } promised && c.PayPaidMonthlyPay is { } paid && promised > 0 && (promised - paid) / promised >= 0.2),
        ]),
        new IndicatorCheck("ILO03", "Restriction of movement",
        [
            new Condition("MovementLockedInOrGuarded", c => c.MovementLockedInOrGuarded == true),
            new Condition("MovementCurfewOrPermissionToLeave", c => c.MovementCurfewOrPermissionToLeave == true),
            new Condition("MovementMovementsMonitored", c => c.MovementMovementsMonitored == true),
            new Condition("RecruitmentCoerciveRecruitment", c => c.RecruitmentCoerciveRecruitment == true),
        ]),
        new IndicatorCheck("ILO04", "Isolation",
        [
            new Condition("MovementContactsMonitored", c => c.MovementContactsMonitored == true),
            new Condition("MovementPhoneTakenOrNoContact", c => c.MovementPhoneTakenOrNoContact == true),
            new Condition("MovementIsolatedLocation", c => c.MovementIsolatedLocation == true),
            new Condition("MovementFamilyContactRestricted", c => c.MovementFamilyContactRestricted == true),
        ]),
        new IndicatorCheck("ILO05", "Physical and sexual violence",
        [
            new Condition("ThreatsPhysicalViolence", c => c.ThreatsPhysicalViolence == true),
            new Condition("ThreatsSexualViolenceOrHarassment", c => c.ThreatsSexualViolenceOrHarassment == true),
            new Condition("ThreatsForcedDrugOrAlcoholUse", c => c.ThreatsForcedDrugOrAlcoholUse == true),
            new Condition("ThreatsViolenceAgainstOthersWitnessed", c => c.ThreatsViolenceAgainstOthersWitnessed == true),
        ]),
        new IndicatorCheck("ILO06", "Intimidation and threats",
        [
            new Condition("ThreatsThreatsOfViolence", c => c.ThreatsThreatsOfViolence == true),
            new Condition("ThreatsThreatsAgainstFamily", c => c.ThreatsThreatsAgainstFamily == true),
            new Condition("ThreatsThreatsOfDenunciationOrProsecution", c => c.ThreatsThreatsOfDenunciationOrProsecution == true),
            new Condition("ThreatsThreatsOfDismissalOrFines", c => c.ThreatsThreatsOfDismissalOrFines == true),
            new Condition("ThreatsPsychologicalAbuse", c => c.ThreatsPsychologicalAbuse == true),
            new Condition("LeavingProsecutionForLeaving", c => c.LeavingProsecutionForLeaving == true),
            new Condition("LeavingBarredFromReturningHome", c => c.LeavingBarredFromReturningHome == true),
        ]),
        new IndicatorCheck("ILO07", "Retention of identity documents",
        [
            new Condition("DocumentsHeld and DocumentsNotReturnedOnRequest", c => (c.DocumentsHeld == true) && (c.DocumentsNotReturnedOnRequest == true)),
        ]),
        new IndicatorCheck("ILO08", "Withholding of wages",
        [
            new Condition("PayWagesUnpaid", c => c.PayWagesUnpaid == true),
            new Condition("PayWagesDeferred", c => c.PayWagesDeferred == true),
            new Condition("PayWagesPaidToThirdParty", c => c.PayWagesPaidToThirdParty == true),
            new Condition("share of pay withheld", c => c.PayShareOfPayWithheld >= 0.25),
        ]),
        new IndicatorCheck("ILO09", "Debt bondage",
        [
            new Condition("DebtMustWorkToRepay", c => c.DebtMustWorkToRepay == true),
            new Condition("DebtDebtManipulated", c => c.DebtDebtManipulated == true),
            new Condition("debt repayment beyond 12 months", c => c.DebtMonthsToRepay > 12 || (c.DebtMonthsToRepay is null && c.DebtAmountOwed > 0 && (c.PayPaidMonthlyPay == 0 || c.DebtAmountOwed / c.PayPaidMonthlyPay > 12))),
            new Condition("RecruitmentRecruitmentDebt", c => c.RecruitmentRecruitmentDebt == true),
        ]),
        new IndicatorCheck("ILO10", "Abusive working and living conditions",
        [
            new Condition("ConditionsDegradingLivingConditions", c => c.ConditionsDegradingLivingConditions == true),
            new Condition("ConditionsHazardousWorkWithoutProtection", c => c.ConditionsHazardousWorkWithoutProtection == true),
            new Condition("ConditionsDeprivedOfFoodWaterOrSleep", c => c.ConditionsDeprivedOfFoodWaterOrSleep == true),
            new Condition("ConditionsMedicalCareDenied", c => c.ConditionsMedicalCareDenied == true),
        ]),
        new IndicatorCheck("ILO11", "Excessive overtime",
        [
            new Condition("hours above 48", c => c.WorkingTimeHoursPerWeek > 48),
            new Condition("no weekly rest day", c => c.WorkingTimeDaysOffPerWeek < 1),
            new Condition("WorkingTimeOvertimeCompulsory", c => c.WorkingTimeOvertimeCompulsory == true),
            new Condition("WorkingTimeOnCallDayAndNight", c => c.WorkingTimeOnCallDayAndNight == true),
        ]),
    ];
}
