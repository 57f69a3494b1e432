package org.sunshineledger.charity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/** §14 统一调配: pooled donations matched to open needs by priority, restriction and equity. */
class MatchingPolicyTest {
  private static final LocalDate TODAY = LocalDate.of(2019, 1, 10);
  private static final TownshipId ESHAN = new TownshipId(7);
  private static final TownshipId GUSHAO = new TownshipId(3);

  private static OpenNeed need(
      long id,
      long village,
      TownshipId township,
      long units,
      int urgency,
      String deadline,
      boolean focus) {
    return new OpenNeed(
        id,
        new VillageId(village),
        township,
        NeedCategory.WINTER_SUPPLIES,
        units,
        urgency,
        LocalDate.parse(deadline),
        Instant.parse("2019-01-01T00:00:00Z").plusSeconds(id),
        focus);
  }

  private static PooledDonation donation(long id, long units, TownshipId township) {
    return new PooledDonation(
        id,
        NeedCategory.WINTER_SUPPLIES,
        units,
        township,
        Instant.parse("2019-01-05T00:00:00Z").plusSeconds(id));
  }

  @Test
  void the_most_urgent_need_is_served_first_and_partially_when_supply_is_short() {
    List<Assignment> batch =
        new MatchingPolicy(java.math.BigDecimal.ONE)
            .match(
                List.of(
                    need(1, 1, ESHAN, 10, 2, "2019-02-01", false),
                    need(2, 2, ESHAN, 10, 5, "2019-02-01", false)),
                List.of(donation(1, 12, null)),
                TODAY);
    assertEquals(List.of(2L, 1L), batch.stream().map(Assignment::need).toList());
    assertEquals(List.of(10L, 2L), batch.stream().map(Assignment::units).toList());
    assertTrue(batch.get(1).why().partial());
    assertTrue(batch.get(1).reasons().contains("本批次部分满足，其余待后续捐赠"));
  }

  @Test
  void a_restricted_donation_serves_only_its_township_and_is_used_before_unrestricted_money() {
    List<Assignment> batch =
        new MatchingPolicy(java.math.BigDecimal.ONE)
            .match(
                List.of(
                    need(1, 1, GUSHAO, 5, 5, "2019-02-01", false),
                    need(2, 2, ESHAN, 5, 1, "2019-02-01", false)),
                List.of(donation(1, 5, null), donation(2, 5, ESHAN)),
                TODAY);
    Assignment restricted = batch.stream().filter(a -> a.donation() == 2).findFirst().orElseThrow();
    assertEquals(2L, restricted.need());
    assertTrue(restricted.reasons().contains("捐赠人指定用于本镇"));
    assertEquals(
        1L, batch.stream().filter(a -> a.donation() == 1).findFirst().orElseThrow().need());
  }

  @Test
  void no_village_takes_more_than_its_share_while_another_village_waits() {
    List<OpenNeed> needs =
        List.of(
            need(1, 1, ESHAN, 100, 5, "2019-01-20", true),
            need(2, 2, ESHAN, 100, 3, "2019-01-20", false),
            need(3, 3, ESHAN, 100, 2, "2019-03-01", false),
            need(4, 4, ESHAN, 100, 1, "2019-03-01", false));
    List<Assignment> batch =
        MatchingPolicy.DEMO.match(needs, List.of(donation(1, 100, null)), TODAY);
    assertEquals(List.of(30L, 30L, 30L, 10L), batch.stream().map(Assignment::units).toList());
    assertEquals(List.of(1L, 2L, 3L, 4L), batch.stream().map(Assignment::need).toList());
  }

  @Test
  void the_bound_is_lifted_when_only_bounded_villages_still_wait() {
    List<Assignment> batch =
        MatchingPolicy.DEMO.match(
            List.of(need(1, 1, ESHAN, 100, 5, "2019-01-20", false)),
            List.of(donation(1, 60, null)),
            TODAY);
    assertEquals(60, batch.stream().mapToLong(Assignment::units).sum());
  }
}
