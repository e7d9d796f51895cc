package dev.crosscheck.bench.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.bench.jaxrs.InMemoryResponse;
import org.junit.jupiter.api.Test;

/**
 * The origin-source benchmark measures what it says ({@code benchmarks/run.sh --sources-only} runs
 * it with JMH): both requests are allowed with the same answer, and each refresh reads its running
 * source.
 */
class OriginSourceBenchmarkTest {

  @Test
  void bothRequestsAreAllowedAlikeAndTheRefreshReadsTheSource() throws Exception {
    OriginSourceBenchmark benchmark = new OriginSourceBenchmark();
    benchmark.setUp();
    InMemoryResponse listed = (InMemoryResponse) benchmark.allowedOriginListedInThePolicy();
    String listedOrigin = listed.getHeaderString("Access-Control-Allow-Origin");
    InMemoryResponse sourced = (InMemoryResponse) benchmark.allowedOriginFromTheSource();
    assertThat(listedOrigin).isEqualTo("https://tenant5000.example.net");
    assertThat(sourced.getHeaderString("Access-Control-Allow-Origin")).isEqualTo(listedOrigin);
    assertThat(benchmark.refreshOfTenThousandUnchanged()).isPositive();
    assertThat(benchmark.refreshOfTenThousandAllChanged()).isPositive();
  }
}
