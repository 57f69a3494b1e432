package org.sunshineledger.portal.fund;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.asset.AssetRights;
import org.sunshineledger.asset.AssetStatus;
import org.sunshineledger.asset.LedgerEntry;
import org.sunshineledger.asset.OperatingContract;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;

/** The persistence model of an {@link Asset}: rights, state, shares and ledger rows. */
@Entity
@Table(name = "asset")
public class AssetEntity {
  /** How the ownership is stored. */
  public enum OwnershipKind {
    /** One village. */
    COLLECTIVE,
    /** Several villages in shares. */
    JOINT,
    /** A household. */
    HOUSEHOLD
  }

  @Id
  @SequenceGenerator(name = "asset_seq", sequenceName = "asset_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "asset_seq")
  private long id;

  @Column(name = "project_id", nullable = false)
  private long projectId;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "ownership_kind", nullable = false)
  private OwnershipKind ownershipKind;

  @Column(name = "owner_village_id")
  private Long ownerVillageId;

  @Column(name = "owner_household_id")
  private Long ownerHouseholdId;

  @Column(name = "value_fen", nullable = false)
  private long valueFen;

  private String custodian;

  @Column(name = "person_in_charge")
  private String personInCharge;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AssetStatus status;

  @Column(name = "handed_over", nullable = false)
  private boolean handedOver;

  private String operator;

  @Column(name = "contract_ref")
  private String contractRef;

  @Column(name = "contract_from")
  private LocalDate contractFrom;

  @Column(name = "contract_to")
  private LocalDate contractTo;

  @Column(name = "income_holder", nullable = false)
  private String incomeHolder;

  @Column(nullable = false)
  private String beneficiaries;

  @Column(nullable = false)
  private String supervisor;

  @ElementCollection
  @CollectionTable(name = "asset_share", joinColumns = @JoinColumn(name = "asset_id"))
  @OrderColumn(name = "position")
  private List<ShareRow> shares = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "asset_ledger", joinColumns = @JoinColumn(name = "asset_id"))
  @OrderColumn(name = "position")
  private List<LedgerRow> ledger = new ArrayList<>();

  @Version private long version;

  /** A village's share of a jointly owned asset. */
  @Embeddable
  public static class ShareRow {
    @Column(name = "village_id", nullable = false)
    long villageId;

    @Column(nullable = false)
    BigDecimal share;

    /** For JPA. */
    protected ShareRow() {}

    ShareRow(Ownership.Share share) {
      this.villageId = share.village().value();
      this.share = share.share();
    }
  }

  /** One ledger line. */
  @Embeddable
  public static class LedgerRow {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    LedgerEntry.Kind kind;

    @Column(name = "recorded_at", nullable = false)
    OffsetDateTime at;

    @Column(name = "recorded_by", nullable = false)
    String by;

    @Column(nullable = false)
    String detail;

    @Column(name = "value_fen")
    Long valueFen;

    @Column(name = "document_ref", nullable = false)
    String documentRef;

    /** For JPA. */
    protected LedgerRow() {}

    LedgerRow(LedgerEntry entry) {
      kind = entry.kind();
      at = entry.at().atOffset(ZoneOffset.UTC);
      by = entry.by();
      detail = entry.detail();
      valueFen = entry.value() == null ? null : entry.value().fen();
      documentRef = entry.documentRef();
    }

    LedgerEntry toDomain() {
      return new LedgerEntry(
          kind,
          at.toInstant(),
          by,
          detail,
          valueFen == null ? null : Money.ofFen(valueFen),
          documentRef);
    }
  }

  protected AssetEntity() {}

  /**
   * A new asset row; {@link #apply(Asset)} fills its state.
   *
   * @param asset the registered asset (its id is replaced by the row's)
   */
  public AssetEntity(Asset asset) {
    this.projectId = asset.project().value();
    this.name = asset.name();
    Ownership ownership = asset.rights().ownership();
    if (ownership instanceof Ownership.Collective collective) {
      ownershipKind = OwnershipKind.COLLECTIVE;
      ownerVillageId = collective.village().value();
    } else if (ownership instanceof Ownership.Joint joint) {
      ownershipKind = OwnershipKind.JOINT;
      joint.shares().forEach(s -> shares.add(new ShareRow(s)));
    } else if (ownership instanceof Ownership.Household household) {
      ownershipKind = OwnershipKind.HOUSEHOLD;
      ownerHouseholdId = household.household().value();
    }
    apply(asset);
  }

  /**
   * Takes over the asset's state after a command; ledger rows are appended, never rewritten.
   *
   * @param asset the domain asset
   */
  public void apply(Asset asset) {
    valueFen = asset.value().fen();
    custodian = asset.custodian();
    personInCharge = asset.personInCharge();
    status = asset.status();
    handedOver = asset.handedOver();
    AssetRights rights = asset.rights();
    rights
        .operation()
        .ifPresent(
            c -> {
              operator = c.operator();
              contractRef = c.contractRef();
              contractFrom = c.from();
              contractTo = c.to();
            });
    incomeHolder = rights.incomeHolder();
    beneficiaries = rights.beneficiaries();
    supervisor = rights.supervisor();
    List<LedgerEntry> entries = asset.ledger();
    for (int i = ledger.size(); i < entries.size(); i++) {
      ledger.add(new LedgerRow(entries.get(i)));
    }
  }

  /**
   * Returns the domain model.
   *
   * @return the asset
   */
  public Asset toDomain() {
    return Asset.restore(
        new AssetId(id),
        new ProjectId(projectId),
        name,
        rights(),
        Money.ofFen(valueFen),
        custodian,
        personInCharge,
        status,
        handedOver,
        ledger.stream().map(LedgerRow::toDomain).toList());
  }

  private AssetRights rights() {
    Ownership ownership =
        switch (ownershipKind) {
          case COLLECTIVE -> new Ownership.Collective(new VillageId(ownerVillageId));
          case JOINT ->
              new Ownership.Joint(
                  shares.stream()
                      .map(s -> new Ownership.Share(new VillageId(s.villageId), s.share))
                      .toList());
          case HOUSEHOLD -> new Ownership.Household(new HouseholdId(ownerHouseholdId));
        };
    Optional<OperatingContract> operation =
        operator == null
            ? Optional.empty()
            : Optional.of(new OperatingContract(operator, contractRef, contractFrom, contractTo));
    return new AssetRights(ownership, operation, incomeHolder, beneficiaries, supervisor);
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
   * Returns the project.
   *
   * @return the project's id
   */
  public long projectId() {
    return projectId;
  }

  /**
   * Returns the optimistic-lock version.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * An asset handed over, by name and owning villages (none for a household's asset).
   *
   * @param name the asset's name
   * @param villages the villages that own it, alone or jointly
   */
  record Owner(String name, List<VillageId> villages) {}

  /**
   * The assets handed over and the villages that own them, read in two queries of the assets' own
   * columns, without their ledgers.
   *
   * @param em the persistence context
   * @return the owners by asset id, in id order
   */
  static Map<Long, Owner> owners(EntityManager em) {
    return owners(em, null);
  }

  /**
   * One asset handed over and the villages that own it, or every asset when none is named.
   *
   * @param em the persistence context
   * @param only the asset, or null for every one
   * @return the owners by asset id, in id order
   */
  static Map<Long, Owner> owners(EntityManager em, Long only) {
    String one = only == null ? "" : " AND a.id = :only";
    Map<Long, List<VillageId>> joint = new HashMap<>();
    jakarta.persistence.TypedQuery<Object[]> shares =
        em.createQuery(
                "SELECT a.id, s.villageId FROM AssetEntity a JOIN a.shares s"
                    + " WHERE a.handedOver = true AND a.ownershipKind = :joint"
                    + one
                    // in the shares' own order: the first village answers for a joint asset
                    + " ORDER BY a.id, INDEX(s)",
                Object[].class)
            .setParameter("joint", OwnershipKind.JOINT);
    jakarta.persistence.TypedQuery<Object[]> assets =
        em.createQuery(
            "SELECT a.id, a.name, a.ownershipKind, a.ownerVillageId FROM AssetEntity a"
                + " WHERE a.handedOver = true"
                + one
                + " ORDER BY a.id",
            Object[].class);
    if (only != null) {
      shares.setParameter("only", only);
      assets.setParameter("only", only);
    }
    for (Object[] row : shares.getResultList()) {
      joint
          .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
          .add(new VillageId((Long) row[1]));
    }
    Map<Long, Owner> owners = new LinkedHashMap<>();
    for (Object[] row : assets.getResultList()) {
      long id = (Long) row[0];
      List<VillageId> villages =
          switch ((OwnershipKind) row[2]) {
            case COLLECTIVE -> List.of(new VillageId((Long) row[3]));
            case JOINT -> joint.getOrDefault(id, List.of());
            case HOUSEHOLD -> List.of();
          };
      owners.put(id, new Owner((String) row[1], villages));
    }
    return owners;
  }
}
