using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using BorderSim.Cli.Io;
using BorderSim.Explore.Session;
using BorderSim.Explore.Web;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim explore: a local web page where each parameter is a slider and the stranded chart follows it.</summary>
internal static class ExploreCommand
{
    public const string DefaultScenario = "scenarios/baseline.yaml";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var scenario = new Argument<string?>("scenario")
        {
            Description = $"The scenario file to explore (default: {DefaultScenario}).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var port = new Option<int?>("--port")
        {
            Description = "The port to listen on (default: a free one, printed at start).",
            HelpName = "number",
        };
        port.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && (!int.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p > 65535))
            {
                result.AddError($"--port: expected a port from 0 to 65535, found '{token.Value}'");
            }
        });
        var host = new Option<string?>("--host")
        {
            Description = "Listen on this address of the machine instead of 127.0.0.1 (e.g. 0.0.0.0 for every network interface): other machines can then use the page.",
            HelpName = "address",
        };
        var open = new Option<bool>("--open") { Description = "Open the page in the default browser." };
        var observations = CommonOptions.Observations();
        var command = new Command("explore",
            "Start a local web page to explore a scenario: a slider for each parameter, a switch for each policy, and the\n" +
            "stranded chart of an ensemble (median and 5–95% band) with the key figures, redrawn at each change beside the\n" +
            "unmodified scenario. It reads the scenario and its observations once, writes no file, and listens on 127.0.0.1 only\n" +
            "(unless --host). Ctrl+C stops it.\n\n" +
            "Examples:\n" +
            "  bordersim explore\n" +
            "  bordersim explore scenarios/humanitarian-corridor.yaml --open\n" +
            "  bordersim explore --port 8080")
        {
            scenario, port, host, open, observations,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(scenario) ?? DefaultScenario;
            if (parse.GetValue(scenario) is null && !File.Exists(path))
            {
                throw new UserError($"{path}: no such scenario file: run bordersim explore from the repository's root folder, or name a scenario file (bordersim explore FILE)");
            }

            var overrides = ScenarioFile.WithObservations([], path, parse.GetValue(observations));
            var file = ScenarioFile.Load(path, overrides);
            var address = ParseHost(parse.GetValue(host));
            var session = new ExploreSession(new ExploreSource
            {
                Path = path,
                Text = file.Text,
                Sha256 = file.Sha256,
                Observations = file.Observations,
                BaseOverrides = overrides,
                Version = BuildInfo.Version,
                Commit = BuildInfo.GitCommit,
                DotnetVersion = BuildInfo.DotnetVersion,
                Machine = BuildInfo.Machine,
            });
            return Serve(session, address, parse.GetValue(port) ?? 0, parse.GetValue(open), stdout, stderr);
        });
        return command;
    }

    private static int Serve(ExploreSession session, IPAddress host, int port, bool open, TextWriter stdout, TextWriter stderr)
    {
        ExploreServer server;
        try
        {
            server = Signals.Await(() => ExploreServer.StartAsync(session, host, port, Signals.Token).GetAwaiter().GetResult());
        }
        catch (Exception e) when (e is IOException or InvalidOperationException && !Signals.Token.IsCancellationRequested)
        {
            throw new UserError($"cannot listen on {host}:{port.ToString(CultureInfo.InvariantCulture)}: {(e.InnerException ?? e).Message}" +
                (port != 0 ? " (choose another --port, or leave it out for a free one)" : ""));
        }

        try
        {
            stdout.WriteLine($"bordersim explore: {session.Scenario.Name} ({session.Description.File}) at {server.Address}");
            stdout.WriteLine("  open that address in a browser; Ctrl+C stops the server");
            stdout.Flush();
            if (!IPAddress.IsLoopback(host))
            {
                stderr.WriteLine($"bordersim explore: listening on {host}, not only on this machine's loopback: anyone who can reach this machine on port {server.Address.Port.ToString(CultureInfo.InvariantCulture)} can use the page and run simulations on it");
            }

            if (open)
            {
                OpenBrowser(server.Address, stderr);
            }

            Signals.Token.WaitHandle.WaitOne();
            server.StopAsync().GetAwaiter().GetResult();
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        stderr.WriteLine($"bordersim explore: stopped by {Signals.Received}");
        return Signals.ExitCode;
    }

    private static IPAddress ParseHost(string? text)
    {
        if (text is null or "127.0.0.1" or "localhost")
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(text, out var address)
            ? address
            : throw new UserError($"--host: expected an IP address of this machine, such as 0.0.0.0 (every network interface) or 192.168.1.20; found '{text}'");
    }

    private static void OpenBrowser(Uri address, TextWriter stderr)
    {
        try
        {
            using var browser = Process.Start(new ProcessStartInfo(address.AbsoluteUri) { UseShellExecute = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            stderr.WriteLine($"bordersim explore: could not start a browser ({e.Message}): open {address} yourself");
        }
    }
}
