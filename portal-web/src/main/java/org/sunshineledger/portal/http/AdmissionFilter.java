package org.sunshineledger.portal.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admits at most {@code sunshine.ratelimit.perSecond} requests per second from one address and
 * answers the rest 429 with {@code Retry-After}, at once and without touching the database: a burst
 * beyond what the server can serve is refused cheaply instead of queueing until everybody's
 * requests time out. Off when the setting is 0 (the integration tests, which send bursts from one
 * address on purpose). Runs after {@link SecurityHeadersFilter} (see web.xml), so a refusal carries
 * the security headers too.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AdmissionFilter implements Filter {
  private static final int PER_SECOND = Integer.getInteger("sunshine.ratelimit.perSecond", 300);

  /** Addresses remembered at most; past it, all windows start again. */
  private static final int ADDRESSES = 100_000;

  private record Window(long second, AtomicInteger count) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (PER_SECOND <= 0 || admitted(request.getRemoteAddr(), System.nanoTime() / 1_000_000_000L)) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletResponse http = (HttpServletResponse) response;
    http.setStatus(429);
    http.setHeader("Retry-After", "1");
    http.setContentType("application/problem+json");
    http.setCharacterEncoding("UTF-8");
    http.getOutputStream()
        .write(
            ("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"too many requests from one address: "
                    + PER_SECOND
                    + " per second are allowed\",\"retryAfter\":1}")
                .getBytes(StandardCharsets.UTF_8));
  }

  private boolean admitted(String address, long second) {
    if (windows.size() > ADDRESSES) {
      windows.clear();
    }
    Window window =
        windows.compute(
            address,
            (a, w) ->
                w == null || w.second() != second ? new Window(second, new AtomicInteger()) : w);
    return window.count().incrementAndGet() <= PER_SECOND;
  }
}
