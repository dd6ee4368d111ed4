package org.peacerecord.timeline;

import org.peacerecord.shared.TimelineDrawing;
import org.peacerecord.shared.TimelineDrawings;
import org.springframework.stereotype.Component;

/** The timeline drawn for the mission and theme pages: the timeline's own filter by mission or by theme. */
@Component
class TimelineDrawingsForPages implements TimelineDrawings {

    private final TimelineService timeline;

    TimelineDrawingsForPages(TimelineService timeline) {
        this.timeline = timeline;
    }

    @Override
    public TimelineDrawing ofMission(String acronym) {
        return timeline.drawing(new TimelineFilter(null, acronym, null, null, null, null));
    }

    @Override
    public TimelineDrawing ofTheme(String code) {
        return timeline.drawing(new TimelineFilter(null, null, code, null, null, null));
    }
}
