package dev.crosscheck.processor.policy;

import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ACCEPT_RISKS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ALLOWED_HEADERS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ALLOW_CREDENTIALS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ALLOW_PRIVATE_NETWORK;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.EXPOSED_HEADERS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.MAX_AGE;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.METHODS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ORIGINS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ORIGIN_PATTERNS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ORIGIN_SOURCE;

import dev.crosscheck.processor.jaxrs.JaxRsAnnotations;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Merges the annotations on an endpoint's policy sites, general to specific, attribute by
 * attribute. {@code @NoCrossOrigin} drops everything above it, so an opted-out method has no
 * policy and a policy below an opt-out starts from the defaults.
 */
public final class PolicyMerger {

  /** Each element read once, so equal contributor lists mean the same annotations. */
  private final Map<Element, Optional<WrittenPolicy>> cache = new HashMap<>();
  /** Each combination of written policies, general to specific, merged once. */
  private final Map<List<WrittenPolicy>, MergedPolicy> merged = new HashMap<>();
  /** Opt-outs that dropped a policy somewhere: the others are useless. */
  private final Set<Element> effectiveOptOuts = new HashSet<>();

  public Optional<WrittenPolicy> written(Element element) {
    return cache.computeIfAbsent(element, WrittenPolicy::read);
  }

  public static boolean optsOut(Element element) {
    return optOutAnnotation(element).isPresent();
  }

  /** The element's {@code @NoCrossOrigin}, to report on. */
  public static Optional<AnnotationMirror> optOutAnnotation(Element element) {
    return JaxRsAnnotations.find(element, PolicyAnnotations.NO_CROSS_ORIGIN);
  }

  public static boolean carriesPolicy(Element element) {
    return JaxRsAnnotations.find(element, PolicyAnnotations.CROSS_ORIGIN).isPresent() || optsOut(element);
  }

  public Optional<MergedPolicy> merge(List<Element> sites) {
    List<WrittenPolicy> active = new ArrayList<>();
    for (Element site : sites) {
      if (optsOut(site)) {
        if (!active.isEmpty()) {
          effectiveOptOuts.add(site);
        }
        active.clear();
      }
      written(site).ifPresent(active::add);
    }
    if (active.isEmpty()) {
      return Optional.empty();
    }
    // Most endpoints share their annotations with many others: merge each combination once.
    return Optional.of(merged.computeIfAbsent(List.copyOf(active), PolicyMerger::mergeActive));
  }

  private static MergedPolicy mergeActive(List<WrittenPolicy> active) {
    Map<PolicyAttribute, WrittenPolicy> writers = new EnumMap<>(PolicyAttribute.class);
    for (WrittenPolicy policy : active) {
      for (PolicyAttribute attribute : PolicyAttribute.values()) {
        if (policy.wrote(attribute)) {
          writers.put(attribute, policy);
        }
      }
    }
    CorsPolicy policy =
        new CorsPolicy(
            strings(writers, ORIGINS),
            strings(writers, ORIGIN_PATTERNS),
            strings(writers, METHODS),
            strings(writers, ALLOWED_HEADERS),
            strings(writers, EXPOSED_HEADERS),
            writers.containsKey(ALLOW_CREDENTIALS) && writers.get(ALLOW_CREDENTIALS).bool(ALLOW_CREDENTIALS),
            writers.containsKey(MAX_AGE) ? writers.get(MAX_AGE).number(MAX_AGE, CorsPolicy.DEFAULT_MAX_AGE) : CorsPolicy.DEFAULT_MAX_AGE,
            writers.containsKey(ALLOW_PRIVATE_NETWORK) && writers.get(ALLOW_PRIVATE_NETWORK).bool(ALLOW_PRIVATE_NETWORK),
            strings(writers, ACCEPT_RISKS),
            writers.containsKey(ORIGIN_SOURCE) ? writers.get(ORIGIN_SOURCE).originSource().orElse(null) : null);
    return new MergedPolicy(policy, active, writers);
  }

  private static List<String> strings(Map<PolicyAttribute, WrittenPolicy> writers, PolicyAttribute attribute) {
    WrittenPolicy writer = writers.get(attribute);
    return writer == null ? List.of() : writer.strings(attribute);
  }

  /** The {@code @NoCrossOrigin}s that dropped a policy for some endpoint merged so far. */
  public Set<Element> optOutsInEffect() {
    return Set.copyOf(effectiveOptOuts);
  }
}
