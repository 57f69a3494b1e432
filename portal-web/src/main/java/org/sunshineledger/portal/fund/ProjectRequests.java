package org.sunshineledger.portal.fund;

import jakarta.json.JsonValue;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.JsonRequest;
import org.sunshineledger.project.BenefitLink;
import org.sunshineledger.project.ProjectPlan;
import org.sunshineledger.project.ProjectScope;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * The bodies the projects resource takes, one record each: its components are the fields allowed,
 * and reading refuses any other, or a missing or malformed one, naming it. A write to an existing
 * project opens the body first, then checks {@code If-Match}, then reads the fields (as {@code
 * from}), so that its mistakes are reported in that order.
 */
final class ProjectRequests {
  private ProjectRequests() {}

  /**
   * A project's plan, as proposed or revised, with the document that does it.
   *
   * @param name the project's name
   * @param description what it builds or does
   * @param type its type
   * @param scope one village, several, or the township
   * @param townships the townships it spans, the leading one first
   * @param villages the villages it serves
   * @param year its plan year
   * @param plannedInvestment the investment planned, in yuan
   * @param implementingUnit who implements it
   * @param benefitLinks how it benefits poor households
   * @param documentRef the document that proposes or revises it
   */
  public record ProjectPlanRequest(
      String name,
      String description,
      ProjectType type,
      ProjectScope scope,
      @Schema(nullable = true, description = "缺省为空 — absent means none") List<Long> townships,
      @Schema(nullable = true, description = "缺省为空 — absent means none") List<Long> villages,
      int year,
      Money plannedInvestment,
      String implementingUnit,
      @Schema(nullable = true, description = "缺省为空 — absent means none")
          Set<BenefitLink> benefitLinks,
      String documentRef) {
    static ProjectPlanRequest read(JsonValue body) {
      return from(JsonRequest.of(body, ProjectPlanRequest.class));
    }

    static ProjectPlanRequest from(JsonRequest r) {
      return new ProjectPlanRequest(
          r.requiredString("name"),
          r.requiredString("description"),
          r.requiredEnum("type", ProjectType.class),
          r.requiredEnum("scope", ProjectScope.class),
          positive(r.longList("townships"), "townships", "township ids are positive"),
          positive(r.longList("villages"), "villages", "village ids are positive"),
          r.requiredInt("year", 2000, 2100),
          r.requiredMoney("plannedInvestment"),
          r.requiredString("implementingUnit"),
          r.enumSet("benefitLinks", BenefitLink.class),
          r.requiredString("documentRef"));
    }

    ProjectPlan plan() {
      return new ProjectPlan(
          name,
          description,
          type,
          scope,
          townships.stream().map(TownshipId::new).toList(),
          villages.stream().map(VillageId::new).toList(),
          Year.of(year),
          plannedInvestment,
          implementingUnit,
          benefitLinks);
    }

    private static List<Long> positive(List<Long> ids, String field, String message) {
      for (long id : ids) {
        if (id <= 0) {
          throw new InvalidRequestException(field, message);
        }
      }
      return ids;
    }
  }

  /**
   * A move to another stage of the lifecycle.
   *
   * @param to the stage
   * @param documentRef the document that decides it
   */
  public record TransitionRequest(ProjectStage to, String documentRef) {
    static TransitionRequest from(JsonRequest r) {
      return new TransitionRequest(
          r.requiredEnum("to", ProjectStage.class), r.requiredString("documentRef"));
    }
  }

  /**
   * A mid-term inspection.
   *
   * @param findings what was found
   * @param documentRef the inspection's record
   */
  public record InspectionRequest(String findings, String documentRef) {
    static InspectionRequest from(JsonRequest r) {
      return new InspectionRequest(r.requiredString("findings"), r.requiredString("documentRef"));
    }
  }

  /**
   * Money drawn from a township block, or paid against a funding line.
   *
   * @param block the township block
   * @param amount the amount in yuan
   */
  public record BlockAmountRequest(long block, Money amount) {
    static BlockAmountRequest from(JsonRequest r) {
      return new BlockAmountRequest(r.requiredLong("block"), r.requiredMoney("amount"));
    }
  }
}
