package dev.crosscheck.runtime.internal.rules;

import static dev.crosscheck.runtime.internal.rules.Severity.ERROR;
import static dev.crosscheck.runtime.internal.rules.Severity.WARNING;

import java.util.Optional;

/**
 * Every rule Crosscheck enforces, with its stable code, its severity and its message. A message
 * says what is wrong and how to fix it; {@code %s} places are filled in by the check that found
 * the problem. Codes never change meaning; new rules get new codes.
 *
 * <p>{@code docs/rules.md} lists them all; a test keeps that table in step with this enum.
 */
public enum Rule {
  // 1. Origins
  NO_ORIGIN(1, ERROR, "the policy allows no origin, so it can never take effect: list origins such as \"https://app.example.com\", originPatterns, an originSource, or origins = \"*\" for a public API"),
  WILDCARD_ORIGIN_WITH_CREDENTIALS(2, ERROR, "origin \"*\" cannot be combined with allowCredentials = true, because browsers reject that answer: list the exact origins that may send credentials"),
  WILDCARD_IN_ORIGIN(3, ERROR, "origin \"%s\" is not an origin: wildcards belong in originPatterns (\"https://*.example.com\", \"http://localhost:*\"), and \"*\" alone allows every origin"),
  NULL_ORIGIN(4, ERROR, "origin \"null\" is sent by sandboxed iframes, data: and file: pages and redirected requests alike, so allowing it allows all of them: remove it and serve the caller from a real origin"),
  UNSUPPORTED_SCHEME(5, ERROR, "origin \"%s\" can never be allowed: %s, and browsers send Origin: null for such pages: allow the https origin that serves the caller"),
  NOT_CANONICAL_ORIGIN(6, ERROR, "origin \"%s\" never matches because browsers never send it that way (%s): %s"),
  INSECURE_ORIGIN_WITH_CREDENTIALS(7, ERROR, "origin \"%s\" uses http:// with allowCredentials = true, so anyone on the network path can impersonate it and act as the signed-in user: use \"%s\", or take the risk with acceptRisks = INSECURE_ORIGIN_WITH_CREDENTIALS", "INSECURE_ORIGIN_WITH_CREDENTIALS"),
  INSECURE_ORIGIN(8, WARNING, "origin \"%s\" uses http://, which anyone on the network path can impersonate: use \"%s\""),
  REDUNDANT_ORIGIN(9, WARNING, "origin \"%s\" is %s: remove it"),
  INVALID_PATTERN(10, ERROR, "origin pattern \"%s\" is not allowed: %s; the only wildcard forms are \"https://*.example.com\" (any subdomain) and \"http://localhost:*\" (any port)"),
  PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS(11, ERROR, "origin pattern \"%s\" puts its wildcard directly over the public suffix \"%s\", so anyone can register a matching site and read credentialed responses: name your own domain, as in \"https://*.yours.%s\", or take the risk with acceptRisks = PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS", "PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS"),
  PUBLIC_SUFFIX_WILDCARD(12, WARNING, "origin pattern \"%s\" puts its wildcard directly over the public suffix \"%s\", so anyone can register a matching site: name your own domain, as in \"https://*.yours.%s\""),
  INVALID_PLACEHOLDER(13, ERROR, "\"%s\" is not a valid placeholder: %s; write ${NAME} or ${NAME:default} as the whole entry, NAME made of letters, digits, '_', '.' and '-'"),

  // 2. Methods
  FORBIDDEN_METHOD(20, ERROR, "method \"%s\" is forbidden by the Fetch Standard and browsers never send it: remove it"),
  METHOD_NOT_TOKEN(21, ERROR, "method \"%s\" is not an HTTP token: write a method name such as \"PUT\""),
  METHOD_CASE(22, ERROR, "method \"%s\" never matches: browsers send it as \"%s\" and methods are compared case-sensitively: write \"%s\""),
  METHOD_NOT_DECLARED(23, ERROR, "method \"%s\" is not declared by any resource method this policy guards (they declare %s): remove it, or add the resource method"),
  WILDCARD_METHOD_WITH_CREDENTIALS(24, ERROR, "method \"*\" is read literally on credentialed preflights, so it allows nothing extra: list the methods, or leave methods empty for every declared one"),
  OPTIONS_METHOD(25, WARNING, "listing OPTIONS is not needed for preflights, which are answered before any resource method; it only opens @OPTIONS resource methods to cross-origin calls: remove it unless you mean that"),
  POLICY_EXCLUDES_ITS_METHOD(26, ERROR, "this policy guards a %s resource method but its methods %s do not include %s, so it never takes effect: add \"%s\" to methods, or remove the annotation"),

  // 3. Request headers
  HEADER_NOT_TOKEN(30, ERROR, "allowed header \"%s\" is not an HTTP token: write a header name such as \"X-Request-Id\""),
  FORBIDDEN_REQUEST_HEADER(31, ERROR, "request header \"%s\" is forbidden by the Fetch Standard: scripts cannot set it, so allowing it does nothing: remove it"),
  RESPONSE_HEADER_ALLOWED(32, ERROR, "\"%s\" is a CORS response header that browsers never send: remove it from allowedHeaders"),
  WILDCARD_HEADERS_WITH_CREDENTIALS(33, ERROR, "allowed header \"*\" is read literally on credentialed preflights, so it allows nothing: list the headers"),
  WILDCARD_HEADERS_WITHOUT_AUTHORIZATION(34, WARNING, "allowed header \"*\" never covers Authorization, which %s reads: add \"Authorization\""),

  // 4. Exposed headers
  UNEXPOSABLE_HEADER(40, ERROR, "\"%s\" can never be exposed to scripts: remove it"),
  WILDCARD_EXPOSED_WITH_CREDENTIALS(41, ERROR, "exposed header \"*\" is read literally on credentialed requests, so it exposes nothing: list the headers"),
  SAFELISTED_EXPOSED_HEADER(42, WARNING, "\"%s\" is a CORS-safelisted response header that scripts can always read: remove it"),
  EXPOSED_HEADER_NOT_TOKEN(43, ERROR, "exposed header \"%s\" is not an HTTP token: write a header name such as \"X-Total-Count\""),
  DUPLICATE_ENTRY(44, WARNING, "\"%s\" is listed twice in %s: remove one"),

  // 5. Max-Age
  MAX_AGE_OUT_OF_RANGE(50, ERROR, "maxAge = %s is out of range: use 0 (do not cache) to 86400 seconds, or -1 to leave the header out"),
  MAX_AGE_CLAMPED(51, WARNING, "maxAge = %s is above Chromium's cap of 7200 seconds, which it applies silently: use at most 7200, or 3600 while origins still change"),

  // 6. Private Network Access
  PRIVATE_NETWORK_WITH_WILDCARD(60, ERROR, "allowPrivateNetwork = true with origin \"*\" lets every website reach this private-network server: list the origins"),

  // 7. Placement and the JAX-RS model
  NOT_A_RESOURCE(70, ERROR, "@CrossOrigin on %s does nothing: %s: put it on a resource class, resource method or sub-resource locator"),
  CONFLICTING_POLICIES(71, ERROR, "%s %s has two different CORS policies, from %s and %s, and a request cannot tell them apart: keep one"),
  UNMAPPED_POLICY(72, WARNING, "the policy cannot be mapped to a path, so no request gets it: %s"),
  USELESS_OPT_OUT(73, WARNING, "@NoCrossOrigin on %s has no policy to opt out of: remove it"),
  POLICY_AND_OPT_OUT(74, ERROR, "@CrossOrigin and @NoCrossOrigin on the same element contradict each other: keep one"),
  UNUSED_RISK(75, WARNING, "acceptRisks lists %s, but nothing in this policy needs it: remove it"),
  LATE_RESOURCES(76, ERROR, "%s arrived in a later round, after the CORS table was written, so requests could be matched to the wrong policy: generate resources in the first round, or compile them in a module of their own"),
  INVALID_OPTION(77, ERROR, "processor option %s is not valid: %s"),
  POLYMORPHIC_LOCATOR(78, ERROR, "%s %s is served by %s when the sub-resource locator %s returns it, with another CORS policy than its declared type %s has there, and a preflight is answered before the locator runs, so it cannot know which of the two it is for: give %s a locator of its own (or declare it as the locator's return type), make %s final, or give both the same policy"),
  STALE_GENERATED_CLASS(79, ERROR, "the compiler refused to write the generated filter again (%s): it sees the previous build's class of it on the class path, as the Eclipse batch compiler does in a partial compile, so the table would be stale: remove the previous build's output (mvn clean compile) and build again"),
  QUARKUS_LISTED_CLASSES(80, WARNING, "Quarkus REST deploys only the classes %s returns once it returns any, so the generated CORS filter is left out and no request gets CORS: add %s.class to what it returns, or remove the method and let Quarkus find the resources"),
  EXPOSURE_CHANGED(81, ERROR, "%s, which the approved exposure in %s does not say: take it into the lock with -Acrosscheck.exposureLock.update=true once reviewed, and commit the file with the change"),
  EXPOSURE_LOCK_MISSING(82, ERROR, "the exposure lock %s does not exist: write it with -Acrosscheck.exposureLock.update=true, review it and commit it"),
  UNRESOLVED_TYPE(83, ERROR, "%s names %s, which did not resolve in any round of this compilation, so the CORS routes of %s cannot be known: name a type that exists, or fix the annotation processor that should generate it (its own errors say why it did not)"),
  MALFORMED_TEMPLATE(84, WARNING, "@Path(\"%s\") on %s is not a template the runtimes accept (%s), so no request reaches what it serves and no policy there takes effect: write each variable as {name} or {name: regex}"),
  RUNTIME_CONTRACT_MISMATCH(85, ERROR, "the generated filter would not run: %s"),
  HAND_WRITTEN_CORS_HEADER(86, WARNING, "%s writes the CORS response header %s by hand%s, beside the checked @CrossOrigin policies: on a route with a policy Crosscheck's answer replaces it, and on the others it answers unchecked, which is how two answers (rejected by browsers) or a grant to every origin reach production: remove it and give the route a @CrossOrigin policy (docs/migration.md)"),
  // 8. Origins supplied while the application runs (CrossOrigin.originSource)
  UNUSABLE_ORIGIN_SOURCE(87, ERROR, "originSource names %s, which Crosscheck cannot make: %s; write a public, non-abstract class (static if nested) with a public constructor without parameters"),
  SOURCE_PATTERN_WITH_CREDENTIALS(88, ERROR, "origin pattern \"%s\" comes from %s, the origin source of a policy with allowCredentials = true, and whoever writes the source's values could open a whole tree of subdomains to signed-in requests: list exact origins in the source, or take the risk with acceptRisks = PATTERNS_FROM_SOURCE_WITH_CREDENTIALS", "PATTERNS_FROM_SOURCE_WITH_CREDENTIALS"),
  SOURCE_VALUE_NOT_AN_ORIGIN(89, ERROR, "\"%s\" from %s, an origin source, is not an origin or origin pattern (%s): list serialized origins and the two pattern forms in the source, never \"*\" or a placeholder"),
  // 9. Named modules
  MODULE_LACKS_GENERATED_SERVICES(90, ERROR, "module %s does not declare what the generated CORS filter needs, and a named module's service files are not read, so no runtime would load the filter and no request would get CORS: add these lines to its module-info.java:%s"),
  PROCESSOR_FAILURE(99, ERROR, "Crosscheck failed while processing %s; this is a bug, please report it with this trace: %s");

  private final String code;
  private final Severity severity;
  private final String template;
  private final String liftedBy;

  Rule(int number, Severity severity, String template) {
    this(number, severity, template, null);
  }

  Rule(int number, Severity severity, String template, String liftedBy) {
    this.code = String.format("CORS%03d", number);
    this.severity = severity;
    this.template = template;
    this.liftedBy = liftedBy;
  }

  /** The stable code, such as {@code CORS002}. */
  public String code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  /** The message template, {@code %s} where the specifics go. */
  public String template() {
    return template;
  }

  /** The name of the {@code CrossOrigin.Risk} that lifts this rule, if it may be lifted. */
  public Optional<String> liftedBy() {
    return Optional.ofNullable(liftedBy);
  }

  /**
   * The CWE weakness this rule keeps out of the build, for security dashboards (SARIF tags):
   * CWE-942 where the policy would trust more origins than it means to, CWE-346 where an origin or
   * pattern is checked in a way other than the one written. {@code docs/rules.md} lists them.
   */
  public Optional<String> weakness() {
    return switch (this) {
      case WILDCARD_ORIGIN_WITH_CREDENTIALS, NULL_ORIGIN, INSECURE_ORIGIN_WITH_CREDENTIALS, INSECURE_ORIGIN,
          PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS, PUBLIC_SUFFIX_WILDCARD, PRIVATE_NETWORK_WITH_WILDCARD,
          SOURCE_PATTERN_WITH_CREDENTIALS ->
          Optional.of("CWE-942");
      case WILDCARD_IN_ORIGIN, UNSUPPORTED_SCHEME, NOT_CANONICAL_ORIGIN, INVALID_PATTERN, INVALID_PLACEHOLDER ->
          Optional.of("CWE-346");
      default -> Optional.empty();
    };
  }

  /** The full message: {@code [CORS002] ...}. */
  public String message(Object... specifics) {
    return "[" + code + "] " + String.format(template, specifics);
  }

  public static Optional<Rule> forCode(String code) {
    for (Rule rule : values()) {
      if (rule.code.equals(code)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
