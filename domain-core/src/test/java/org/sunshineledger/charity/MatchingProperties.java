package org.sunshineledger.charity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/** The matching engine's guarantees, for any batch. */
class MatchingProperties {
  private static final LocalDate TODAY = LocalDate.of(2019, 1, 10);

  record Batch(List<OpenNeed> needs, List<PooledDonation> donations) {}

  static Batch batch(long seed, int needCount, int donationCount) {
    Random random = new Random(seed);
    NeedCategory[] categories = {
      NeedCategory.WINTER_SUPPLIES, NeedCategory.CASH, NeedCategory.MEDICAL
    };
    List<OpenNeed> needs = new ArrayList<>();
    for (int i = 1; i <= needCount; i++) {
      needs.add(
          new OpenNeed(
              i,
              new VillageId(1 + random.nextInt(8)),
              new TownshipId(1 + random.nextInt(3)),
              categories[random.nextInt(categories.length)],
              1 + random.nextInt(500),
              1 + random.nextInt(5),
              TODAY.plusDays(random.nextInt(60)),
              Instant.parse("2018-12-01T00:00:00Z").plusSeconds(random.nextInt(3_000_000)),
              random.nextBoolean()));
    }
    List<PooledDonation> donations = new ArrayList<>();
    for (int i = 1; i <= donationCount; i++) {
      donations.add(
          new PooledDonation(
              i,
              categories[random.nextInt(categories.length)],
              1 + random.nextInt(800),
              random.nextInt(3) == 0 ? new TownshipId(1 + random.nextInt(3)) : null,
              Instant.parse("2019-01-01T00:00:00Z").plusSeconds(i)));
    }
    return new Batch(needs, donations);
  }

  @Property(tries = 300)
  void no_need_over_filled_no_donation_over_spent_restrictions_respected(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 0, max = 60) int needCount,
      @ForAll @IntRange(min = 0, max = 40) int donationCount) {
    Batch b = batch(seed, needCount, donationCount);
    List<Assignment> assignments = MatchingPolicy.DEMO.match(b.needs(), b.donations(), TODAY);
    Map<Long, OpenNeed> needs = new HashMap<>();
    b.needs().forEach(n -> needs.put(n.id(), n));
    Map<Long, PooledDonation> donations = new HashMap<>();
    b.donations().forEach(d -> donations.put(d.id(), d));
    Map<Long, Long> toNeed = new HashMap<>();
    Map<Long, Long> fromDonation = new HashMap<>();
    for (Assignment a : assignments) {
      assertTrue(a.units() > 0);
      assertTrue(
          donations.get(a.donation()).allows(needs.get(a.need())),
          "restriction or category broken");
      toNeed.merge(a.need(), a.units(), Long::sum);
      fromDonation.merge(a.donation(), a.units(), Long::sum);
    }
    toNeed.forEach(
        (need, units) ->
            assertTrue(units <= needs.get(need).remaining(), "need " + need + " over-filled"));
    fromDonation.forEach(
        (donation, units) ->
            assertTrue(
                units <= donations.get(donation).remaining(),
                "donation " + donation + " over-spent"));
  }

  @Property(tries = 300)
  void the_equity_bound_holds_and_the_same_input_gives_the_same_output(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 60) int needCount,
      @ForAll @IntRange(min = 1, max = 40) int donationCount) {
    Batch b = batch(seed, needCount, donationCount);
    List<Assignment> assignments = MatchingPolicy.DEMO.match(b.needs(), b.donations(), TODAY);
    assertEquals(assignments, MatchingPolicy.DEMO.match(b.needs(), b.donations(), TODAY));
    for (NeedCategory category : NeedCategory.values()) {
      checkEquity(b, assignments, category);
    }
  }

  /**
   * A village above its bound in a category only where no other village's need that a donation with
   * units left could serve still waits.
   */
  private static void checkEquity(Batch b, List<Assignment> assignments, NeedCategory category) {
    Map<Long, OpenNeed> needs = new HashMap<>();
    b.needs().stream().filter(n -> n.category() == category).forEach(n -> needs.put(n.id(), n));
    long demand = needs.values().stream().mapToLong(OpenNeed::remaining).sum();
    long supply =
        b.donations().stream()
            .filter(d -> d.category() == category)
            .mapToLong(PooledDonation::remaining)
            .sum();
    long cap =
        Math.max(
            1,
            new BigDecimal("0.30")
                .multiply(BigDecimal.valueOf(Math.min(supply, demand)))
                .longValue());
    Map<VillageId, Long> got = new HashMap<>();
    Map<Long, Long> filled = new HashMap<>();
    Map<Long, Long> spent = new HashMap<>();
    for (Assignment a : assignments) {
      OpenNeed need = needs.get(a.need());
      if (need != null) {
        got.merge(need.village(), a.units(), Long::sum);
        filled.merge(a.need(), a.units(), Long::sum);
        spent.merge(a.donation(), a.units(), Long::sum);
      }
    }
    for (Map.Entry<VillageId, Long> village : got.entrySet()) {
      if (village.getValue() > cap) {
        for (OpenNeed other : needs.values()) {
          boolean waiting = filled.getOrDefault(other.id(), 0L) < other.remaining();
          boolean servable =
              b.donations().stream()
                  .anyMatch(d -> d.allows(other) && spent.getOrDefault(d.id(), 0L) < d.remaining());
          assertTrue(
              other.village().equals(village.getKey()) || !waiting || !servable,
              village.getKey()
                  + " took "
                  + village.getValue()
                  + " above "
                  + cap
                  + " while need "
                  + other.id()
                  + " waits");
        }
      }
    }
  }
}
