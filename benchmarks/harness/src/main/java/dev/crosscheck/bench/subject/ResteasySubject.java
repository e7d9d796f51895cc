package dev.crosscheck.bench.subject;

import org.jboss.resteasy.plugins.interceptors.CorsFilter;

/**
 * RESTEasy's {@code CorsFilter}: one global policy, configured with what the generated policies
 * allow together (it has no per-path policies and no origin patterns; see {@link #configured()}).
 */
final class ResteasySubject extends JaxRsSubject {

  @Override
  Object filter(int scale, Case c) {
    return configured();
  }

  /**
   * The closest single policy: every exact origin of the table's policies, plus the one subdomain
   * the pattern case uses (RESTEasy cannot express {@code https://*.example.com}, so a user lists
   * subdomains); credentials (policy A's); policy A's headers; the table's methods; max-age 600.
   */
  public static CorsFilter configured() {
    CorsFilter filter = new CorsFilter();
    filter.getAllowedOrigins().add("https://app.example.com");
    filter.getAllowedOrigins().add("https://admin.example.com");
    filter.getAllowedOrigins().add(Case.Origins.SUBDOMAIN);
    filter.setAllowCredentials(true);
    filter.setAllowedMethods("GET, HEAD, PUT");
    filter.setAllowedHeaders("Content-Type, X-Request-Id");
    filter.setExposedHeaders("X-Total-Count");
    filter.setCorsMaxAge(600);
    return filter;
  }

  @Override
  public String name() {
    return "resteasy";
  }
}
