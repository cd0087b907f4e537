namespace ForcedLabourIndicators;

/// <summary>What is known about the worker's freedom to move and to communicate.</summary>
public sealed record MovementFacts
{
    /// <summary>The worker is locked in or guarded at the workplace or lodging (<c>movement.lockedInOrGuarded</c>).</summary>
    public Answer LockedInOrGuarded { get; init; }

    /// <summary>Curfews, or permission needed to go out or to travel (<c>movement.curfewOrPermissionToLeave</c>).</summary>
    public Answer CurfewOrPermissionToLeave { get; init; }

    /// <summary>The worker's movements are watched, escorted or reported on (<c>movement.movementsMonitored</c>).</summary>
    public Answer MovementsMonitored { get; init; }

    /// <summary>The worker's contacts and communications are monitored (<c>movement.contactsMonitored</c>).</summary>
    public Answer ContactsMonitored { get; init; }

    /// <summary>The worker's phone is taken, or the worker has no way to contact outside help (<c>movement.phoneTakenOrNoContact</c>).</summary>
    public Answer PhoneTakenOrNoContact { get; init; }

    /// <summary>The workplace is isolated, or the worker does not know where it is (<c>movement.isolatedLocation</c>).</summary>
    public Answer IsolatedLocation { get; init; }

    /// <summary>The worker is kept apart from family, or contact with family is controlled (<c>movement.familyContactRestricted</c>).</summary>
    public Answer FamilyContactRestricted { get; init; }
}
