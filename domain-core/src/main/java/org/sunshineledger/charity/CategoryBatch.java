package org.sunshineledger.charity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * One category of a matching batch. Needs are kept in priority order, once for the whole category
 * and once per township; each donation walks the list it may serve with a cursor that only moves
 * forward, so every need is passed over at most once per list and pass — the batch is linear after
 * the sorts.
 */
final class CategoryBatch {
  private final List<OpenNeed> needs;
  private final List<PooledDonation> pool;
  private final LocalDate today;
  private final long[] needLeft;
  private final long[] donationLeft;
  private final Map<Long, Integer> needIndex = new HashMap<>();
  private final Map<VillageId, Long> villageGot = new HashMap<>();
  private final long cap;

  CategoryBatch(
      MatchingPolicy policy, List<OpenNeed> needs, List<PooledDonation> pool, LocalDate today) {
    this.needs = new ArrayList<>(needs);
    this.needs.sort(MatchingPolicy.PRIORITY);
    this.pool = new ArrayList<>(pool);
    this.pool.sort(MatchingPolicy.USE_ORDER);
    this.today = today;
    this.needLeft = new long[this.needs.size()];
    long demand = 0;
    for (int i = 0; i < this.needs.size(); i++) {
      needLeft[i] = this.needs.get(i).remaining();
      demand = Math.addExact(demand, needLeft[i]);
      needIndex.put(this.needs.get(i).id(), i);
    }
    this.donationLeft = new long[this.pool.size()];
    long supply = 0;
    for (int i = 0; i < this.pool.size(); i++) {
      donationLeft[i] = this.pool.get(i).remaining();
      supply = Math.addExact(supply, donationLeft[i]);
    }
    this.cap = policy.villageCap(Math.min(supply, demand));
  }

  void run(List<Assignment> out) {
    Map<TownshipId, List<Integer>> byTownship = new HashMap<>();
    List<Integer> all = new ArrayList<>(needs.size());
    for (int i = 0; i < needs.size(); i++) {
      all.add(i);
      byTownship.computeIfAbsent(needs.get(i).township(), t -> new ArrayList<>()).add(i);
    }
    pass(out, all, byTownship, true);
    pass(out, all, byTownship, false);
  }

  /** One pass over the donations; the first keeps the equity bound, the second lifts it. */
  private void pass(
      List<Assignment> out,
      List<Integer> all,
      Map<TownshipId, List<Integer>> byTownship,
      boolean bounded) {
    Map<TownshipId, int[]> cursors = new HashMap<>();
    int[] globalCursor = {0};
    for (int d = 0; d < pool.size(); d++) {
      PooledDonation donation = pool.get(d);
      List<Integer> candidates =
          donation.township() == null
              ? all
              : byTownship.getOrDefault(donation.township(), List.of());
      int[] cursor =
          donation.township() == null
              ? globalCursor
              : cursors.computeIfAbsent(donation.township(), t -> new int[1]);
      while (donationLeft[d] > 0 && cursor[0] < candidates.size()) {
        int n = candidates.get(cursor[0]);
        OpenNeed need = needs.get(n);
        long room = bounded ? cap - villageGot.getOrDefault(need.village(), 0L) : Long.MAX_VALUE;
        if (needLeft[n] == 0 || room <= 0) {
          cursor[0]++;
          continue;
        }
        long units = Math.min(needLeft[n], Math.min(donationLeft[d], room));
        needLeft[n] -= units;
        donationLeft[d] -= units;
        villageGot.merge(need.village(), units, Long::sum);
        out.add(
            new Assignment(donation.id(), need.id(), units, why(need, donation, needLeft[n] > 0)));
      }
    }
  }

  private Assignment.Why why(OpenNeed need, PooledDonation donation, boolean partial) {
    long waiting =
        ChronoUnit.DAYS.between(need.postedAt().atZone(ZoneOffset.UTC).toLocalDate(), today);
    return new Assignment.Why(
        need.category(),
        need.urgency(),
        need.deadline(),
        Math.max(0, waiting),
        need.focusArea(),
        donation.township() != null,
        partial);
  }
}
