package org.sunshineledger.portal.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sets the security headers on every response of the application, pages, API and errors alike: a
 * strict Content-Security-Policy (no script, no framing), no MIME sniffing, no referrer to other
 * sites, and no server product or version.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter implements Filter {
  /** Pages load only their own stylesheet and images; nothing may frame them. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; object-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
          + "img-src 'self' data:; "
          + "form-action 'self'; "
          + "base-uri 'none'; frame-ancestors 'none'";

  /**
   * The API's page runs Swagger UI, which sets element styles inline; it still loads only its own
   * scripts and may frame nothing.
   */
  static final String API_DOCS_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setHeader(
        "Content-Security-Policy",
        request instanceof jakarta.servlet.http.HttpServletRequest r
                && r.getRequestURI().startsWith(r.getContextPath() + "/api-docs/")
            ? API_DOCS_POLICY
            : CONTENT_SECURITY_POLICY);
    http.setHeader("X-Content-Type-Options", "nosniff");
    http.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    http.setHeader("X-Frame-Options", "DENY");
    http.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    chain.doFilter(request, response);
    sameSite(http);
  }

  /**
   * Marks the session cookie SameSite=Lax: the container ignores the attribute in web.xml, so the
   * header it wrote is rewritten while the response is still open (sign-in answers a redirect
   * without a body, so it always is).
   */
  private static void sameSite(HttpServletResponse http) {
    if (http.isCommitted()) {
      return;
    }
    java.util.List<String> cookies = new java.util.ArrayList<>(http.getHeaders("Set-Cookie"));
    if (cookies.stream()
        .noneMatch(c -> c.startsWith("SUNSHINE_SESSION=") && !c.contains("SameSite"))) {
      return;
    }
    for (int i = 0; i < cookies.size(); i++) {
      String cookie = cookies.get(i);
      if (cookie.startsWith("SUNSHINE_SESSION=") && !cookie.contains("SameSite")) {
        cookie = cookie + "; SameSite=Lax";
      }
      if (i == 0) {
        http.setHeader("Set-Cookie", cookie);
      } else {
        http.addHeader("Set-Cookie", cookie);
      }
    }
  }
}
