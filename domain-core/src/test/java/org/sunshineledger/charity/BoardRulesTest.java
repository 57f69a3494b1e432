package org.sunshineledger.charity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;

/** DOMAIN §9: a need is never over-pledged, a donation never over-spent; needs are reasonable. */
class BoardRulesTest {
  private static final Instant T = Instant.parse("2019-01-05T00:00:00Z");
  private static final TownshipId ESHAN = new TownshipId(7);

  private static Need need(
      long id, Need.State state, long requested, String unitPrice, String item) {
    return new Need(
        id,
        new VillageId(282),
        ESHAN,
        new HouseholdId(1),
        NeedCategory.WINTER_SUPPLIES,
        item,
        requested,
        Money.yuan(unitPrice),
        4,
        LocalDate.of(2019, 1, 31),
        "huangquan-officer",
        T,
        state,
        null,
        null,
        0,
        0);
  }

  private static Donation donation(long units, TownshipId township) {
    return new Donation(
        1, DonorKind.SOE, "枣庄某国有企业", false, NeedCategory.WINTER_SUPPLIES, units, township, T, 0);
  }

  @Test
  void a_need_is_visible_for_pledges_only_after_the_township_verifies_it() {
    Need posted = need(1, Need.State.POSTED, 10, "120", "棉被");
    assertEquals(
        "charity.need-state", assertThrows(DomainException.class, () -> posted.reserve(1)).rule());
    posted.verify("eshan-officer", T);
    posted.reserve(1);
    assertEquals(9, posted.remaining());
  }

  @Test
  void a_need_is_never_over_pledged_and_the_refusal_names_what_is_left() {
    Need need = need(1, Need.State.VERIFIED, 37, "120", "棉被");
    need.reserve(30);
    DomainException refused = assertThrows(DomainException.class, () -> need.reserve(8));
    assertEquals("charity.over-pledge", refused.rule());
    assertEquals(7L, refused.figures().get("remaining"));
    need.release(5);
    need.reserve(12);
    assertEquals(0, need.remaining());
  }

  @Test
  void a_donation_is_never_over_spent_and_keeps_to_its_township() {
    Need need = need(1, Need.State.VERIFIED, 100, "120", "棉被");
    Donation elsewhere = donation(50, new TownshipId(3));
    assertEquals(
        "charity.restriction",
        assertThrows(DomainException.class, () -> elsewhere.reserveFor(need, 1)).rule());
    Donation donation = donation(50, ESHAN);
    donation.reserveFor(need, 40);
    assertEquals(
        "charity.over-spend",
        assertThrows(DomainException.class, () -> donation.reserveFor(need, 11)).rule());
  }

  @Test
  void a_need_closes_only_when_everything_pledged_has_been_received() {
    Need need = need(1, Need.State.VERIFIED, 10, "120", "棉被");
    need.reserve(10);
    need.receive(6);
    assertEquals(Need.State.VERIFIED, need.state());
    need.receive(4);
    assertEquals(Need.State.CLOSED, need.state());
  }

  @Test
  void a_pledge_is_received_only_with_the_one_time_code_and_an_undelivered_one_expires() {
    Pledge pledge =
        new Pledge(
            1, 1, 1, 5, T.plusSeconds(86_400), Pledge.hashCode("483920"), Pledge.State.PLEDGED);
    pledge.deliver();
    assertEquals(
        "charity.receipt-code",
        assertThrows(DomainException.class, () -> pledge.receive("000000")).rule());
    pledge.receive("483920");
    assertEquals(Pledge.State.RECEIVED, pledge.state());
    Pledge late = new Pledge(2, 1, 1, 5, T, Pledge.hashCode("1"), Pledge.State.PLEDGED);
    assertEquals(true, late.expireIfDue(T.plusSeconds(1)));
    assertEquals(Pledge.State.EXPIRED, late.state());
  }

  @Test
  void reasonableness_rules_are_data_price_caps_yearly_caps_and_duplicates() {
    assertEquals(
        "charity.price-cap",
        assertThrows(
                DomainException.class,
                () ->
                    NeedRules.DEMO.check(need(2, Need.State.POSTED, 1, "500.01", "羽绒服"), List.of()))
            .rule());
    Need open = need(1, Need.State.VERIFIED, 2, "120", "棉被");
    assertEquals(
        "charity.duplicate-need",
        assertThrows(
                DomainException.class,
                () ->
                    NeedRules.DEMO.check(need(2, Need.State.POSTED, 1, "120", "棉被"), List.of(open)))
            .rule());
    DomainException yearly =
        assertThrows(
            DomainException.class,
            () ->
                NeedRules.DEMO.check(need(3, Need.State.POSTED, 20, "500", "羽绒服"), List.of(open)));
    assertEquals("charity.yearly-cap", yearly.rule());
    assertEquals(new BigDecimal("10240.00"), yearly.figures().get("total"));
  }
}
