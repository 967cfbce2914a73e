namespace BorderSim.Plotting.Tests.Layout;

public sealed class AnnotationLanesTests
{
    private static LaneItem Label(double start, double width) => new(start, start + width, start, start + width);

    private static LaneItem Event(double x, double width) => new(x - 1, x + 5 + width, x + 5, x + 5 + width, x);

    [Fact]
    public void Separate_labels_share_the_lowest_lane() =>
        Assert.Equal([0, 0, 0], AnnotationLanes.Assign([Label(0, 50), Label(100, 50), Label(200, 50)], gap: 10));

    [Fact]
    public void Overlapping_labels_are_staggered() =>
        Assert.Equal([0, 1, 2, 0], AnnotationLanes.Assign([Label(0, 100), Label(50, 100), Label(90, 100), Label(300, 10)], gap: 10));

    [Fact]
    public void Labels_closer_than_the_gap_are_staggered() =>
        Assert.Equal([0, 1], AnnotationLanes.Assign([Label(0, 100), Label(105, 50)], gap: 10));

    [Fact]
    public void A_period_around_an_event_goes_above_the_event_label()
    {
        var runOff = Event(300, 90);
        var emergency = new LaneItem(200, 600, 205, 360);
        Assert.Equal([0, 1], AnnotationLanes.Assign([runOff, emergency], gap: 10));
    }

    [Fact]
    public void Event_lines_placed_right_to_left_never_cross_lower_text()
    {
        // Three events 30 px apart with 100 px labels, placed right to left as the renderer does.
        var items = new[] { Event(160, 100), Event(130, 100), Event(100, 100) };
        var lanes = AnnotationLanes.Assign(items, gap: 10);
        Assert.Equal([0, 1, 2], lanes);
        for (var i = 0; i < items.Length; i++)
        {
            for (var j = 0; j < items.Length; j++)
            {
                if (lanes[j] < lanes[i])
                {
                    Assert.False(items[i].LineX >= items[j].TextStart && items[i].LineX <= items[j].TextEnd, $"line {i} crosses text {j}");
                }
            }
        }
    }

    [Fact]
    public void A_text_that_a_line_would_cross_moves_up()
    {
        var blocker = Label(60, 20);
        var marker = new LaneItem(22, 100, 27, 100, LineX: 26); // pushed to lane 1 by the blocker: its line crosses lane 0 at x = 26
        var period = Label(0, 40);                              // lane 0 has room, but the line would cross its text
        Assert.Equal([0, 1, 2], AnnotationLanes.Assign([blocker, marker, period], gap: 10));
        Assert.Equal([0, 0], AnnotationLanes.Assign([blocker, period], gap: 10));
    }

    [Fact]
    public void Unsatisfiable_lines_still_terminate_in_an_overlap_free_lane()
    {
        var text = new LaneItem(0, 100, 0, 100);
        var line = new LaneItem(50, 150, 55, 150, LineX: 50);
        var lanes = AnnotationLanes.Assign([text, line], gap: 0, maxLanes: 3);
        Assert.Equal(0, lanes[0]);
        Assert.Equal(1, lanes[1]);
    }
}
