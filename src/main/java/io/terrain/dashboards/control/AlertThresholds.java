package io.terrain.dashboards.control;

/**
 * When the dashboards raise an alert (configuration {@code terrain.dashboards.*}).
 *
 * @param waveGraceDays     days after go-live a wave may still have sites not adopted
 * @param blockedDays       days a site or unit may stay blocked
 * @param visitWeeks        weeks a site in progress may go without a logged visit
 * @param loadWeeksAhead    weeks ahead the coach load is checked against capacity
 * @param adoptionThreshold adoption rate (0–1) from which a region counts as adopted in the matrix
 */
public record AlertThresholds(int waveGraceDays, int blockedDays, int visitWeeks, int loadWeeksAhead, double adoptionThreshold) {

    public static final AlertThresholds DEFAULTS = new AlertThresholds(14, 14, 3, 4, 0.5);
}
