package io.terrain.dashboards.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeedbackPriorityTest {

    @Test
    void detractorsWhoWereUnhappyComeFirstThenEitherThenLukewarmThenThanks() {
        assertEquals(FeedbackPriority.TREAT_FIRST, FeedbackPriority.of(2, 6), "unhappy detractor");
        assertEquals(FeedbackPriority.TREAT_FIRST, FeedbackPriority.of(null, 0), "detractor, no CSAT");
        assertEquals(FeedbackPriority.TREAT_FIRST, FeedbackPriority.of(1, null), "unhappy, no recommendation");
        assertEquals(FeedbackPriority.TREAT, FeedbackPriority.of(4, 6), "a detractor who was content");
        assertEquals(FeedbackPriority.TREAT, FeedbackPriority.of(2, 9), "an unhappy promoter");
        assertEquals(FeedbackPriority.FOLLOW, FeedbackPriority.of(5, 7), "passive");
        assertEquals(FeedbackPriority.FOLLOW, FeedbackPriority.of(3, 10), "lukewarm");
        assertEquals(FeedbackPriority.FOLLOW, FeedbackPriority.of(3, null));
        assertEquals(FeedbackPriority.THANK, FeedbackPriority.of(4, 9));
        assertEquals(FeedbackPriority.THANK, FeedbackPriority.of(null, 10));
    }
}
