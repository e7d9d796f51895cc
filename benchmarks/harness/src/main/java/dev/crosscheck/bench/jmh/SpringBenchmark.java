package dev.crosscheck.bench.jmh;

/** Spring's DefaultCorsProcessor and UrlBasedCorsConfigurationSource. */
public class SpringBenchmark extends ExchangeBenchmark {

  public SpringBenchmark() {
    super("spring");
  }
}
