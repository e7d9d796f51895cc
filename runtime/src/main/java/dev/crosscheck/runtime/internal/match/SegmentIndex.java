package dev.crosscheck.runtime.internal.match;

import dev.crosscheck.runtime.internal.path.PathTemplate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Narrows the templates a path is tried against to those that can match it, in precedence order,
 * so that lookups stay flat as tables grow. A template whose leading segments are literal
 * ({@code api/orders/{id}}) can only match a path that starts with those very segments; the
 * index is a tree of literal segments, each node holding, in precedence order, the templates whose
 * literal segments end at or above it. A lookup descends along the path's segments, with one
 * hash probe per segment and no allocation.
 *
 * @param <T> what each template stands for
 */
public final class SegmentIndex<T> {

  private static final class Node {
    /** While the index is built; dropped once it is sealed, when {@link #childIndex} answers. */
    Map<String, Node> children;
    /** While the index is built: the positions of the templates whose literal segments end here, ascending. */
    int[] own = NONE;
    int ownCount;
    RegionMap<Node> childIndex;
    List<Object> candidates;

    void add(int position) {
      if (ownCount == own.length) {
        own = Arrays.copyOf(own, Math.max(2, ownCount * 2));
      }
      own[ownCount++] = position;
    }
  }

  private static final int[] NONE = {};

  /** The child index of every leaf: most nodes of a large table are leaves. */
  private static final RegionMap<Node> NO_CHILDREN = new RegionMap<>(Map.of());

  private final Node root = new Node();

  /**
   * @param templates in precedence order; the values are returned in that order
   * @param segments the encoded literal segments a template starts with ({@link #literalSegments})
   */
  public SegmentIndex(List<PathTemplate> templates, List<T> values, Function<PathTemplate, List<String>> segments) {
    for (int i = 0; i < templates.size(); i++) {
      Node node = root;
      for (String segment : segments.apply(templates.get(i))) {
        if (node.children == null) {
          node.children = new LinkedHashMap<>();
        }
        node = node.children.computeIfAbsent(segment, s -> new Node());
      }
      node.add(i);
    }
    seal(root, NONE, List.of(), values);
  }

  /**
   * @param inherited the positions of the templates that end above the node, ascending
   * @param inheritedValues their values, which a node with none of its own shares
   */
  private void seal(Node node, int[] inherited, List<Object> inheritedValues, List<T> values) {
    int[] all = inherited;
    if (node.ownCount == 0) {
      node.candidates = inheritedValues;
    } else {
      all = merged(inherited, node.own, node.ownCount);
      Object[] candidates = new Object[all.length];
      for (int i = 0; i < all.length; i++) {
        candidates[i] = values.get(all[i]);
      }
      node.candidates = List.of(candidates);
    }
    if (node.children == null) {
      node.childIndex = NO_CHILDREN;
    } else {
      node.childIndex = new RegionMap<>(node.children);
      for (Node child : node.children.values()) {
        seal(child, all, node.candidates, values);
      }
    }
    node.children = null;
    node.own = null;
  }

  /** Two ascending lists of positions as one. */
  private static int[] merged(int[] a, int[] b, int bCount) {
    int[] out = new int[a.length + bCount];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length && j < bCount) {
      out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    }
    while (i < a.length) {
      out[k++] = a[i++];
    }
    while (j < bCount) {
      out[k++] = b[j++];
    }
    return out;
  }

  /** The encoded literal segments a template starts with, whole segments only. */
  public static List<String> literalSegments(PathTemplate template) {
    StringBuilder literal = new StringBuilder();
    boolean endsInVariable = false;
    for (PathTemplate.Part part : template.parts()) {
      if (part.isVariable()) {
        endsInVariable = true;
        break;
      }
      literal.append(part.literal());
    }
    if (literal.length() == 0) {
      return List.of();
    }
    String[] pieces = PathTemplate.encodeLiteral(literal.toString()).split("/", -1);
    // The piece before a variable is only the start of a segment ("r1" of "r1{x}").
    int whole = endsInVariable ? pieces.length - 1 : pieces.length;
    return List.of(Arrays.copyOf(pieces, whole));
  }

  /**
   * The values whose templates may match {@code path[from, to)}, in precedence order. Walk it by
   * index: an iterator would be the only allocation of a lookup.
   */
  @SuppressWarnings("unchecked")
  public List<T> candidates(String path, int from, int to) {
    Node node = root;
    int position = from;
    while (position < to) {
      int end = path.indexOf('/', position);
      if (end < 0 || end > to) {
        end = to;
      }
      Node child = node.childIndex.get(path, position, end);
      if (child == null) {
        break;
      }
      node = child;
      position = end + 1;
    }
    return (List<T>) node.candidates;
  }
}
