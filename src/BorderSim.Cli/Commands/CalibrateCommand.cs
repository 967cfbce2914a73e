using System.CommandLine;
using System.Globalization;
using BorderSim.Cli.Io;
using BorderSim.Core.Calibration;
using BorderSim.Core.Engine;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;
using BorderSim.Plotting.Calibration;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim calibrate: fits a scenario's uncertain inputs to its observations by ABC-SMC.</summary>
internal static class CalibrateCommand
{
    public const string Method = "abc-smc";

    public static Command Create(TextWriter stdout, TextWriter stderr, IReadOnlyList<string> args)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file." };
        var observations = CommonOptions.Observations();
        var parameters = new Option<string[]>("--params")
        {
            Description = "Key paths to calibrate, comma-separated or repeated (default: every entry of the scenario's uncertainty: section). Each takes the scenario's range and distribution as its prior, or the catalogue's plausible range (uniform) if the section has no entry for it.",
            HelpName = "key,…",
        };
        var method = new Option<string>("--method") { Description = "The method: abc-smc (approximate Bayesian computation, sequential Monte Carlo).", DefaultValueFactory = _ => Method, HelpName = "abc-smc" };
        method.AcceptOnlyFromAmong(Method);
        var budget = new Option<int>("--budget") { Description = "Most simulations of the fit (default 3000); a population the budget cannot complete is dropped.", DefaultValueFactory = _ => 3000, HelpName = "runs" };
        var particles = new Option<int>("--particles") { Description = "Particles per population, the size of the posterior sample (default 200).", DefaultValueFactory = _ => 200, HelpName = "count" };
        var populations = new Option<int>("--populations") { Description = "Most populations, the prior's included (default 8).", DefaultValueFactory = _ => 8, HelpName = "count" };
        var holdOut = new Option<string[]>("--hold-out")
        {
            Description = "Observations to leave out of the fit and compare afterwards: dates (YYYY-MM-DD, every observation that day) or a date and time (YYYY-MM-DDTHH:MM), comma-separated or repeated.",
            HelpName = "date,…",
        };
        var replicates = new Option<int>("--replicates") { Description = "Runs of the scenario as given (its own values), to set against the posterior (default 100).", DefaultValueFactory = _ => 100 };
        var parallel = ExperimentOptions.Parallel();
        var seed = CommonOptions.Seed();
        var tick = new Option<string?>("--tick") { Description = "Tick length of the runs (default 24h: the values at the observations, the key figures and the daily series are the same at every tick).", HelpName = "1h…24h" };
        var set = CommonOptions.Set();
        var output = new Option<string?>("--out") { Description = "Output folder (default: results/<scenario name>-calibration).", HelpName = "folder" };
        var force = CommonOptions.Force();
        var noCharts = RunCommand.NoCharts();
        var command = new Command("calibrate",
            "Fit a scenario's uncertain inputs to its observed counts (ABC-SMC). It writes the weighted posterior sample\n" +
            "(posterior.csv), each parameter's prior and posterior (parameters.csv), the fit to every observation, fitted or held\n" +
            "out (fit.csv), the headline figures across the posterior (figures.csv), the tolerance sequence (generations.csv),\n" +
            "calibration.md (the section docs/CALIBRATION.md includes), the scenario with the fitted values (<name>-calibrated.yaml),\n" +
            "charts (posterior-KEY, pair-A--B, predictive, predictive-observed) and manifest.json. The distance and the method are\n" +
            "in docs/CALIBRATION.md. One seed gives the same bytes at any --parallel.\n\n" +
            "Examples:\n" +
            "  bordersim calibrate scenarios/baseline.yaml\n" +
            "  bordersim calibrate scenarios/baseline.yaml --hold-out 2025-12-01 --out results/calibration-holdout\n" +
            "  bordersim calibrate scenarios/baseline.yaml --params behaviour.give_up_rate_per_day,population.base_departures_persons_per_day --budget 1000 --particles 100")
        {
            scenario, observations, parameters, method, budget, particles, populations, holdOut, replicates, parallel, seed, tick, set, output, force, noCharts,
        };

        command.SetAction(parse =>
        {
            var path = parse.GetValue(scenario)!;
            var overrides = ScenarioFile.WithObservations(ScenarioFile.ParseOverrides(parse.GetValue(set)), path, parse.GetValue(observations));
            var file = ScenarioFile.Load(path, overrides);
            var tickLength = CommonOptions.ParseTick(parse.GetValue(tick)) ?? TickLength.Parse("24h");
            var resolved = ScenarioRunner.Resolve(file.Scenario, parse.GetValue(seed), tickLength);
            var priors = Priors(resolved, parse.GetValue(parameters));
            var settings = new AbcSmcSettings
            {
                Particles = AtLeast("--particles", parse.GetValue(particles), 10),
                Budget = parse.GetValue(budget),
                MaxGenerations = AtLeast("--populations", parse.GetValue(populations), 1),
                Seed = resolved.Seed,
                Parallelism = ExperimentOptions.ParseParallel(parse.GetValue(parallel)),
            };
            if (settings.Budget < settings.Particles)
            {
                throw new UserError($"--budget: {settings.Budget} simulations cannot make even the first population of {settings.Particles} particles; give at least --particles ({settings.Particles}), and several times more to refine it");
            }

            var asGiven = AtLeast("--replicates", parse.GetValue(replicates), 0);
            var setup = new CalibrationSetup
            {
                Text = file.Text,
                File = file.Path,
                Overrides = overrides,
                Priors = priors,
                Observations = file.Observations,
                HeldOut = HeldOut(file.Observations, parse.GetValue(holdOut) ?? []),
                Scenario = resolved,
            };
            if (ScenarioCalibration.Problems(setup) is { Count: > 0 } problems)
            {
                throw new UserError(string.Join("\n", problems.Select(p => $"{path}: {p}")));
            }

            var target = parse.GetValue(output) ?? Path.Combine("results", resolved.Name + "-calibration");
            using var folder = OutputFolder.Begin(target, parse.GetValue(force), stderr);
            var progress = new ProgressReporter(stderr, "runs (at most)", settings.Budget + settings.Particles + asGiven);
            CalibrationResult result;
            try
            {
                result = Signals.Await(() => ScenarioCalibration.Run(setup, settings, asGiven, Signals.Token, progress.Advance));
            }
            catch (OperationCanceledException) when (Signals.Received is { } signal)
            {
                progress.Finish();
                stderr.WriteLine($"interrupted by {signal}: cancelled after {progress.Done} runs; nothing was written ({target} is unchanged)");
                return Signals.ExitCode;
            }
            catch (AbcSmcException e)
            {
                progress.Finish();
                throw new UserError($"{e.Message}; narrow the priors (the scenario's uncertainty ranges) or give a larger --budget");
            }

            progress.Finish();
            var summary = CalibrationSummary.Of(result);
            var commandLine = string.Join(' ', new[] { "bordersim" }.Concat(WithoutSettings(args).Select(Quote)));
            folder.Writing(() => CalibrationWriter.Write(result, summary, commandLine, folder.Open));
            var json = Path.GetExtension(file.Path).Equals(".json", StringComparison.OrdinalIgnoreCase);
            var calibratedName = CalibratedScenario.Name(resolved.Name) + (json ? ".json" : ".yaml");
            folder.WriteText(calibratedName, CalibratedScenario.Write(file.Text, resolved.Name,
                summary.Parameters.Select(p => (p.Prior.Path, p.Prior.Display(p.P50))).ToArray(), Header(result, summary, file, commandLine), json));
            var charts = !parse.GetValue(noCharts);
            var chartFiles = charts ? CalibrationCharts.FileNames(priors, summary) : [];
            var manifest = new CalibrationManifest
            {
                BordersimVersion = BuildInfo.Version,
                GitCommit = BuildInfo.GitCommit,
                DotnetVersion = BuildInfo.DotnetVersion,
                Machine = BuildInfo.Machine,
                CommandLine = ["bordersim", .. args],
                ScenarioFile = file.Path,
                ScenarioSha256 = file.Sha256,
                Seed = resolved.Seed,
                Tick = resolved.Tick,
                Overrides = overrides.Select(o => o.ToString()).ToArray(),
                Method = Method,
                Distance = "root mean square over the fitted observations of max(0, low − simulated, simulated − high) / (0.25 × the reported count, at least 1); a bare count is its own range, 'at least' is open above",
                Particles = settings.Particles,
                Budget = settings.Budget,
                MaxPopulations = settings.MaxGenerations,
                ToleranceQuantile = settings.Quantile,
                Parameters = priors.Select(p => p.Path).ToArray(),
                Priors = priors.Select(p => p.Describe()).ToArray(),
                HeldOut = summary.Fits.Where(f => f.HeldOut).Select(f => f.Column).ToArray(),
                Simulations = result.Abc.Simulations,
                Populations = result.Abc.Generations.Count,
                FinalTolerance = result.Abc.Generations[^1].Tolerance is var t && double.IsFinite(t) ? t : null,
                StopReason = result.Abc.StopReason,
                Replicates = asGiven,
                ResolvedScenario = resolved,
                Observations = file.Observations,
                Files = [.. CalibrationWriter.Files, calibratedName, .. chartFiles, ResultWriter.ManifestJson],
            };
            folder.WriteText(ResultWriter.ManifestJson, ScenarioJson.Serialize(manifest));
            if (charts)
            {
                foreach (var rendered in CalibrationCharts.Render(result, summary))
                {
                    folder.Write(rendered);
                }
            }

            folder.Commit();
            stdout.WriteLine($"{resolved.Name}: ABC-SMC over {priors.Count} parameters, {result.Abc.Generations.Count} populations, {result.Abc.Simulations} simulations ({result.Abc.StopReason})");
            foreach (var p in summary.Parameters)
            {
                stdout.WriteLine($"  {p.Prior.Path}: median {p.Prior.Display(p.P50)}, 90% interval {p.Prior.Display(p.P5)}–{p.Prior.Display(p.P95)} ({p.IdentificationText}; the scenario has {p.ScenarioValue})");
            }

            foreach (var f in summary.Fits.Where(f => f.HeldOut))
            {
                stdout.WriteLine($"  held out {CalibrationReport.Label(f)}: observed {f.Observation.Value.ToString(CultureInfo.InvariantCulture)}, posterior predictive {CalibrationReport.Num(f.Posterior[1])} ({CalibrationReport.Num(f.Posterior[0])}–{CalibrationReport.Num(f.Posterior[2])}){(f.PosteriorWithin ? "" : ", outside")}");
            }

            stdout.WriteLine($"  written to {folder.Target}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int AtLeast(string option, int value, int least) =>
        value >= least ? value : throw new UserError($"{option}: expected a whole number of at least {least}, found {value}");

    private static IReadOnlyList<Prior> Priors(Scenario scenario, string[]? keys)
    {
        var listed = (keys ?? []).SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (listed.Length == 0)
        {
            var all = UncertainInputs.Of(scenario);
            return all.Count > 0
                ? all.Select(p => new Prior(p)).ToArray()
                : throw new UserError($"{scenario.Name} has no uncertainty: section, so there is nothing to calibrate by default: name the key paths with --params (bordersim keys lists them with their plausible ranges)");
        }

        try
        {
            return UncertainInputs.ForKeys(scenario, listed).Select(p => new Prior(p)).ToArray();
        }
        catch (FormatException e)
        {
            throw new UserError("--params: " + e.Message.ReplaceLineEndings("; "));
        }
    }

    internal static IReadOnlyList<bool> HeldOut(IReadOnlyList<Observation> observations, IEnumerable<string> texts)
    {
        var held = new bool[observations.Count];
        foreach (var text in texts.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var matched = 0;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                matched = Mark(held, observations, o => o.Date == date);
            }
            else if (DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                matched = Mark(held, observations, o => o.Date == DateOnly.FromDateTime(at) && o.Time == TimeOnly.FromDateTime(at));
            }
            else
            {
                throw new UserError($"--hold-out: '{Printable.Escape(text)}' is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)");
            }

            if (matched == 0)
            {
                throw new UserError($"--hold-out: no observation at {Printable.Escape(text)}; the observations are at {string.Join(", ", observations.Select(o => o.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (o.Time is { } t ? "T" + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "")).Distinct())}");
            }
        }

        return held;
    }

    private static int Mark(bool[] held, IReadOnlyList<Observation> observations, Func<Observation, bool> match)
    {
        var n = 0;
        for (var i = 0; i < observations.Count; i++)
        {
            if (match(observations[i]))
            {
                held[i] = true;
                n++;
            }
        }

        return n;
    }

    private static IReadOnlyList<string> Header(CalibrationResult result, CalibrationSummary summary, ScenarioFile file, string commandLine)
    {
        var abc = result.Abc;
        var lines = new List<string>
        {
            $"Calibrated by `{commandLine}` (BorderSim {BuildInfo.Version}{(BuildInfo.GitCommit is { } c ? ", commit " + c : "")}) from {file.Path} (SHA-256 {file.Sha256}).",
            $"ABC-SMC, seed {result.Setup.Scenario.Seed}: {abc.Particles.Count} particles, {abc.Generations.Count} populations, {abc.Simulations} simulations, final tolerance {CalibrationReport.Num(abc.Generations[^1].Tolerance)} ({abc.StopReason}).",
            $"Fitted to: {string.Join("; ", summary.Fits.Where(f => !f.HeldOut).Select(CalibrationReport.Label))}" + (summary.Fits.Any(f => f.HeldOut) ? $"; held out: {string.Join("; ", summary.Fits.Where(f => f.HeldOut).Select(CalibrationReport.Label))}." : "."),
            "Each calibrated value below is the weighted posterior median of its own marginal, to 3 significant digits (90% interval, prior, the value before):",
        };
        lines.AddRange(summary.Parameters.Select(p => $"  {p.Prior.Path} = {p.Prior.Display(p.P50)}  [{p.Prior.Display(p.P5)}–{p.Prior.Display(p.P95)}; {p.IdentificationText}; prior {p.Prior.Describe()}; was {p.ScenarioValue}]"));
        lines.Add("The medians of the marginals need not fit as well together as a particle does: posterior.csv holds the weighted sample. Everything else is the original file's.");
        return lines;
    }

    /// <summary>The arguments without --parallel and --force, which change nothing in the results (the command line the results quote).</summary>
    private static IEnumerable<string> WithoutSettings(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--force" || args[i].StartsWith("--parallel=", StringComparison.Ordinal))
            {
                continue;
            }

            if (args[i] == "--parallel")
            {
                i++;
                continue;
            }

            yield return args[i];
        }
    }

    private static string Quote(string arg) => arg.Any(c => char.IsWhiteSpace(c) || c is '[' or ']' or '\'' or '"') ? $"'{arg.Replace("'", "'\\''", StringComparison.Ordinal)}'" : arg;
}
