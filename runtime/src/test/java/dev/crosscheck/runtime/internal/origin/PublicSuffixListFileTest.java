package dev.crosscheck.runtime.internal.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the list's published format, as the refresh command does. */
class PublicSuffixListFileTest {

  @Test
  void readsRulesUpToWhiteSpaceSkipsCommentsAndWritesPunycodeSorted() {
    List<String> lines = List.of(
        "// ===BEGIN ICANN DOMAINS===",
        "",
        "uk",
        "co.uk   trailing words are not part of the rule",
        "*.ck",
        "!www.ck",
        "公司.cn",
        "CO.UK",
        "// ===BEGIN PRIVATE DOMAINS===",
        "github.io");
    assertThat(PublicSuffixListFile.rules(lines))
        .containsExactly("!www.ck", "*.ck", "co.uk", "github.io", "uk", "xn--55qx5d.cn");
  }

  @Test
  void aWildcardTheRuntimeCannotRepresentIsRefusedWithItsLine() {
    assertThatThrownBy(() -> PublicSuffixListFile.rules(List.of("com", "a.*.example")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 2: \"a.*.example\"");
  }

  @Test
  void theResourceStartsWithItsHeaderAndNamesWhereTheListCameFrom() {
    String resource = PublicSuffixListFile.resource(List.of("com", "*.ck"), "as published on 2026-12-03");
    assertThat(resource.lines().filter(l -> l.startsWith("#"))).anyMatch(l -> l.contains("as published on 2026-12-03"));
    assertThat(resource.lines().filter(l -> !l.startsWith("#"))).containsExactly("*.ck", "com");
  }
}
