package org.sunshineledger.portal.registry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.Guarantee;
import org.sunshineledger.registry.GuaranteeCheck;
import org.sunshineledger.registry.Household;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.registry.HouseholdStatus;
import org.sunshineledger.registry.LabourAbility;
import org.sunshineledger.registry.Marker;
import org.sunshineledger.registry.Member;
import org.sunshineledger.registry.RiskEvent;
import org.sunshineledger.registry.StatusChange;

/**
 * The persistence model of a {@link Household}: its personal data for the officials of its scope,
 * its members, incomes, guarantees, risk events and the appended history of its status.
 */
@Entity
@Table(name = "household")
public class HouseholdEntity {
  @Id
  @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
  private long id;

  @Column(name = "village_id", nullable = false)
  private long villageId;

  @Column(name = "external_code")
  private String externalCode;

  @Column(name = "head_name", nullable = false)
  private String headName;

  @Column(name = "id_number")
  private String idNumber;

  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HouseholdStatus status;

  @Column(nullable = false)
  private String markers;

  @Column(nullable = false)
  private boolean demo;

  @ElementCollection
  @CollectionTable(name = "household_member", joinColumns = @JoinColumn(name = "household_id"))
  @OrderColumn(name = "position")
  private List<MemberRow> members = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "household_income", joinColumns = @JoinColumn(name = "household_id"))
  @MapKeyColumn(name = "income_year")
  @Column(name = "per_capita_fen")
  private Map<Integer, Long> incomes = new HashMap<>();

  @ElementCollection
  @CollectionTable(name = "household_guarantee", joinColumns = @JoinColumn(name = "household_id"))
  @MapKeyColumn(name = "guarantee")
  @MapKeyEnumerated(EnumType.STRING)
  private Map<Guarantee, GuaranteeRow> guarantees = new EnumMap<>(Guarantee.class);

  @ElementCollection
  @CollectionTable(name = "household_risk_event", joinColumns = @JoinColumn(name = "household_id"))
  @OrderColumn(name = "position")
  private List<RiskRow> riskEvents = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "household_status_change",
      joinColumns = @JoinColumn(name = "household_id"))
  @OrderColumn(name = "position")
  private List<ChangeRow> history = new ArrayList<>();

  @Version private long version;

  /** A member row. */
  @Embeddable
  public static class MemberRow {
    @Column(nullable = false)
    String name;

    @Column(name = "birth_year", nullable = false)
    int birthYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "labour_ability", nullable = false)
    LabourAbility labourAbility;

    @Column(name = "severe_disability", nullable = false)
    boolean severeDisability;

    @Column(name = "chronic_illness", nullable = false)
    boolean chronicIllness;

    @Column(nullable = false)
    boolean student;

    /** For JPA. */
    protected MemberRow() {}

    MemberRow(Member m) {
      name = m.name();
      birthYear = m.birthYear();
      labourAbility = m.labourAbility();
      severeDisability = m.severeDisability();
      chronicIllness = m.chronicIllness();
      student = m.student();
    }

    Member toDomain() {
      return new Member(name, birthYear, labourAbility, severeDisability, chronicIllness, student);
    }
  }

  /** A guarantee as last checked. */
  @Embeddable
  public static class GuaranteeRow {
    @Column(nullable = false)
    boolean met;

    @Column(nullable = false)
    String evidence;

    @Column(name = "checked_on", nullable = false)
    LocalDate checkedOn;

    /** For JPA. */
    protected GuaranteeRow() {}

    GuaranteeRow(GuaranteeCheck check) {
      met = check.met();
      evidence = check.evidence();
      checkedOn = check.checkedOn();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof GuaranteeRow row
          && met == row.met
          && java.util.Objects.equals(evidence, row.evidence)
          && java.util.Objects.equals(checkedOn, row.checkedOn);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(met, evidence, checkedOn);
    }
  }

  /** A risk event. */
  @Embeddable
  public static class RiskRow {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    RiskEvent.Kind kind;

    @Column(name = "occurred_on", nullable = false)
    LocalDate on;

    @Column(name = "cost_fen", nullable = false)
    long costFen;

    @Column(nullable = false)
    String description;

    /** For JPA. */
    protected RiskRow() {}

    RiskRow(RiskEvent event) {
      kind = event.kind();
      on = event.on();
      costFen = event.cost().fen();
      description = event.description();
    }

    RiskEvent toDomain() {
      return new RiskEvent(kind, on, Money.ofFen(costFen), description);
    }
  }

  /** A status change. */
  @Embeddable
  public static class ChangeRow {
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    HouseholdStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    HouseholdStatus to;

    @Column(nullable = false)
    String markers;

    @Column(nullable = false)
    String reason;

    @Column(name = "changed_by", nullable = false)
    String by;

    @Column(name = "changed_on", nullable = false)
    LocalDate on;

    /** For JPA. */
    protected ChangeRow() {}

    ChangeRow(StatusChange change) {
      from = change.from();
      to = change.to();
      markers = encode(change.markers());
      reason = change.reason();
      by = change.by();
      on = change.on();
    }

    StatusChange toDomain() {
      return new StatusChange(from, to, decode(markers), reason, by, on);
    }
  }

  protected HouseholdEntity() {}

  /**
   * A new row for a household; {@link #apply(Household)} fills its state.
   *
   * @param household the household (its id is replaced by the row's)
   * @param externalCode the 户编号 it was imported under, or null
   * @param demo whether it belongs to the demo data
   */
  public HouseholdEntity(Household household, String externalCode, boolean demo) {
    this.villageId = household.village().value();
    this.externalCode = externalCode;
    this.headName = household.headName();
    this.idNumber = household.idNumber();
    this.phone = household.phone();
    household.members().forEach(m -> members.add(new MemberRow(m)));
    this.demo = demo;
    apply(household);
    household.guarantees().forEach((g, check) -> guarantees.put(g, new GuaranteeRow(check)));
  }

  /**
   * The guarantees whose stored row no longer matches the household: each with its check now, or
   * empty when the household holds it no more. The caller replaces those rows by key.
   *
   * @param household the household as it is now
   * @return the changed guarantees
   */
  public Map<Guarantee, java.util.Optional<GuaranteeCheck>> changedGuarantees(Household household) {
    Map<Guarantee, java.util.Optional<GuaranteeCheck>> changed = new EnumMap<>(Guarantee.class);
    guarantees.keySet().stream()
        .filter(g -> !household.guarantees().containsKey(g))
        .forEach(g -> changed.put(g, java.util.Optional.empty()));
    household
        .guarantees()
        .forEach(
            (g, check) -> {
              if (!new GuaranteeRow(check).equals(guarantees.get(g))) {
                changed.put(g, java.util.Optional.of(check));
              }
            });
    return changed;
  }

  /**
   * Takes over the household's state after a command; history rows are appended. Guarantees are
   * not: the provider rewrote a map of embedded rows unreliably (a re-checked guarantee's new row
   * before the old one's removal; unchanged rows lost), so a stored household's guarantee rows are
   * written by {@code RegistryService} itself, by key.
   *
   * @param household the domain household
   */
  public void apply(Household household) {
    status = household.status();
    markers = encode(household.markers());
    incomes.clear();
    household
        .perCapitaIncome()
        .forEach((year, income) -> incomes.put(year.getValue(), income.fen()));
    List<RiskEvent> events = household.riskEvents();
    for (int i = riskEvents.size(); i < events.size(); i++) {
      riskEvents.add(new RiskRow(events.get(i)));
    }
    List<StatusChange> changes = household.history();
    for (int i = history.size(); i < changes.size(); i++) {
      history.add(new ChangeRow(changes.get(i)));
    }
  }

  /**
   * Returns the domain model.
   *
   * @return the household
   */
  public Household toDomain() {
    Map<Year, Money> income = new HashMap<>();
    incomes.forEach((year, fen) -> income.put(Year.of(year), Money.ofFen(fen)));
    Map<Guarantee, GuaranteeCheck> checks = new EnumMap<>(Guarantee.class);
    guarantees.forEach(
        (g, row) -> checks.put(g, new GuaranteeCheck(g, row.met, row.evidence, row.checkedOn)));
    return Household.restore(
        new HouseholdId(id),
        new VillageId(villageId),
        headName,
        idNumber,
        phone,
        members.stream().map(MemberRow::toDomain).toList(),
        income,
        checks,
        riskEvents.stream().map(RiskRow::toDomain).toList(),
        status,
        decode(markers),
        history.stream().map(ChangeRow::toDomain).toList());
  }

  static String encode(Set<Marker> markers) {
    return markers.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  static Set<Marker> decode(String markers) {
    Set<Marker> set = EnumSet.noneOf(Marker.class);
    if (markers != null && !markers.isEmpty()) {
      Arrays.stream(markers.split(",")).map(Marker::valueOf).forEach(set::add);
    }
    return set;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the village.
   *
   * @return the village's id
   */
  public long villageId() {
    return villageId;
  }

  /**
   * Returns the head's name, unmasked: for officials in scope and the masking policy only.
   *
   * @return the name
   */
  public String headName() {
    return headName;
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public HouseholdStatus status() {
    return status;
  }

  /**
   * Returns how many members it has, without loading them when the caller has a count query.
   *
   * @return the number of members
   */
  public int memberCount() {
    return members.size();
  }

  /**
   * Returns the 户编号.
   *
   * @return the code, or null
   */
  public String externalCode() {
    return externalCode;
  }

  // the rows as the bulk writer stores them, read from the one mapping of a household to rows

  String idNumber() {
    return idNumber;
  }

  String phone() {
    return phone;
  }

  String markers() {
    return markers;
  }

  boolean demo() {
    return demo;
  }

  List<MemberRow> memberRows() {
    return members;
  }

  Map<Integer, Long> incomeRows() {
    return incomes;
  }

  Map<Guarantee, GuaranteeRow> guaranteeRows() {
    return guarantees;
  }

  List<RiskRow> riskRows() {
    return riskEvents;
  }

  List<ChangeRow> historyRows() {
    return history;
  }
}
