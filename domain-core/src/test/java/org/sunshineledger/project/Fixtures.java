package org.sunshineledger.project;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.Yicheng;

/** Projects in 峄城区's real places, for the tests of this package and the trace. */
public final class Fixtures {
  public static final District YICHENG = Yicheng.district();
  public static final Village HUANGQUAN = YICHENG.villageNamed("峨山镇", "黄泉村").orElseThrow();
  public static final Instant T0 = Instant.parse("2018-03-01T08:00:00Z");

  private Fixtures() {}

  public static ProjectPlan pomegranateWorkshop() {
    return new ProjectPlan(
        "黄泉村石榴深加工扶贫车间",
        "建设石榴汁加工车间一处，吸纳本村贫困劳动力就业",
        ProjectType.POVERTY_WORKSHOP,
        ProjectScope.SINGLE_VILLAGE,
        List.of(HUANGQUAN.township()),
        List.of(HUANGQUAN.id()),
        Year.of(2018),
        Money.yuan("600000"),
        "峨山镇人民政府",
        Set.of(BenefitLink.EMPLOYMENT, BenefitLink.SHARE_COOPERATION));
  }

  public static TownshipBlock eshanBlock(long id, String yuan) {
    return new TownshipBlock(
        new BlockId(id), new FundId(1), HUANGQUAN.township(), Money.yuan(yuan), Money.zero());
  }

  /** A project taken to the given stage, funded from the block before implementation. */
  public static Project projectAt(ProjectStage stage, TownshipBlock block, Money funding) {
    Project project =
        Project.propose(
            new ProjectId(1), pomegranateWorkshop(), "eshan-officer", T0, "峨政发〔2018〕1号");
    for (ProjectStage next : ProjectStage.values()) {
      if (next.ordinal() == 0 || next.ordinal() > stage.ordinal()) {
        continue;
      }
      if (next == ProjectStage.IMPLEMENTATION) {
        project.fund(block, funding);
      }
      project.advanceTo(
          next, "eshan-officer", T0.plusSeconds(86_400L * next.ordinal()), "文号-" + next);
    }
    return project;
  }
}
