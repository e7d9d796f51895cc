package dev.crosscheck.runtime.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.CrossOrigin;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleTest {

  @Test
  void codesAreUnique() {
    List<String> codes = Arrays.stream(Rule.values()).map(Rule::code).toList();
    assertThat(codes).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void codeIsCorsAndThreeDigits(Rule rule) {
    assertThat(rule.code()).matches("CORS\\d{3}");
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void forCodeFindsTheRule(Rule rule) {
    assertThat(Rule.forCode(rule.code())).contains(rule);
  }

  @Test
  void forCodeOfAnUnknownCodeIsEmpty() {
    assertThat(Rule.forCode("CORS000")).isEmpty();
    assertThat(Rule.forCode("cors001")).isEmpty();
    assertThat(Rule.forCode("")).isEmpty();
  }

  @Test
  void codesOfTheRulebookSectionsExist() {
    Set<String> codes = Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toSet());
    for (int n : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 20, 21, 22, 23, 24, 25, 30, 31, 32, 33, 34, 40, 41, 42, 43, 44, 50, 51, 60, 75}) {
      assertThat(codes).contains(String.format("CORS%03d", n));
    }
  }

  @Test
  void everyRiskLiftsExactlyOneRule() {
    assertThat(CrossOrigin.Risk.values()).isNotEmpty();
    for (CrossOrigin.Risk risk : CrossOrigin.Risk.values()) {
      List<Rule> lifted =
          Arrays.stream(Rule.values()).filter(r -> r.liftedBy().filter(risk.name()::equals).isPresent()).toList();
      assertThat(lifted).as("rules lifted by %s", risk).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyLiftNamesARisk(Rule rule) {
    Set<String> risks = Arrays.stream(CrossOrigin.Risk.values()).map(Enum::name).collect(Collectors.toSet());
    rule.liftedBy().ifPresent(risk -> assertThat(risks).as("liftedBy of %s", rule).contains(risk));
  }

  @Test
  void theDocumentedLifts() {
    assertThat(Rule.INSECURE_ORIGIN_WITH_CREDENTIALS.liftedBy()).contains("INSECURE_ORIGIN_WITH_CREDENTIALS");
    assertThat(Rule.INSECURE_ORIGIN_WITH_CREDENTIALS.code()).isEqualTo("CORS007");
    assertThat(Rule.PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS.liftedBy()).contains("PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS");
    assertThat(Rule.PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS.code()).isEqualTo("CORS011");
  }

  @Test
  void rulesBrowsersEnforceAnywayCannotBeLifted() {
    assertThat(Rule.WILDCARD_ORIGIN_WITH_CREDENTIALS.liftedBy()).isEmpty();
    assertThat(Rule.NULL_ORIGIN.liftedBy()).isEmpty();
    assertThat(Rule.NOT_CANONICAL_ORIGIN.liftedBy()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void liftableRulesAreErrorsThatNameTheirRisk(Rule rule) {
    rule.liftedBy()
        .ifPresent(
            risk -> {
              assertThat(rule.severity()).isEqualTo(Severity.ERROR);
              assertThat(rule.template()).contains("acceptRisks = " + risk);
            });
  }

  /**
   * Words and phrases that tell the reader what to do. A fix follows the colon that ends the
   * description of the problem ("...: remove it").
   */
  private static final Pattern FIX =
      Pattern.compile(
          "^(?:%s; )?(?:remove|list|use|write|add|keep|allow|name|put|take|give|leave|serve|generate"
              + "|wildcards belong in|the only wildcard forms are)\\b");

  /** Rules whose fix is filled in by the check, always as an instruction (see PolicyRulesTest for CORS006). */
  /** Rules whose callers supply the fix with the specifics. */
  private static final Set<Rule> FIX_FILLED_IN = Set.of(Rule.NOT_CANONICAL_ORIGIN, Rule.UNMAPPED_POLICY, Rule.INVALID_OPTION,
      Rule.RUNTIME_CONTRACT_MISMATCH);

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyTemplateSaysHowToFixIt(Rule rule) {
    String template = rule.template();
    assertThat(template).as("%s template", rule).contains(": ");
    boolean fixed = false;
    Matcher colon = Pattern.compile(": ").matcher(template);
    while (colon.find()) {
      String after = template.substring(colon.end());
      if (FIX.matcher(after).find()
          || (FIX_FILLED_IN.contains(rule) && after.equals("%s"))
          || (rule == Rule.PROCESSOR_FAILURE && template.contains("please report it"))) {
        fixed = true;
      }
    }
    assertThat(fixed).as("%s (%s): \"%s\" says how to fix it after a ':'", rule, rule.code(), template).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void messageIsTheTemplateWithItsCode(Rule rule) {
    int places = template(rule).split("%s", -1).length - 1;
    Object[] specifics = new Object[places];
    Arrays.fill(specifics, "X");
    String message = rule.message(specifics);
    assertThat(message).startsWith("[" + rule.code() + "] ").doesNotContain("%s");
  }

  private static String template(Rule rule) {
    return rule.template();
  }

  @Test
  void severitiesFollowTheRulebook() {
    for (Rule warning :
        List.of(
            Rule.INSECURE_ORIGIN,
            Rule.REDUNDANT_ORIGIN,
            Rule.PUBLIC_SUFFIX_WILDCARD,
            Rule.OPTIONS_METHOD,
            Rule.WILDCARD_HEADERS_WITHOUT_AUTHORIZATION,
            Rule.SAFELISTED_EXPOSED_HEADER,
            Rule.DUPLICATE_ENTRY,
            Rule.MAX_AGE_CLAMPED)) {
      assertThat(warning.severity()).as("%s", warning).isEqualTo(Severity.WARNING);
    }
    for (Rule error :
        List.of(
            Rule.NO_ORIGIN,
            Rule.WILDCARD_ORIGIN_WITH_CREDENTIALS,
            Rule.WILDCARD_IN_ORIGIN,
            Rule.NULL_ORIGIN,
            Rule.UNSUPPORTED_SCHEME,
            Rule.NOT_CANONICAL_ORIGIN,
            Rule.INSECURE_ORIGIN_WITH_CREDENTIALS,
            Rule.INVALID_PATTERN,
            Rule.PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS,
            Rule.FORBIDDEN_METHOD,
            Rule.METHOD_NOT_TOKEN,
            Rule.METHOD_NOT_DECLARED,
            Rule.WILDCARD_METHOD_WITH_CREDENTIALS,
            Rule.HEADER_NOT_TOKEN,
            Rule.FORBIDDEN_REQUEST_HEADER,
            Rule.RESPONSE_HEADER_ALLOWED,
            Rule.WILDCARD_HEADERS_WITH_CREDENTIALS,
            Rule.UNEXPOSABLE_HEADER,
            Rule.WILDCARD_EXPOSED_WITH_CREDENTIALS,
            Rule.EXPOSED_HEADER_NOT_TOKEN,
            Rule.MAX_AGE_OUT_OF_RANGE,
            Rule.PRIVATE_NETWORK_WITH_WILDCARD)) {
      assertThat(error.severity()).as("%s", error).isEqualTo(Severity.ERROR);
    }
  }
}
