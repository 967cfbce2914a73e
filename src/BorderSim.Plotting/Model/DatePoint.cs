namespace BorderSim.Plotting;

/// <summary>A value on a calendar day. <see cref="double.NaN"/> means "missing" and breaks a line.</summary>
public readonly record struct DatePoint(DateOnly Date, double Value);

/// <summary>A low–high range on a calendar day, e.g. the 5th and 95th percentile of an ensemble.</summary>
public readonly record struct BandPoint(DateOnly Date, double Low, double High);
