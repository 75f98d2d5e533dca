package io.terrain.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheChainIsTheDatabaseBeingAway() {
        assertTrue(DatabaseUnavailable.isCause(new PersistenceException(new SQLNonTransientConnectionException("Socket fail to connect"))));
        assertTrue(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("Communications link failure", "08S01"))));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("WSREP has not yet prepared node for application use", null, 1047)));
        assertTrue(DatabaseUnavailable.isCause(new IllegalStateException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated because: Connection refused"))));
    }

    @Test
    void aCommitTheDatabaseDidNotAnswerIsTheDatabaseBeingAway() {
        // As Payara's @Transactional reports a COMMIT whose connection was lost: the driver's exception is not chained.
        assertTrue(DatabaseUnavailable.isCause(new TransactionalException("Managed bean with Transactional annotation and TxType of REQUIRED"
                + " encountered exception during commit jakarta.transaction.SystemException", new SystemException())));
    }

    @Test
    void aRefusedValueOrAnotherFaultIsNot() {
        assertFalse(DatabaseUnavailable.isCause(new PersistenceException(new SQLException("Data too long for column 'name'", "22001"))));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("no message about connections")));
        assertFalse(DatabaseUnavailable.isCause(null));
    }
}
