package org.sunshineledger.search;

import java.util.List;

/** Searching projects. Its types speak the domain; no search-engine type appears here. */
public interface ProjectSearch {
  /**
   * Searches.
   *
   * @param query the query
   * @return one page of results
   */
  ResultPage search(ProjectQuery query);

  /**
   * Suggests project names as one types: names that start with the text first, then names that
   * contain it.
   *
   * @param text what was typed
   * @param limit how many suggestions at most
   * @return the suggestions
   */
  List<Suggestion> suggest(String text, int limit);

  /**
   * A suggested project.
   *
   * @param id its id
   * @param name its name
   */
  record Suggestion(long id, String name) {}
}
