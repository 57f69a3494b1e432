package org.sunshineledger.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectIndexTest {
  private static final List<ProjectDocument> PROJECTS = ProjectFixtures.generate(3000, 7);
  private static ProjectIndex index;

  @BeforeAll
  static void build() {
    index = ProjectIndex.inMemory();
    index.rebuild(PROJECTS, "fixtures", n -> {});
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static Set<Long> like(String q, List<ProjectDocument> projects) {
    return ProjectFixtures.like(q, projects);
  }

  private static Set<Long> ids(ProjectQuery query) {
    Set<Long> ids = new HashSet<>();
    for (int offset = 0; ; offset += 100) {
      ResultPage page =
          index.search(
              new ProjectQuery(
                  query.text(),
                  query.township(),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  ProjectQuery.Sort.RELEVANCE,
                  offset,
                  100));
      page.hits().forEach(h -> ids.add(h.id()));
      if (page.nextCursor() == null || offset >= 9_900) {
        return ids;
      }
    }
  }

  @Test
  void every_query_finds_exactly_what_sql_like_finds_including_unknown_place_names() {
    for (String q : ProjectFixtures.QUERIES) {
      Set<Long> expected = like(q, PROJECTS);
      ResultPage first = index.search(ProjectQuery.text(q));
      assertEquals(expected.size(), first.total(), q);
      if (expected.size() <= 10_000) {
        assertEquals(expected, ids(ProjectQuery.text(q)), q);
      }
    }
  }

  @Test
  void a_one_character_query_finds_what_like_finds() {
    assertEquals(like("埠", PROJECTS).size(), index.search(ProjectQuery.text("埠")).total());
  }

  @Test
  void facet_counts_equal_group_by_counts_and_a_chosen_township_still_shows_the_others() {
    ResultPage all = index.search(ProjectQuery.text("石榴"));
    Map<String, Long> groupBy =
        PROJECTS.stream()
            .filter(p -> like("石榴", List.of(p)).size() == 1)
            .collect(
                Collectors.groupingBy(
                    ProjectDocument::township, TreeMap::new, Collectors.counting()));
    Map<String, Long> facet = new TreeMap<>();
    all.facets().get("township").forEach(c -> facet.put(c.value(), c.count()));
    assertEquals(groupBy, facet);

    ResultPage eshan = index.search(ProjectQuery.text("石榴").inTownship("峨山镇"));
    assertEquals(groupBy.get("峨山镇"), eshan.total());
    Map<String, Long> sideways = new TreeMap<>();
    eshan.facets().get("township").forEach(c -> sideways.put(c.value(), c.count()));
    assertEquals(groupBy, sideways, "drill-sideways keeps the other townships' counts");
    assertTrue(eshan.hits().stream().allMatch(h -> h.township().equals("峨山镇")));
  }

  @Test
  void hits_carry_highlights_that_escape_html() {
    ResultPage page = index.search(ProjectQuery.text("光伏"));
    ResultPage.Hit hit = page.hits().get(0);
    assertTrue(hit.nameHighlight().contains("<mark>光伏</mark>"), hit.nameHighlight());
    assertEquals("a&lt;b&gt; <mark>x</mark>", Highlights.mark("a<b> x", "x"));
  }

  @Test
  void amount_ranges_and_sorting_by_amount() {
    ProjectQuery byAmount =
        new ProjectQuery(
            "",
            null,
            null,
            null,
            null,
            null,
            null,
            100_000_000L,
            150_000_000L,
            ProjectQuery.Sort.AMOUNT,
            0,
            20);
    ResultPage page = index.search(byAmount);
    long expected =
        PROJECTS.stream()
            .filter(p -> p.totalFen() >= 100_000_000L && p.totalFen() <= 150_000_000L)
            .count();
    assertEquals(expected, page.total());
    for (int i = 1; i < page.hits().size(); i++) {
      assertTrue(page.hits().get(i - 1).totalFen() >= page.hits().get(i).totalFen());
    }
  }

  @Test
  void suggestions_find_names_by_prefix_first_and_then_by_infix() {
    List<ProjectSearch.Suggestion> byPrefix = index.suggest("峨山镇", 5);
    assertEquals(5, byPrefix.size());
    assertTrue(byPrefix.stream().allMatch(s -> s.name().startsWith("峨山镇")));
    List<ProjectSearch.Suggestion> byInfix = index.suggest("深加工", 5);
    assertFalse(byInfix.isEmpty());
    assertTrue(byInfix.stream().allMatch(s -> s.name().contains("深加工")));
  }

  @Test
  void a_changed_project_is_searchable_within_a_second() {
    try (ProjectIndex live = ProjectIndex.inMemory()) {
      live.rebuild(PROJECTS.subList(0, 10), "v1", n -> {});
      ProjectDocument renamed = PROJECTS.get(0);
      renamed =
          new ProjectDocument(
              renamed.id(),
              "峨山镇鸭嘴兽养殖示范场",
              renamed.description(),
              renamed.township(),
              renamed.villages(),
              renamed.type(),
              renamed.scope(),
              renamed.status(),
              renamed.year(),
              renamed.totalFen(),
              renamed.disbursedFen(),
              renamed.sources(),
              renamed.implementingUnit(),
              renamed.benefitLinks(),
              renamed.updatedAt());
      long started = System.nanoTime();
      long generation = live.upsert(renamed);
      live.awaitSearchable(generation);
      assertTrue(System.nanoTime() - started < 1_000_000_000L);
      assertEquals(1, live.search(ProjectQuery.text("鸭嘴兽")).total());
      assertEquals(10, live.size());
    }
  }

  @Test
  void a_missing_index_must_be_rebuilt_and_a_committed_one_remembers_its_source(
      @TempDir Path folder) throws Exception {
    try (ProjectIndex fresh = ProjectIndex.open(folder.resolve("projects"))) {
      assertTrue(fresh.needsRebuild());
      fresh.rebuild(PROJECTS.subList(0, 100), "100@now", n -> {});
    }
    try (ProjectIndex reopened = ProjectIndex.open(folder.resolve("projects"))) {
      assertFalse(reopened.needsRebuild());
      assertEquals("100@now", reopened.sourceVersion());
      assertEquals(100, reopened.size());
    }
    try (var files = Files.walk(folder.resolve("projects"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (ProjectIndex deleted = ProjectIndex.open(folder.resolve("projects"))) {
      assertTrue(deleted.needsRebuild());
    }
  }
}
