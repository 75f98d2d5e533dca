package io.terrain.platform.api;

import java.io.Serializable;

/**
 * How far a long task has gone, written by the task and read by a progress bar polling from another
 * request. Percent only moves forward.
 */
public class Progress implements Serializable {

    private static final long serialVersionUID = 1L;

    private volatile int percent;
    private volatile String phase = "";

    public void update(String phase, int percent) {
        this.phase = phase;
        this.percent = Math.max(this.percent, Math.min(100, Math.max(0, percent)));
    }

    public void reset() {
        percent = 0;
        phase = "";
    }

    public int percent() {
        return percent;
    }

    public String phase() {
        return phase;
    }
}
