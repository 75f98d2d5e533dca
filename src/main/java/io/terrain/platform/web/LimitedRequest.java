package io.terrain.platform.web;

import io.terrain.platform.rest.PayloadTooLarge;
import io.terrain.platform.security.Caller;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.security.Principal;

/**
 * The request as the application sees it: the caller resolved by the guard answers
 * {@code getUserPrincipal} and {@code isUserInRole} (the container knows nobody), and the body stops
 * with {@link PayloadTooLarge} as soon as it passes its limit, however it is sent (chunked too).
 */
final class LimitedRequest extends HttpServletRequestWrapper {

    private final Caller caller;
    private final long maxBytes;
    private ServletInputStream limited;

    LimitedRequest(HttpServletRequest request, Caller caller, long maxBytes) {
        super(request);
        this.caller = caller;
        this.maxBytes = maxBytes;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller == null ? null : caller::username;
    }

    @Override
    public String getRemoteUser() {
        return caller == null ? null : caller.username();
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller != null && caller.roles().stream().anyMatch(r -> r.name().equals(role));
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
            limited = new Counting(super.getInputStream(), maxBytes);
        }
        return limited;
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLarge {
            read += n;
            if (read > max) {
                throw new PayloadTooLarge(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
