package io.terrain.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Requests arriving together on a fresh instance: JSON-B's first use happens once, and none goes on before it is over. */
class JsonbFirstUseTest {

    /** Stands for Payara's resolver: its first use is slow and must not run twice at once. */
    static final class SlowFirstUse implements ContextResolver<Jsonb> {
        final AtomicInteger uses = new AtomicInteger();
        volatile boolean over;

        @Override
        public Jsonb getContext(Class<?> type) {
            uses.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            over = true;
            return null;
        }
    }

    @Test
    void eightRequestsAtOnceUseJsonbOnceAndAllWaitForIt() throws Exception {
        SlowFirstUse resolver = new SlowFirstUse();
        JsonbFirstUse filter = new JsonbFirstUse();
        filter.providers = providersWith(resolver);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> sawTheFirstUseOver = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sawTheFirstUseOver.add(requests.submit(() -> {
                    start.await();
                    filter.filter(null);
                    return resolver.over;
                }));
            }
            start.countDown();
            for (Future<Boolean> request : sawTheFirstUseOver) {
                assertEquals(true, request.get(10, TimeUnit.SECONDS));
            }
        } finally {
            requests.shutdownNow();
        }
        assertEquals(1, resolver.uses.get());

        filter.filter(null);
        assertEquals(1, resolver.uses.get());
    }

    private static Providers providersWith(ContextResolver<Jsonb> resolver) {
        return new Providers() {
            @Override
            public <T> MessageBodyReader<T> getMessageBodyReader(Class<T> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> MessageBodyWriter<T> getMessageBodyWriter(Class<T> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T extends Throwable> ExceptionMapper<T> getExceptionMapper(Class<T> type) {
                throw new UnsupportedOperationException();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
                assertEquals(Jsonb.class, contextType);
                assertEquals(MediaType.APPLICATION_JSON_TYPE, mediaType);
                return (ContextResolver<T>) resolver;
            }
        };
    }
}
