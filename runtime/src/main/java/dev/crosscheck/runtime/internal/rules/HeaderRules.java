package dev.crosscheck.runtime.internal.rules;

import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ALLOWED_HEADERS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.EXPOSED_HEADERS;

import dev.crosscheck.runtime.internal.http.HeaderNames;
import dev.crosscheck.runtime.internal.http.HttpToken;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.GuardedEndpoints;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Sections 3 and 4 of the rulebook: the request headers a policy allows and the response headers it exposes. */
final class HeaderRules {

  private HeaderRules() {}

  static void checkAllowed(CorsPolicy policy, GuardedEndpoints guarded, Findings findings) {
    List<String> headers = policy.allowedHeaders();
    boolean listsAuthorization = headers.stream().anyMatch(h -> h.equalsIgnoreCase("Authorization"));
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      if (header.equals("*")) {
        if (policy.allowCredentials()) {
          findings.report(Rule.WILDCARD_HEADERS_WITH_CREDENTIALS, ALLOWED_HEADERS, i);
        } else if (!listsAuthorization && guarded.authorizationReader().isPresent()) {
          findings.report(
              Rule.WILDCARD_HEADERS_WITHOUT_AUTHORIZATION, ALLOWED_HEADERS, i, guarded.authorizationReader().get());
        }
      } else if (!HttpToken.isToken(header)) {
        findings.report(Rule.HEADER_NOT_TOKEN, ALLOWED_HEADERS, i, header);
      } else if (HeaderNames.isCorsResponseHeader(header)) {
        findings.report(Rule.RESPONSE_HEADER_ALLOWED, ALLOWED_HEADERS, i, header);
      } else if (HeaderNames.isForbiddenRequestHeader(header)) {
        findings.report(Rule.FORBIDDEN_REQUEST_HEADER, ALLOWED_HEADERS, i, header);
      }
    }
    reportDuplicates(headers, ALLOWED_HEADERS, findings);
  }

  static void checkExposed(CorsPolicy policy, Findings findings) {
    List<String> headers = policy.exposedHeaders();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      if (header.equals("*")) {
        if (policy.allowCredentials()) {
          findings.report(Rule.WILDCARD_EXPOSED_WITH_CREDENTIALS, EXPOSED_HEADERS, i);
        }
      } else if (!HttpToken.isToken(header)) {
        findings.report(Rule.EXPOSED_HEADER_NOT_TOKEN, EXPOSED_HEADERS, i, header);
      } else if (HeaderNames.isUnexposable(header)) {
        findings.report(Rule.UNEXPOSABLE_HEADER, EXPOSED_HEADERS, i, header);
      } else if (HeaderNames.isSafelistedResponseHeader(header)) {
        findings.report(Rule.SAFELISTED_EXPOSED_HEADER, EXPOSED_HEADERS, i, header);
      }
    }
    reportDuplicates(headers, EXPOSED_HEADERS, findings);
  }

  /** Header names are case-insensitive, so {@code X-Id} and {@code x-id} are the same entry. */
  private static void reportDuplicates(List<String> headers, PolicyAttribute attribute, Findings findings) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < headers.size(); i++) {
      if (!seen.add(headers.get(i).toLowerCase(Locale.ROOT))) {
        findings.report(Rule.DUPLICATE_ENTRY, attribute, i, headers.get(i), attribute.annotationName());
      }
    }
  }
}
