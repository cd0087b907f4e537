using ForcedLabourIndicators;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ForcedLabourIndicators in a service collection.</summary>
public static class ForcedLabourIndicatorsServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared, thread-safe <see cref="ICaseAssessor"/> (also as <see cref="CaseAssessor"/>) and its
    /// <see cref="Methodology"/> as singletons.
    /// </summary>
    /// <remarks>
    /// The options are validated and the assessor built here, so a bad configuration fails at registration, never on first
    /// use. Idempotent: the registrations use <c>TryAdd</c>, so once an assessor is registered, later calls add nothing
    /// (and their options are not applied). Registration is explicit; no assembly is scanned.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the defaults; <see langword="null"/> keeps every default.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ForcedLabourIndicators.MethodologyValidationException">The options are invalid.</exception>
    public static IServiceCollection AddForcedLabourIndicators(this IServiceCollection services, Action<ForcedLabourIndicatorsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(ICaseAssessor)))
        {
            return services;
        }

        var options = new ForcedLabourIndicatorsOptions();
        configure?.Invoke(options);
        var methodology = options.Methodology ?? options.MethodologyBuilder.Build();
        var assessor = CaseAssessor.Create(methodology, options.AdditionalRules);

        services.TryAddSingleton<ICaseAssessor>(assessor);
        services.TryAddSingleton(assessor);
        services.TryAddSingleton(assessor.Methodology);
        return services;
    }
}
