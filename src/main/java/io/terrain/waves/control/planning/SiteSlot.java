package io.terrain.waves.control.planning;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A perimeter site to place in a wave (or none: left unassigned, with the reason in the proposal).
 * {@code benefit} (0–1000) is the expected effect of the package for the site's segment and kind;
 * {@code readyFrom} the first wave index its unit is ready for; a pinned site stays where it is.
 */
@PlanningEntity
public class SiteSlot {

    @PlanningId
    private long siteId;
    private String code;
    private long regionId;
    private String segment;
    private long benefit;
    private int readyFrom;
    private boolean blocked;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true)
    private WaveSlot wave;

    public SiteSlot() {
    }

    public SiteSlot(long siteId, String code, long regionId, String segment, long benefit, int readyFrom, boolean blocked,
                    boolean pinned, WaveSlot wave) {
        this.siteId = siteId;
        this.code = code;
        this.regionId = regionId;
        this.segment = segment == null ? "" : segment;
        this.benefit = benefit;
        this.readyFrom = readyFrom;
        this.blocked = blocked;
        this.pinned = pinned;
        this.wave = wave;
    }

    /** Not adopted while the earlier waves are measured: in the last wave, or in none. */
    public boolean keptForComparison() {
        return wave == null || wave.last();
    }

    public long getSiteId() { return siteId; }
    public String getCode() { return code; }
    public long getRegionId() { return regionId; }
    public String getSegment() { return segment; }
    public long getBenefit() { return benefit; }
    public int getReadyFrom() { return readyFrom; }
    public boolean isBlocked() { return blocked; }
    public boolean isPinned() { return pinned; }
    public WaveSlot getWave() { return wave; }
    public void setWave(WaveSlot wave) { this.wave = wave; }
}
