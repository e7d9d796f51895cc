package dev.crosscheck.runtime.internal.rules;

import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ACCEPT_RISKS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ALLOWED_HEADERS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ALLOW_PRIVATE_NETWORK;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.EXPOSED_HEADERS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.MAX_AGE;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.METHODS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ORIGINS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ORIGIN_PATTERNS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.GuardedEndpoints;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyRulesTest {

  /** A policy under construction; defaults as in {@code @CrossOrigin}, with one safe origin. */
  private static final class Policy {
    List<String> origins = new ArrayList<>(List.of("https://app.example.com"));
    List<String> originPatterns = new ArrayList<>();
    List<String> methods = new ArrayList<>();
    List<String> allowedHeaders = new ArrayList<>();
    List<String> exposedHeaders = new ArrayList<>();
    boolean allowCredentials;
    long maxAge = CorsPolicy.DEFAULT_MAX_AGE;
    boolean allowPrivateNetwork;
    List<String> acceptRisks = new ArrayList<>();
    GuardedEndpoints guarded = GuardedEndpoints.UNKNOWN;

    Policy origins(String... values) {
      origins = List.of(values);
      return this;
    }

    Policy patterns(String... values) {
      originPatterns = List.of(values);
      return this;
    }

    Policy methods(String... values) {
      methods = List.of(values);
      return this;
    }

    Policy allowedHeaders(String... values) {
      allowedHeaders = List.of(values);
      return this;
    }

    Policy exposedHeaders(String... values) {
      exposedHeaders = List.of(values);
      return this;
    }

    Policy credentials() {
      allowCredentials = true;
      return this;
    }

    Policy maxAge(long value) {
      maxAge = value;
      return this;
    }

    Policy privateNetwork() {
      allowPrivateNetwork = true;
      return this;
    }

    Policy acceptRisks(String... values) {
      acceptRisks = List.of(values);
      return this;
    }

    Policy declaring(String... declaredMethods) {
      guarded = new GuardedEndpoints(Set.of(declaredMethods), guarded.authorizationReader());
      return this;
    }

    Policy readingAuthorization(String reader) {
      guarded = new GuardedEndpoints(guarded.declaredMethods(), Optional.of(reader));
      return this;
    }

    CorsPolicy build() {
      return new CorsPolicy(
          origins, originPatterns, methods, allowedHeaders, exposedHeaders, allowCredentials, maxAge,
          allowPrivateNetwork, acceptRisks);
    }

    List<Violation> check() {
      return PolicyRules.check(build(), guarded);
    }
  }

  private static Policy policy() {
    return new Policy();
  }

  /** The one violation of {@code policy}, which must be of {@code rule} at {@code attribute[index]}. */
  private static Violation onlyViolation(Policy policy, Rule rule, PolicyAttribute attribute, int index) {
    List<Violation> violations = policy.check();
    assertThat(violations).as("violations").hasSize(1);
    Violation v = violations.get(0);
    assertViolation(v, rule, attribute, index);
    return v;
  }

  private static void assertViolation(Violation v, Rule rule, PolicyAttribute attribute, int index) {
    assertThat(v.rule()).as("rule of %s", v).isEqualTo(rule);
    assertThat(v.attribute()).as("attribute of %s", v).contains(attribute);
    assertThat(v.index()).as("index of %s", v).isEqualTo(index);
    assertThat(v.message()).startsWith("[" + rule.code() + "] ");
    assertThat(v.severity()).isEqualTo(rule.severity());
    assertThat(v.isError()).isEqualTo(rule.severity() == Severity.ERROR);
  }

  private static List<Rule> rules(Policy policy) {
    return policy.check().stream().map(Violation::rule).toList();
  }

  @Nested
  class CleanPolicies {

    @Test
    void realisticCredentialedPolicyHasNoViolation() {
      Policy p =
          policy()
              .origins("https://app.example.com", "https://admin.example.com")
              .credentials()
              .methods("GET", "POST", "PUT", "DELETE")
              .allowedHeaders("Authorization", "Content-Type")
              .exposedHeaders("X-Total-Count", "ETag")
              .maxAge(3600)
              .declaring("GET", "POST", "PUT", "DELETE")
              .readingAuthorization("ItemResource.list()");
      assertThat(p.check()).isEmpty();
    }

    @Test
    void realisticCredentialedPolicyWithDefaultMethodsHasNoViolation() {
      Policy p =
          policy()
              .origins("https://app.example.com", "https://admin.example.com")
              .credentials()
              .allowedHeaders("Authorization", "Content-Type")
              .maxAge(3600);
      assertThat(p.check()).isEmpty();
    }

    @Test
    void publicGetPolicyHasNoViolation() {
      assertThat(policy().origins("*").methods("GET").declaring("GET").check()).isEmpty();
      assertThat(policy().origins("*").methods("GET", "HEAD").declaring("GET").check()).isEmpty();
      assertThat(policy().origins("*").check()).isEmpty();
    }

    @Test
    void publicPolicyWithWildcardsWithoutCredentialsHasNoViolation() {
      assertThat(policy().origins("*").methods("*").allowedHeaders("*").exposedHeaders("*").check()).isEmpty();
    }

    @Test
    void loopbackDevelopmentOriginsHaveNoViolation() {
      Policy p =
          policy()
              .origins("http://localhost:3000", "http://127.0.0.1:8080", "http://[::1]:5173", "http://app.localhost")
              .patterns("http://localhost:*")
              .credentials();
      // http://localhost:3000 is covered by the any-port pattern: only that redundancy is reported.
      List<Violation> violations = p.check();
      assertThat(violations).hasSize(1);
      assertViolation(violations.get(0), Rule.REDUNDANT_ORIGIN, ORIGINS, 0);
    }

    @Test
    void safePatternsHaveNoViolation() {
      assertThat(policy().origins().patterns("https://*.example.com", "http://localhost:*").credentials().check())
          .isEmpty();
    }

    @Test
    void maxAgeBoundsWithoutViolation() {
      assertThat(policy().maxAge(CorsPolicy.MAX_AGE_NOT_SENT).check()).isEmpty();
      assertThat(policy().maxAge(0).check()).isEmpty();
      assertThat(policy().maxAge(7200).check()).isEmpty();
    }
  }

  @Nested
  class Origins {

    @Test
    void cors001NoOrigin() {
      List<Violation> violations = policy().origins().check();
      assertThat(violations).hasSize(1);
      Violation v = violations.get(0);
      assertThat(v.rule()).isEqualTo(Rule.NO_ORIGIN);
      assertThat(v.rule().code()).isEqualTo("CORS001");
      assertThat(v.attribute()).isEmpty();
      assertThat(v.index()).isEqualTo(Violation.WHOLE_ATTRIBUTE);
      assertThat(v.isError()).isTrue();
    }

    @Test
    void cors002WildcardWithCredentials() {
      Violation v = onlyViolation(policy().origins("*").credentials(), Rule.WILDCARD_ORIGIN_WITH_CREDENTIALS, ORIGINS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS002");
      assertThat(v.isError()).isTrue();
    }

    @Test
    void cors002AtItsIndex() {
      List<Violation> violations = policy().origins("https://a.example.com", "*").credentials().check();
      assertThat(violations).extracting(Violation::rule).contains(Rule.WILDCARD_ORIGIN_WITH_CREDENTIALS);
      Violation v =
          violations.stream().filter(x -> x.rule() == Rule.WILDCARD_ORIGIN_WITH_CREDENTIALS).findFirst().orElseThrow();
      assertViolation(v, Rule.WILDCARD_ORIGIN_WITH_CREDENTIALS, ORIGINS, 1);
    }

    @Test
    void cors002FromAPlaceholderDefault() {
      onlyViolation(policy().origins("${ORIGINS:*}").credentials(), Rule.WILDCARD_ORIGIN_WITH_CREDENTIALS, ORIGINS, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://*.example.com", "http://localhost:*", "*.example.com"})
    void cors003WildcardInOrigin(String origin) {
      Violation v = onlyViolation(policy().origins("https://a.example.com", origin), Rule.WILDCARD_IN_ORIGIN, ORIGINS, 1);
      assertThat(v.rule().code()).isEqualTo("CORS003");
      assertThat(v.message()).contains(origin);
    }

    @Test
    void cors004Null() {
      Violation v = onlyViolation(policy().origins("null"), Rule.NULL_ORIGIN, ORIGINS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS004");
      assertThat(v.isError()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///x", "chrome-extension://abc", "ftp://example.com"})
    void cors005Scheme(String origin) {
      Violation v = onlyViolation(policy().origins(origin), Rule.UNSUPPORTED_SCHEME, ORIGINS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS005");
      assertThat(v.message()).contains(origin);
    }

    @Test
    void cors006NotCanonicalSaysTheCanonicalForm() {
      Violation v =
          onlyViolation(policy().origins("https://a.example.com", "https://App.example.com/"), Rule.NOT_CANONICAL_ORIGIN, ORIGINS, 1);
      assertThat(v.rule().code()).isEqualTo("CORS006");
      assertThat(v.message()).contains("https://App.example.com/").contains("write \"https://app.example.com\"");
    }

    @Test
    void cors006WithoutAClearFormStillSaysHowToWriteAnOrigin() {
      Violation v = onlyViolation(policy().origins("https://example.com:0"), Rule.NOT_CANONICAL_ORIGIN, ORIGINS, 0);
      assertThat(v.message()).contains("write scheme://host[:port]");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "HTTPS://app.example.com",
          "https://app.example.com/",
          "https://app.example.com:443",
          "http://app.example.com:80",
          "https://app.example.com/path",
          "https://u@app.example.com",
          " https://app.example.com",
          "https://app.example.com:08443",
          "https://app.example.com:",
          "https://bücher.example",
          "https://a..b",
          "https://[0:0:0:0:0:0:0:1]"
        })
    void cors006EveryNonCanonicalForm(String origin) {
      onlyViolation(policy().origins(origin), Rule.NOT_CANONICAL_ORIGIN, ORIGINS, 0);
    }

    @Test
    void cors006InAPlaceholderDefault() {
      onlyViolation(
          policy().origins("${ORIGINS:https://a.example.com, https://B.example.com}"), Rule.NOT_CANONICAL_ORIGIN, ORIGINS, 0);
    }

    @Test
    void cors007InsecureOriginWithCredentials() {
      Violation v =
          onlyViolation(
              policy().origins("https://a.example.com", "http://b.example.com").credentials(),
              Rule.INSECURE_ORIGIN_WITH_CREDENTIALS,
              ORIGINS,
              1);
      assertThat(v.rule().code()).isEqualTo("CORS007");
      assertThat(v.isError()).isTrue();
      assertThat(v.message()).contains("\"https://b.example.com\"");
    }

    @Test
    void cors007InsecurePatternWithCredentials() {
      Violation v =
          onlyViolation(
              policy().origins().patterns("http://*.example.com").credentials(),
              Rule.INSECURE_ORIGIN_WITH_CREDENTIALS,
              ORIGIN_PATTERNS,
              0);
      assertThat(v.message()).contains("\"https://*.example.com\"");
    }

    @Test
    void cors007SecureFormDropsPort443() {
      Violation v =
          onlyViolation(
              policy().origins("http://b.example.com:443").credentials(), Rule.INSECURE_ORIGIN_WITH_CREDENTIALS, ORIGINS, 0);
      assertThat(v.message()).contains("\"https://b.example.com\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1", "http://192.168.1.10:8080", "http://localhost.example.com"})
    void cors007NonLoopbackHttp(String origin) {
      onlyViolation(policy().origins(origin).credentials(), Rule.INSECURE_ORIGIN_WITH_CREDENTIALS, ORIGINS, 0);
    }

    @Test
    void cors008InsecureOriginWithoutCredentials() {
      Violation v = onlyViolation(policy().origins("http://b.example.com"), Rule.INSECURE_ORIGIN, ORIGINS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS008");
      assertThat(v.isError()).isFalse();
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void cors008InsecurePatternWithoutCredentials() {
      onlyViolation(policy().origins().patterns("http://*.example.com"), Rule.INSECURE_ORIGIN, ORIGIN_PATTERNS, 0);
    }

    @Test
    void cors009DuplicateOrigin() {
      Violation v =
          onlyViolation(
              policy().origins("https://a.example.com", "https://b.example.com", "https://a.example.com"),
              Rule.REDUNDANT_ORIGIN,
              ORIGINS,
              2);
      assertThat(v.rule().code()).isEqualTo("CORS009");
      assertThat(v.isError()).isFalse();
    }

    @Test
    void cors009OriginCoveredByAPattern() {
      Violation v =
          onlyViolation(
              policy().origins("https://example.com", "https://a.example.com").patterns("https://*.example.com"),
              Rule.REDUNDANT_ORIGIN,
              ORIGINS,
              1);
      assertThat(v.message()).contains("https://*.example.com");
    }

    @Test
    void cors009DuplicatePattern() {
      onlyViolation(
          policy().origins().patterns("https://*.example.com", "https://*.example.com"), Rule.REDUNDANT_ORIGIN, ORIGIN_PATTERNS, 1);
    }

    @Test
    void cors009PatternCoveredByAWiderPattern() {
      onlyViolation(
          policy().origins().patterns("https://*.a.example.com", "https://*.example.com"),
          Rule.REDUNDANT_ORIGIN,
          ORIGIN_PATTERNS,
          0);
    }

    @Test
    void cors009OriginNextToWildcard() {
      onlyViolation(policy().origins("*", "https://a.example.com"), Rule.REDUNDANT_ORIGIN, ORIGINS, 1);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "*",
          "https://*",
          "*example.com",
          "https://*example.com",
          "https://**.example.com",
          "https://a.*.example.com",
          "*://example.com",
          "https://*.127.0.0.1",
          "https://example.com",
          "https://*.EXAMPLE.com",
          "https://*.example.com/",
          "https://*.example.com:*"
        })
    void cors010InvalidPattern(String pattern) {
      Violation v = onlyViolation(policy().patterns(pattern), Rule.INVALID_PATTERN, ORIGIN_PATTERNS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS010");
      assertThat(v.isError()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://*.com", "https://*.co.uk", "https://*.github.io", "https://*.zz"})
    void cors011PublicSuffixWildcardWithCredentials(String pattern) {
      Violation v =
          onlyViolation(policy().origins().patterns(pattern).credentials(), Rule.PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS, ORIGIN_PATTERNS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS011");
      assertThat(v.isError()).isTrue();
    }

    @Test
    void cors012PublicSuffixWildcardWithoutCredentials() {
      Violation v =
          onlyViolation(policy().origins().patterns("https://*.github.io"), Rule.PUBLIC_SUFFIX_WILDCARD, ORIGIN_PATTERNS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS012");
      assertThat(v.isError()).isFalse();
      assertThat(v.message()).contains("\"github.io\"");
    }

    @Test
    void wildcardOverARegistrableDomainIsNotAPublicSuffix() {
      assertThat(policy().origins().patterns("https://*.example.co.uk", "https://*.octocat.github.io").credentials().check())
          .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${}", "${1A}", "https://${HOST}", "${A", "${A${B}}"})
    void cors013InvalidPlaceholder(String entry) {
      Violation v = onlyViolation(policy().origins(entry), Rule.INVALID_PLACEHOLDER, ORIGINS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS013");
      assertThat(v.message()).contains(entry);
    }

    @Test
    void cors013InvalidPlaceholderInPatterns() {
      onlyViolation(policy().origins().patterns("https://*.${DOMAIN}"), Rule.INVALID_PLACEHOLDER, ORIGIN_PATTERNS, 0);
    }

    @Test
    void validPlaceholdersWithoutDefaultsAreCheckedAtStartUp() {
      assertThat(policy().origins("${ORIGINS}").patterns("${PATTERNS}").credentials().check()).isEmpty();
      assertThat(policy().origins("${ORIGINS:https://a.example.com,https://b.example.com}").credentials().check()).isEmpty();
    }
  }

  @Nested
  class Methods {

    @ParameterizedTest
    @ValueSource(strings = {"CONNECT", "TRACE", "TRACK", "trace", "Connect"})
    void cors020Forbidden(String method) {
      Violation v = onlyViolation(policy().methods("GET", method), Rule.FORBIDDEN_METHOD, METHODS, 1);
      assertThat(v.rule().code()).isEqualTo("CORS020");
      assertThat(v.isError()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GE T", "GET,POST", "", "PÜT", "(GET)"})
    void cors021NotAToken(String method) {
      Violation v = onlyViolation(policy().methods(method), Rule.METHOD_NOT_TOKEN, METHODS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS021");
    }

    @ParameterizedTest
    @ValueSource(strings = {"put", "Put", "get", "delete", "post", "head", "options"})
    void cors022Case(String method) {
      Violation v = onlyViolation(policy().methods(method), Rule.METHOD_CASE, METHODS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS022");
      assertThat(v.message()).contains("\"" + method.toUpperCase(java.util.Locale.ROOT) + "\"");
    }

    @Test
    void cors022CaseWithDeclaredMethods() {
      onlyViolation(policy().methods("GET", "put").declaring("GET", "PUT"), Rule.METHOD_CASE, METHODS, 1);
    }

    @Test
    void cors023NotDeclared() {
      Violation v = onlyViolation(policy().methods("GET", "DELETE").declaring("GET", "POST"), Rule.METHOD_NOT_DECLARED, METHODS, 1);
      assertThat(v.rule().code()).isEqualTo("CORS023");
      assertThat(v.message()).contains("\"DELETE\"").contains("GET, POST");
    }

    @Test
    void cors023LowerCaseNonNormalizedMethodIsNotDeclared() {
      // Browsers send "patch" as written, and it is not the declared PATCH.
      onlyViolation(policy().methods("patch").declaring("PATCH"), Rule.METHOD_NOT_DECLARED, METHODS, 0);
    }

    @Test
    void headFollowsGet() {
      assertThat(policy().methods("GET", "HEAD").declaring("GET").check()).isEmpty();
      onlyViolation(policy().methods("HEAD").declaring("POST"), Rule.METHOD_NOT_DECLARED, METHODS, 0);
    }

    @Test
    void cors024WildcardWithCredentials() {
      Violation v = onlyViolation(policy().methods("*").credentials(), Rule.WILDCARD_METHOD_WITH_CREDENTIALS, METHODS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS024");
      assertThat(v.isError()).isTrue();
    }

    @Test
    void cors025Options() {
      Violation v = onlyViolation(policy().methods("GET", "OPTIONS").declaring("GET", "OPTIONS"), Rule.OPTIONS_METHOD, METHODS, 1);
      assertThat(v.rule().code()).isEqualTo("CORS025");
      assertThat(v.isError()).isFalse();
    }

    @Test
    void cors025OptionsWithoutKnownMethods() {
      onlyViolation(policy().methods("OPTIONS"), Rule.OPTIONS_METHOD, METHODS, 0);
    }

    @Test
    void cors044DuplicateMethod() {
      Violation v = onlyViolation(policy().methods("GET", "POST", "GET"), Rule.DUPLICATE_ENTRY, METHODS, 2);
      assertThat(v.message()).contains("methods");
    }
  }

  @Nested
  class AllowedHeaders {

    @ParameterizedTest
    @ValueSource(strings = {"X Request", "Content-Type:", "a,b", "", "Ünicode"})
    void cors030NotAToken(String header) {
      Violation v = onlyViolation(policy().allowedHeaders("Content-Type", header), Rule.HEADER_NOT_TOKEN, ALLOWED_HEADERS, 1);
      assertThat(v.rule().code()).isEqualTo("CORS030");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Cookie",
          "cookie",
          "Host",
          "Origin",
          "Content-Length",
          "Access-Control-Request-Method",
          "Access-Control-Request-Headers",
          "Proxy-Authorization",
          "Sec-Fetch-Mode",
          "sec-ch-ua",
          "DNT",
          "Referer"
        })
    void cors031Forbidden(String header) {
      Violation v = onlyViolation(policy().allowedHeaders(header), Rule.FORBIDDEN_REQUEST_HEADER, ALLOWED_HEADERS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS031");
      assertThat(v.isError()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Access-Control-Allow-Origin",
          "Access-Control-Allow-Credentials",
          "access-control-allow-headers",
          "Access-Control-Max-Age",
          "Access-Control-Expose-Headers"
        })
    void cors032ResponseHeader(String header) {
      Violation v = onlyViolation(policy().allowedHeaders(header), Rule.RESPONSE_HEADER_ALLOWED, ALLOWED_HEADERS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS032");
    }

    @Test
    void cors033WildcardWithCredentials() {
      Violation v =
          onlyViolation(policy().allowedHeaders("Content-Type", "*").credentials(), Rule.WILDCARD_HEADERS_WITH_CREDENTIALS, ALLOWED_HEADERS, 1);
      assertThat(v.rule().code()).isEqualTo("CORS033");
      assertThat(v.isError()).isTrue();
    }

    @Test
    void cors034WildcardWithoutAuthorization() {
      Violation v =
          onlyViolation(
              policy().allowedHeaders("*").readingAuthorization("ItemResource.list()"),
              Rule.WILDCARD_HEADERS_WITHOUT_AUTHORIZATION,
              ALLOWED_HEADERS,
              0);
      assertThat(v.rule().code()).isEqualTo("CORS034");
      assertThat(v.isError()).isFalse();
      assertThat(v.message()).contains("ItemResource.list()");
    }

    @Test
    void wildcardWithAuthorizationListedIsFine() {
      assertThat(policy().allowedHeaders("*", "authorization").readingAuthorization("ItemResource.list()").check()).isEmpty();
      assertThat(policy().allowedHeaders("*").check()).isEmpty();
    }

    @Test
    void cors044DuplicateIgnoringCase() {
      Violation v = onlyViolation(policy().allowedHeaders("X-Id", "Content-Type", "x-id"), Rule.DUPLICATE_ENTRY, ALLOWED_HEADERS, 2);
      assertThat(v.message()).contains("allowedHeaders");
    }
  }

  @Nested
  class ExposedHeaders {

    @ParameterizedTest
    @ValueSource(strings = {"Set-Cookie", "set-cookie", "Set-Cookie2"})
    void cors040Unexposable(String header) {
      Violation v = onlyViolation(policy().exposedHeaders("X-Total-Count", header), Rule.UNEXPOSABLE_HEADER, EXPOSED_HEADERS, 1);
      assertThat(v.rule().code()).isEqualTo("CORS040");
      assertThat(v.isError()).isTrue();
    }

    @Test
    void cors041WildcardWithCredentials() {
      Violation v = onlyViolation(policy().exposedHeaders("*").credentials(), Rule.WILDCARD_EXPOSED_WITH_CREDENTIALS, EXPOSED_HEADERS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS041");
      assertThat(v.isError()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"Cache-Control", "Content-Language", "Content-Length", "Content-Type", "Expires", "Last-Modified", "Pragma", "content-type"})
    void cors042Safelisted(String header) {
      Violation v = onlyViolation(policy().exposedHeaders(header), Rule.SAFELISTED_EXPOSED_HEADER, EXPOSED_HEADERS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS042");
      assertThat(v.isError()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X Total", "X-Total-Count:", "", "a,b"})
    void cors043NotAToken(String header) {
      Violation v = onlyViolation(policy().exposedHeaders(header), Rule.EXPOSED_HEADER_NOT_TOKEN, EXPOSED_HEADERS, 0);
      assertThat(v.rule().code()).isEqualTo("CORS043");
    }

    @Test
    void cors044DuplicateIgnoringCase() {
      Violation v = onlyViolation(policy().exposedHeaders("X-Total-Count", "x-total-count"), Rule.DUPLICATE_ENTRY, EXPOSED_HEADERS, 1);
      assertThat(v.rule().code()).isEqualTo("CORS044");
      assertThat(v.isError()).isFalse();
      assertThat(v.message()).contains("exposedHeaders");
    }
  }

  @Nested
  class MaxAge {

    @ParameterizedTest
    @ValueSource(longs = {-2, -3600, Long.MIN_VALUE, 86_401, 604_800, Long.MAX_VALUE})
    void cors050OutOfRange(long maxAge) {
      Violation v = onlyViolation(policy().maxAge(maxAge), Rule.MAX_AGE_OUT_OF_RANGE, MAX_AGE, Violation.WHOLE_ATTRIBUTE);
      assertThat(v.rule().code()).isEqualTo("CORS050");
      assertThat(v.isError()).isTrue();
      assertThat(v.message()).contains(Long.toString(maxAge));
    }

    @ParameterizedTest
    @ValueSource(longs = {7201, 10_000, 86_400})
    void cors051AboveChromiumsCap(long maxAge) {
      Violation v = onlyViolation(policy().maxAge(maxAge), Rule.MAX_AGE_CLAMPED, MAX_AGE, Violation.WHOLE_ATTRIBUTE);
      assertThat(v.rule().code()).isEqualTo("CORS051");
      assertThat(v.isError()).isFalse();
    }
  }

  @Nested
  class PrivateNetwork {

    @Test
    void cors060WithWildcardOrigin() {
      Violation v = onlyViolation(policy().origins("*").privateNetwork(), Rule.PRIVATE_NETWORK_WITH_WILDCARD, ALLOW_PRIVATE_NETWORK, Violation.WHOLE_ATTRIBUTE);
      assertThat(v.rule().code()).isEqualTo("CORS060");
      assertThat(v.isError()).isTrue();
    }

    @Test
    void cors060WithWildcardFromAPlaceholderDefault() {
      onlyViolation(policy().origins("${ORIGINS:*}").privateNetwork(), Rule.PRIVATE_NETWORK_WITH_WILDCARD, ALLOW_PRIVATE_NETWORK, -1);
    }

    @Test
    void withListedOriginsIsFine() {
      assertThat(policy().origins("https://app.example.com").privateNetwork().check()).isEmpty();
    }
  }

  @Nested
  class AcceptedRisks {

    @Test
    void insecureOriginWithCredentialsCanBeLifted() {
      assertThat(
              policy()
                  .origins("http://legacy.example.com")
                  .credentials()
                  .acceptRisks("INSECURE_ORIGIN_WITH_CREDENTIALS")
                  .check())
          .isEmpty();
    }

    @Test
    void insecurePatternWithCredentialsCanBeLifted() {
      assertThat(
              policy()
                  .origins()
                  .patterns("http://*.legacy.example.com")
                  .credentials()
                  .acceptRisks("INSECURE_ORIGIN_WITH_CREDENTIALS")
                  .check())
          .isEmpty();
    }

    @Test
    void publicSuffixWildcardWithCredentialsCanBeLifted() {
      assertThat(
              policy()
                  .origins()
                  .patterns("https://*.github.io")
                  .credentials()
                  .acceptRisks("PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS")
                  .check())
          .isEmpty();
    }

    @Test
    void bothRisksLiftedTogether() {
      assertThat(
              policy()
                  .origins("http://legacy.example.com")
                  .patterns("https://*.github.io")
                  .credentials()
                  .acceptRisks("INSECURE_ORIGIN_WITH_CREDENTIALS", "PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS")
                  .check())
          .isEmpty();
    }

    @Test
    void cors075UnusedRisk() {
      Violation v =
          onlyViolation(
              policy().origins("https://app.example.com").credentials().acceptRisks("PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS"),
              Rule.UNUSED_RISK,
              ACCEPT_RISKS,
              0);
      assertThat(v.rule().code()).isEqualTo("CORS075");
      assertThat(v.isError()).isFalse();
      assertThat(v.message()).contains("PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS");
    }

    @Test
    void cors075RiskUnusedBecauseTheOriginIsOnlyAWarning() {
      // Without credentials an http origin is only CORS008, which the risk does not lift.
      List<Violation> violations = policy().origins("http://legacy.example.com").acceptRisks("INSECURE_ORIGIN_WITH_CREDENTIALS").check();
      assertThat(violations).hasSize(2);
      assertViolation(violations.get(0), Rule.INSECURE_ORIGIN, ORIGINS, 0);
      assertViolation(violations.get(1), Rule.UNUSED_RISK, ACCEPT_RISKS, 0);
    }

    @Test
    void cors075AtTheIndexOfTheUnusedOne() {
      onlyViolation(
          policy()
              .origins("http://legacy.example.com")
              .credentials()
              .acceptRisks("INSECURE_ORIGIN_WITH_CREDENTIALS", "PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS"),
          Rule.UNUSED_RISK,
          ACCEPT_RISKS,
          1);
    }

    @Test
    void aRiskLiftsOnlyItsOwnRule() {
      assertThat(rules(policy().origins("*").credentials().acceptRisks("INSECURE_ORIGIN_WITH_CREDENTIALS")))
          .containsExactly(Rule.WILDCARD_ORIGIN_WITH_CREDENTIALS, Rule.UNUSED_RISK);
    }
  }

  @Test
  void violationsComeInAttributeOrder() {
    Policy p =
        policy()
            .origins("null")
            .methods("TRACE")
            .allowedHeaders("Cookie")
            .exposedHeaders("Set-Cookie")
            .maxAge(100_000);
    assertThat(rules(p))
        .containsExactly(
            Rule.NULL_ORIGIN, Rule.FORBIDDEN_METHOD, Rule.FORBIDDEN_REQUEST_HEADER, Rule.UNEXPOSABLE_HEADER, Rule.MAX_AGE_OUT_OF_RANGE);
  }

  @Test
  void violationToStringPointsAtTheValue() {
    Violation v = onlyViolation(policy().origins("https://a.example.com", "null"), Rule.NULL_ORIGIN, ORIGINS, 1);
    assertThat(v.toString()).startsWith("origins[1]: [CORS004] ");
  }
}
