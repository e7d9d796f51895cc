package dev.crosscheck.processor.exposure;

import dev.crosscheck.processor.jaxrs.ElementRef;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import java.util.Map;

/**
 * One resource method as the exposure report lists it: what it opens to other sites, and where
 * each value of its policy came from.
 *
 * @param path the full path template, locator levels joined: {@code /orders/{id}/lines}
 * @param resource {@code com.example.OrdersResource#list}
 * @param policy the policy in force where the method is open, else null
 * @param closed why it is not open ({@code no-policy}, {@code opted-out}, {@code method-not-in-policy}), else null
 * @param from for each attribute of an open policy, what wrote it: {@code method OrdersResource.list()},
 *     {@code class com.example.OrdersResource}, {@code package com.example}, {@code locator
 *     OrdersResource.lines()}, or {@code default}
 * @param element the resource method, where a change of it is reported
 * @param writers for each attribute of an open policy, the element whose annotation wrote it,
 *     where a change of it is reported
 * @param policySite the element of the most specific annotation of its policy, if it has one:
 *     where its opening is reported
 *
 * <p>Names, not the compiler's elements: the report gathers the endpoints of every round, and is
 * checked against the lock in the last.
 */
public record ExposedEndpoint(String method, String path, String resource, CorsPolicy policy, String closed,
    Map<String, String> from, ElementRef element, Map<PolicyAttribute, ElementRef> writers, ElementRef policySite) {

  /** How the lock file knows the endpoint. */
  public String key() {
    return method + " " + path + " (" + resource + ")";
  }

  public boolean open() {
    return policy != null;
  }
}
