package dev.crosscheck.bench.jmh;

import org.openjdk.jmh.annotations.Param;

/** A filter that does nothing: the floor of the Jakarta REST harness. */
public class NoCorsBenchmark extends ExchangeBenchmark {

  /** It never reads the request path: one table size is enough. */
  @Param({"100"})
  public int paths;

  public NoCorsBenchmark() {
    super("none");
  }
}
