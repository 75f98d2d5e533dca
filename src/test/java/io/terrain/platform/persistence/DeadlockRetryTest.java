package io.terrain.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeadlockRetryTest {

    @Test
    void aDeadlockVictimIsRunAgainUpToThreeTimes() {
        AtomicInteger calls = new AtomicInteger();
        String result = DeadlockRetry.call(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new PersistenceException(new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
            }
            return "signed in";
        });
        assertEquals("signed in", result);
        assertEquals(3, calls.get());

        AtomicInteger always = new AtomicInteger();
        assertThrows(PersistenceException.class, () -> DeadlockRetry.call(() -> {
            always.incrementAndGet();
            throw new PersistenceException(new SQLException("Deadlock found", "40001", 1213));
        }));
        assertEquals(3, always.get(), "three tries, then the failure is the caller's");
    }

    @Test
    void anyOtherFailureIsNotRunAgain() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> DeadlockRetry.call(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException(new SQLException("Duplicate entry", "23000", 1062));
        }));
        assertEquals(1, calls.get());
    }
}
