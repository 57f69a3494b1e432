package org.sunshineledger.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet values of one segment as bit sets, built once per segment from the drill-down terms and
 * kept while the segment lives. Counting a facet value over a result is then the population count
 * of two bit sets ANDed — microseconds per value even when the result holds a third of a million
 * projects, where reading every hit's doc values took tens of milliseconds. Few-valued dimensions
 * (township, type, status, year, source: a few dozen values) are dense bit sets; villages (hundreds
 * of values, each on few projects) are lists of documents.
 */
final class LeafFacets {
  /** Dimensions counted with dense bit sets. */
  static final List<String> DENSE = List.of("township", "type", "status", "year", "source");

  /** The dimension counted from document lists. */
  static final String SPARSE = "village";

  private final Map<String, Map<String, FixedBitSet>> dense = new LinkedHashMap<>();
  private final Map<String, int[]> villages = new LinkedHashMap<>();

  private LeafFacets() {}

  /**
   * Reads a segment's facet values.
   *
   * @param reader the segment
   * @param field the drill-down field ({@code $facets} by default)
   * @return the bit sets
   * @throws IOException when the segment cannot be read
   */
  static LeafFacets read(LeafReader reader, String field) throws IOException {
    LeafFacets facets = new LeafFacets();
    DENSE.forEach(dim -> facets.dense.put(dim, new LinkedHashMap<>()));
    Terms terms = reader.terms(field);
    if (terms == null) {
      return facets;
    }
    TermsEnum values = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = values.next(); term != null; term = values.next()) {
      String[] path = FacetsConfig.stringToPath(term.utf8ToString());
      if (path.length != 2) {
        continue; // the dimension's own term
      }
      postings = values.postings(postings, PostingsEnum.NONE);
      Map<String, FixedBitSet> dim = facets.dense.get(path[0]);
      if (dim != null) {
        FixedBitSet bits = new FixedBitSet(reader.maxDoc());
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          bits.set(doc);
        }
        dim.put(path[1], bits);
      } else if (SPARSE.equals(path[0])) {
        List<Integer> docs = new ArrayList<>();
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          docs.add(doc);
        }
        facets.villages.put(path[1], docs.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return facets;
  }

  /**
   * The documents holding a value.
   *
   * @param dim a dense dimension
   * @param value the value
   * @return the bits, or null when no document of the segment holds it
   */
  FixedBitSet bits(String dim, String value) {
    return dense.get(dim).get(value);
  }

  /**
   * Adds the counts of a dense dimension's values within a result.
   *
   * @param dim the dimension
   * @param result the result's documents in this segment
   * @param counts value → count, added to
   */
  void count(String dim, FixedBitSet result, Map<String, Long> counts) {
    for (Map.Entry<String, FixedBitSet> value : dense.get(dim).entrySet()) {
      long n = FixedBitSet.intersectionCount(result, value.getValue());
      if (n > 0) {
        counts.merge(value.getKey(), n, Long::sum);
      }
    }
  }

  /**
   * Adds the counts of the villages within a result.
   *
   * @param result the result's documents in this segment
   * @param counts value → count, added to
   */
  void countVillages(FixedBitSet result, Map<String, Long> counts) {
    for (Map.Entry<String, int[]> village : villages.entrySet()) {
      long n = 0;
      for (int doc : village.getValue()) {
        if (result.get(doc)) {
          n++;
        }
      }
      if (n > 0) {
        counts.merge(village.getKey(), n, Long::sum);
      }
    }
  }

  /**
   * The documents of a village.
   *
   * @param value the village
   * @param maxDoc the segment's size
   * @return the bits
   */
  FixedBitSet village(String value, int maxDoc) {
    FixedBitSet bits = new FixedBitSet(maxDoc);
    for (int doc : villages.getOrDefault(value, new int[0])) {
      bits.set(doc);
    }
    return bits;
  }
}
