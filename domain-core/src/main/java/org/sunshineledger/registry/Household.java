package org.sunshineledger.registry;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.VillageId;

/**
 * A registered household (建档立卡户): its members, its per-capita income by year, its six guarantees as
 * last checked, its risk events, and its status with the markers it carries. Every change of status
 * or markers is appended to its history with the reason, the person and the date; nothing is
 * overwritten.
 *
 * <p>Personal data — names, the identity-card number, the phone — is kept here for the officials
 * who enter it and leaves the registry only through the masking policy.
 */
public final class Household {
  private final HouseholdId id;
  private final VillageId village;
  private final String headName;
  private final String idNumber;
  private final String phone;
  private final List<Member> members;
  private final Map<Year, Money> perCapitaIncome;
  private final Map<Guarantee, GuaranteeCheck> guarantees;
  private final List<RiskEvent> riskEvents;
  private HouseholdStatus status;
  private final Set<Marker> markers;
  private final List<StatusChange> history;

  private Household(
      HouseholdId id,
      VillageId village,
      String headName,
      String idNumber,
      String phone,
      List<Member> members,
      Map<Year, Money> perCapitaIncome,
      Map<Guarantee, GuaranteeCheck> guarantees,
      List<RiskEvent> riskEvents,
      HouseholdStatus status,
      Set<Marker> markers,
      List<StatusChange> history) {
    this.id = Objects.requireNonNull(id, "id");
    this.village = Objects.requireNonNull(village, "village");
    this.headName = Objects.requireNonNull(headName, "headName");
    this.idNumber = idNumber;
    this.phone = phone;
    this.members = List.copyOf(members);
    this.perCapitaIncome = new TreeMap<>(perCapitaIncome);
    this.guarantees = new EnumMap<>(Guarantee.class);
    this.guarantees.putAll(guarantees);
    this.riskEvents = new ArrayList<>(riskEvents);
    this.status = Objects.requireNonNull(status, "status");
    this.markers = markers.isEmpty() ? EnumSet.noneOf(Marker.class) : EnumSet.copyOf(markers);
    this.history = new ArrayList<>(history);
    if (this.members.isEmpty()) {
      throw new DomainException(
          "registry.no-members",
          "a household has at least one member",
          Map.of("household", id.value()));
    }
  }

  /**
   * Identifies a poor household (识别建档).
   *
   * @param id its id
   * @param village its village
   * @param headName the head of household
   * @param idNumber the head's identity-card number, or null
   * @param phone a contact number, or null
   * @param members its members, the head first
   * @param markers markers from the start (NEWLY_POOR, CITY_MARKED), possibly none
   * @param reason why it was identified
   * @param by who recorded it
   * @param on when
   * @return the household, POOR
   */
  public static Household identify(
      HouseholdId id,
      VillageId village,
      String headName,
      String idNumber,
      String phone,
      List<Member> members,
      Set<Marker> markers,
      String reason,
      String by,
      LocalDate on) {
    return new Household(
        id,
        village,
        headName,
        idNumber,
        phone,
        members,
        Map.of(),
        Map.of(),
        List.of(),
        HouseholdStatus.POOR,
        markers,
        List.of(new StatusChange(null, HouseholdStatus.POOR, markers, reason, by, on)));
  }

  /**
   * A household taken over from another register (批量导入) with the status and markers that register
   * gives it; the history starts with one entry saying so.
   *
   * @param id its id
   * @param village its village
   * @param headName the head of household
   * @param idNumber the head's identity-card number, or null
   * @param phone a contact number, or null
   * @param members its members, the head first
   * @param status its status in the other register
   * @param markers its markers there
   * @param reason where it comes from, for example the file's name
   * @param by who imported it
   * @param on when
   * @return the household
   */
  public static Household imported(
      HouseholdId id,
      VillageId village,
      String headName,
      String idNumber,
      String phone,
      List<Member> members,
      HouseholdStatus status,
      Set<Marker> markers,
      String reason,
      String by,
      LocalDate on) {
    return new Household(
        id,
        village,
        headName,
        idNumber,
        phone,
        members,
        Map.of(),
        Map.of(),
        List.of(),
        status,
        markers,
        List.of(new StatusChange(null, status, markers, reason, by, on)));
  }

  /**
   * A household as stored.
   *
   * @param id id
   * @param village village
   * @param headName head of household
   * @param idNumber identity-card number, or null
   * @param phone phone, or null
   * @param members members
   * @param perCapitaIncome per-capita income by year
   * @param guarantees guarantees as last checked
   * @param riskEvents risk events, oldest first
   * @param status status
   * @param markers markers
   * @param history status changes, oldest first
   * @return the household
   */
  public static Household restore(
      HouseholdId id,
      VillageId village,
      String headName,
      String idNumber,
      String phone,
      List<Member> members,
      Map<Year, Money> perCapitaIncome,
      Map<Guarantee, GuaranteeCheck> guarantees,
      List<RiskEvent> riskEvents,
      HouseholdStatus status,
      Set<Marker> markers,
      List<StatusChange> history) {
    return new Household(
        id,
        village,
        headName,
        idNumber,
        phone,
        members,
        perCapitaIncome,
        guarantees,
        riskEvents,
        status,
        markers,
        history);
  }

  /**
   * Records the per-capita net income of a year (人均纯收入).
   *
   * @param year the year
   * @param perCapita the income per person
   */
  public void recordIncome(Year year, Money perCapita) {
    if (perCapita.isNegative()) {
      throw new DomainException(
          "registry.income-negative",
          "per-capita income cannot be negative",
          Map.of("field", "income", "income", perCapita.toDecimal()));
    }
    perCapitaIncome.put(year, perCapita);
  }

  /**
   * Records a guarantee as checked; it replaces the earlier check of the same guarantee.
   *
   * @param check the check
   */
  public void recordGuarantee(GuaranteeCheck check) {
    guarantees.put(check.guarantee(), check);
  }

  /**
   * Records a risk event (illness, disaster, large expenditure).
   *
   * @param event the event
   */
  public void recordRiskEvent(RiskEvent event) {
    riskEvents.add(Objects.requireNonNull(event, "event"));
  }

  /**
   * Takes the household out of poverty (脱贫退出), if the exit policy allows it in this year.
   *
   * @param policy the exit policy
   * @param year the year of exit
   * @param reason the decision
   * @param by who recorded it
   * @param on when
   * @return the status after exit
   * @throws ExitRefusedException listing exactly which conditions fail
   * @throws DomainException {@code registry.illegal-status-change} when the household is not poor
   */
  public HouseholdStatus exit(
      ExitPolicy policy, Year year, String reason, String by, LocalDate on) {
    requireStatus(HouseholdStatus.POOR, "exit");
    ExitAssessment assessment = policy.assess(this, year);
    if (!assessment.allowed()) {
      throw new ExitRefusedException(id, assessment.failures());
    }
    markers.clear();
    change(assessment.outcome(), reason, by, on);
    return status;
  }

  /**
   * Ends the policy support of a lifted household (脱贫不再享受政策): when its income reaches the rural
   * per-capita disposable income level, or when it plainly no longer meets the standard (§3).
   *
   * @param policy the exit policy with the income levels
   * @param year the year
   * @param plainlyAboveStandard whether the village found it plainly above the standard
   * @param reason the decision
   * @param by who recorded it
   * @param on when
   */
  public void endPolicy(
      ExitPolicy policy,
      Year year,
      boolean plainlyAboveStandard,
      String reason,
      String by,
      LocalDate on) {
    requireStatus(HouseholdStatus.LIFTED_WITH_POLICY, "end policy support");
    if (!plainlyAboveStandard && !policy.reachesRuralIncomeLevel(this, year)) {
      throw new DomainException(
          "registry.policy-still-needed",
          "household "
              + id.value()
              + "'s income does not reach the rural per-capita disposable income level of "
              + year,
          Map.of("household", id.value(), "year", year.getValue()));
    }
    change(HouseholdStatus.LIFTED_WITHOUT_POLICY, reason, by, on);
  }

  /**
   * Records that a lifted household fell back into poverty (返贫).
   *
   * @param reason why
   * @param by who recorded it
   * @param on when
   */
  public void returnToPoverty(String reason, String by, LocalDate on) {
    if (status == HouseholdStatus.POOR) {
      throw illegal("return to poverty");
    }
    markers.add(Marker.RETURNED);
    change(HouseholdStatus.POOR, reason, by, on);
  }

  /**
   * Marks the household as city-marked poor (市标贫困人口) the moment it is found: "即时出现，即时标注， 即时纳入". A
   * lifted household becomes poor again.
   *
   * @param reason the sudden cause (illness, disaster, expenditure)
   * @param by who recorded it
   * @param on when
   */
  public void markCity(String reason, String by, LocalDate on) {
    markers.add(Marker.CITY_MARKED);
    change(HouseholdStatus.POOR, reason, by, on);
  }

  private void change(HouseholdStatus to, String reason, String by, LocalDate on) {
    history.add(new StatusChange(status, to, markers, reason, by, on));
    status = to;
  }

  private void requireStatus(HouseholdStatus required, String what) {
    if (status != required) {
      throw illegal(what);
    }
  }

  private DomainException illegal(String what) {
    return new DomainException(
        "registry.illegal-status-change",
        "household " + id.value() + " is " + status + " and cannot " + what,
        Map.of("household", id.value(), "status", status.name()));
  }

  /**
   * The per-capita income of a year.
   *
   * @param year the year
   * @return the income, or empty when none was recorded
   */
  public Optional<Money> incomeIn(Year year) {
    return Optional.ofNullable(perCapitaIncome.get(year));
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public HouseholdId id() {
    return id;
  }

  /**
   * Returns the village.
   *
   * @return the village
   */
  public VillageId village() {
    return village;
  }

  /**
   * Returns the head of household's name (personal data).
   *
   * @return the name
   */
  public String headName() {
    return headName;
  }

  /**
   * Returns the identity-card number (personal data).
   *
   * @return the number, or null
   */
  public String idNumber() {
    return idNumber;
  }

  /**
   * Returns the contact phone (personal data).
   *
   * @return the phone, or null
   */
  public String phone() {
    return phone;
  }

  /**
   * Returns the members.
   *
   * @return the members
   */
  public List<Member> members() {
    return members;
  }

  /**
   * Returns the per-capita incomes by year.
   *
   * @return the incomes
   */
  public Map<Year, Money> perCapitaIncome() {
    return Collections.unmodifiableMap(perCapitaIncome);
  }

  /**
   * Returns the guarantees as last checked.
   *
   * @return the checks
   */
  public Map<Guarantee, GuaranteeCheck> guarantees() {
    return Collections.unmodifiableMap(guarantees);
  }

  /**
   * Returns the risk events, oldest first.
   *
   * @return the events
   */
  public List<RiskEvent> riskEvents() {
    return Collections.unmodifiableList(riskEvents);
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
   * Returns the markers it carries now.
   *
   * @return the markers
   */
  public Set<Marker> markers() {
    return Collections.unmodifiableSet(markers);
  }

  /**
   * Returns the history of status changes, oldest first.
   *
   * @return the history
   */
  public List<StatusChange> history() {
    return Collections.unmodifiableList(history);
  }
}
