package io.terrain.dashboards.api;

/**
 * In which order a site's team treats its customers' feedback: detractors who were also unhappy first (or either
 * alone when the other score is missing), then detractors or unhappy customers, then passives and lukewarm ones, then
 * those to thank. Within a priority, by category, then the newest first.
 */
public enum FeedbackPriority {
    TREAT_FIRST,
    TREAT,
    FOLLOW,
    THANK;

    /** A detractor recommends at 6 or less out of 10; an unhappy customer scores 2 or less out of 5. */
    public static FeedbackPriority of(Integer csat, Integer recommend) {
        boolean detractor = recommend != null && recommend <= 6;
        boolean unhappy = csat != null && csat <= 2;
        if ((detractor && unhappy) || (detractor && csat == null) || (unhappy && recommend == null)) {
            return TREAT_FIRST;
        }
        if (detractor || unhappy) {
            return TREAT;
        }
        boolean passive = recommend != null && recommend <= 8;
        boolean lukewarm = csat != null && csat == 3;
        return passive || lukewarm ? FOLLOW : THANK;
    }
}
