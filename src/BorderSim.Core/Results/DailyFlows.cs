namespace BorderSim.Core.Results;

/// <summary>Persons moving between states during one day (or in total).</summary>
public struct DailyFlows
{
    public int Departures;
    public int ArrivalsAtBorder;
    public int CrossedRegular;
    public int RefusedAtSantaRosa;
    public int IrregularAttempts;
    public int CrossedIrregular;
    public int Intercepted;
    public int LeftByCorridor;
    public int Repatriated;
    public int ReturnedInland;
    public int ShelterAdmissions;

    public readonly int Outcomes => CrossedRegular + CrossedIrregular + LeftByCorridor + Repatriated + ReturnedInland;

    public void Add(in DailyFlows other)
    {
        Departures += other.Departures;
        ArrivalsAtBorder += other.ArrivalsAtBorder;
        CrossedRegular += other.CrossedRegular;
        RefusedAtSantaRosa += other.RefusedAtSantaRosa;
        IrregularAttempts += other.IrregularAttempts;
        CrossedIrregular += other.CrossedIrregular;
        Intercepted += other.Intercepted;
        LeftByCorridor += other.LeftByCorridor;
        Repatriated += other.Repatriated;
        ReturnedInland += other.ReturnedInland;
        ShelterAdmissions += other.ShelterAdmissions;
    }
}
