package dev.crosscheck.bench.jmh;

import org.openjdk.jmh.annotations.Param;

/** RESTEasy's CorsFilter. */
public class ResteasyBenchmark extends ExchangeBenchmark {

  /** It never reads the request path: one table size is enough. */
  @Param({"100"})
  public int paths;

  public ResteasyBenchmark() {
    super("resteasy");
  }
}
