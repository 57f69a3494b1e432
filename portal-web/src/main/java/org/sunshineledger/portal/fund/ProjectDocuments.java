package org.sunshineledger.portal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.project.ProjectPlan;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.search.ProjectDocument;

/** Builds the search index's documents from the database, the index's only source. */
@ApplicationScoped
public class ProjectDocuments {

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;

  /**
   * The documents of some projects, in its own transaction (called after another has committed),
   * read in batches with their places and funding lines.
   *
   * @param ids the projects
   * @return each one's document; a project that is gone has none
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<Long, ProjectDocument> some(Collection<Long> ids) {
    District district = regions.places().district();
    Map<Long, String> sources = sourcesByBlock();
    Map<Long, ProjectDocument> documents = new HashMap<>();
    for (ProjectEntity entity : ProjectEntity.some(em, ids)) {
      documents.put(entity.id(), document(entity, district, sources));
    }
    return documents;
  }

  /**
   * Every project's document.
   *
   * @return the documents
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ProjectDocument> all() {
    District district = regions.places().district();
    Map<Long, String> sources = sourcesByBlock();
    List<ProjectDocument> documents = new ArrayList<>();
    for (ProjectEntity entity :
        em.createQuery("SELECT p FROM ProjectEntity p ORDER BY p.id", ProjectEntity.class)
            .getResultList()) {
      documents.add(document(entity, district, sources));
    }
    return documents;
  }

  /**
   * The database state the index should reflect: how many projects, and the latest change.
   *
   * @return a marker that changes whenever a project does
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String sourceVersion() {
    Object[] row =
        em.createQuery(
                "SELECT COUNT(p), MAX(p.updatedAt), SUM(p.version) FROM ProjectEntity p",
                Object[].class)
            .getSingleResult();
    return "projects=" + row[0] + ";updated=" + row[1] + ";versions=" + row[2];
  }

  private Map<Long, String> sourcesByBlock() {
    Map<Long, String> sources = new HashMap<>();
    em.createQuery(
            "SELECT b.id, f.source FROM TownshipBlockEntity b, FundEntity f WHERE b.fundId = f.id",
            Object[].class)
        .getResultList()
        .forEach(r -> sources.put((Long) r[0], r[1].toString()));
    return sources;
  }

  private static ProjectDocument document(
      ProjectEntity entity, District district, Map<Long, String> sourcesByBlock) {
    ProjectPlan plan = entity.plan();
    Set<String> sources = new LinkedHashSet<>();
    entity
        .toDomain()
        .fundingLines()
        .forEach(
            l ->
                Optional.ofNullable(sourcesByBlock.get(l.block().value())).ifPresent(sources::add));
    return new ProjectDocument(
        entity.id(),
        plan.name(),
        plan.description(),
        district.township(new TownshipId(entity.leadTownshipId())).map(t -> t.name()).orElse(""),
        plan.villages().stream()
            .map(VillageId::value)
            .map(v -> district.village(new VillageId(v)).map(x -> x.name()).orElse(""))
            .toList(),
        plan.type().name(),
        plan.scope().name(),
        entity.stage().name(),
        plan.year().getValue(),
        entity.allocatedFen(),
        entity.disbursedFen(),
        List.copyOf(sources),
        plan.implementingUnit(),
        plan.benefitLinks().stream().map(Enum::name).sorted().toList(),
        entity.updatedAt().toInstant().toEpochMilli());
  }
}
