package io.terrain.diagnostics.api;

/** A verbatim's score: CSAT 1-5, or NPS 0-10 (0-6 detractor, 7-8 passive, 9-10 promoter). */
public enum ScoreKind {
    CSAT(1, 5),
    NPS(0, 10);

    public final int min;
    public final int max;

    ScoreKind(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** Detractors first: NPS 0-6 or CSAT 1-2. */
    public boolean isDetractor(int score) {
        return this == NPS ? score <= 6 : score <= 2;
    }
}
