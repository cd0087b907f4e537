namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 4, isolation (<see cref="IndicatorCodes.Isolation"/>): present when contacts are monitored, the phone is taken or there is no contact, the location is isolated, or family contact is restricted.
/// </summary>
public sealed class IsolationTests() : IndicatorRuleTests<Isolation, IsolationTests>(
    IloIndicators.Isolation,
    IndicatorCodes.Isolation,
    position: 4,
    name: "Isolation",
    documentedWeight: 1,
    ["movement.contactsMonitored"],
    ["movement.phoneTakenOrNoContact"],
    ["movement.isolatedLocation"],
    ["movement.familyContactRestricted"]);
