package dev.crosscheck.bench.jmh;

import dev.crosscheck.bench.subject.Case;
import org.openjdk.jmh.annotations.Param;

/** Nothing but the reset of Spring's mock response: the floor of Spring's harness. */
public class NoCorsServletBenchmark extends ExchangeBenchmark {

  @Param({"100"})
  public int paths;

  /** Resetting the mock response costs about the same in every case. */
  @Param({"ALLOWED"})
  public Case request;

  public NoCorsServletBenchmark() {
    super("none-servlet");
  }
}
