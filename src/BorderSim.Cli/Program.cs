using BorderSim.Cli;

return BorderSimCli.Run(args, Console.Out, Console.Error);
