package org.sunshineledger.search;

import org.apache.lucene.util.Version;

/** The schema and engine version of the project index, recorded so a stale index is rebuilt. */
public final class SearchIndexVersion {
  /** Raised whenever the documents' fields change, so an older index is rebuilt at start. */
  public static final int SCHEMA = 1;

  private SearchIndexVersion() {}

  /**
   * The version of the search engine this module was built against.
   *
   * @return for example {@code 9.12.3}
   */
  public static String engine() {
    return Version.LATEST.toString();
  }
}
