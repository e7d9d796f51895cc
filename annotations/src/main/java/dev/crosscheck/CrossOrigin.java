package dev.crosscheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A CORS policy for the Jakarta REST resources it is placed on, checked when the code is compiled.
 *
 * <p>Placed on a package ({@code package-info.java}), it is the default for every resource class
 * below it; on a resource class, for every resource method and sub-resource locator of the class;
 * on a resource method or sub-resource locator, for that one endpoint.
 *
 * <p><b>Inheritance is per attribute.</b> An attribute written on a method overrides the same
 * attribute of its class, which overrides its package's. Attributes that are not written are
 * inherited; if no level writes them, the defaults below apply. Lists are replaced, never merged,
 * so what a method says is exactly what it gets.
 *
 * <p>The annotation processor rejects, at compile time, every policy that is unsafe or can never
 * take effect (see the table of rule codes in the project's {@code docs/rules.md}). The generated
 * filter answers preflights and decorates responses from a table built at compile time.
 *
 * <p>Retained in class files so that a resource compiled in another module can still be read
 * by the processor (for example a superclass from a library); it is never read at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface CrossOrigin {

  /**
   * Serialized origins allowed to read responses: {@code scheme://host[:port]}, exactly as
   * browsers send them (lower case, no path, no trailing slash, no default port), or {@code "*"}
   * for any origin (never together with {@link #allowCredentials()}).
   *
   * <p>An entry may be a placeholder {@code ${NAME}} or {@code ${NAME:default}}, resolved when the
   * application starts from the system property {@code NAME}, else the environment variable
   * {@code NAME}, else the application's MicroProfile Config where it has one at run time, else
   * the default; a comma-separated value is a list. Resolved values pass the
   * same rules as written ones, and a violation stops the application's start.
   *
   * <p>Default: none.
   */
  String[] origins() default {};

  /**
   * Origin patterns. Exactly two wildcard forms exist: {@code https://*.example.com} (one or more
   * labels before {@code example.com}, never {@code example.com} itself) and {@code
   * http://localhost:*} (any port of one exact host). Placeholders as in {@link #origins()}.
   *
   * <p>Default: none.
   */
  String[] originPatterns() default {};

  /**
   * A class of the application's that supplies origins while it runs, in addition to {@link
   * #origins()} and {@link #originPatterns()}: for origins kept in a database or configured by
   * tenants. Its values pass the same rules at run time, value by value; a value that breaks one
   * is refused and logged, never allowed. With {@link #allowCredentials()}, only exact origins are
   * taken from it, unless {@link Risk#PATTERNS_FROM_SOURCE_WITH_CREDENTIALS} is accepted. See
   * {@link OriginSource}.
   *
   * <p>Default: none ({@code OriginSource.class} itself).
   */
  Class<? extends OriginSource> originSource() default OriginSource.class;

  /**
   * HTTP methods open to cross-origin callers, upper case as browsers send them.
   *
   * <p>Default: empty, meaning every HTTP method the guarded resource methods really declare
   * ({@code HEAD} follows {@code GET}). Each listed method must be declared by a guarded resource
   * method.
   */
  String[] methods() default {};

  /**
   * Request headers a cross-origin script may set beyond the CORS-safelisted ones, for example
   * {@code Authorization} or {@code Content-Type} (needed for {@code application/json}).
   * {@code "*"} allows any header except {@code Authorization}, and never with credentials.
   *
   * <p>Default: none (only CORS-safelisted request headers).
   */
  String[] allowedHeaders() default {};

  /**
   * Response headers a cross-origin script may read beyond the CORS-safelisted ones.
   *
   * <p>Default: none.
   */
  String[] exposedHeaders() default {};

  /**
   * Whether cookies, HTTP authentication and client certificates may be sent and the response
   * read. Requires explicit origins or patterns (never {@code "*"}).
   *
   * <p>Default: {@code false}.
   */
  boolean allowCredentials() default false;

  /**
   * How long, in seconds, a browser may cache a preflight answer: from 0 (do not cache) to 86400.
   * Browsers clamp it (Chromium to 7200, Firefox to 86400). {@link #MAX_AGE_NOT_SENT} omits the
   * header, leaving the browser's default of 5 seconds.
   *
   * <p>Default: {@value #DEFAULT_MAX_AGE} seconds.
   */
  long maxAge() default DEFAULT_MAX_AGE;

  /**
   * Whether to answer Private Network Access preflights with {@code
   * Access-Control-Allow-Private-Network: true}: lets public websites reach this server on a
   * private network. Opt in per resource only; never with {@code "*"}.
   *
   * <p>Only Chromium-based browsers before Chrome 142 send these preflights. Chrome 142 and later
   * ask the user instead (Local Network Access), which no server header grants or refuses, and
   * Firefox and Safari never sent them; see the project's {@code docs/behaviour.md}.
   *
   * <p>Default: {@code false}.
   */
  boolean allowPrivateNetwork() default false;

  /**
   * Risks this policy takes on deliberately, each lifting one rule that would otherwise fail the
   * build. Every entry must be needed by the policy: an unused one is reported. Rules that browsers
   * enforce anyway, such as {@code "*"} with credentials, cannot be lifted.
   *
   * <p>Default: none.
   */
  Risk[] acceptRisks() default {};

  /** The default {@link #maxAge()}: 30 minutes, under every browser's cap. */
  long DEFAULT_MAX_AGE = 1800;

  /** {@link #maxAge()} value that omits {@code Access-Control-Max-Age}. */
  long MAX_AGE_NOT_SENT = -1;

  /** A rule that a policy may lift deliberately with {@link #acceptRisks()}. */
  enum Risk {
    /**
     * Lifts CORS007: an {@code http://} origin that is not loopback, with credentials. Anyone on
     * the network path can impersonate that origin and act as the signed-in user.
     */
    INSECURE_ORIGIN_WITH_CREDENTIALS,
    /**
     * Lifts CORS011: a pattern whose wildcard sits directly over a public suffix (such as {@code
     * https://*.github.io}), with credentials. Every site registered under that suffix is allowed.
     */
    PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS,
    /**
     * Lifts CORS088: an origin pattern supplied by the {@link #originSource()} of a policy with
     * credentials. Whoever can write the source's values (a tenant, an administrator's form) can
     * then open a whole subdomain tree to credentialed requests.
     */
    PATTERNS_FROM_SOURCE_WITH_CREDENTIALS
  }
}
