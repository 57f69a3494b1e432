package org.sunshineledger.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.asset.AssetRights;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.fund.AllocationFactor;
import org.sunshineledger.fund.FactorAllocationPolicy;
import org.sunshineledger.fund.FundSourceKind;
import org.sunshineledger.fund.TownshipFactors;
import org.sunshineledger.income.Beneficiary;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.fund.AssetService;
import org.sunshineledger.portal.fund.FundService;
import org.sunshineledger.portal.fund.ProjectService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.registry.RegistrySeeding;
import org.sunshineledger.project.BenefitLink;
import org.sunshineledger.project.ProjectPlan;
import org.sunshineledger.project.ProjectScope;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.registry.UnsafeHouse;

/**
 * A plausible 2018–2020 programme for 峄城区, built from the policy's own figures — the focus
 * townships and key-support villages of §4, 石榴/大枣/核桃/马铃薯, 光伏, 扶贫车间, SOE donations of at least
 * 3,000,000 yuan over the three years (§14), a district budget that never falls (§15) — with
 * synthetic amounts and synthetic people. It is loaded only into an empty database, through the
 * same application services as the officials' writes, so every rule holds for it too.
 */
@ApplicationScoped
public class DemoProgramme {
  private static final Logger LOG = Logger.getLogger(DemoProgramme.class.getName());
  private static final Actor LOADER = Actor.unscoped("demo-loader", Role.DISTRICT_ADMIN);

  /** Synthetic township figures: poor population, key villages, assessment score. */
  private static final Map<String, int[]> TOWNSHIP_FIGURES =
      orderedFigures(
          "坛山街道", new int[] {900, 2, 88},
          "吴林街道", new int[] {1100, 3, 90},
          "古邵镇", new int[] {3600, 9, 93},
          "阴平镇", new int[] {2800, 8, 86},
          "底阁镇", new int[] {2300, 6, 89},
          "榴园镇", new int[] {4100, 10, 92},
          "峨山镇", new int[] {4805, 11, 95});

  /** Synthetic yearly appropriations in yuan: 2018, 2019, 2020. */
  private static final Map<FundSourceKind, long[]> APPROPRIATIONS =
      new EnumMap<>(FundSourceKind.class);

  static {
    APPROPRIATIONS.put(FundSourceKind.CENTRAL, new long[] {6_800_000, 7_200_000, 7_500_000});
    APPROPRIATIONS.put(FundSourceKind.PROVINCIAL, new long[] {4_200_000, 4_500_000, 4_600_000});
    APPROPRIATIONS.put(FundSourceKind.MUNICIPAL, new long[] {2_600_000, 2_800_000, 3_000_000});
    APPROPRIATIONS.put(FundSourceKind.DISTRICT, new long[] {8_000_000, 8_500_000, 9_000_000});
    APPROPRIATIONS.put(FundSourceKind.SOE_DONATION, new long[] {1_000_000, 1_000_000, 1_200_000});
    APPROPRIATIONS.put(FundSourceKind.PAIRED_COOPERATION, new long[] {500_000, 500_000, 500_000});
    APPROPRIATIONS.put(FundSourceKind.CHARITY, new long[] {300_000, 300_000, 300_000});
  }

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "褚", "邵", "田"
  };
  private static final String[] GIVEN = {
    "秀英", "桂兰", "建国", "玉梅", "德胜", "明", "凤英", "志强", "春生", "淑珍", "长海", "兰英", "庆", "保山"
  };

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject FundService fundService;
  @Inject ProjectService projectService;
  @Inject AssetService assetService;
  @Inject RegistrySeeding registrySeeding;
  @Inject HouseholdDirectory householdDirectory;

  /** One demo project: where, what, and how far it got. */
  private record DemoProject(
      int year,
      String township,
      List<String> villages,
      List<String> otherTownships,
      String name,
      String description,
      ProjectType type,
      ProjectScope scope,
      long investmentYuan,
      Set<BenefitLink> links,
      ProjectStage reached,
      String assetName) {}

  private static List<DemoProject> projects() {
    ProjectStage done = ProjectStage.POST_EVALUATED;
    ProjectStage running = ProjectStage.OPERATION;
    Set<BenefitLink> jobs = Set.of(BenefitLink.EMPLOYMENT);
    Set<BenefitLink> shares = Set.of(BenefitLink.SHARE_COOPERATION);
    return List.of(
        new DemoProject(
            2018,
            "峨山镇",
            List.of("黄泉村"),
            List.of(),
            "黄泉村石榴深加工扶贫车间",
            "建设石榴汁加工车间一处，吸纳本村贫困劳动力就业，车间租金收益用于贫困户分红。",
            ProjectType.POVERTY_WORKSHOP,
            ProjectScope.SINGLE_VILLAGE,
            1_200_000,
            Set.of(BenefitLink.EMPLOYMENT, BenefitLink.SHARE_COOPERATION),
            done,
            "黄泉村扶贫车间厂房"),
        new DemoProject(
            2018,
            "峨山镇",
            List.of("三山村"),
            List.of(),
            "三山村村级光伏扶贫电站",
            "建设100千瓦村级光伏电站，发电收益归村集体，用于贫困户公益岗位和分红。",
            ProjectType.PHOTOVOLTAIC,
            ProjectScope.SINGLE_VILLAGE,
            800_000,
            shares,
            done,
            "三山村光伏电站100kW"),
        new DemoProject(
            2018,
            "榴园镇",
            List.of("七里山村"),
            List.of(),
            "七里山村石榴标准化种植基地",
            "改造提升石榴园300亩，推广标准化种植，订单收购贫困户石榴。",
            ProjectType.PLANTING,
            ProjectScope.SINGLE_VILLAGE,
            900_000,
            Set.of(BenefitLink.ORDER_ASSISTANCE),
            done,
            "七里山村石榴基地"),
        new DemoProject(
            2018,
            "古邵镇",
            List.of("万年闸村"),
            List.of(),
            "万年闸村大枣种植园",
            "新建大枣种植园200亩，由合作社生产托管，贫困户按股分红。",
            ProjectType.PLANTING,
            ProjectScope.SINGLE_VILLAGE,
            700_000,
            Set.of(BenefitLink.PRODUCTION_TRUSTEESHIP, BenefitLink.SHARE_COOPERATION),
            running,
            "万年闸村大枣园"),
        new DemoProject(
            2018,
            "峨山镇",
            List.of("后香屯村", "店子村"),
            List.of(),
            "后香屯村、店子村联村道路硬化工程",
            "硬化两村连接道路3.2公里，方便石榴、核桃外运。",
            ProjectType.INFRASTRUCTURE,
            ProjectScope.MULTI_VILLAGE,
            1_500_000,
            jobs,
            running,
            "后香屯—店子联村道路"),
        new DemoProject(
            2019,
            "榴园镇",
            List.of("白庙村"),
            List.of(),
            "白庙村乡村旅游民宿",
            "利用闲置院落改建石榴文化民宿6处，贫困户参与经营服务。",
            ProjectType.RURAL_TOURISM,
            ProjectScope.SINGLE_VILLAGE,
            1_000_000,
            jobs,
            running,
            "白庙村石榴民宿"),
        new DemoProject(
            2019,
            "峨山镇",
            List.of("石灰窑埠村"),
            List.of(),
            "石灰窑埠村安全饮水工程",
            "新打深水井一眼，铺设管网，解决全村安全饮水。",
            ProjectType.INFRASTRUCTURE,
            ProjectScope.SINGLE_VILLAGE,
            600_000,
            Set.of(),
            ProjectStage.ASSETS_HANDED_OVER,
            "石灰窑埠村供水设施"),
        new DemoProject(
            2019,
            "峨山镇",
            List.of("后利增村"),
            List.of(),
            "后利增村肉牛养殖小区",
            "建设标准化牛舍，托管贫困户肉牛，按股分红。",
            ProjectType.BREEDING,
            ProjectScope.SINGLE_VILLAGE,
            750_000,
            shares,
            ProjectStage.ASSETS_HANDED_OVER,
            "后利增村养殖小区"),
        new DemoProject(
            2019,
            "阴平镇",
            List.of(),
            List.of(),
            "阴平镇核桃种植提升项目",
            "镇级领办核桃园提质增效，带动贫困户务工。",
            ProjectType.PLANTING,
            ProjectScope.TOWNSHIP_LED,
            650_000,
            jobs,
            ProjectStage.COMPLETION_ACCEPTED,
            null),
        new DemoProject(
            2019,
            "榴园镇",
            List.of(),
            List.of("峨山镇"),
            "峄城区石榴产业扶贫园（榴园镇、峨山镇多镇联建）",
            "两镇联建石榴精深加工产业园，吸纳贫困劳动力就业。",
            ProjectType.PROCESSING,
            ProjectScope.MULTI_TOWNSHIP,
            2_400_000,
            Set.of(BenefitLink.EMPLOYMENT, BenefitLink.ORDER_ASSISTANCE),
            ProjectStage.IMPLEMENTATION,
            null),
        new DemoProject(
            2020,
            "底阁镇",
            List.of(),
            List.of(),
            "底阁镇马铃薯种植示范基地",
            "建设马铃薯脱毒种薯繁育和示范种植基地500亩。",
            ProjectType.PLANTING,
            ProjectScope.TOWNSHIP_LED,
            800_000,
            Set.of(BenefitLink.ORDER_ASSISTANCE),
            ProjectStage.IMPLEMENTATION,
            null),
        new DemoProject(
            2020,
            "坛山街道",
            List.of(),
            List.of(),
            "坛山街道电商扶贫服务站",
            "建设电商服务站，帮助贫困户网上销售石榴、大枣。",
            ProjectType.E_COMMERCE,
            ProjectScope.TOWNSHIP_LED,
            300_000,
            Set.of(BenefitLink.ORDER_ASSISTANCE),
            ProjectStage.APPROVED,
            null),
        new DemoProject(
            2020,
            "吴林街道",
            List.of(),
            List.of(),
            "吴林街道扶贫车间",
            "改建厂房发展来料加工，吸纳贫困劳动力就业。",
            ProjectType.POVERTY_WORKSHOP,
            ProjectScope.TOWNSHIP_LED,
            500_000,
            jobs,
            ProjectStage.APPRAISAL,
            null),
        new DemoProject(
            2020,
            "古邵镇",
            List.of(),
            List.of(),
            "古邵镇贫困户危房改造",
            "改造贫困户危房，做到改造一户、销档一户。",
            ProjectType.HOUSING,
            ProjectScope.TOWNSHIP_LED,
            450_000,
            Set.of(),
            ProjectStage.RESERVE,
            null));
  }

  private static Map<String, int[]> orderedFigures(Object... pairs) {
    Map<String, int[]> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (int[]) pairs[i + 1]);
    }
    return map;
  }

  /**
   * Loads the programme.
   *
   * @param district the district's places as stored
   */
  @Transactional
  public void load(District district) {
    Random random = new Random(2018);
    Map<Integer, Map<Long, List<Long>>> blocksByYearAndTownship = new LinkedHashMap<>();
    for (int y = 0; y < 3; y++) {
      int year = 2018 + y;
      for (Map.Entry<FundSourceKind, long[]> appropriation : APPROPRIATIONS.entrySet()) {
        FundSourceKind source = appropriation.getKey();
        Instant planned = day(year, 1, 15);
        long fund =
            fundService.createFund(
                LOADER,
                source,
                year + "年" + source.chineseName() + "专项扶贫资金",
                Year.of(year),
                Money.yuan(String.valueOf(appropriation.getValue()[y])),
                "峄扶贫〔" + year + "〕" + (source.ordinal() + 1) + "号（演示）",
                planned);
        fundService.allocate(
            LOADER,
            fund,
            null,
            FactorAllocationPolicy.DEMO,
            factors(district, y),
            "峄扶贫〔" + year + "〕分配" + (source.ordinal() + 1) + "号（演示）",
            day(year, 2, 10));
      }
      blocksByYearAndTownship.put(year, blocksOf(year));
    }
    loadRegistry(district);
    Map<Long, List<Long>> households = households(district);
    int count = 0;
    for (DemoProject demo : projects()) {
      buildProject(district, demo, blocksByYearAndTownship.get(demo.year()), households, random);
      count++;
    }
    em.createQuery("UPDATE FundEntity f SET f.demo = TRUE").executeUpdate();
    em.createQuery("UPDATE ProjectEntity p SET p.demo = TRUE").executeUpdate();
    int projects = count;
    LOG.info(() -> "loaded the demo programme 2018–2020: " + projects + " projects");
  }

  private static List<TownshipFactors> factors(District district, int yearIndex) {
    List<TownshipFactors> factors = new ArrayList<>();
    for (Township township : district.townships()) {
      int[] figures = TOWNSHIP_FIGURES.get(township.name());
      Map<AllocationFactor, BigDecimal> values = new EnumMap<>(AllocationFactor.class);
      // the poor population falls as households are lifted out year by year
      values.put(
          AllocationFactor.POOR_POPULATION,
          BigDecimal.valueOf(figures[0] - yearIndex * figures[0] / 8L));
      values.put(AllocationFactor.KEY_VILLAGES, BigDecimal.valueOf(figures[1]));
      values.put(
          AllocationFactor.FOCUS_TOWNSHIP, township.focus() ? BigDecimal.ONE : BigDecimal.ZERO);
      values.put(
          AllocationFactor.ASSESSMENT_SCORE, BigDecimal.valueOf(figures[2] + (yearIndex % 2)));
      factors.add(new TownshipFactors(township.id(), values));
    }
    return factors;
  }

  private Map<Long, List<Long>> blocksOf(int year) {
    Map<Long, List<Long>> blocks = new LinkedHashMap<>();
    em.createQuery(
            "SELECT b.townshipId, b.id FROM TownshipBlockEntity b, FundEntity f"
                + " WHERE b.fundId = f.id AND f.year = :year ORDER BY b.id",
            Object[].class)
        .setParameter("year", year)
        .getResultList()
        .forEach(r -> blocks.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]));
    return blocks;
  }

  private Map<Long, List<Long>> households(District district) {
    Map<Long, List<Long>> byVillage = new LinkedHashMap<>();
    for (Village village : fundChainVillages(district)) {
      byVillage.put(village.id().value(), householdDirectory.firstOf(village.id().value(), 12));
    }
    return byVillage;
  }

  private static List<Village> fundChainVillages(District district) {
    return projects().stream()
        .flatMap(
            p ->
                p.villages().stream()
                    .map(v -> district.villageNamed(p.township(), v).orElseThrow()))
        .distinct()
        .toList();
  }

  private void loadRegistry(District district) {
    long started = System.nanoTime();
    List<RegistrySeeding.NewHousehold> households = new ArrayList<>();
    int count = 0;
    for (RegistryDemo.DemoHousehold demo :
        RegistryDemo.generate(district, fundChainVillages(district))) {
      RegistrySeeding.NewUnsafeHouse house = null;
      if (demo.unsafeHouse() != null) {
        UnsafeHouse.Grade grade = count % 2 == 0 ? UnsafeHouse.Grade.C : UnsafeHouse.Grade.D;
        LocalDate assessed = LocalDate.of(2018, 4, 12);
        UnsafeHouse domain =
            new UnsafeHouse(
                0, new HouseholdId(1), grade, assessed, UnsafeHouse.State.OPEN, null, null);
        UnsafeHouse.State target = UnsafeHouse.State.valueOf(demo.unsafeHouse());
        if (target.ordinal() >= UnsafeHouse.State.RENOVATING.ordinal()) {
          domain.startRenovation();
        }
        if (target.ordinal() >= UnsafeHouse.State.COMPLETED.ordinal()) {
          domain.completeRenovation();
        }
        if (target == UnsafeHouse.State.CLOSED) {
          domain.acceptRenovation(LocalDate.of(2018, 10, 30), "峄住建验〔2018〕" + (count + 1) + "号（演示）");
        }
        house =
            new RegistrySeeding.NewUnsafeHouse(
                grade, assessed, domain.state(), domain.closedOn(), domain.acceptanceRef());
      }
      households.add(new RegistrySeeding.NewHousehold(demo.household(), demo.code(), true, house));
      count++;
    }
    long generated = System.nanoTime();
    registrySeeding.store(households);
    long done = System.nanoTime();
    int stored = count;
    LOG.info(
        () ->
            String.format(
                "loaded the demo registry: %d households (generated in %d ms, stored in %d ms)",
                stored, (generated - started) / 1_000_000, (done - generated) / 1_000_000));
  }

  private void buildProject(
      District district,
      DemoProject demo,
      Map<Long, List<Long>> blocks,
      Map<Long, List<Long>> households,
      Random random) {
    Township lead = district.townshipNamed(demo.township()).orElseThrow();
    List<TownshipId> townships = new ArrayList<>(List.of(lead.id()));
    demo.otherTownships().forEach(t -> townships.add(district.townshipNamed(t).orElseThrow().id()));
    List<Village> villages =
        demo.villages().stream()
            .map(v -> district.villageNamed(demo.township(), v).orElseThrow())
            .toList();
    ProjectPlan plan =
        new ProjectPlan(
            demo.name(),
            demo.description(),
            demo.type(),
            demo.scope(),
            townships,
            villages.stream().map(Village::id).toList(),
            Year.of(demo.year()),
            Money.yuan(String.valueOf(demo.investmentYuan())),
            lead.name() + "人民政府",
            demo.links());
    int year = demo.year();
    String doc = "峄扶贫项〔" + year + "〕";
    long id = projectService.proposeProject(LOADER, plan, doc + "储备（演示）", day(year - 1, 11, 20));
    int month = 3;
    for (ProjectStage stage : ProjectStage.values()) {
      if (stage == ProjectStage.RESERVE || stage.ordinal() > demo.reached().ordinal()) {
        continue;
      }
      if (stage == ProjectStage.IMPLEMENTATION) {
        Money investment = plan.plannedInvestment();
        List<Money> parts = investment.allocate(townships.stream().mapToLong(t -> 1).toArray());
        for (int i = 0; i < townships.size(); i++) {
          fundFromBlocks(id, blocks.get(townships.get(i).value()), parts.get(i));
        }
      }
      Instant at = day(year + (month > 12 ? 1 : 0), ((month - 1) % 12) + 1, 10);
      projectService.transition(
          LOADER, id, stage, doc + stage.chineseName() + "（演示）", OptionalLong.empty(), at);
      if (stage == ProjectStage.IMPLEMENTATION) {
        projectService.inspect(
            LOADER,
            id,
            "进度与资金使用符合计划",
            doc + "中期检查（演示）",
            OptionalLong.empty(),
            at.plusSeconds(86_400L * 60));
        disburseAll(id);
      }
      if (stage == ProjectStage.COMPLETION_ACCEPTED && demo.assetName() != null) {
        registerAssetAndIncome(district, demo, id, villages, households, random, at);
      }
      month += 2;
    }
  }

  private void fundFromBlocks(long project, List<Long> blocks, Money amount) {
    Money left = amount;
    for (Long block : blocks) {
      if (left.isZero()) {
        return;
      }
      Money balance =
          em.find(org.sunshineledger.portal.fund.TownshipBlockEntity.class, block)
              .toDomain()
              .balance();
      Money take = balance.isGreaterThan(left) ? left : balance;
      if (!take.isZero()) {
        projectService.fund(LOADER, project, block, take, OptionalLong.empty());
        left = left.minus(take);
      }
    }
  }

  private void disburseAll(long project) {
    var lines =
        em.find(org.sunshineledger.portal.fund.ProjectEntity.class, project)
            .toDomain()
            .fundingLines();
    lines.forEach(
        line ->
            projectService.disburse(
                LOADER, project, line.block().value(), line.allocated(), OptionalLong.empty()));
  }

  private void registerAssetAndIncome(
      District district,
      DemoProject demo,
      long project,
      List<Village> villages,
      Map<Long, List<Long>> households,
      Random random,
      Instant accepted) {
    Ownership ownership =
        villages.size() == 1
            ? new Ownership.Collective(villages.get(0).id())
            : new Ownership.Joint(
                villages.stream()
                    .map(
                        v ->
                            new Ownership.Share(
                                v.id(), BigDecimal.ONE.divide(BigDecimal.valueOf(villages.size()))))
                    .toList());
    String owners = String.join("、", villages.stream().map(Village::name).toList());
    AssetRights rights =
        new AssetRights(
            ownership, Optional.empty(), owners + "村集体", owners + "建档立卡贫困户", owners + "精准扶贫理事会");
    Money value = Money.yuan(String.valueOf(demo.investmentYuan() * 9 / 10));
    long asset =
        assetService.registerAsset(
            LOADER,
            project,
            demo.assetName(),
            rights,
            value,
            "验收（演示）" + project,
            accepted.plusSeconds(3600));
    assetService.handOver(
        LOADER,
        asset,
        villages.get(0).name() + "村民委员会",
        "王建国",
        "移交（演示）" + project,
        accepted.plusSeconds(86_400L * 20));
    if (demo.reached().hasReached(ProjectStage.OPERATION)) {
      for (int year = demo.year() + 1; year <= 2020; year++) {
        List<Beneficiary> beneficiaries = new ArrayList<>();
        for (Village village : villages) {
          for (Long household : households.get(village.id().value())) {
            boolean labourAble = random.nextInt(3) > 0;
            beneficiaries.add(
                new Beneficiary(
                    new HouseholdId(household),
                    labourAble,
                    random.nextInt(3),
                    labourAble ? 10 + random.nextInt(50) : 0));
          }
        }
        Money income = Money.ofFen(value.fen() * (6 + random.nextInt(4)) / 100);
        assetService.distribute(
            LOADER,
            asset,
            IncomePeriod.year(year),
            income,
            DistributionPolicy.DEMO,
            beneficiaries,
            owners + "村民代表会议决议（演示）" + year,
            decidedAt(demo, year));
      }
    }
  }

  /**
   * When the village decided a year's income: the January after, except 七里山村's income of 2019,
   * decided only in June 2020 — past the quarter the rules give, so the ledger's rules find one
   * distribution decided late whatever the day the demo is loaded.
   */
  private static Instant decidedAt(DemoProject demo, int year) {
    return year == 2019 && "七里山村石榴基地".equals(demo.assetName())
        ? day(2020, 6, 15)
        : day(year + 1, 1, 20);
  }

  private static Instant day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth).atTime(9, 0).toInstant(ZoneOffset.UTC);
  }
}
