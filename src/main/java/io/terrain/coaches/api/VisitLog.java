package io.terrain.coaches.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a coach records of a visit, from the phone. {@code uuid} is made on the phone (or is the
 * planned visit's): sent again with the same content it is accepted once; with other content it
 * is refused. {@code teamMood} 1-5. {@code completed}: items of the site's agenda finished on this
 * visit (optional; each is also worked on).
 */
public record VisitLog(String uuid, Long siteId, LocalDate date, LocalTime startTime, Integer durationMinutes, VisitPurpose purpose,
                       String observations, String behaviours, List<String> workedOn, List<AgreedAction> actions, Integer teamMood,
                       LocalDate nextVisitOn, List<String> completed) implements Serializable {
}
