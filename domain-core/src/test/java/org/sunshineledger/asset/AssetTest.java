package org.sunshineledger.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.region.VillageId;

/** §12 and §17: assets of poverty funds belong to village collectives; five rights kept apart. */
class AssetTest {
  private static final Instant T = Instant.parse("2018-12-01T00:00:00Z");
  private static final AssetRights HUANGQUAN_RIGHTS =
      new AssetRights(
          new Ownership.Collective(new VillageId(282)),
          Optional.empty(),
          "黄泉村村集体",
          "黄泉村建档立卡贫困户",
          "黄泉村精准扶贫理事会");

  private static Asset solarPlant() {
    return Asset.register(
        new AssetId(1),
        new ProjectId(1),
        ProjectStage.COMPLETION_ACCEPTED,
        "黄泉村光伏电站100kW",
        HUANGQUAN_RIGHTS,
        Money.yuan("720000"),
        "eshan-officer",
        T,
        "验收-2018-1");
  }

  @Test
  void an_asset_is_registered_only_after_completion_acceptance() {
    DomainException refused =
        assertThrows(
            DomainException.class,
            () ->
                Asset.register(
                    new AssetId(1),
                    new ProjectId(1),
                    ProjectStage.IMPLEMENTATION,
                    "x",
                    HUANGQUAN_RIGHTS,
                    Money.yuan("1"),
                    "x",
                    T,
                    "d"));
    assertEquals("asset.project-not-accepted", refused.rule());
  }

  @Test
  void the_ledger_is_appended_to_by_every_command_and_never_rewritten() {
    Asset asset = solarPlant();
    asset.handOver("黄泉村村民委员会", "黄泉村党支部书记", "eshan-officer", T.plusSeconds(1), "移交-1");
    asset.contractOperator(
        new OperatingContract(
            "峨山镇光伏合作社", "合同-7", LocalDate.of(2019, 1, 1), LocalDate.of(2028, 12, 31)),
        "huangquan-officer",
        T.plusSeconds(2));
    asset.revalue(Money.yuan("700000"), "huangquan-officer", T.plusSeconds(3), "评估-2019");
    assertEquals(
        List.of(
            LedgerEntry.Kind.REGISTERED,
            LedgerEntry.Kind.HANDED_OVER,
            LedgerEntry.Kind.OPERATOR_CONTRACTED,
            LedgerEntry.Kind.VALUED),
        asset.ledger().stream().map(LedgerEntry::kind).toList());
    assertEquals(Money.yuan("720000"), asset.ledger().get(0).value());
    assertEquals(Money.yuan("700000"), asset.value());
    assertEquals("黄泉村村民委员会", asset.custodian());
    assertEquals("峨山镇光伏合作社", asset.rights().operation().orElseThrow().operator());
    assertThrows(UnsupportedOperationException.class, () -> asset.ledger().clear());
  }

  @Test
  void the_five_rights_are_kept_apart() {
    Asset asset = solarPlant();
    asset.contractOperator(
        new OperatingContract(
            "峨山镇光伏合作社", "合同-7", LocalDate.of(2019, 1, 1), LocalDate.of(2028, 12, 31)),
        "x",
        T);
    AssetRights rights = asset.rights();
    assertEquals(new Ownership.Collective(new VillageId(282)), rights.ownership());
    assertEquals("黄泉村村集体", rights.incomeHolder());
    assertEquals("黄泉村建档立卡贫困户", rights.beneficiaries());
    assertEquals("黄泉村精准扶贫理事会", rights.supervisor());
    assertTrue(rights.operation().isPresent());
  }

  @Test
  void a_joint_asset_is_owned_in_shares_that_add_up_to_one() {
    Ownership.Joint joint =
        new Ownership.Joint(
            List.of(
                new Ownership.Share(new VillageId(282), new BigDecimal("0.6")),
                new Ownership.Share(new VillageId(283), new BigDecimal("0.4"))));
    assertEquals(2, joint.shares().size());
    assertEquals(
        "asset.joint-shares",
        assertThrows(
                DomainException.class,
                () ->
                    new Ownership.Joint(
                        List.of(
                            new Ownership.Share(new VillageId(282), new BigDecimal("0.6")),
                            new Ownership.Share(new VillageId(283), new BigDecimal("0.3")))))
            .rule());
  }

  @Test
  void a_disposed_asset_takes_no_further_command_and_hand_over_happens_once() {
    Asset asset = solarPlant();
    asset.handOver("黄泉村村民委员会", "书记", "x", T, "移交-1");
    assertEquals(
        "asset.already-handed-over",
        assertThrows(DomainException.class, () -> asset.handOver("y", "z", "x", T, "d")).rule());
    asset.dispose("设备报废", "x", T, "处置-1");
    assertEquals(AssetStatus.DISPOSED, asset.status());
    assertEquals(
        "asset.disposed",
        assertThrows(DomainException.class, () -> asset.revalue(Money.yuan("1"), "x", T, "d"))
            .rule());
    assertFalse(asset.ledger().isEmpty());
  }
}
