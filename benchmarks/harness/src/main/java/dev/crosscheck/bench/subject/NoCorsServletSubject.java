package dev.crosscheck.bench.subject;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The floor of Spring's harness: resetting the mock response, nothing else. */
final class NoCorsServletSubject implements Subject {

  private MockHttpServletRequest request;
  private final MockHttpServletResponse response = new MockHttpServletResponse();

  @Override
  public void prepare(int scale, Case c) {
    request = SpringSubject.request(c, scale);
  }

  @Override
  public Object handle() {
    response.setCommitted(false);
    response.reset();
    return request;
  }

  @Override
  public Outcome outcome() {
    return new Outcome(200, null, null, null, null, null);
  }

  @Override
  public String name() {
    return "none-servlet";
  }
}
