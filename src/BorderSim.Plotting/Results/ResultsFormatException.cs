namespace BorderSim.Plotting.Results;

/// <summary>A results folder's file is missing or cannot be read; the message names the file and, where it can, the line.</summary>
public sealed class ResultsFormatException(string message) : Exception(message);
