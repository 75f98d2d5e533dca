package io.terrain.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** A transaction failing as the database goes away is the API's JSON 503, not the container's HTML 500 page. */
class TransactionFailuresTest {

    @Test
    void aCommitTheDatabaseDidNotAnswerIsA503ToTryAgain() {
        // As Payara reports it: the transaction manager's SystemException, the driver's failure logged apart.
        TransactionalException thrown = new TransactionalException("Managed bean with Transactional annotation and TxType of"
                + " REQUIRED encountered exception during commit jakarta.transaction.SystemException", new SystemException());

        Response response = new TransactionFailures().toResponse(thrown);

        assertEquals(503, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals(503, ((ErrorBody) response.getEntity()).status());
    }

    @Test
    void anyOtherTransactionFailureIsTheApiUnexpectedErrorWithItsReference() {
        TransactionalException thrown = new TransactionalException("no transaction", new IllegalStateException("a bug"));

        Response response = new TransactionFailures().toResponse(thrown);

        assertEquals(500, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals(8, ((ErrorBody) response.getEntity()).reference().length());
    }
}
