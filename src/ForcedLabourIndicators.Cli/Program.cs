using ForcedLabourIndicators.Cli;

// fli                 assess the bundled example cases and print each assessment
// fli score <file|->  assess cases from a file or standard input (see fli --help)
// Standard input is read as a raw stream, record by record: a large input is never loaded whole.
return await CommandLine.RunAsync(args, Console.OpenStandardInput, Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
