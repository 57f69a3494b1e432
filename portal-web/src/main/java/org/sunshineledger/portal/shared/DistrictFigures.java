package org.sunshineledger.portal.shared;

import java.util.List;

/**
 * What a room tells the landing page about the whole district, each figure a link to the list
 * behind it: each context implements it as a CDI bean, and the landing page shows them all without
 * knowing the rooms.
 */
public interface DistrictFigures {
  /**
   * The room's figures, in the order they are read.
   *
   * @return the figures
   */
  List<Figure> figures();

  /**
   * One figure of the district.
   *
   * @param key the key of its sentence in the pages' bundle
   * @param arguments the sentence's arguments
   * @param href the list behind it, below the portal's root, or null
   */
  record Figure(String key, List<Object> arguments, String href) {}
}
