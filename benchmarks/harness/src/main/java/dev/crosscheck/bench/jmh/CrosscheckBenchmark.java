package dev.crosscheck.bench.jmh;

/** The generated filter. */
public class CrosscheckBenchmark extends ExchangeBenchmark {

  public CrosscheckBenchmark() {
    super("crosscheck");
  }
}
