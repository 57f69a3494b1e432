package org.sunshineledger.asset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.project.ProjectStage;

/**
 * An asset formed by a completed project (扶贫资产): its rights, its value, its custodian (管护主体) and
 * person in charge, its status, and its ledger. Every command appends a ledger line; nothing is
 * rewritten. A disposed asset takes no further command.
 */
public final class Asset {
  private final AssetId id;
  private final ProjectId project;
  private final String name;
  private AssetRights rights;
  private Money value;
  private String custodian;
  private String personInCharge;
  private AssetStatus status;
  private boolean handedOver;
  private final List<LedgerEntry> ledger;

  private Asset(
      AssetId id,
      ProjectId project,
      String name,
      AssetRights rights,
      Money value,
      String custodian,
      String personInCharge,
      AssetStatus status,
      boolean handedOver,
      List<LedgerEntry> ledger) {
    this.id = Objects.requireNonNull(id, "id");
    this.project = Objects.requireNonNull(project, "project");
    this.name = Objects.requireNonNull(name, "name");
    this.rights = Objects.requireNonNull(rights, "rights");
    this.value = Objects.requireNonNull(value, "value");
    this.custodian = custodian;
    this.personInCharge = personInCharge;
    this.status = Objects.requireNonNull(status, "status");
    this.handedOver = handedOver;
    this.ledger = new ArrayList<>(ledger);
  }

  /**
   * Registers an asset formed by a project that has passed completion acceptance.
   *
   * @param id its id
   * @param project the project that formed it
   * @param projectStage the project's stage now
   * @param name the name, for example 黄泉村光伏电站 100kW
   * @param rights its five rights
   * @param value its value at registration
   * @param by who registers it
   * @param at when
   * @param documentRef the acceptance or valuation document
   * @return the asset, in use, not yet handed over
   * @throws DomainException {@code asset.project-not-accepted} when the project has not passed
   *     completion acceptance; {@code asset.value-negative} for a negative value
   */
  public static Asset register(
      AssetId id,
      ProjectId project,
      ProjectStage projectStage,
      String name,
      AssetRights rights,
      Money value,
      String by,
      Instant at,
      String documentRef) {
    if (!projectStage.hasReached(ProjectStage.COMPLETION_ACCEPTED)) {
      throw new DomainException(
          "asset.project-not-accepted",
          "project "
              + project.value()
              + " is "
              + projectStage
              + "; assets are registered after completion acceptance",
          Map.of("project", project.value(), "stage", projectStage.name()));
    }
    requireNotNegative(value);
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new DomainException(
          "asset.name", "an asset's name has 1 to 200 characters", Map.of("field", "name"));
    }
    LedgerEntry registered =
        new LedgerEntry(LedgerEntry.Kind.REGISTERED, at, by, "登记 " + name, value, documentRef);
    return new Asset(
        id,
        project,
        name,
        rights,
        value,
        null,
        null,
        AssetStatus.IN_USE,
        false,
        List.of(registered));
  }

  /**
   * An asset as stored; its state is taken as given.
   *
   * @param id its id
   * @param project its project
   * @param name its name
   * @param rights its rights
   * @param value its value
   * @param custodian its custodian, or null before hand-over
   * @param personInCharge the person in charge, or null before hand-over
   * @param status its status
   * @param handedOver whether it was handed over
   * @param ledger its ledger, oldest first
   * @return the asset
   */
  public static Asset restore(
      AssetId id,
      ProjectId project,
      String name,
      AssetRights rights,
      Money value,
      String custodian,
      String personInCharge,
      AssetStatus status,
      boolean handedOver,
      List<LedgerEntry> ledger) {
    return new Asset(
        id, project, name, rights, value, custodian, personInCharge, status, handedOver, ledger);
  }

  /**
   * Hands the asset over to its custodian (资产移交), with the hand-over record.
   *
   * @param toCustodian the custodian (管护主体), for example 黄泉村村民委员会
   * @param person the person in charge (管护责任人)
   * @param by who records it
   * @param at when
   * @param documentRef the hand-over record (移交手续)
   * @throws DomainException {@code asset.already-handed-over} the second time
   */
  public void handOver(
      String toCustodian, String person, String by, Instant at, String documentRef) {
    requireNotDisposed();
    if (handedOver) {
      throw new DomainException(
          "asset.already-handed-over",
          "asset " + id.value() + " was already handed over to " + custodian,
          Map.of("asset", id.value()));
    }
    custodian = requireText(toCustodian, "custodian");
    personInCharge = requireText(person, "personInCharge");
    handedOver = true;
    append(
        LedgerEntry.Kind.HANDED_OVER,
        at,
        by,
        "移交给 " + toCustodian + "（责任人 " + person + "）",
        null,
        documentRef);
  }

  /**
   * Changes the custodian after hand-over.
   *
   * @param toCustodian the new custodian
   * @param person the new person in charge
   * @param by who records it
   * @param at when
   * @param documentRef the decision
   */
  public void changeCustodian(
      String toCustodian, String person, String by, Instant at, String documentRef) {
    requireNotDisposed();
    if (!handedOver) {
      throw new DomainException(
          "asset.not-handed-over",
          "asset " + id.value() + " has no custodian yet; hand it over first",
          Map.of("asset", id.value()));
    }
    String before = custodian;
    custodian = requireText(toCustodian, "custodian");
    personInCharge = requireText(person, "personInCharge");
    append(
        LedgerEntry.Kind.CUSTODIAN_CHANGED,
        at,
        by,
        before + " → " + toCustodian,
        null,
        documentRef);
  }

  /**
   * Lets the asset to an operator (经营权) under a contract.
   *
   * @param contract the contract
   * @param by who records it
   * @param at when
   */
  public void contractOperator(OperatingContract contract, String by, Instant at) {
    requireNotDisposed();
    rights = rights.withOperation(contract);
    append(
        LedgerEntry.Kind.OPERATOR_CONTRACTED,
        at,
        by,
        contract.operator() + " 经营 " + contract.from() + " 至 " + contract.to(),
        null,
        contract.contractRef());
  }

  /**
   * Records a new valuation (评估作价).
   *
   * @param newValue the value
   * @param by who records it
   * @param at when
   * @param documentRef the valuation report
   */
  public void revalue(Money newValue, String by, Instant at, String documentRef) {
    requireNotDisposed();
    requireNotNegative(newValue);
    value = newValue;
    append(
        LedgerEntry.Kind.VALUED,
        at,
        by,
        "评估价值 " + newValue.toDecimal() + " 元",
        newValue,
        documentRef);
  }

  /**
   * Marks the asset in use or idle.
   *
   * @param to {@link AssetStatus#IN_USE} or {@link AssetStatus#IDLE}
   * @param by who records it
   * @param at when
   * @param documentRef the record
   */
  public void markStatus(AssetStatus to, String by, Instant at, String documentRef) {
    requireNotDisposed();
    if (to == AssetStatus.DISPOSED) {
      throw new DomainException(
          "asset.dispose-explicitly",
          "use dispose to dispose of an asset",
          Map.of("asset", id.value()));
    }
    status = to;
    append(LedgerEntry.Kind.STATUS_CHANGED, at, by, to.name(), null, documentRef);
  }

  /**
   * Disposes of the asset (处置); nothing may be recorded afterwards.
   *
   * @param reason why
   * @param by who records it
   * @param at when
   * @param documentRef the approval of the disposal
   */
  public void dispose(String reason, String by, Instant at, String documentRef) {
    requireNotDisposed();
    status = AssetStatus.DISPOSED;
    append(LedgerEntry.Kind.DISPOSED, at, by, requireText(reason, "reason"), null, documentRef);
  }

  private void append(
      LedgerEntry.Kind kind,
      Instant at,
      String by,
      String detail,
      Money amount,
      String documentRef) {
    ledger.add(new LedgerEntry(kind, at, by, detail, amount, documentRef));
  }

  private void requireNotDisposed() {
    if (status == AssetStatus.DISPOSED) {
      throw new DomainException(
          "asset.disposed",
          "asset " + id.value() + " was disposed of; its ledger is closed",
          Map.of("asset", id.value()));
    }
  }

  private static void requireNotNegative(Money value) {
    if (value.isNegative()) {
      throw new DomainException(
          "asset.value-negative",
          "an asset's value cannot be negative: " + value,
          Map.of("field", "value", "value", value.toDecimal()));
    }
  }

  private static String requireText(String text, String field) {
    if (text == null || text.isBlank() || text.length() > 200) {
      throw new DomainException(
          "asset.text", field + " must have 1 to 200 characters", Map.of("field", field));
    }
    return text.strip();
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public AssetId id() {
    return id;
  }

  /**
   * Returns the project that formed it.
   *
   * @return the project
   */
  public ProjectId project() {
    return project;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns its five rights.
   *
   * @return the rights
   */
  public AssetRights rights() {
    return rights;
  }

  /**
   * Returns its current value.
   *
   * @return the value
   */
  public Money value() {
    return value;
  }

  /**
   * Returns its custodian.
   *
   * @return the custodian, or null before hand-over
   */
  public String custodian() {
    return custodian;
  }

  /**
   * Returns the person in charge.
   *
   * @return the person, or null before hand-over
   */
  public String personInCharge() {
    return personInCharge;
  }

  /**
   * Returns its status.
   *
   * @return the status
   */
  public AssetStatus status() {
    return status;
  }

  /**
   * Whether it was handed over.
   *
   * @return true after {@link #handOver}
   */
  public boolean handedOver() {
    return handedOver;
  }

  /**
   * Returns the ledger, oldest first.
   *
   * @return the ledger
   */
  public List<LedgerEntry> ledger() {
    return Collections.unmodifiableList(ledger);
  }
}
