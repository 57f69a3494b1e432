package org.sunshineledger.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchIndexVersionTest {
  @Test
  void reports_the_engine_version_it_was_built_against() {
    assertEquals("9.12.3", SearchIndexVersion.engine());
  }
}
