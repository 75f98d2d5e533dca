package io.terrain.waves.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A week of a plan's coach load: the days the running waves' sites ask (half a day a week each) and the days their
 * coaches give. A wave runs from its preparation until {@value #WEEKS_RUNNING_AFTER_GO_LIVE} weeks after going live.
 */
public record CoachWeek(LocalDate start, BigDecimal needed, BigDecimal given) implements Serializable {

    /** The stabilisation after go-live that the checklist aims at, while coaches still visit. */
    public static final int WEEKS_RUNNING_AFTER_GO_LIVE = 8;

    /** needed / given; infinite when sites need coaches and none are given, 0 when nothing runs. */
    public double ratio() {
        if (needed.signum() == 0) {
            return 0;
        }
        return given.signum() == 0 ? Double.POSITIVE_INFINITY : needed.doubleValue() / given.doubleValue();
    }
}
