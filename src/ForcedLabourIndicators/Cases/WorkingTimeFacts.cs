namespace ForcedLabourIndicators;

/// <summary>What is known about the worker's hours. Answers default to <see cref="Answer.Unknown"/>, amounts to <see langword="null"/>.</summary>
public sealed record WorkingTimeFacts
{
    /// <summary>Usual hours worked per week, 0 to 168 (<c>workingTime.hoursPerWeek</c>).</summary>
    public double? HoursPerWeek { get; init; }

    /// <summary>Usual full days off per week, 0 to 7 (<c>workingTime.daysOffPerWeek</c>).</summary>
    public double? DaysOffPerWeek { get; init; }

    /// <summary>Overtime is imposed: the worker cannot refuse it without a penalty (<c>workingTime.overtimeCompulsory</c>).</summary>
    public Answer OvertimeCompulsory { get; init; }

    /// <summary>The worker is forced to be on call day and night (<c>workingTime.onCallDayAndNight</c>).</summary>
    public Answer OnCallDayAndNight { get; init; }
}
