package io.terrain.platform.rest;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that fails to begin or to commit (its connection lost as the database restarts) is answered as any
 * other failure, by {@link ErrorMappers}: a JSON 503 with {@code Retry-After} while the database is away. Without
 * this mapper, Payara's Jersey brings its own for {@link TransactionalException}, nearer to the type than
 * {@code ErrorMappers}' {@code Throwable}, which answers only a {@code WebApplicationException} thrown inside and
 * rethrows the rest — then Jersey gives up and the container sends its HTML 500 page (seen by {@code .ci/faults}: a
 * visit whose COMMIT met the database restarting). An application's provider comes before Jersey's own.
 */
@Provider
@Priority(1)
public class TransactionFailures implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException thrown) {
        ErrorMappers mappers = new ErrorMappers();
        mappers.headers = headers;
        return mappers.toResponse(thrown);
    }
}
