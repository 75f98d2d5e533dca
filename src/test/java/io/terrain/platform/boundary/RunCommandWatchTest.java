package io.terrain.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunCommandWatchTest {

    @Test
    void theStopRunsOnceTheWatchedProcessHasEndedAndNotBefore() throws Exception {
        Process parent = new ProcessBuilder("sleep", "30").start();
        CountDownLatch stopped = new CountDownLatch(1);
        RunCommandWatch.whenGone(Optional.of(parent.toHandle()), stopped::countDown);
        assertFalse(stopped.await(500, TimeUnit.MILLISECONDS), "the run command is still there");
        parent.destroyForcibly();
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "Payara stops once the run command is killed");
    }
}
